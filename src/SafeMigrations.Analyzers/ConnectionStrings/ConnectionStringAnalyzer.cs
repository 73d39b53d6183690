using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SafeMigrations.Analyzers.Infrastructure;
using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Core.ConnectionStrings;
using SafeMigrations.Core.Hosts;

namespace SafeMigrations.Analyzers.ConnectionStrings;

/// <summary>
/// SM5001–SM5003 on every project (connection strings appear without EF too). Cost model: a syntax-node callback
/// per string literal, interpolation and <c>+</c> chain; the allocation-free pre-filter rejects almost all of them;
/// the semantic model is asked only about candidate <c>+</c> chains. SM5003 adds operation callbacks only when
/// EF Core is referenced, filtered by method name and type before any parsing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConnectionStringAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Long connection strings are cut in messages; the rest adds nothing a reader needs.</summary>
    private const int MaxShownLength = 160;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SM5001, Descriptors.SM5002, Descriptors.SM5003);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var settings = AnalyzerSettings.From(start.Options);
            // Malformed patterns are reported once, by the build guard (SM9006); here they are skipped.
            var patterns = HostPatterns.Parse(settings.ProductionHosts, settings.SafeHosts, new List<string>());
            var reportPasswords = !settings.IsTestProject || settings.ReportPasswordsInTests;
            start.RegisterSyntaxNodeAction(
                c => AnalyzeConstant(c, patterns, reportPasswords),
                SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringExpression, SyntaxKind.AddExpression);

            if (DbContextConfigurationSinks.TryCreate(start.Compilation) is { } sinks)
            {
                start.RegisterOperationAction(c => AnalyzeProviderCall(c, sinks, patterns), OperationKind.Invocation);
                start.RegisterOperationAction(c => AnalyzeConnectionCreation(c, sinks, patterns), OperationKind.ObjectCreation);
                start.RegisterOperationAction(c => AnalyzeConnectionStringSetter(c, sinks, patterns), OperationKind.SimpleAssignment);
            }
        });
    }

    // ---- SM5001 / SM5002: every string constant ----
    private static void AnalyzeConstant(SyntaxNodeAnalysisContext context, HostPatterns patterns, bool reportPasswords)
    {
        var node = (ExpressionSyntax)context.Node;
        if (!StringConstantText.IsOutermost(node))
        {
            return;
        }

        var text = node is LiteralExpressionSyntax literal ? literal.Token.ValueText : CandidateText(context, node);
        if (text is null || !ConnectionStringPreFilter.MayBeConnectionString(text))
        {
            return;
        }

        if (ConnectionStringParser.Parse(text) is not { } info)
        {
            return;
        }

        var verdict = HostClassifier.Classify(info, ConnectionStringName.Of(node), patterns);
        if (verdict.Kind == HostKind.Production)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SM5001, node.GetLocation(), verdict.Host, verdict.Reason));
        }

        if (info.HasPassword && reportPasswords)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SM5002, node.GetLocation(), DisplayHost(info, verdict), Shown(info.Redacted)));
        }
    }

    /// <summary>
    /// The text of an interpolation or <c>+</c> chain, or null. A literal's value is cached on its token, so literals
    /// skip this; here the literal parts are checked and pre-filtered (holes for every other part) before the
    /// semantic model resolves constant holes (<c>$"Server={Host}"</c>, <c>"Server=" + Host</c>).
    /// </summary>
    private static string? CandidateText(SyntaxNodeAnalysisContext context, ExpressionSyntax node)
    {
        if (!StringConstantText.HasCandidateText(node)
            || !ConnectionStringPreFilter.MayBeConnectionString(StringConstantText.Build(node, model: null, context.CancellationToken)))
        {
            return null;
        }

        if (node.IsKind(SyntaxKind.AddExpression)
            && context.SemanticModel.GetTypeInfo(node, context.CancellationToken).Type?.SpecialType != SpecialType.System_String)
        {
            return null; // a user-defined operator + with a string operand need not produce a string
        }

        return StringConstantText.Build(node, context.SemanticModel, context.CancellationToken);
    }

    // ---- SM5003: a hard-coded remote host configures a DbContext ----
    private static void AnalyzeProviderCall(OperationAnalysisContext context, DbContextConfigurationSinks sinks, HostPatterns patterns)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!invocation.TargetMethod.Name.StartsWith("Use", StringComparison.Ordinal) || !sinks.IsProviderMethod(invocation.TargetMethod))
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter)
            {
                if (parameter.Name.IndexOf("connectionString", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    ReportRemoteHost(context, argument.Value, prefix: null, patterns);
                }
                else if (parameter.Name.Equals("accountEndpoint", StringComparison.OrdinalIgnoreCase))
                {
                    ReportRemoteHost(context, argument.Value, prefix: "AccountEndpoint=", patterns); // UseCosmos(endpoint, key, db)
                }
            }
        }
    }

    private static void AnalyzeConnectionCreation(OperationAnalysisContext context, DbContextConfigurationSinks sinks, HostPatterns patterns)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Arguments.Length == 0 || !sinks.IsDbConnection(creation.Type) || !sinks.ConfiguresDbContext(context.ContainingSymbol))
        {
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_String })
            {
                ReportRemoteHost(context, argument.Value, prefix: null, patterns);
            }
        }
    }

    private static void AnalyzeConnectionStringSetter(OperationAnalysisContext context, DbContextConfigurationSinks sinks, HostPatterns patterns)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "ConnectionString" } property
            && sinks.IsDbConnection(property.Property.ContainingType)
            && sinks.ConfiguresDbContext(context.ContainingSymbol))
        {
            ReportRemoteHost(context, assignment.Value, prefix: null, patterns);
        }
    }

    private static void ReportRemoteHost(OperationAnalysisContext context, IOperation value, string? prefix, HostPatterns patterns)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        string? text;
        string? keyName = null;
        if (value.ConstantValue is { HasValue: true, Value: string constant })
        {
            text = constant;
            keyName = value switch
            {
                IFieldReferenceOperation field => field.Field.Name,
                ILocalReferenceOperation local => local.Local.Name,
                _ => null,
            };
        }
        else if (value.Syntax is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or BinaryExpressionSyntax)
        {
            text = StringConstantText.Build((ExpressionSyntax)value.Syntax, value.SemanticModel, context.CancellationToken);
        }
        else
        {
            return; // read from somewhere at run time: nothing is hard-coded
        }

        text = prefix + text;
        if (!ConnectionStringPreFilter.MayBeConnectionString(text) || ConnectionStringParser.Parse(text) is not { } info)
        {
            return;
        }

        var verdict = HostClassifier.Classify(info, keyName, patterns);
        if (verdict.Kind is HostKind.Cloud or HostKind.Remote)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SM5003, value.Syntax.GetLocation(), verdict.Host, verdict.Reason));
        }
    }

    private static string DisplayHost(ConnectionStringInfo info, HostClassification verdict) =>
        verdict.Host.Length > 0 ? verdict.Host
        : info.Hosts.Count > 0 ? info.Hosts[0]
        : info.File ?? "(no host)";

    private static string Shown(string redacted) =>
        redacted.Length <= MaxShownLength ? redacted : redacted.Substring(0, MaxShownLength) + "…";
}

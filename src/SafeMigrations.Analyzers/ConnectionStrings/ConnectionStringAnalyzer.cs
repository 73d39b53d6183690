using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SafeMigrations.Analyzers.Infrastructure;
using SafeMigrations.Analyzers.Migrations;
using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Core.ConnectionStrings;
using SafeMigrations.Core.Hosts;

namespace SafeMigrations.Analyzers.ConnectionStrings;

/// <summary>
/// SM5001–SM5003 on every project that references EF Core or a database driver (connection strings appear without
/// EF too; without any of them nothing can connect). Cost model: one callback per file;
/// a scan of its raw text for a host key followed by '=' (or "://") and, with EF Core, for the SM5003 words; only
/// files that have one get a syntactic pass (a callback per node costs more than EF's own analyzers); literals are
/// checked by the allocation-free pre-filter on their cached value, and the semantic model is asked only about
/// candidate interpolations and <c>+</c> chains. SM5003 looks, only when EF Core is referenced, at invocations
/// named <c>Use*</c>, <c>new …Connection(…)</c> and <c>ConnectionString =</c> assignments.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConnectionStringAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Long connection strings are cut in messages; the rest adds nothing a reader needs.</summary>
    private const int MaxShownLength = 160;

    /// <summary>A key/value connection string names one of these keys followed by '='; a URI has "://".</summary>
    private static readonly string[] HostKeys = KeySynonyms.HostKeys();

    private static readonly string[] UriMarker = { "://" };

    /// <summary>
    /// Words a file that configures a DbContext with a connection string (SM5003) contains: the provider methods, or
    /// "onnection" (a connection type, its ConnectionString, or a variable holding the string).
    /// </summary>
    private static readonly string[] SinkWords = { "onnection", "UseSql", "UseNpgsql", "UseMySql", "UseMySQL", "UseOracle", "UseCosmos", "UseAzureSql" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SM5001, Descriptors.SM5002, Descriptors.SM5003);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (!DatabaseReferences.AnyReferenced(start.Compilation))
            {
                return; // no EF Core and no database driver: nothing here can connect anywhere
            }

            var settings = AnalyzerSettings.From(start.Options);
            // Malformed patterns are reported once, by the build guard (SM9006); here they are skipped.
            var patterns = HostPatterns.Parse(settings.ProductionHosts, settings.SafeHosts, new List<string>());
            var reportPasswords = !settings.IsTestProject || settings.ReportPasswordsInTests;
            var compilation = start.Compilation;
            var sinks = DatabaseReferences.IsReferenced(compilation, DatabaseReferences.EfCore)
                ? new Lazy<DbContextConfigurationSinks?>(() => DbContextConfigurationSinks.TryCreate(compilation), LazyThreadSafetyMode.PublicationOnly)
                : null;
            start.RegisterSemanticModelAction(file => AnalyzeFile(new FileContext(file, patterns, reportPasswords, sinks)));
        });
    }

    private static void AnalyzeFile(FileContext context)
    {
        // Raw-text pre-scans: most files (migrations, their Designer files, ordinary code) contain neither.
        var tree = context.SemanticModel.SyntaxTree;
        var constants = SourceTextScan.ContainsAnyKeyAssignment(tree, HostKeys, context.CancellationToken)
            || SourceTextScan.ContainsAny(tree, UriMarker, context.CancellationToken);
        var sinks = context.EfCoreReferenced && SourceTextScan.ContainsAny(tree, SinkWords, context.CancellationToken) && context.Sinks is not null;
        if (!constants && !sinks)
        {
            return;
        }

        foreach (var node in tree.GetRoot(context.CancellationToken).DescendantNodes())
        {
            if (node is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or BinaryExpressionSyntax)
            {
                if (constants && (node.IsKind(SyntaxKind.StringLiteralExpression) || node.IsKind(SyntaxKind.InterpolatedStringExpression) || node.IsKind(SyntaxKind.AddExpression)))
                {
                    AnalyzeConstant(context, (ExpressionSyntax)node);
                }
            }
            else if (sinks)
            {
                AnalyzeSink(context, node);
            }
        }
    }

    /// <summary>SM5003's candidates, by name first: <c>Use*(…)</c>, <c>new …Connection(…)</c>, <c>ConnectionString = …</c>.</summary>
    private static void AnalyzeSink(FileContext context, SyntaxNode node)
    {
        switch (node)
        {
            case InvocationExpressionSyntax invocation
                when MigrationCallCollector.InvokedName(invocation.Expression) is { } name && name.StartsWith("Use", StringComparison.Ordinal):
                AnalyzeProviderCall(context, invocation);
                break;
            case ObjectCreationExpressionSyntax creation
                when creation.ArgumentList is { Arguments.Count: > 0 } && RightmostName(creation.Type).EndsWith("Connection", StringComparison.Ordinal):
                AnalyzeConnectionCreation(context, creation);
                break;
            case ImplicitObjectCreationExpressionSyntax implicitCreation when implicitCreation.ArgumentList.Arguments.Count > 0:
                AnalyzeConnectionCreation(context, implicitCreation);
                break;
            case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                && assignment.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConnectionString" }
                    or IdentifierNameSyntax { Identifier.ValueText: "ConnectionString" }:
                AnalyzeConnectionStringSetter(context, assignment);
                break;
        }
    }

    private static string RightmostName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => "",
    };

    // ---- SM5001 / SM5002: every string constant ----
    private static void AnalyzeConstant(FileContext context, ExpressionSyntax node)
    {
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

        var verdict = HostClassifier.Classify(info, ConnectionStringName.Of(node), context.Patterns);
        if (verdict.Kind == HostKind.Production)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SM5001, node.GetLocation(), verdict.Host, verdict.Reason));
        }

        if (info.HasPassword && context.ReportPasswords)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SM5002, node.GetLocation(), DisplayHost(info, verdict), Shown(info.Redacted)));
        }
    }

    /// <summary>
    /// The text of an interpolation or <c>+</c> chain, or null. A literal's value is cached on its token, so literals
    /// skip this; here the literal parts are checked and pre-filtered (holes for every other part) before the
    /// semantic model resolves constant holes (<c>$"Server={Host}"</c>, <c>"Server=" + Host</c>).
    /// </summary>
    private static string? CandidateText(FileContext context, ExpressionSyntax node)
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
    private static void AnalyzeProviderCall(FileContext context, InvocationExpressionSyntax syntax)
    {
        if (context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IInvocationOperation invocation
            || !context.Sinks!.IsProviderMethod(invocation.TargetMethod))
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter)
            {
                if (parameter.Name.IndexOf("connectionString", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    ReportRemoteHost(context, argument.Value, prefix: null);
                }
                else if (parameter.Name.Equals("accountEndpoint", StringComparison.OrdinalIgnoreCase))
                {
                    ReportRemoteHost(context, argument.Value, prefix: "AccountEndpoint="); // UseCosmos(endpoint, key, db)
                }
            }
        }
    }

    private static void AnalyzeConnectionCreation(FileContext context, BaseObjectCreationExpressionSyntax syntax)
    {
        if (context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IObjectCreationOperation creation
            || !context.Sinks!.IsDbConnection(creation.Type) || !context.Sinks.ConfiguresDbContext(context.ContainingMember(syntax)))
        {
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_String })
            {
                ReportRemoteHost(context, argument.Value, prefix: null);
            }
        }
    }

    private static void AnalyzeConnectionStringSetter(FileContext context, AssignmentExpressionSyntax syntax)
    {
        if (context.SemanticModel.GetOperation(syntax, context.CancellationToken) is ISimpleAssignmentOperation assignment
            && assignment.Target is IPropertyReferenceOperation { Property.Name: "ConnectionString" } property
            && context.Sinks!.IsDbConnection(property.Property.ContainingType)
            && context.Sinks.ConfiguresDbContext(context.ContainingMember(syntax)))
        {
            ReportRemoteHost(context, assignment.Value, prefix: null);
        }
    }

    private static void ReportRemoteHost(FileContext context, IOperation value, string? prefix)
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

        var verdict = HostClassifier.Classify(info, keyName, context.Patterns);
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

    /// <summary>One file's analysis: its semantic model, where diagnostics go, and what compilation start learned.</summary>
    private sealed class FileContext
    {
        private readonly SemanticModelAnalysisContext _file;
        private readonly Lazy<DbContextConfigurationSinks?>? _sinks;

        public FileContext(SemanticModelAnalysisContext file, HostPatterns patterns, bool reportPasswords, Lazy<DbContextConfigurationSinks?>? sinks)
        {
            _file = file;
            Patterns = patterns;
            ReportPasswords = reportPasswords;
            _sinks = sinks;
        }

        public SemanticModel SemanticModel => _file.SemanticModel;

        public CancellationToken CancellationToken => _file.CancellationToken;

        public HostPatterns Patterns { get; }

        public bool ReportPasswords { get; }

        /// <summary>Whether SM5003 applies: EF Core is referenced (by name; its types are resolved on first need).</summary>
        public bool EfCoreReferenced => _sinks is not null;

        /// <summary>Null when EF Core is not referenced or lacks DbContextOptionsBuilder (no SM5003).</summary>
        public DbContextConfigurationSinks? Sinks => _sinks?.Value;

        public void ReportDiagnostic(Diagnostic diagnostic) => _file.ReportDiagnostic(diagnostic);

        /// <summary>The member whose body holds the node (lambdas and local functions belong to their member).</summary>
        public ISymbol? ContainingMember(SyntaxNode node)
        {
            var symbol = SemanticModel.GetEnclosingSymbol(node.SpanStart, CancellationToken);
            while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            {
                symbol = symbol.ContainingSymbol;
            }

            return symbol;
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SafeMigrations.Analyzers.CodeFixes.Infrastructure;

/// <summary>
/// A MigrationBuilder call found in source: its syntax, the bound method, and its arguments keyed by parameter
/// name (named or positional, as the analyzers read them).
/// </summary>
internal sealed class CallSite
{
    private readonly Dictionary<string, ArgumentSyntax> _arguments;

    private CallSite(InvocationExpressionSyntax syntax, IMethodSymbol method, SemanticModel model)
    {
        Syntax = syntax;
        Method = method;
        Model = model;
        _arguments = MapArguments(syntax.ArgumentList, method);
    }

    public InvocationExpressionSyntax Syntax { get; }

    public IMethodSymbol Method { get; }

    public SemanticModel Model { get; }

    public string Name => Method.Name;

    /// <summary>The statement the call (with any chained <c>.Annotation(...)</c> calls) forms, if it is one.</summary>
    public ExpressionStatementSyntax? Statement => Chain.Parent as ExpressionStatementSyntax;

    /// <summary>The outermost expression of the call and the builder calls chained onto it.</summary>
    public ExpressionSyntax Chain
    {
        get
        {
            ExpressionSyntax current = Syntax;
            while (current.Parent is MemberAccessExpressionSyntax access && access.Expression == current
                   && access.Parent is InvocationExpressionSyntax chained)
            {
                current = chained;
            }

            return current;
        }
    }

    /// <summary>The MigrationBuilder call the diagnostic points at (its span, or the innermost call around it).</summary>
    public static CallSite? At(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var span = diagnostic.Location.SourceSpan;
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: true);
        var invocation = node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();
        return invocation is null ? null : From(invocation, model, cancellationToken);
    }

    public static CallSite? From(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
        && method.ContainingType?.Name == "MigrationBuilder"
            ? new CallSite(invocation, method, model)
            : null;

    /// <summary>Every MigrationBuilder call named <paramref name="name"/> in the same member as this one.</summary>
    public IEnumerable<CallSite> Siblings(string name, CancellationToken cancellationToken)
    {
        var member = Syntax.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m.Parent is TypeDeclarationSyntax);
        if (member is null)
        {
            yield break;
        }

        foreach (var invocation in member.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (invocation != Syntax && InvokedName(invocation) == name && From(invocation, Model, cancellationToken) is { } call)
            {
                yield return call;
            }
        }
    }

    public ArgumentSyntax? Argument(string parameterName) => _arguments.TryGetValue(parameterName, out var argument) ? argument : null;

    public ExpressionSyntax? Expression(string parameterName) => Argument(parameterName)?.Expression;

    public object? Constant(string parameterName) =>
        Expression(parameterName) is { } expression && Model.GetConstantValue(expression) is { HasValue: true } value ? value.Value : null;

    /// <summary>
    /// The same table: equal constant names, and equal schemas unless one call leaves the schema to the default
    /// (as the analyzers compare tables).
    /// </summary>
    public bool SameTable(CallSite other, string tableParameter = "table") =>
        Constant(tableParameter) is string table && Equals(table, other.Constant(tableParameter))
        && (Constant("schema") is not { } schema || other.Constant("schema") is not { } otherSchema || Equals(schema, otherSchema));

    private static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    private static Dictionary<string, ArgumentSyntax> MapArguments(ArgumentListSyntax list, IMethodSymbol method)
    {
        var result = new Dictionary<string, ArgumentSyntax>();
        var parameters = method.Parameters;
        for (var i = 0; i < list.Arguments.Count; i++)
        {
            var argument = list.Arguments[i];
            var name = argument.NameColon?.Name.Identifier.ValueText ?? (i < parameters.Length ? parameters[i].Name : null);
            if (name is not null && !result.ContainsKey(name))
            {
                result.Add(name, argument);
            }
        }

        return result;
    }
}

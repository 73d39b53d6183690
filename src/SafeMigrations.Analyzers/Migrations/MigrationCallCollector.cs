using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SafeMigrations.Analyzers.Infrastructure;

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>
/// The candidate builder calls of one migration class, reached from Up or Down through the class's own methods
/// (helpers) and flattened into execution order. A method is resolved (candidates filtered by name, then
/// bound) only when an analyzed entry point reaches it, so Down and BuildTargetModel cost nothing by default.
/// Helpers are followed within the analyzed file: a semantic model belongs to one syntax tree.
/// </summary>
internal sealed class MigrationCallCollector
{
    private readonly INamedTypeSymbol _type;
    private readonly EfSymbols _ef;
    private readonly ImmutableHashSet<string> _candidateNames;
    private readonly ImmutableHashSet<string> _ownMemberNames;
    private readonly SemanticModel _model;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<IMethodSymbol, List<Entry>> _resolved = new(SymbolEqualityComparer.Default);

    public MigrationCallCollector(
        INamedTypeSymbol type, EfSymbols ef, ImmutableHashSet<string> candidateNames, SemanticModel model, CancellationToken cancellationToken)
    {
        _type = type;
        _ef = ef;
        _candidateNames = candidateNames;
        _ownMemberNames = ImmutableHashSet.CreateRange(type.MemberNames);
        _model = model;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Class declarations in a file that declare an Up or Down method: a syntactic scan, no bodies read.</summary>
    public static IEnumerable<ClassDeclarationSyntax> ClassesWithEntryPoints(SyntaxNode root)
    {
        foreach (var node in root.ChildNodes())
        {
            if (node is BaseNamespaceDeclarationSyntax or ClassDeclarationSyntax)
            {
                if (node is ClassDeclarationSyntax candidate && HasEntryPoint(candidate))
                {
                    yield return candidate;
                }

                foreach (var nested in ClassesWithEntryPoints(node))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>
    /// Calls reachable from the phase's entry point, in execution order, each call once; also records, for calls
    /// reached through helpers, the helper invocations on the way (outermost first), so branches around them can be read.
    /// </summary>
    public IReadOnlyList<BuilderCall> Flatten(MigrationPhase phase, HashSet<BuilderCall>? exclude, Dictionary<BuilderCall, HelperCallSite[]>? callSites)
    {
        var result = new List<BuilderCall>();
        var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var path = new List<HelperCallSite>();
        var entryName = phase == MigrationPhase.Up ? "Up" : "Down";
        foreach (var reference in _type.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != _model.SyntaxTree || reference.GetSyntax(_cancellationToken) is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            foreach (var member in declaration.Members)
            {
                if (member is MethodDeclarationSyntax method && method.Identifier.ValueText == entryName
                    && _model.GetDeclaredSymbol(method, _cancellationToken) is { } symbol && IsEntryPoint(symbol))
                {
                    Visit(symbol, visited, result, exclude, path, callSites);
                }
            }
        }

        return result;
    }

    private static bool HasEntryPoint(ClassDeclarationSyntax declaration)
    {
        foreach (var member in declaration.Members)
        {
            if (member is MethodDeclarationSyntax { ParameterList.Parameters.Count: 1 } method
                && method.Identifier.ValueText is "Up" or "Down")
            {
                return true;
            }
        }

        return false;
    }

    private void Visit(
        IMethodSymbol method, HashSet<IMethodSymbol> visited, List<BuilderCall> result, HashSet<BuilderCall>? exclude,
        List<HelperCallSite> path, Dictionary<BuilderCall, HelperCallSite[]>? callSites)
    {
        if (!visited.Add(method))
        {
            return;
        }

        foreach (var entry in Resolve(method))
        {
            if (entry.Call is { } call)
            {
                if (exclude is null || !exclude.Contains(call))
                {
                    result.Add(call);
                    if (callSites is not null && path.Count > 0)
                    {
                        callSites[call] = path.ToArray();
                    }
                }
            }
            else if (entry.Helper is { } helper)
            {
                path.Add(entry.Site);
                Visit(helper, visited, result, exclude, path, callSites);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    /// <summary>A method's candidate builder calls and helper calls in document order (cached: Up and Down share helpers).</summary>
    private List<Entry> Resolve(IMethodSymbol method)
    {
        if (_resolved.TryGetValue(method, out var entries))
        {
            return entries;
        }

        entries = new List<Entry>();
        _resolved.Add(method, entries);
        foreach (var reference in (method.PartialImplementationPart ?? method).DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == _model.SyntaxTree
                && reference.GetSyntax(_cancellationToken) is MethodDeclarationSyntax { } declaration
                && ((SyntaxNode?)declaration.Body ?? declaration.ExpressionBody) is { } body)
            {
                Collect(body, method, entries);
            }
        }

        return entries;
    }

    private void Collect(SyntaxNode body, IMethodSymbol method, List<Entry> entries)
    {
        foreach (var node in body.DescendantNodes())
        {
            if (node is not InvocationExpressionSyntax invocation || InvokedName(invocation.Expression) is not { } name)
            {
                continue;
            }

            var isCandidate = _candidateNames.Contains(name);
            if (!isCandidate && !_ownMemberNames.Contains(name))
            {
                continue;
            }

            // Builder calls on the MigrationBuilder parameter resolve from syntax; the rest ask the semantic model.
            if (isCandidate && SyntacticBinding.TryResolve(invocation, name, method, _ef, _model.Compilation) is { } resolved)
            {
                entries.Add(new Entry(new BuilderCall(invocation, resolved, _model, method), null));
                continue;
            }

            if (_model.GetSymbolInfo(invocation, _cancellationToken).Symbol is not IMethodSymbol called)
            {
                continue;
            }

            if (isCandidate && _ef.IsMigrationBuilderApi(called))
            {
                entries.Add(new Entry(new BuilderCall(invocation, called, _model, method), null));
            }
            else if (SymbolEqualityComparer.Default.Equals(called.ContainingType?.OriginalDefinition, _type.OriginalDefinition)
                     && called.MethodKind == MethodKind.Ordinary)
            {
                entries.Add(new Entry(null, called.OriginalDefinition, new HelperCallSite(invocation, _model)));
            }
        }
    }

    private bool IsEntryPoint(IMethodSymbol method) =>
        method.IsOverride
        && method.Parameters.Length == 1
        && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, _ef.MigrationBuilder);

    /// <summary>The simple name of the invoked method (M, x.M, x?.M, M&lt;T&gt;), read from syntax only.</summary>
    internal static string? InvokedName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax memberBinding => memberBinding.Name.Identifier.ValueText,
        _ => null,
    };

    private readonly struct Entry
    {
        public Entry(BuilderCall? call, IMethodSymbol? helper, HelperCallSite site = default)
        {
            Call = call;
            Helper = helper;
            Site = site;
        }

        public BuilderCall? Call { get; }

        public IMethodSymbol? Helper { get; }

        /// <summary>The invocation of <see cref="Helper"/>.</summary>
        public HelperCallSite Site { get; }
    }
}

/// <summary>An invocation of a helper method of the migration, with the semantic model of its document.</summary>
internal readonly struct HelperCallSite
{
    public HelperCallSite(InvocationExpressionSyntax invocation, SemanticModel model)
    {
        Invocation = invocation;
        Model = model;
    }

    public InvocationExpressionSyntax Invocation { get; }

    public SemanticModel Model { get; }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SafeMigrations.Analyzers.Infrastructure;

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>
/// Collects, per method of one migration class, the candidate builder calls and the calls to the class's own
/// methods (helpers), then flattens them from Up or Down into execution order. Code-block callbacks of one
/// type may run concurrently, hence the lock.
/// </summary>
internal sealed class MigrationCallCollector
{
    private readonly INamedTypeSymbol _type;
    private readonly EfSymbols _ef;
    private readonly ImmutableHashSet<string> _candidateNames;
    private readonly ImmutableHashSet<string> _ownMemberNames;
    private readonly Dictionary<IMethodSymbol, List<Entry>> _blocks = new(SymbolEqualityComparer.Default);

    public MigrationCallCollector(INamedTypeSymbol type, EfSymbols ef, ImmutableHashSet<string> candidateNames)
    {
        _type = type;
        _ef = ef;
        _candidateNames = candidateNames;
        _ownMemberNames = ImmutableHashSet.CreateRange(type.MemberNames);
    }

    public void Collect(CodeBlockAnalysisContext context)
    {
        if (context.OwningSymbol is not IMethodSymbol method || method.Name == "BuildTargetModel")
        {
            return;
        }

        var entries = new List<Entry>();
        foreach (var node in context.CodeBlock.DescendantNodes())
        {
            if (node is not InvocationExpressionSyntax invocation)
            {
                continue;
            }

            var name = InvokedName(invocation.Expression);
            if (name is null)
            {
                continue;
            }

            var isCandidate = _candidateNames.Contains(name);
            if (!isCandidate && !_ownMemberNames.Contains(name))
            {
                continue;
            }

            // Builder calls on the MigrationBuilder parameter resolve from syntax; the rest ask the semantic model.
            if (isCandidate && SyntacticBinding.TryResolve(invocation, name, method, _ef, context.SemanticModel.Compilation) is { } resolved)
            {
                entries.Add(new Entry(new BuilderCall(invocation, resolved, context.SemanticModel, method), null));
                continue;
            }

            if (context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol called)
            {
                continue;
            }

            if (isCandidate && _ef.IsMigrationBuilderApi(called))
            {
                entries.Add(new Entry(new BuilderCall(invocation, called, context.SemanticModel, method), null));
            }
            else if (SymbolEqualityComparer.Default.Equals(called.ContainingType?.OriginalDefinition, _type.OriginalDefinition)
                     && called.MethodKind == MethodKind.Ordinary)
            {
                entries.Add(new Entry(null, called.OriginalDefinition, new HelperCallSite(invocation, context.SemanticModel)));
            }
        }

        lock (_blocks)
        {
            _blocks[method.OriginalDefinition] = entries;
        }
    }

    /// <summary>Calls reachable from the phase's entry point, in execution order; each call once.</summary>
    public IReadOnlyList<BuilderCall> Flatten(MigrationPhase phase, HashSet<BuilderCall>? exclude) =>
        Flatten(phase, exclude, callSites: null);

    /// <summary>
    /// As <see cref="Flatten(MigrationPhase, HashSet{BuilderCall})"/>; also records, for calls reached through
    /// helpers, the helper invocations on the way (outermost first), so branches around them can be read.
    /// </summary>
    public IReadOnlyList<BuilderCall> Flatten(MigrationPhase phase, HashSet<BuilderCall>? exclude, Dictionary<BuilderCall, HelperCallSite[]>? callSites)
    {
        var result = new List<BuilderCall>();
        var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var path = new List<HelperCallSite>();
        lock (_blocks)
        {
            foreach (var method in _blocks.Keys)
            {
                if (IsEntryPoint(method, phase))
                {
                    Visit(method, visited, result, exclude, path, callSites);
                }
            }
        }

        return result;
    }

    private void Visit(
        IMethodSymbol method, HashSet<IMethodSymbol> visited, List<BuilderCall> result, HashSet<BuilderCall>? exclude,
        List<HelperCallSite> path, Dictionary<BuilderCall, HelperCallSite[]>? callSites)
    {
        if (!visited.Add(method) || !_blocks.TryGetValue(method, out var entries))
        {
            return;
        }

        foreach (var entry in entries)
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

    private bool IsEntryPoint(IMethodSymbol method, MigrationPhase phase) =>
        method.Name == (phase == MigrationPhase.Up ? "Up" : "Down")
        && method.IsOverride
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

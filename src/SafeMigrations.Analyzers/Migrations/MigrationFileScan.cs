using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SafeMigrations.Analyzers.Infrastructure;

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>One migration class of a file: its id and the builder calls reachable from its entry points.</summary>
internal sealed record ScannedMigration(
    INamedTypeSymbol Type,
    string? Id,
    IReadOnlyList<BuilderCall> Up,
    IReadOnlyList<BuilderCall>? Down,
    IReadOnlyDictionary<BuilderCall, HelperCallSite[]> HelperCallSites);

/// <summary>
/// The migrations of one file, scanned once per semantic model and shared by the migration rule families (each
/// keeps the calls named in its own set). Finding the classes, their symbols and binding their calls is most of
/// what the families cost. The compiler's analyzer driver runs the analyzers' callbacks for a file one after the
/// other on one thread with the same SemanticModel, so a per-thread memory of the last file is enough (a
/// ConditionalWeakTable measured slower: a lock per file and a dependent handle per entry). It is held weakly, so
/// a finished compilation is never kept alive; a miss (another thread, a collected entry) only rescans.
/// </summary>
internal static class MigrationFileScan
{
    /// <summary>The union of the families' candidate names: the collector binds each call once for all of them.</summary>
    private static readonly ImmutableHashSet<string> CandidateNames =
        DataLossAnalyzer.Names.Union(AvailabilityAnalyzer.Names).Union(RawSqlAnalyzer.Names);

    [ThreadStatic]
    private static WeakReference<ScannedFile>? t_last;

    public static IReadOnlyList<ScannedMigration> Get(SemanticModel model, Lazy<EfSymbols?> ef, AnalyzerSettings settings, CancellationToken cancellationToken)
    {
        var root = model.SyntaxTree.GetRoot(cancellationToken);
        using var classes = MigrationCallCollector.ClassesWithEntryPoints(root).GetEnumerator();
        if (!classes.MoveNext() || ef.Value is not { } symbols)
        {
            return Array.Empty<ScannedMigration>(); // most files: a syntactic look at their members, nothing cached
        }

        if (t_last is not null && t_last.TryGetTarget(out var last) && last.Model == model)
        {
            return last.Migrations;
        }

        var migrations = Scan(model, root, symbols, settings, cancellationToken);
        var file = new ScannedFile(model, migrations);
        if (t_last is null)
        {
            t_last = new WeakReference<ScannedFile>(file);
        }
        else
        {
            t_last.SetTarget(file);
        }

        return migrations;
    }

    /// <summary>The calls of <paramref name="calls"/> named in <paramref name="names"/>, in order.</summary>
    public static IReadOnlyList<BuilderCall> Named(IReadOnlyList<BuilderCall> calls, ImmutableHashSet<string> names)
    {
        var kept = new List<BuilderCall>(calls.Count);
        foreach (var call in calls)
        {
            if (names.Contains(call.Name))
            {
                kept.Add(call);
            }
        }

        return kept;
    }

    private static IReadOnlyList<ScannedMigration> Scan(SemanticModel model, SyntaxNode root, EfSymbols ef, AnalyzerSettings settings, CancellationToken cancellationToken)
    {
        var migrations = new List<ScannedMigration>();
        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var declaration in MigrationCallCollector.ClassesWithEntryPoints(root))
        {
            if (model.GetDeclaredSymbol(declaration, cancellationToken) is not { } type || !ef.IsMigrationType(type) || !seen.Add(type))
            {
                continue;
            }

            var id = ef.GetMigrationId(type);
            if (settings.IsBeforeBaseline(id))
            {
                continue;
            }

            var collector = new MigrationCallCollector(type, ef, CandidateNames, model, cancellationToken);
            var callSites = new Dictionary<BuilderCall, HelperCallSite[]>();
            var up = collector.Flatten(MigrationPhase.Up, exclude: null, callSites);
            var down = settings.AnalyzeDown ? collector.Flatten(MigrationPhase.Down, exclude: new HashSet<BuilderCall>(up), callSites) : null;
            migrations.Add(new ScannedMigration(type, id, up, down, callSites));
        }

        return migrations;
    }

    private sealed record ScannedFile(SemanticModel Model, IReadOnlyList<ScannedMigration> Migrations);
}

using System.Collections.Immutable;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SafeMigrations.Analyzers.Infrastructure;

namespace SafeMigrations.Analyzers.Migrations;

internal enum MigrationPhase
{
    Up,
    Down,
}

/// <summary>
/// One migration class, seen from one of its entry points (Up, or Down when SafeMigrationsAnalyzeDown is on):
/// the builder calls reachable from it, in the order they run, helpers inlined at their call sites.
/// </summary>
internal sealed class MigrationContext
{
    private readonly SemanticModelAnalysisContext _modelContext;
    private readonly IReadOnlyDictionary<BuilderCall, HelperCallSite[]>? _helperCallSites;

    public MigrationContext(
        SemanticModelAnalysisContext modelContext, INamedTypeSymbol migrationType, EfSymbols ef, AnalyzerSettings settings,
        string? migrationId, MigrationPhase phase, IReadOnlyList<BuilderCall> calls,
        IReadOnlyDictionary<BuilderCall, HelperCallSite[]>? helperCallSites = null)
    {
        _helperCallSites = helperCallSites;
        _modelContext = modelContext;
        MigrationType = migrationType;
        Ef = ef;
        Settings = settings;
        MigrationId = migrationId;
        Phase = phase;
        Calls = calls;
    }

    public INamedTypeSymbol MigrationType { get; }

    public string? MigrationId { get; }

    public MigrationPhase Phase { get; }

    /// <summary>Builder calls in execution order (document order within a method, helpers inlined).</summary>
    public IReadOnlyList<BuilderCall> Calls { get; }

    public EfSymbols Ef { get; }

    public AnalyzerSettings Settings { get; }

    public Compilation Compilation => _modelContext.SemanticModel.Compilation;

    public CancellationToken CancellationToken => _modelContext.CancellationToken;

    /// <summary>True for operations of MigrationBuilder itself (not the column/constraint builders or annotations).</summary>
    public bool IsOperation(BuilderCall call) =>
        SymbolEqualityComparer.Default.Equals(call.Method.ContainingType, Ef.MigrationBuilder);

    /// <summary>
    /// The provider a call runs against: from the provider branches around it, else the single EF provider
    /// assembly referenced, else SafeMigrationsProvider; None when it cannot be told.
    /// </summary>
    public DatabaseProvider ProviderOf(BuilderCall call)
    {
        var branch = ProviderBranchesOf(call);
        var referenced = Ef.ReferencedProviders;
        var candidates = branch & (referenced == DatabaseProvider.None ? DatabaseProvider.All : referenced);
        var single = DatabaseProviders.Single(candidates == DatabaseProvider.None ? branch : candidates);
        if (single != DatabaseProvider.None)
        {
            return single;
        }

        var configured = DatabaseProviders.FromSetting(Settings.Provider);
        return (configured & branch) != DatabaseProvider.None ? configured : DatabaseProvider.None;
    }

    /// <summary>The providers the call can run for, per the branches around it and around the helper calls leading to it.</summary>
    public DatabaseProvider ProviderBranchesOf(BuilderCall call)
    {
        var branch = ProviderBranches.Constrain(call.Syntax, call.Model);
        if (_helperCallSites is not null && _helperCallSites.TryGetValue(call, out var sites))
        {
            foreach (var site in sites)
            {
                branch &= ProviderBranches.Constrain(site.Invocation, site.Model);
            }
        }

        return branch;
    }

    public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs) =>
        _modelContext.ReportDiagnostic(Diagnostic.Create(descriptor, location, messageArgs));

    /// <summary>Reports with properties a code fix reads (what the analyzer decided, so the fix need not parse the message).</summary>
    public void Report(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?> properties, params object?[] messageArgs) =>
        _modelContext.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties, messageArgs));
}

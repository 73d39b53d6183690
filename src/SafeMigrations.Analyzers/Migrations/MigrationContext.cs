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

    public MigrationContext(
        SemanticModelAnalysisContext modelContext, INamedTypeSymbol migrationType, EfSymbols ef, AnalyzerSettings settings,
        string? migrationId, MigrationPhase phase, IReadOnlyList<BuilderCall> calls)
    {
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

    public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs) =>
        _modelContext.ReportDiagnostic(Diagnostic.Create(descriptor, location, messageArgs));
}

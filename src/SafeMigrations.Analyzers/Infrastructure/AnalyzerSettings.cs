using Microsoft.CodeAnalysis.Diagnostics;

namespace SafeMigrations.Analyzers.Infrastructure;

/// <summary>
/// The SafeMigrations* MSBuild properties, read once per compilation from the global analyzer config
/// (the package's props expose them with CompilerVisibleProperty as build_property.*).
/// </summary>
internal sealed class AnalyzerSettings
{
    private AnalyzerSettings(AnalyzerConfigOptions options)
    {
        Baseline = Get(options, "SafeMigrationsBaseline");
        AnalyzeDown = IsTrue(Get(options, "SafeMigrationsAnalyzeDown"));
        Provider = Get(options, "SafeMigrationsProvider");
        ProductionHosts = Get(options, "SafeMigrationsProductionHosts");
        SafeHosts = Get(options, "SafeMigrationsSafeHosts");
        IsTestProject = IsTrue(Get(options, "IsTestProject"));
        ReportPasswordsInTests = IsTrue(Get(options, "SafeMigrationsReportPasswordsInTests"));
    }

    /// <summary>Migrations whose id sorts at or before this one are not reported.</summary>
    public string? Baseline { get; }

    public bool AnalyzeDown { get; }

    /// <summary>The configured provider (SqlServer, Npgsql/PostgreSQL, Sqlite, MySql, Oracle), or null.</summary>
    public string? Provider { get; }

    public string? ProductionHosts { get; }

    public string? SafeHosts { get; }

    public bool IsTestProject { get; }

    public bool ReportPasswordsInTests { get; }

    public static AnalyzerSettings From(AnalyzerOptions options) =>
        new(options.AnalyzerConfigOptionsProvider.GlobalOptions);

    /// <summary>True when the migration id is at or before the configured baseline.</summary>
    public bool IsBeforeBaseline(string? migrationId) =>
        Baseline is not null && migrationId is not null
        && string.CompareOrdinal(migrationId, Baseline) <= 0;

    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;

    private static bool IsTrue(string? value) =>
        value is not null && (value.Equals("true", System.StringComparison.OrdinalIgnoreCase) || value == "1");
}

using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace SafeMigrations.Build.Tasks;

/// <summary>
/// Computes the configuration `dotnet ef` would use for this project and fails the build (SM9001) when a
/// connection string resolves to a production host. Wired in by build/SafeMigrations.Analyzers.targets.
/// </summary>
public sealed class MigrationGuardTask : Task
{
    /// <summary>The consuming project's directory (where appsettings*.json live).</summary>
    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary>The project's UserSecretsId, if any.</summary>
    public string? UserSecretsId { get; set; }

    /// <summary>Extra environments to check beyond the one the EF tools would use (SafeMigrationsEnvironments).</summary>
    public string? Environments { get; set; }

    /// <summary>Extra JSON configuration files (SafeMigrationsConfigurationFile items).</summary>
    public ITaskItem[]? ConfigurationFiles { get; set; }

    /// <summary>Configuration keys to check beyond ConnectionStrings:* (SafeMigrationsConnectionStringKeys).</summary>
    public string? ConnectionStringKeys { get; set; }

    public string? ProductionHosts { get; set; }

    public string? SafeHosts { get; set; }

    /// <summary>Hosts explicitly allowed through (SafeMigrationsAllowProductionHost).</summary>
    public string? AllowProductionHost { get; set; }

    public string? BlockRemoteHosts { get; set; }

    public override bool Execute()
    {
        return !Log.HasLoggedErrors;
    }
}

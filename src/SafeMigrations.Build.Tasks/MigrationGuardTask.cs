using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SafeMigrations.Core;
using SafeMigrations.Core.Guard;

namespace SafeMigrations.Build.Tasks;

/// <summary>
/// Computes the configuration `dotnet ef` would use for this project and fails the build (SM9001) when a
/// connection string resolves to a production host. Wired in by build/SafeMigrations.Analyzers.targets; the
/// logic lives in Core's <see cref="MigrationGuard"/>, this class only does the IO and the logging.
/// </summary>
public sealed class MigrationGuardTask : Task
{
    /// <summary>The consuming project's directory (where appsettings*.json live).</summary>
    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary>The project file: where findings without a file of their own (settings, environment variables) are reported.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>The project's UserSecretsId, if any.</summary>
    public string? UserSecretsId { get; set; }

    /// <summary>Extra environments to check beyond the one the EF tools would use (SafeMigrationsEnvironments).</summary>
    public string? Environments { get; set; }

    /// <summary>Extra JSON configuration files (SafeMigrationsConfigurationFile items), layered last.</summary>
    public ITaskItem[]? ConfigurationFiles { get; set; }

    /// <summary>Configuration keys to check beyond ConnectionStrings:* (SafeMigrationsConnectionStringKeys).</summary>
    public string? ConnectionStringKeys { get; set; }

    public string? ProductionHosts { get; set; }

    public string? SafeHosts { get; set; }

    /// <summary>Hosts explicitly allowed through (SafeMigrationsAllowProductionHost).</summary>
    public string? AllowProductionHost { get; set; }

    public string? BlockRemoteHosts { get; set; }

    /// <summary>The project's Compile items: their paths tell whether the project has migrations (SM9005).</summary>
    public ITaskItem[]? SourceFiles { get; set; }

    public override bool Execute()
    {
        try
        {
            foreach (var finding in MigrationGuard.Evaluate(CreateInputs()))
            {
                Report(finding);
            }
        }
        catch (Exception exception)
        {
            // Never MSB4018: an unexpected failure is still a coded, located error (and the build stops).
            Report(new GuardFinding(GuardCodes.UnreadableConfiguration, GuardSeverity.Error,
                $"The SafeMigrations guard failed unexpectedly ({exception.GetType().Name}: {exception.Message}), so it cannot tell which database migrations would use. Please report this; to build anyway set SafeMigrationsGuardEnabled=false."));
        }

        return !Log.HasLoggedErrors;
    }

    private GuardInputs CreateInputs()
    {
        string directory = Path.GetFullPath(string.IsNullOrEmpty(ProjectDirectory) ? "." : ProjectDirectory);
        return new GuardInputs
        {
            ProjectDirectory = directory,
            UserSecretsId = UserSecretsId,
            EnvironmentVariables = ReadEnvironment(),
            UserProfileDirectory = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
            ExtraConfigurationFiles = (ConfigurationFiles ?? Array.Empty<ITaskItem>()).Select(i => Path.Combine(directory, i.ItemSpec)).ToList(),
            SourceFiles = (SourceFiles ?? Array.Empty<ITaskItem>()).Select(i => i.ItemSpec).ToList(),
            ReadFile = ReadFile,
            Environments = Environments,
            ConnectionStringKeys = ConnectionStringKeys,
            ProductionHosts = ProductionHosts,
            SafeHosts = SafeHosts,
            AllowProductionHost = AllowProductionHost,
            BlockRemoteHosts = BlockRemoteHosts,
        };
    }

    /// <summary>The build's environment, with the comparer the OS uses for variable names.</summary>
    private static Dictionary<string, string> ReadEnvironment()
    {
        var comparer = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var variables = new Dictionary<string, string>(comparer);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = entry.Value as string ?? "";
        }

        return variables;
    }

    private static FileContent ReadFile(string path)
    {
        if (Directory.Exists(path))
        {
            return FileContent.Unreadable("it is a directory");
        }

        try
        {
            return FileContent.Of(File.ReadAllText(path));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return FileContent.Missing;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            return FileContent.Unreadable(exception.Message);
        }
    }

    private void Report(GuardFinding finding)
    {
        // Findings without a file (settings, environment variables) sit on the project file (not on our .targets).
        string file = finding.File ?? ProjectFile ?? BuildEngine?.ProjectFileOfTaskNode ?? "";
        string helpLink = RuleHelp.Link(finding.Code);
        if (finding.Severity == GuardSeverity.Error)
        {
            Log.LogError(null, finding.Code, null, helpLink, file, finding.Line, finding.Column, 0, 0, "{0}", finding.Message);
        }
        else
        {
            Log.LogWarning(null, finding.Code, null, helpLink, file, finding.Line, finding.Column, 0, 0, "{0}", finding.Message);
        }
    }
}

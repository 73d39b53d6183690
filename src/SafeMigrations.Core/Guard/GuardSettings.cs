using System;
using System.Collections.Generic;
using System.Linq;
using SafeMigrations.Core.Configuration;
using SafeMigrations.Core.Hosts;

namespace SafeMigrations.Core.Guard;

/// <summary>The SafeMigrations* settings the guard uses, validated: each invalid one is an SM9006 error.</summary>
internal sealed class GuardSettings
{
    public const string AllowVariable = "SAFEMIGRATIONS_ALLOW_PRODUCTION_HOST";

    public HostPatterns Patterns { get; private init; } = HostPatterns.Empty;

    public bool BlockRemoteHosts { get; private init; }

    /// <summary>Exact host names (case-insensitive) a deliberate production deployment allowed through.</summary>
    public HashSet<string> AllowedHosts { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Who allowed them: the MSBuild property or the environment variable (messages name it).</summary>
    public string AllowedBy { get; private init; } = "";

    public ConnectionStringKeys Keys { get; private init; } = ConnectionStringKeys.Default;

    public List<string> ExtraEnvironments { get; } = new();

    public static GuardSettings Parse(GuardInputs inputs, List<GuardFinding> findings)
    {
        var errors = new List<string>();
        inputs.EnvironmentVariables.TryGetValue(AllowVariable, out var fromVariable);
        var settings = new GuardSettings
        {
            Patterns = HostPatterns.Parse(inputs.ProductionHosts, inputs.SafeHosts, errors),
            Keys = ConnectionStringKeys.Parse(inputs.ConnectionStringKeys, errors),
            BlockRemoteHosts = ParseBool(inputs.BlockRemoteHosts, "SafeMigrationsBlockRemoteHosts", errors),
            AllowedBy = !string.IsNullOrWhiteSpace(fromVariable) && fromVariable == inputs.AllowProductionHost
                ? $"environment variable {AllowVariable}"
                : "MSBuild property SafeMigrationsAllowProductionHost",
        };

        if (inputs.AllowProductionHost?.Contains("=") == true)
        {
            // Never echo it: a pasted connection string may hold a password.
            errors.Add($"The {settings.AllowedBy} holds a connection string; it must name only the exact production host(s), e.g. 'db.prod.example.com'.");
        }

        foreach (var host in SplitList(inputs.AllowProductionHost).Where(h => !h.Contains("=")))
        {
            if (host.IndexOfAny(new[] { '*', '?', ' ', '\t' }) >= 0)
            {
                errors.Add($"The {settings.AllowedBy} entry '{host}' is not an exact host name; wildcards are not accepted, so that an override can only let through the host it names.");
            }
            else
            {
                settings.AllowedHosts.Add(host);
            }
        }

        foreach (var name in SplitList(inputs.Environments))
        {
            if (HostingEnvironment.IsValidName(name))
            {
                settings.ExtraEnvironments.Add(name);
            }
            else
            {
                errors.Add($"SafeMigrationsEnvironments entry '{name}' is not an environment name usable in appsettings.{{Environment}}.json.");
            }
        }

        findings.AddRange(errors.Select(e => new GuardFinding(GuardCodes.InvalidSetting, GuardSeverity.Error,
            e + " Fix the setting in the project file, Directory.Build.props or the command line; the guard does not guess what was meant.")));
        return settings;
    }

    private static bool ParseBool(string? value, string property, List<string> errors)
    {
        switch ((value ?? "").Trim().ToLowerInvariant())
        {
            case "" or "false":
                return false;
            case "true":
                return true;
            default:
                errors.Add($"{property}='{value}' is not 'true' or 'false'.");
                return false;
        }
    }

    private static IEnumerable<string> SplitList(string? value) =>
        (value ?? "").Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0);
}

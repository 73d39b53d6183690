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

    private GuardSettings(HostPatterns patterns, bool blockRemoteHosts, HashSet<string> allowedHosts, string allowedBy, ConnectionStringKeys keys, IReadOnlyList<string> extraEnvironments)
    {
        Patterns = patterns;
        BlockRemoteHosts = blockRemoteHosts;
        AllowedHosts = allowedHosts;
        AllowedBy = allowedBy;
        Keys = keys;
        ExtraEnvironments = extraEnvironments;
    }

    public HostPatterns Patterns { get; }

    public bool BlockRemoteHosts { get; }

    /// <summary>Exact host names (case-insensitive) a deliberate production deployment allowed through.</summary>
    public HashSet<string> AllowedHosts { get; }

    /// <summary>Who allowed them: the MSBuild property or the environment variable (messages name it).</summary>
    public string AllowedBy { get; }

    public ConnectionStringKeys Keys { get; }

    public IReadOnlyList<string> ExtraEnvironments { get; }

    public static GuardSettings Parse(GuardInputs inputs, List<GuardFinding> findings)
    {
        var errors = new List<string>();
        var patterns = HostPatterns.Parse(inputs.ProductionHosts, inputs.SafeHosts, errors);
        var keys = ConnectionStringKeys.Parse(inputs.ConnectionStringKeys, errors);

        bool blockRemote = false;
        switch ((inputs.BlockRemoteHosts ?? "").Trim().ToLowerInvariant())
        {
            case "" or "false":
                break;
            case "true":
                blockRemote = true;
                break;
            default:
                errors.Add($"SafeMigrationsBlockRemoteHosts='{inputs.BlockRemoteHosts}' is not 'true' or 'false'.");
                break;
        }

        inputs.EnvironmentVariables.TryGetValue(AllowVariable, out var fromVariable);
        string allowedBy = !string.IsNullOrWhiteSpace(fromVariable) && fromVariable == inputs.AllowProductionHost
            ? $"environment variable {AllowVariable}"
            : "MSBuild property SafeMigrationsAllowProductionHost";
        var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (inputs.AllowProductionHost?.Contains("=") == true)
        {
            // Never echo it: a pasted connection string may hold a password.
            errors.Add($"The {allowedBy} holds a connection string; it must name only the exact production host(s), e.g. 'db.prod.example.com'.");
        }

        foreach (var host in SplitList(inputs.AllowProductionHost).Where(h => !h.Contains("=")))
        {
            if (host.IndexOfAny(new[] { '*', '?', ' ', '\t' }) >= 0)
            {
                errors.Add($"The {allowedBy} entry '{host}' is not an exact host name; wildcards are not accepted, so that an override can only let through the host it names.");
            }
            else
            {
                allowed.Add(host);
            }
        }

        var environments = new List<string>();
        foreach (var name in SplitList(inputs.Environments))
        {
            if (HostingEnvironment.IsValidName(name))
            {
                environments.Add(name);
            }
            else
            {
                errors.Add($"SafeMigrationsEnvironments entry '{name}' is not an environment name usable in appsettings.{{Environment}}.json.");
            }
        }

        findings.AddRange(errors.Select(e => new GuardFinding(GuardCodes.InvalidSetting, GuardSeverity.Error,
            e + " Fix the setting in the project file, Directory.Build.props or the command line; the guard does not guess what was meant.")));
        return new GuardSettings(patterns, blockRemote, allowed, allowedBy, keys, environments);
    }

    private static IEnumerable<string> SplitList(string? value) =>
        (value ?? "").Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0);
}

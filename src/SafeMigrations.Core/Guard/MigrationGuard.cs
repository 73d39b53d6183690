using System;
using System.Collections.Generic;
using System.Linq;
using SafeMigrations.Core.Configuration;

namespace SafeMigrations.Core.Guard;

/// <summary>
/// The build guard's logic: for the environment the EF tools would use (plus SafeMigrationsEnvironments), layer
/// the configuration as the .NET host does, take the final value of every connection-string key, classify its
/// host and report SM9001–SM9006. All IO goes through <see cref="GuardInputs.ReadFile"/>.
/// </summary>
public static class MigrationGuard
{
    public static IReadOnlyList<GuardFinding> Evaluate(GuardInputs inputs)
    {
        var findings = new List<GuardFinding>();
        var settings = GuardSettings.Parse(inputs, findings);
        string? Variable(string name) => inputs.EnvironmentVariables.TryGetValue(name, out var value) ? value : null;

        var (environment, environmentSource) = HostingEnvironment.Resolve(Variable);
        if (!HostingEnvironment.IsValidName(environment))
        {
            findings.Add(new GuardFinding(GuardCodes.InvalidSetting, GuardSeverity.Error,
                $"{environmentSource}='{environment}' is not an environment name usable in appsettings.{{Environment}}.json. Set it to a plain name such as Development."));
            return findings;
        }

        if (ProductionEnvironment.Check(environment, environmentSource, inputs.SourceFiles) is { } productionEnvironment)
        {
            findings.Add(productionEnvironment);
        }

        var files = new ConfigurationFiles(inputs, findings);
        var targets = new ConnectionTargets(settings);
        foreach (var name in new[] { environment }.Concat(settings.ExtraEnvironments).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            string label = name == environment ? $"'{name}' (from {environmentSource})" : $"'{name}' (from SafeMigrationsEnvironments)";
            var configuration = files.Layer(name, Variable);
            foreach (var value in configuration.Values.Where(v => settings.Keys.Matches(v.Key)))
            {
                targets.Check(value, label);
            }
        }

        findings.AddRange(targets.Findings);
        return findings;
    }
}

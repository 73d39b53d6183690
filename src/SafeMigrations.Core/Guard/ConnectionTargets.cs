using System;
using System.Collections.Generic;
using System.Linq;
using SafeMigrations.Core.Configuration;
using SafeMigrations.Core.ConnectionStrings;
using SafeMigrations.Core.Hosts;

namespace SafeMigrations.Core.Guard;

/// <summary>
/// Classifies the final value of each connection-string key and turns dangerous targets into SM9001 (production),
/// SM9004 (production, explicitly allowed) or SM9002 (cloud or unknown remote). The
/// same value from the same source found for several environments is reported once, naming every environment.
/// </summary>
internal sealed class ConnectionTargets
{
    private readonly GuardSettings _settings;
    private readonly Dictionary<string, Target> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GuardFinding> _malformed = new(StringComparer.Ordinal);

    public ConnectionTargets(GuardSettings settings) => _settings = settings;

    public IEnumerable<GuardFinding> Findings => _malformed.Values.Concat(_targets.Values.Select(t => t.ToFinding(_settings)));

    public void Check(ConfigurationValue value, string environment)
    {
        if (string.IsNullOrWhiteSpace(value.Value))
        {
            // An empty value (a placeholder filled in at deployment) points nowhere, and overrides whatever was below it.
            return;
        }

        var info = ConnectionStringParser.Parse(value.Value);
        if (info is null && ConnectionStringParser.DescribeSyntaxError(value.Value) is { } syntaxError)
        {
            AddMalformed(value, syntaxError);
            return;
        }

        if (info is null)
        {
            // Not a database connection string (Redis "host:6379,password=…", a storage account, "Name=…"), or one
            // the ADO.NET builders reject, which could not connect anyway: nothing for the guard to judge.
            return;
        }

        // The whole key is the "name": production tokens in any segment (Tenants:Prod:Db) count.
        var classification = HostClassifier.Classify(info, value.Key, _settings.Patterns);
        string? code = classification.Kind switch
        {
            HostKind.Production => IsAllowed(info, classification) ? GuardCodes.GuardBypassed : GuardCodes.ProductionTarget,
            HostKind.Cloud or HostKind.Remote => GuardCodes.RemoteTarget,
            _ => null,
        };
        if (code is not null)
        {
            Add(code, value, info, classification, environment);
        }
    }

    /// <summary>SM9003: the value names a host but is not a valid connection string; its text is never shown (it may hold a password).</summary>
    private void AddMalformed(ConfigurationValue value, string syntaxError)
    {
        var origin = value.Origin;
        string id = $"{value.Key}|{origin.Name}|{origin.Line}|{origin.Column}";
        if (!_malformed.ContainsKey(id))
        {
            _malformed[id] = new GuardFinding(
                GuardCodes.UnreadableConfiguration, GuardSeverity.Error,
                $"{value.Key} is not a valid connection string: {syntaxError}. Every ADO.NET provider, and `dotnet ef`, rejects it, "
                + $"so SafeMigrations cannot tell which database it points at. The value comes from {origin.Describe()}. "
                + "Quote values that contain ';' or '=' (Password=\"a;b\") and give every key a value.",
                origin.File, origin.Line, origin.Column);
        }
    }

    /// <summary>The override must name the classified host, and every other production host of a multi-host value.</summary>
    private bool IsAllowed(ConnectionStringInfo info, HostClassification classification) =>
        _settings.AllowedHosts.Contains(classification.Host)
        && info.Hosts.All(h => _settings.AllowedHosts.Contains(h) || HostClassifier.ClassifyHost(h, _settings.Patterns).Kind != HostKind.Production);

    private void Add(string code, ConfigurationValue value, ConnectionStringInfo info, HostClassification classification, string environment)
    {
        var origin = value.Origin;
        string id = $"{code}|{value.Key}|{origin.Name}|{origin.Line}|{origin.Column}|{info.Redacted}";
        if (!_targets.TryGetValue(id, out var target))
        {
            target = new Target(code, value, info, classification);
            _targets[id] = target;
        }

        target.Environments.Add(environment);
    }

    private sealed class Target
    {
        private readonly string _code;
        private readonly ConfigurationValue _value;
        private readonly ConnectionStringInfo _info;
        private readonly HostClassification _classification;

        public Target(string code, ConfigurationValue value, ConnectionStringInfo info, HostClassification classification)
        {
            _code = code;
            _value = value;
            _info = info;
            _classification = classification;
        }

        public List<string> Environments { get; } = new();

        public GuardFinding ToFinding(GuardSettings settings)
        {
            var origin = _value.Origin;
            string environments = (Environments.Count == 1 ? "environment " : "environments ") + string.Join(", ", Environments);
            string source = $"The value comes from {origin.Describe()}"
                + (_value.Overrides is { } overridden ? $", overriding {overridden.Describe()}." : ".");
            string key = _value.Key;
            string host = _classification.Host;
            string reason = _classification.Reason;
            string redacted = _info.Redacted;
            (GuardSeverity severity, string message) = _code switch
            {
                GuardCodes.ProductionTarget => (GuardSeverity.Error,
                    $"{key} points at production host '{host}' ({reason}) in {environments}, so `dotnet ef database update` from this build would migrate production: {redacted}. {source} "
                    + $"Point {key} at a local or test database for this environment (appsettings.{{Environment}}.json, user secrets or the environment variable ConnectionStrings__{LastSegment(key)}); "
                    + $"for a deliberate production deployment set SafeMigrationsAllowProductionHost={host} (property or {GuardSettings.AllowVariable})."),
                GuardCodes.GuardBypassed => (GuardSeverity.Warning,
                    $"Production guard bypassed: {key} points at production host '{host}' ({reason}) in {environments}, allowed by the {settings.AllowedBy}; migrations from this build will run against production: {redacted}. {source} "
                    + "Remove the override once the deployment is done."),
                _ => (settings.BlockRemoteHosts ? GuardSeverity.Error : GuardSeverity.Warning,
                    $"{key} points at remote host '{host}' ({reason}) in {environments}, so migrations from this build would run against a shared database: {redacted}. {source} "
                    + "If it is production, add it to SafeMigrationsProductionHosts; if it is safe to migrate, add it to SafeMigrationsSafeHosts; otherwise point the key at a local database."),
            };

            return new GuardFinding(_code, severity, message, origin.File, origin.Line, origin.Column);
        }

        private static string LastSegment(string key) => key.Substring(key.LastIndexOf(':') + 1);
    }
}

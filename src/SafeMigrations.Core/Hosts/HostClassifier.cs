using SafeMigrations.Core.ConnectionStrings;

namespace SafeMigrations.Core.Hosts;

/// <summary>
/// RULES.md "Host classification", in its order: production patterns → safe patterns → production tokens in a host
/// label, the database name or the connection-string key name → local → managed cloud → remote.
/// </summary>
public static class HostClassifier
{
    /// <summary>Classifies every host of the connection string; the most dangerous one wins (the first on ties).</summary>
    /// <param name="keyName">The connection-string name (<c>ConnectionStrings:ProdDb</c> → <c>ProdDb</c>), if it has one.</param>
    public static HostClassification Classify(ConnectionStringInfo info, string? keyName, HostPatterns patterns)
    {
        if (info.Hosts.Count == 0)
        {
            // A SQLite file has no host to match patterns or tokens against: it is on this machine.
            return info.File is { } file
                ? new HostClassification(HostKind.Local, file, file == ":memory:" ? "in-memory SQLite database" : "SQLite file")
                : new HostClassification(HostKind.Safe, string.Empty, "no concrete host (placeholder)");
        }

        HostClassification? worst = null;
        foreach (var host in info.Hosts)
        {
            var verdict = Classify(host, patterns, info.Database, keyName);
            if (worst is null || verdict.Kind > worst.Kind)
            {
                worst = verdict;
            }
        }

        return worst!;
    }

    public static HostClassification ClassifyHost(string host, HostPatterns patterns) => Classify(host, patterns, null, null);

    private static HostClassification Classify(string host, HostPatterns patterns, string? database, string? keyName)
    {
        if (patterns.MatchProduction(host) is { } production)
        {
            return new(HostKind.Production, host, $"matches {HostPatterns.ProductionProperty} pattern '{production}'");
        }

        if (patterns.MatchSafe(host) is { } safe)
        {
            return new(HostKind.Safe, host, $"matches {HostPatterns.SafeProperty} pattern '{safe}'");
        }

        if (ProductionTokens.Find(host) is { } label)
        {
            return new(HostKind.Production, host, $"host label '{label}'");
        }

        if (ProductionTokens.Find(database) is { } databaseToken)
        {
            return new(HostKind.Production, host, $"database '{database}' is named '{databaseToken}'");
        }

        if (ProductionTokens.Find(keyName) is { } keyToken)
        {
            return new(HostKind.Production, host, $"connection string '{keyName}' is named '{keyToken}'");
        }

        var lower = host.ToLowerInvariant().TrimEnd('.');
        if (lower.Length == 0)
        {
            lower = host; // "." is the local SQL Server, not an empty FQDN
        }

        if (KnownHosts.LocalReason(lower) is { } local)
        {
            return new(HostKind.Local, host, local);
        }

        if (KnownHosts.CloudReason(lower) is { } cloud)
        {
            return new(HostKind.Cloud, host, cloud);
        }

        return new(HostKind.Remote, host, KnownHosts.RemoteReason(lower));
    }
}

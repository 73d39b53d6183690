using System;

namespace SafeMigrations.Core.Hosts;

/// <summary>The local names and managed-cloud endpoint suffixes of RULES.md "Host classification", steps 4 and 5.</summary>
internal static class KnownHosts
{
    private static readonly (string Suffix, string Reason)[] Cloud =
    {
        ("database.windows.net", "Azure SQL endpoint"),
        ("postgres.database.azure.com", "Azure Database for PostgreSQL endpoint"),
        ("mysql.database.azure.com", "Azure Database for MySQL endpoint"),
        ("mariadb.database.azure.com", "Azure Database for MariaDB endpoint"),
        ("documents.azure.com", "Azure Cosmos DB endpoint"),
        ("redis.cache.windows.net", "Azure Cache for Redis endpoint"),
        ("sql.azuresynapse.net", "Azure Synapse endpoint"),
        ("datawarehouse.fabric.microsoft.com", "Microsoft Fabric endpoint"),
        ("rds.amazonaws.com", "Amazon RDS endpoint"),
        ("redshift.amazonaws.com", "Amazon Redshift endpoint"),
        ("docdb.amazonaws.com", "Amazon DocumentDB endpoint"),
        ("cache.amazonaws.com", "Amazon ElastiCache endpoint"),
        ("neon.tech", "Neon endpoint"),
        ("supabase.co", "Supabase endpoint"),
        ("supabase.com", "Supabase endpoint"),
        ("psdb.cloud", "PlanetScale endpoint"),
        ("mongodb.net", "MongoDB Atlas endpoint"),
        ("cockroachlabs.cloud", "CockroachDB Cloud endpoint"),
        ("aivencloud.com", "Aiven endpoint"),
        ("render.com", "Render endpoint"),
        ("rlwy.net", "Railway endpoint"),
        ("db.ondigitalocean.com", "DigitalOcean managed database endpoint"),
        ("tidbcloud.com", "TiDB Cloud endpoint"),
        ("timescale.com", "Timescale Cloud endpoint"),
        ("upstash.io", "Upstash endpoint"),
        ("redis-cloud.com", "Redis Cloud endpoint"),
        ("redislabs.com", "Redis Cloud endpoint"),
        ("oraclecloud.com", "Oracle Cloud endpoint"),
        ("snowflakecomputing.com", "Snowflake endpoint"),
    };

    private static readonly string[] LocalSuffixes = { ".localhost", ".local", ".test", ".internal" };

    /// <summary>Why the (lower-cased) host is local, or null.</summary>
    public static string? LocalReason(string host)
    {
        switch (host)
        {
            case "localhost":
                return "localhost";
            case "." or "(local)":
                return "local SQL Server";
            case "(localdb)":
                return "SQL Server LocalDB";
            case "::1" or "0:0:0:0:0:0:0:1" or "0.0.0.0":
                return "loopback address";
        }

        if (host.StartsWith("/", StringComparison.Ordinal))
        {
            return IsCloudSqlSocket(host) ? null : "Unix socket"; // the Cloud SQL proxy socket reaches a cloud database
        }

        var ip = Ipv4(host);
        if (ip is not null)
        {
            return ip.Value >> 24 == 127 ? "loopback address" : null;
        }

        foreach (var suffix in LocalSuffixes)
        {
            if (host.EndsWith(suffix, StringComparison.Ordinal))
            {
                return $"'{suffix}' name";
            }
        }

        return host.IndexOf('.') < 0 && host.IndexOf(':') < 0 ? "single-label host name (container or local machine)" : null;
    }

    /// <summary>Why the (lower-cased) host is a managed-cloud endpoint, or null.</summary>
    public static string? CloudReason(string host)
    {
        if (IsCloudSqlSocket(host))
        {
            return "Google Cloud SQL socket";
        }

        foreach (var (suffix, reason) in Cloud)
        {
            if (host.EndsWith(suffix, StringComparison.Ordinal)
                && (host.Length == suffix.Length || host[host.Length - suffix.Length - 1] == '.'))
            {
                return reason;
            }
        }

        return null;
    }

    private static bool IsCloudSqlSocket(string host) => host.StartsWith("/cloudsql/", StringComparison.Ordinal);

    /// <summary>Words for a host that is neither local nor a known cloud endpoint.</summary>
    public static string RemoteReason(string host)
    {
        if (Ipv4(host) is { } ip)
        {
            var a = ip >> 24;
            var b = (ip >> 16) & 0xFF;
            return a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) || (a == 169 && b == 254)
                ? "private network address"
                : "IP address";
        }

        if (host.IndexOf(':') >= 0)
        {
            return host.StartsWith("fc", StringComparison.Ordinal) || host.StartsWith("fd", StringComparison.Ordinal)
                ? "private network address"
                : "IP address";
        }

        return "remote host";
    }

    /// <summary>A dotted-quad IPv4 address as a number, or null.</summary>
    private static uint? Ipv4(string host)
    {
        var parts = host.Split('.');
        if (parts.Length != 4)
        {
            return null;
        }

        uint value = 0;
        foreach (var part in parts)
        {
            if (part.Length is 0 or > 3 || !uint.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var octet) || octet > 255)
            {
                return null;
            }

            value = (value << 8) | octet;
        }

        return value;
    }
}

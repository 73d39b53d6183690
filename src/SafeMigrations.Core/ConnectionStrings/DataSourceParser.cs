using System;

namespace SafeMigrations.Core.ConnectionStrings;

/// <summary>
/// Reads the value of a host key (<c>Data Source</c>, <c>Server</c>, <c>Host</c>…) whatever provider wrote it:
/// SQLite files, Oracle descriptors and EZConnect, SqlClient <c>tcp:host\instance,port</c> and named pipes,
/// Npgsql/MySQL host lists with <c>:port</c>, Unix sockets.
/// </summary>
internal static class DataSourceParser
{
    private static readonly string[] SqliteExtensions = { ".db", ".sqlite", ".sqlite3", ".db3", ".s3db", ".sl3" };
    private static readonly char[] ServiceEnd = { ':', '/' };
    private static readonly string[] SqlClientProtocols = { "tcp:", "np:", "lpc:", "admin:" };

    /// <summary>True for <c>:memory:</c>, <c>file:</c> URIs, <c>|DataDirectory|</c> and paths that name a SQLite file.</summary>
    public static bool IsSqliteFile(string value)
    {
        if (value.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            || value.IndexOf("|DataDirectory|", StringComparison.OrdinalIgnoreCase) >= 0
            || value.StartsWith("./", StringComparison.Ordinal) || value.StartsWith("../", StringComparison.Ordinal)
            || value.StartsWith("~/", StringComparison.Ordinal)
            || (value.Length > 2 && char.IsLetter(value[0]) && value[1] == ':' && (value[2] == '\\' || value[2] == '/')))
        {
            return true;
        }

        foreach (var extension in SqliteExtensions)
        {
            if (value.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && value.Length > extension.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the hosts of a host-key value; returns the SQLite file it names instead, if it names one.</summary>
    public static string? Read(string value, HostList hosts)
    {
        value = value.Trim();
        if (value.Length == 0 || Placeholders.IsPlaceholder(value))
        {
            return null;
        }

        if (IsSqliteFile(value))
        {
            return value;
        }

        if (OracleDescriptor.IsDescriptor(value))
        {
            OracleDescriptor.Read(value, hosts);
            return null;
        }

        if (value.IndexOf("://", StringComparison.Ordinal) > 0)
        {
            UriConnectionString.ReadUrlHost(value, hosts); // "Data Source=https://help.kusto.windows.net"
            return null;
        }

        value = StripProtocol(value);
        if (value.StartsWith(@"\\", StringComparison.Ordinal))
        {
            // Named pipe \\server\pipe\sql\query: the server is the host.
            var end = value.IndexOf('\\', 2);
            hosts.Add(end < 0 ? value.Substring(2) : value.Substring(2, end - 2));
            return null;
        }

        if (value.StartsWith("/", StringComparison.Ordinal) && !value.StartsWith("//", StringComparison.Ordinal))
        {
            hosts.Add(value); // Unix-domain socket directory (Npgsql, MySQL)
            return null;
        }

        var slash = value.IndexOf('/');
        if (slash >= 0)
        {
            ReadEzConnect(value, hosts);
            return null;
        }

        var parts = value.Split(',');
        if (parts.Length == 2 && HostList.ParsePort(parts[1]) is { } sqlPort)
        {
            hosts.Add(parts[0], sqlPort); // SqlClient "host\instance,port"
            return null;
        }

        foreach (var part in parts)
        {
            hosts.AddHostAndPort(part); // Npgsql "h1:5433,h2", MySQL "h1,h2"
        }

        return null;
    }

    private static string StripProtocol(string value)
    {
        foreach (var protocol in SqlClientProtocols)
        {
            if (value.StartsWith(protocol, StringComparison.OrdinalIgnoreCase))
            {
                return value.Substring(protocol.Length).Trim();
            }
        }

        return value;
    }

    /// <summary>Oracle EZConnect: <c>[//]host[:port][/service[:server][/instance]]</c>.</summary>
    private static void ReadEzConnect(string value, HostList hosts)
    {
        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            value = value.Substring(2);
        }

        var slash = value.IndexOf('/');
        var address = slash < 0 ? value : value.Substring(0, slash);
        if (slash >= 0)
        {
            var service = value.Substring(slash + 1);
            var end = service.IndexOfAny(ServiceEnd);
            service = end < 0 ? service : service.Substring(0, end);
            hosts.Database ??= service.Length > 0 ? service : null;
        }

        hosts.AddHostAndPort(address);
    }
}

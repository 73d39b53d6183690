using System;
using System.Collections.Generic;

namespace SafeMigrations.Core.ConnectionStrings;

/// <summary>
/// URI connection strings: <c>postgres[ql]://</c> (multi-host, <c>?host=</c>), <c>mysql://</c>, <c>mariadb://</c>,
/// <c>mongodb://</c> seed lists, <c>mongodb+srv://</c>, <c>redis[s]://</c> and <c>jdbc:&lt;sub&gt;://</c>
/// (with <c>;key=value</c> properties for SQL Server), percent-decoded.
/// </summary>
internal static class UriConnectionString
{
    private static readonly string[] Schemes =
        { "postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv", "redis", "rediss" };

    /// <summary>
    /// Allocation-free: the index of "://" when the text (after leading whitespace) starts with a recognised scheme
    /// or <c>jdbc:&lt;sub&gt;</c>, else -1. Ordinary URLs (<c>https://</c>) are not connection strings.
    /// </summary>
    public static int SchemeSeparator(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var separator = text.IndexOf("://", start, StringComparison.Ordinal);
        if (separator <= start)
        {
            return -1;
        }

        if (StartsWith(text, start, "jdbc:") && separator > start + 5 && IsSchemeName(text, start + 5, separator))
        {
            return separator;
        }

        foreach (var scheme in Schemes)
        {
            if (scheme.Length == separator - start && StartsWith(text, start, scheme))
            {
                return separator;
            }
        }

        return -1;
    }

    /// <summary>Null when the text does not start with a recognised scheme.</summary>
    public static ConnectionStringInfo? Parse(string text)
    {
        var separator = SchemeSeparator(text);
        if (separator < 0)
        {
            return null;
        }

        var scheme = text.Substring(0, separator).Trim().ToLowerInvariant();
        var isJdbc = scheme.StartsWith("jdbc:", StringComparison.Ordinal);
        var end = text.Length;
        while (end > separator && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var redactor = new Redactor();
        var hosts = new HostList();
        var authority = separator + 3;
        // jdbc:sqlserver://host;databaseName=x;password=y puts its properties after ';'.
        var properties = isJdbc ? IndexOf(text, ';', authority, end) : end;
        var query = IndexOf(text, '?', authority, properties);
        var at = query > authority ? text.LastIndexOf('@', query - 1, query - authority) : -1;
        string? user = null;
        var hasPassword = false;
        var hostStart = authority;
        if (at >= authority)
        {
            var colon = IndexOf(text, ':', authority, at);
            user = Value(text.Substring(authority, colon - authority));
            if (colon < at)
            {
                var password = text.Substring(colon + 1, at - colon - 1);
                hasPassword |= IsRealSecret(password);
                redactor.Add(colon + 1, at, password);
            }

            hostStart = at + 1;
        }

        var hostEnd = IndexOfAny(text, hostStart, query, '/', '#');
        foreach (var part in text.Substring(hostStart, hostEnd - hostStart).Split(','))
        {
            hosts.AddHostAndPort(PercentEncoding.Decode(part));
        }

        string? database = null;
        if (hostEnd < query && text[hostEnd] == '/')
        {
            var pathEnd = IndexOf(text, '#', hostEnd, query);
            database = Value(text.Substring(hostEnd + 1, pathEnd - hostEnd - 1).Trim('/'));
        }

        int? port = null;
        ReadProperties(text, query + 1, properties, '&', hosts, redactor, ref database, ref user, ref hasPassword, ref port);
        ReadProperties(text, properties + 1, end, ';', hosts, redactor, ref database, ref user, ref hasPassword, ref port);
        return new ConnectionStringInfo(
            hosts.Hosts, port ?? hosts.FirstPort, database ?? hosts.Database, user, hasPassword, scheme, redactor.Apply(text), file: null);
    }

    /// <summary>The host of an <c>https://host:port/</c> address (Cosmos <c>AccountEndpoint</c>).</summary>
    public static void ReadUrlHost(string url, HostList hosts)
    {
        url = url.Trim();
        var separator = url.IndexOf("://", StringComparison.Ordinal);
        var start = separator < 0 ? 0 : separator + 3;
        var end = IndexOfAny(url, start, url.Length, '/', '?');
        var at = end > start ? url.LastIndexOf('@', end - 1, end - start) : -1;
        start = at >= start ? at + 1 : start;
        hosts.AddHostAndPort(PercentEncoding.Decode(url.Substring(start, end - start)));
    }

    /// <summary><c>key=value</c> properties of a query (<c>&amp;</c>) or a JDBC SQL Server URL (<c>;</c>).</summary>
    private static void ReadProperties(
        string text, int start, int end, char separator, HostList hosts, Redactor redactor,
        ref string? database, ref string? user, ref bool hasPassword, ref int? port)
    {
        while (start < end)
        {
            var next = IndexOf(text, separator, start, end);
            var equals = IndexOf(text, '=', start, next);
            if (equals < next)
            {
                var key = PercentEncoding.Decode(text.Substring(start, equals - start)).Trim().ToLowerInvariant();
                var raw = text.Substring(equals + 1, next - equals - 1);
                switch (key)
                {
                    case "host" or "hostaddr" or "servername" or "server":
                        foreach (var part in PercentEncoding.Decode(raw).Split(','))
                        {
                            hosts.AddHostAndPort(part);
                        }

                        break;
                    case "port" or "portnumber":
                        port ??= HostList.ParsePort(PercentEncoding.Decode(raw));
                        break;
                    case "dbname" or "database" or "databasename":
                        database = Value(raw) ?? database;
                        break;
                    case "user" or "username":
                        user = Value(raw) ?? user;
                        break;
                    case "password" or "pwd":
                        hasPassword |= IsRealSecret(raw);
                        redactor.Add(equals + 1, next, raw);
                        break;
                }
            }

            start = next + 1;
        }
    }

    private static bool IsRealSecret(string raw) => raw.Length > 0 && !Placeholders.IsPlaceholder(raw);

    private static string? Value(string raw) =>
        raw.Length == 0 || Placeholders.IsPlaceholder(raw) ? null : PercentEncoding.Decode(raw);

    private static bool StartsWith(string text, int start, string prefix) =>
        string.Compare(text, start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsSchemeName(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!(char.IsLetterOrDigit(c) || c == '+' || c == '-' || c == '.' || c == ':'))
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(string text, char c, int start, int end)
    {
        var index = start < end ? text.IndexOf(c, start, end - start) : -1;
        return index < 0 ? end : index;
    }

    private static int IndexOfAny(string text, int start, int end, char first, char second) =>
        Math.Min(IndexOf(text, first, start, end), IndexOf(text, second, start, end));
}

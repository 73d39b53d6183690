using System;
using System.Collections.Generic;

namespace SafeMigrations.Core.ConnectionStrings;

/// <summary>Collects the hosts of one connection string in order, without placeholders, empties or repeats.</summary>
internal sealed class HostList
{
    public List<string> Hosts { get; } = new();

    /// <summary>The port written beside the first host (<c>host,1433</c>, <c>host:5432</c>), if it has one.</summary>
    public int? FirstPort { get; private set; }

    /// <summary>Database named inside the host value (Oracle EZConnect service, descriptor SERVICE_NAME).</summary>
    public string? Database { get; set; }

    public void Add(string? host, int? port = null)
    {
        // SqlClient "server\instance" and "(localdb)\MSSQLLocalDB": the instance is not part of the host.
        var backslash = host?.IndexOf('\\') ?? -1;
        host = (backslash < 0 ? host : host!.Substring(0, backslash))?.Trim();
        if (string.IsNullOrEmpty(host) || Placeholders.IsPlaceholder(host) || HasWhitespace(host!))
        {
            return; // host names never contain spaces: "Server=the main box" is prose, not a host
        }

        if (Hosts.Count == 0)
        {
            FirstPort = port;
        }

        foreach (var known in Hosts)
        {
            if (string.Equals(known, host, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        Hosts.Add(host!);
    }

    private static bool HasWhitespace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A TCP port: digits only, 0-65535.</summary>
    public static int? ParsePort(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text!.Length > 5)
        {
            return null;
        }

        var value = 0;
        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return null;
            }

            value = (value * 10) + (c - '0');
        }

        return value <= 65535 ? value : null;
    }

    /// <summary>Adds <c>host</c>, <c>host:port</c>, <c>[v6]:port</c> or a bare IPv6 address.</summary>
    public void AddHostAndPort(string part)
    {
        part = part.Trim();
        if (part.StartsWith("[", StringComparison.Ordinal))
        {
            var close = part.IndexOf(']');
            if (close > 0)
            {
                var rest = part.Substring(close + 1);
                Add(part.Substring(1, close - 1), rest.StartsWith(":", StringComparison.Ordinal) ? ParsePort(rest.Substring(1)) : null);
                return;
            }
        }

        var colon = part.IndexOf(':');
        if (colon > 0 && colon == part.LastIndexOf(':'))
        {
            Add(part.Substring(0, colon), ParsePort(part.Substring(colon + 1)));
            return;
        }

        Add(part); // no port, or a bare IPv6 address with several ':'
    }
}

using System;

namespace SafeMigrations.Core.ConnectionStrings;

/// <summary>
/// Oracle Net descriptors: <c>(DESCRIPTION=(ADDRESS_LIST=(ADDRESS=(PROTOCOL=TCP)(HOST=h)(PORT=1521)))(CONNECT_DATA=(SERVICE_NAME=s)))</c>.
/// Every <c>HOST</c> counts (address lists, failover); <c>SERVICE_NAME</c> or <c>SID</c> is the database.
/// </summary>
internal static class OracleDescriptor
{
    private static readonly char[] Parentheses = { ')', '(' };

    public static bool IsDescriptor(string value) =>
        value.StartsWith("(", StringComparison.Ordinal)
        && (value.IndexOf("DESCRIPTION", StringComparison.OrdinalIgnoreCase) > 0
            || value.IndexOf("ADDRESS", StringComparison.OrdinalIgnoreCase) > 0);

    public static void Read(string value, HostList hosts)
    {
        int? port = null;
        string? host = null;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '(')
            {
                continue;
            }

            var equals = value.IndexOf('=', i + 1);
            if (equals < 0)
            {
                break;
            }

            var name = value.Substring(i + 1, equals - i - 1).Trim();
            var end = value.IndexOfAny(Parentheses, equals + 1);
            var text = (end < 0 ? value.Substring(equals + 1) : value.Substring(equals + 1, end - equals - 1)).Trim();
            if (name.Equals("HOST", StringComparison.OrdinalIgnoreCase))
            {
                Flush(hosts, ref host, port);
                host = text;
            }
            else if (name.Equals("PORT", StringComparison.OrdinalIgnoreCase))
            {
                port = HostList.ParsePort(text);
            }
            else if (name.Equals("SERVICE_NAME", StringComparison.OrdinalIgnoreCase) || name.Equals("SID", StringComparison.OrdinalIgnoreCase))
            {
                hosts.Database ??= text.Length > 0 ? text : null;
            }
            else if (name.Equals("ADDRESS", StringComparison.OrdinalIgnoreCase))
            {
                Flush(hosts, ref host, port);
                port = null;
            }
        }

        Flush(hosts, ref host, port);
    }

    private static void Flush(HostList hosts, ref string? host, int? port)
    {
        if (host is not null)
        {
            hosts.Add(host, port);
            host = null;
        }
    }
}

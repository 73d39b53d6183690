using System;
using System.Collections.Generic;
using System.Linq;

namespace SafeMigrations.Core.Configuration;

/// <summary>
/// Which configuration keys hold connection strings: every direct child of <c>ConnectionStrings</c> (what
/// <c>GetConnectionString(name)</c> reads) plus the <c>;</c>-separated keys of SafeMigrationsConnectionStringKeys,
/// where a <c>*</c> segment matches any one segment (<c>Tenants:*:Database</c>).
/// </summary>
public sealed class ConnectionStringKeys
{
    private readonly IReadOnlyList<string[]> _patterns;

    private ConnectionStringKeys(IReadOnlyList<string[]> patterns) => _patterns = patterns;

    public static ConnectionStringKeys Default { get; } = new(new[] { new[] { "ConnectionStrings", "*" } });

    public static ConnectionStringKeys Parse(string? extraKeys, ICollection<string> errors)
    {
        var patterns = new List<string[]>(Default._patterns);
        foreach (var raw in (extraKeys ?? "").Split(';'))
        {
            string key = raw.Trim();
            if (key.Length == 0)
            {
                continue;
            }

            string[] segments = key.Split(':');
            if (segments.Any(s => s.Trim().Length == 0 || (s.Contains("*") && s != "*")))
            {
                errors.Add($"SafeMigrationsConnectionStringKeys entry '{key}' is not a configuration key: use ':'-separated names such as 'Database:Main' or 'Tenants:*:Connection' ('*' stands for one whole segment).");
                continue;
            }

            patterns.Add(segments.Select(s => s.Trim()).ToArray());
        }

        return new ConnectionStringKeys(patterns);
    }

    public bool Matches(string key)
    {
        string[] segments = key.Split(':');
        return _patterns.Any(pattern => pattern.Length == segments.Length
            && pattern.Zip(segments, (p, s) => p == "*" || string.Equals(p, s, StringComparison.OrdinalIgnoreCase)).All(match => match));
    }
}

using System;
using System.Collections.Generic;

namespace SafeMigrations.Core.Hosts;

/// <summary>
/// SafeMigrationsProductionHosts / SafeMigrationsSafeHosts: ';'-separated host names with '*' globs, matched
/// case-insensitively against the whole host.
/// </summary>
public sealed class HostPatterns
{
    public const string ProductionProperty = "SafeMigrationsProductionHosts";
    public const string SafeProperty = "SafeMigrationsSafeHosts";

    private HostPatterns(IReadOnlyList<string> production, IReadOnlyList<string> safe)
    {
        Production = production;
        Safe = safe;
    }

    public static HostPatterns Empty { get; } = new(Array.Empty<string>(), Array.Empty<string>());

    /// <summary>Lower-cased production patterns.</summary>
    public IReadOnlyList<string> Production { get; }

    /// <summary>Lower-cased safe patterns.</summary>
    public IReadOnlyList<string> Safe { get; }

    /// <summary>Parses both settings; each malformed pattern adds one message to <paramref name="errors"/> and is skipped.</summary>
    public static HostPatterns Parse(string? productionHosts, string? safeHosts, ICollection<string> errors)
    {
        var production = Split(productionHosts, ProductionProperty, errors);
        var safe = Split(safeHosts, SafeProperty, errors);
        return production.Count == 0 && safe.Count == 0 ? Empty : new HostPatterns(production, safe);
    }

    /// <summary>The first production pattern matching the host, or null.</summary>
    public string? MatchProduction(string host) => FirstMatch(Production, host);

    /// <summary>The first safe pattern matching the host, or null.</summary>
    public string? MatchSafe(string host) => FirstMatch(Safe, host);

    private static List<string> Split(string? value, string property, ICollection<string> errors)
    {
        var patterns = new List<string>();
        if (value is null)
        {
            return patterns;
        }

        foreach (var raw in value.Split(';'))
        {
            var pattern = raw.Trim();
            if (pattern.Length == 0)
            {
                continue;
            }

            if (Problem(pattern) is { } problem)
            {
                errors.Add($"{property}: pattern '{pattern}' {problem}.");
                continue;
            }

            patterns.Add(pattern.ToLowerInvariant());
        }

        return patterns;
    }

    private static string? Problem(string pattern)
    {
        if (pattern.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            return "is a URL; write the host name only, e.g. 'db.example.com' or '*.example.com'";
        }

        foreach (var c in pattern)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '*' or ':' or '[' or ']' or '(' or ')' or '/'))
            {
                return c is '?' or '%' or '+'
                    ? $"uses '{c}'; only '*' is a wildcard"
                    : $"contains '{c}', which cannot appear in a host name (separate patterns with ';')";
            }
        }

        return null;
    }

    private static string? FirstMatch(IReadOnlyList<string> patterns, string host)
    {
        foreach (var pattern in patterns)
        {
            if (GlobMatches(pattern, host))
            {
                return pattern;
            }
        }

        return null;
    }

    /// <summary>'*' matches any run of characters (dots included); everything else matches itself, ignoring case.</summary>
    internal static bool GlobMatches(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] != '*' && char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}

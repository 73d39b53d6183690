using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SafeMigrations.Build.Tasks;

/// <summary>
/// Finds EF Core migration ids — <c>[Migration("20240101000000_Init")]</c>, which EF scaffolds on each
/// migration's Designer partial — in C# source text, without compiling it.
/// </summary>
public static class MigrationIdScanner
{
    private static readonly Regex Attribute = new(
        @"[\[,]\s*(?:global::)?(?:Microsoft\.EntityFrameworkCore\.Migrations\.)?Migration(?:Attribute)?\s*\(\s*@?""(?<id>[^""\r\n]+)""\s*\)",
        RegexOptions.CultureInvariant);

    /// <summary>Every migration id in the text, skipping lines that are comments.</summary>
    public static IEnumerable<string> FindIds(string source)
    {
        if (source.IndexOf("Migration", StringComparison.Ordinal) < 0)
        {
            yield break;
        }

        foreach (var line in source.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("*", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in Attribute.Matches(line))
            {
                yield return match.Groups["id"].Value.Trim();
            }
        }
    }

    /// <summary>The id that sorts last (EF ids start with a UTC timestamp, so this is the newest), or null.</summary>
    public static string? Newest(IEnumerable<string> ids)
    {
        string? newest = null;
        foreach (var id in ids)
        {
            if (newest is null || string.CompareOrdinal(id, newest) > 0)
            {
                newest = id;
            }
        }

        return newest;
    }
}

using System;
using System.Text.RegularExpressions;

namespace SafeMigrations.Build.Tasks;

/// <summary>
/// Writes <c>&lt;SafeMigrationsBaseline&gt;id&lt;/SafeMigrationsBaseline&gt;</c> into an MSBuild file as text, so the
/// file keeps its formatting and comments: an existing element is updated in place, else a PropertyGroup is
/// added before <c>&lt;/Project&gt;</c>.
/// </summary>
public static class BaselineProperty
{
    private static readonly Regex Existing = new(
        @"<SafeMigrationsBaseline(?<attributes>\s[^>]*?)?\s*(?:/>|>[^<]*</SafeMigrationsBaseline\s*>)",
        RegexOptions.CultureInvariant);

    public static string Element(string id) => "<SafeMigrationsBaseline>" + id + "</SafeMigrationsBaseline>";

    /// <summary>The file text with the baseline set to <paramref name="id"/>; null when it has no &lt;/Project&gt;.</summary>
    public static string? Apply(string projectXml, string id)
    {
        var match = Existing.Match(projectXml);
        if (match.Success)
        {
            var attributes = match.Groups["attributes"].Success ? match.Groups["attributes"].Value.TrimEnd() : "";
            var element = "<SafeMigrationsBaseline" + attributes + ">" + id + "</SafeMigrationsBaseline>";
            return projectXml.Substring(0, match.Index) + element + projectXml.Substring(match.Index + match.Length);
        }

        var end = projectXml.LastIndexOf("</Project>", StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        var newLine = projectXml.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
        var group =
            "  <PropertyGroup>" + newLine +
            "    <!-- Migrations up to this id predate SafeMigrations and are not reported. -->" + newLine +
            "    " + Element(id) + newLine +
            "  </PropertyGroup>" + newLine;
        var lineStart = projectXml.LastIndexOf('\n', Math.Max(0, end - 1)) + 1;
        // On its own line: insert before the line's indentation; after other content: start a new line.
        var ownLine = projectXml.Substring(lineStart, end - lineStart).Trim().Length == 0;
        var insertAt = ownLine ? lineStart : end;
        var prefix = ownLine ? "" : newLine;
        return projectXml.Substring(0, insertAt) + prefix + group + projectXml.Substring(insertAt);
    }
}

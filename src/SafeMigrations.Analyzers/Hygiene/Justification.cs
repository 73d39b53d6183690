using System;
using System.Collections.Generic;

namespace SafeMigrations.Analyzers.Hygiene;

/// <summary>Judges the reason given for acknowledging a SafeMigrations diagnostic.</summary>
internal static class Justification
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "todo", "tbd", "fixme", "reason", "pending", "justification", "why", "n/a", "na", "none", "placeholder",
        "reason here", "add reason", "add a reason", "add justification", "suppress", "suppressed", "ignore", "temp",
        "temporary", "x", "xx", "xxx", "ok", "fine",
    };

    /// <summary>True for the IDs of this package's rules (SM followed by four digits), with or without a ":Title".</summary>
    public static bool IsSafeMigrationsRule(string? checkId, out string id)
    {
        id = "";
        if (checkId is null)
        {
            return false;
        }

        var colon = checkId.IndexOf(':');
        var candidate = (colon >= 0 ? checkId.Substring(0, colon) : checkId).Trim();
        if (candidate.Length != 6 || !candidate.StartsWith("SM", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 2; i < 6; i++)
        {
            if (candidate[i] is < '0' or > '9')
            {
                return false;
            }
        }

        id = candidate;
        return true;
    }

    /// <summary>What is wrong with the reason (for the SM8001 message), or null when it is a real reason.</summary>
    public static string? Problem(string? text, string noun)
    {
        if (text is null)
        {
            return "no " + noun;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return "an empty " + noun;
        }

        var core = trimmed.Trim('<', '>', '[', ']', '(', ')', '"', '\'', '.', ':', '!', ' ');
        var hasWord = false;
        foreach (var c in core)
        {
            hasWord |= char.IsLetterOrDigit(c);
        }

        if (!hasWord || Placeholders.Contains(core)
            || core.StartsWith("todo", StringComparison.OrdinalIgnoreCase) || core.StartsWith("tbd", StringComparison.OrdinalIgnoreCase)
            || core.StartsWith("fixme", StringComparison.OrdinalIgnoreCase))
        {
            return "the placeholder " + noun + " '" + trimmed + "'";
        }

        return null;
    }
}

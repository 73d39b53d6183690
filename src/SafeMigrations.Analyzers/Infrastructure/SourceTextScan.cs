using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SafeMigrations.Analyzers.Infrastructure;

/// <summary>
/// Per-file pre-filters over the raw source text, so analyzers whose triggers are rare (EnsureDeleted, Migrate,
/// ExecuteSql…, a connection-string key followed by '=') skip almost every file without walking its tree.
/// The searches are <see cref="string.IndexOf(string, StringComparison)"/>, which the runtime vectorizes; for
/// an ordinary file the compiler's source text already is a string, so nothing is copied.
/// </summary>
internal static class SourceTextScan
{
    /// <summary>Spaces allowed between a key and its '=' (<c>Data Source = x</c>).</summary>
    private const int MaxSpacesBeforeEquals = 8;

    /// <summary>True when the text contains any of the words (ordinal, case-sensitive).</summary>
    public static bool ContainsAny(SyntaxTree tree, string[] words, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken).ToString();
        foreach (var word in words)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the text contains one of the <paramref name="keys"/> (case-insensitive) followed by optional
    /// spaces and '=': the shape every key/value connection string has.
    /// </summary>
    public static bool ContainsAnyKeyAssignment(SyntaxTree tree, string[] keys, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken).ToString();
        foreach (var key in keys)
        {
            for (var at = text.IndexOf(key, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(key, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IsFollowedByEquals(text, at + key.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsFollowedByEquals(string text, int index)
    {
        for (var spaces = 0; index < text.Length && spaces <= MaxSpacesBeforeEquals && text[index] == ' '; spaces++)
        {
            index++;
        }

        return index < text.Length && text[index] == '=';
    }
}

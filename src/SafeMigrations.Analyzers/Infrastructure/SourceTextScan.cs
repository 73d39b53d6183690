using System.Threading;
using Microsoft.CodeAnalysis;

namespace SafeMigrations.Analyzers.Infrastructure;

/// <summary>
/// Per-file pre-filters over the raw source text: far cheaper than walking syntax nodes, so analyzers whose
/// triggers are rare (EnsureDeleted, Migrate, ExecuteSql…, a connection-string key followed by '=') skip almost
/// every file without touching its tree. The text is read in overlapping chunks into one buffer per call.
/// </summary>
internal static class SourceTextScan
{
    private const int ChunkSize = 8192;

    /// <summary>Spaces allowed between a key and its '=' (<c>Data Source = x</c>).</summary>
    private const int MaxSpacesBeforeEquals = 8;

    /// <summary>True when the text contains any of the words (ordinal, case-sensitive).</summary>
    public static bool ContainsAny(SyntaxTree tree, string[] words, CancellationToken cancellationToken) =>
        Scan(tree, Longest(words), (buffer, i, count) => MatchesAnyWord(buffer, i, count, words, ignoreCase: false) >= 0, cancellationToken);

    /// <summary>
    /// True when the text contains one of the lower-case <paramref name="keys"/> (case-insensitive) followed by
    /// optional spaces and '=': the shape every key/value connection string has.
    /// </summary>
    public static bool ContainsAnyKeyAssignment(SyntaxTree tree, string[] keys, CancellationToken cancellationToken) =>
        Scan(tree, Longest(keys) + MaxSpacesBeforeEquals + 1, (buffer, i, count) => IsKeyAssignment(buffer, i, count, keys), cancellationToken);

    private delegate bool MatchAt(char[] buffer, int index, int count);

    private static bool Scan(SyntaxTree tree, int overlap, MatchAt match, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var buffer = new char[ChunkSize + overlap];
        for (var start = 0; start < text.Length; start += ChunkSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = System.Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            for (var i = 0; i < count; i++)
            {
                if (match(buffer, i, count))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsKeyAssignment(char[] buffer, int index, int count, string[] keys)
    {
        var word = MatchesAnyWord(buffer, index, count, keys, ignoreCase: true);
        if (word < 0)
        {
            return false;
        }

        var next = index + keys[word].Length;
        for (var spaces = 0; next < count && spaces <= MaxSpacesBeforeEquals && buffer[next] == ' '; spaces++)
        {
            next++;
        }

        return next < count && buffer[next] == '=';
    }

    /// <summary>The index of the word that starts at <paramref name="index"/>, or -1.</summary>
    private static int MatchesAnyWord(char[] buffer, int index, int count, string[] words, bool ignoreCase)
    {
        var c = ignoreCase ? char.ToLowerInvariant(buffer[index]) : buffer[index];
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (word[0] != c || index + word.Length > count)
            {
                continue;
            }

            var j = 1;
            while (j < word.Length && (ignoreCase ? char.ToLowerInvariant(buffer[index + j]) : buffer[index + j]) == word[j])
            {
                j++;
            }

            if (j == word.Length)
            {
                return w;
            }
        }

        return -1;
    }

    private static int Longest(string[] words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            longest = System.Math.Max(longest, word.Length);
        }

        return longest;
    }
}

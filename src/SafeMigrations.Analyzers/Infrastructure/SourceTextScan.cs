using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SafeMigrations.Analyzers.Infrastructure;

/// <summary>
/// A per-file pre-filter over the raw source text: far cheaper than walking syntax nodes, so analyzers whose
/// trigger words are rare (EnsureDeleted, Migrate, ExecuteSql…) skip almost every file without touching its tree.
/// </summary>
internal static class SourceTextScan
{
    private const int ChunkSize = 8192;

    /// <summary>True when the text of <paramref name="tree"/> contains any of the words (ordinal, case-sensitive).</summary>
    public static bool ContainsAny(SyntaxTree tree, string[] words, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var longest = 0;
        foreach (var word in words)
        {
            longest = System.Math.Max(longest, word.Length);
        }

        // Chunks overlap by longest-1 characters so a word across a chunk boundary is still seen.
        var buffer = new char[ChunkSize + longest];
        for (var start = 0; start < text.Length; start += ChunkSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = System.Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            if (ContainsAny(buffer, count, words))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(char[] buffer, int count, string[] words)
    {
        for (var i = 0; i < count; i++)
        {
            var c = buffer[i];
            foreach (var word in words)
            {
                if (word[0] == c && Matches(buffer, i, count, word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Matches(char[] buffer, int index, int count, string word)
    {
        if (index + word.Length > count)
        {
            return false;
        }

        for (var j = 1; j < word.Length; j++)
        {
            if (buffer[index + j] != word[j])
            {
                return false;
            }
        }

        return true;
    }
}

using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SafeMigrations.Analyzers.Infrastructure;

/// <summary>
/// Per-file pre-filters over the raw source text, so analyzers whose triggers are rare (EnsureDeleted, Migrate,
/// ExecuteSql…, a connection-string key followed by '=') skip almost every file without walking its tree.
/// The text is copied chunk by chunk into one reused buffer (large files, such as migration Designer files, are
/// not strings the compiler already holds, so <c>ToString()</c> would allocate them whole) and searched with the
/// runtime's vectorized span <c>IndexOf</c>.
/// </summary>
internal static class SourceTextScan
{
    private const int ChunkSize = 32 * 1024;

    /// <summary>Longer than any word plus <see cref="MaxSpacesBeforeEquals"/> and '=': a match that starts in a chunk ends in its buffer.</summary>
    private const int Overlap = 64;

    /// <summary>Spaces allowed between a key and its '=' (<c>Data Source = x</c>).</summary>
    private const int MaxSpacesBeforeEquals = 8;

    [ThreadStatic]
    private static char[]? t_buffer;

    private delegate bool ChunkMatch(ReadOnlySpan<char> chunk);

    /// <summary>True when the text contains any of the words (ordinal, case-sensitive).</summary>
    public static bool ContainsAny(SyntaxTree tree, string[] words, CancellationToken cancellationToken) =>
        Scan(tree, chunk =>
        {
            foreach (var word in words)
            {
                if (chunk.IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }, cancellationToken);

    /// <summary>
    /// True when the text contains one of the <paramref name="keys"/> (case-insensitive) followed by optional
    /// spaces and '=': the shape every key/value connection string has.
    /// </summary>
    public static bool ContainsAnyKeyAssignment(SyntaxTree tree, string[] keys, CancellationToken cancellationToken) =>
        Scan(tree, chunk =>
        {
            foreach (var key in keys)
            {
                var rest = chunk;
                for (var at = rest.IndexOf(key.AsSpan(), StringComparison.OrdinalIgnoreCase); at >= 0;
                     at = rest.IndexOf(key.AsSpan(), StringComparison.OrdinalIgnoreCase))
                {
                    rest = rest.Slice(at + key.Length);
                    if (StartsWithEquals(rest))
                    {
                        return true;
                    }
                }
            }

            return false;
        }, cancellationToken);

    private static bool Scan(SyntaxTree tree, ChunkMatch match, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var buffer = t_buffer ??= new char[ChunkSize + Overlap];
        for (var start = 0; start < text.Length; start += ChunkSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            if (match(new ReadOnlySpan<char>(buffer, 0, count)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithEquals(ReadOnlySpan<char> text)
    {
        var index = 0;
        while (index < text.Length && index <= MaxSpacesBeforeEquals && text[index] == ' ')
        {
            index++;
        }

        return index < text.Length && text[index] == '=';
    }
}

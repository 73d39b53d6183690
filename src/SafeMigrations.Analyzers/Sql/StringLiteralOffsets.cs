using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace SafeMigrations.Analyzers.Sql;

/// <summary>
/// Maps each character of a string literal's value to its position in the source: through escapes, verbatim
/// "" and raw-string indentation and line breaks. The result has one entry per value character plus one for
/// the end, or is null when the literal's shape is not understood (the decoded text is checked against the
/// compiler's value, so a wrong map is never returned).
/// </summary>
internal static class StringLiteralOffsets
{
    public static int[]? Map(SyntaxToken literal)
    {
        var text = literal.Text;
        var end = text.Length;
        if (end >= 2 && (text[end - 1] == '8') && (text[end - 2] == 'u' || text[end - 2] == 'U'))
        {
            end -= 2; // UTF-8 suffix
        }

        var value = new StringBuilder();
        var map = new List<int>();
        bool ok;
        if (text.StartsWith("@\"", System.StringComparison.Ordinal))
        {
            ok = Verbatim(text, 2, end - 1, value, map);
        }
        else if (text.StartsWith("\"\"\"", System.StringComparison.Ordinal))
        {
            ok = Raw(text, end, value, map);
        }
        else if (text.StartsWith("\"", System.StringComparison.Ordinal))
        {
            ok = Regular(text, 1, end - 1, value, map);
        }
        else
        {
            ok = false;
        }

        if (!ok || value.ToString() != literal.ValueText)
        {
            return null;
        }

        var start = literal.SpanStart;
        var result = new int[map.Count];
        for (var i = 0; i < map.Count; i++)
        {
            result[i] = start + map[i];
        }

        return result;
    }

    private static bool Verbatim(string text, int from, int to, StringBuilder value, List<int> map)
    {
        for (var i = from; i < to; i++)
        {
            map.Add(i);
            value.Append(text[i]);
            if (text[i] == '"')
            {
                i++;
            }
        }

        map.Add(to);
        return true;
    }

    private static bool Regular(string text, int from, int to, StringBuilder value, List<int> map)
    {
        var i = from;
        while (i < to)
        {
            var start = i;
            if (text[i] != '\\')
            {
                value.Append(text[i++]);
                map.Add(start);
                continue;
            }

            if (i + 1 >= to)
            {
                return false;
            }

            var e = text[i + 1];
            i += 2;
            switch (e)
            {
                case 'u':
                case 'U':
                case 'x':
                    var digits = e == 'u' ? 4 : e == 'U' ? 8 : 0;
                    var hexEnd = i;
                    while (hexEnd < to && (digits == 0 ? hexEnd - i < 4 : hexEnd - i < digits) && Uri.IsHexDigit(text[hexEnd]))
                    {
                        hexEnd++;
                    }

                    if (hexEnd == i || !int.TryParse(text.Substring(i, hexEnd - i), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                    {
                        return false;
                    }

                    i = hexEnd;

                    // \u and \x are one UTF-16 unit (possibly half a surrogate pair); \U is a code point.
                    var chars = e != 'U' ? ((char)code).ToString()
                        : code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF) ? char.ConvertFromUtf32(code)
                        : null;
                    if (chars is null)
                    {
                        return false;
                    }

                    foreach (var c in chars)
                    {
                        value.Append(c);
                        map.Add(start);
                    }

                    continue;
                default:
                    value.Append(Simple(e));
                    map.Add(start);
                    continue;
            }
        }

        map.Add(to);
        return true;
    }

    private static char Simple(char escape) => escape switch
    {
        '0' => '\0',
        'a' => '\a',
        'b' => '\b',
        'e' => '\u001b',
        'f' => '\f',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\v',
        _ => escape,
    };

    /// <summary>"""…""" on one line, or on several lines with the closing line's indentation removed.</summary>
    private static bool Raw(string text, int end, StringBuilder value, List<int> map)
    {
        var quotes = 0;
        while (quotes < end && text[quotes] == '"')
        {
            quotes++;
        }

        var closeStart = end - quotes;
        var firstNewline = text.IndexOf('\n', quotes);
        if (firstNewline < 0 || firstNewline > closeStart)
        {
            for (var i = quotes; i < closeStart; i++)
            {
                value.Append(text[i]);
                map.Add(i);
            }

            map.Add(closeStart);
            return true;
        }

        var lastNewline = text.LastIndexOf('\n', closeStart - 1);
        var indentation = closeStart - (lastNewline + 1);
        var contentEnd = lastNewline > 0 && text[lastNewline - 1] == '\r' ? lastNewline - 1 : lastNewline;
        var line = firstNewline + 1;
        while (line <= contentEnd)
        {
            var lineEnd = text.IndexOf('\n', line);
            if (lineEnd < 0 || lineEnd > contentEnd)
            {
                lineEnd = contentEnd;
            }

            var textEnd = lineEnd > line && text[lineEnd - 1] == '\r' && lineEnd != contentEnd ? lineEnd - 1 : lineEnd;
            if (!IsWhiteSpace(text, line, textEnd))
            {
                for (var i = line + indentation; i < textEnd; i++)
                {
                    value.Append(text[i]);
                    map.Add(i);
                }
            }

            if (lineEnd >= contentEnd)
            {
                break;
            }

            for (var i = textEnd; i <= lineEnd; i++)
            {
                value.Append(text[i]);
                map.Add(i);
            }

            line = lineEnd + 1;
        }

        map.Add(contentEnd);
        return true;
    }

    private static bool IsWhiteSpace(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}

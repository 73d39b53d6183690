using System.Collections.Generic;
using System.Text;

namespace SafeMigrations.Core.ConnectionStrings;

/// <summary>One <c>key=value</c> pair as DbConnectionStringBuilder reads it, with where its value sits in the text.</summary>
internal readonly struct AdoNetPair
{
    public AdoNetPair(string key, string? value, int valueStart, int valueEnd)
    {
        Key = key;
        Value = value;
        ValueStart = valueStart;
        ValueEnd = valueEnd;
    }

    /// <summary>Lower-cased, trailing whitespace removed, <c>==</c> unescaped to <c>=</c>.</summary>
    public string Key { get; }

    /// <summary>Unquoted value; null when the key has no value (<c>Server=;</c>).</summary>
    public string? Value { get; }

    /// <summary>Span of the value in the original text, quotes included (-1 when there is no value).</summary>
    public int ValueStart { get; }

    public int ValueEnd { get; }
}

/// <summary>
/// A port of System.Data.Common.DbConnectionOptions.GetKeyValuePair (non-ODBC rules), so the parser accepts and
/// rejects exactly the strings SqlClient, Npgsql, MySqlConnector and Microsoft.Data.Sqlite accept and reject.
/// </summary>
internal static class AdoNetTokenizer
{
    private enum State
    {
        NothingYet, Key, KeyEqual, KeyEnd, UnquotedValue,
        DoubleQuoteValue, DoubleQuoteValueQuote, SingleQuoteValue, SingleQuoteValueQuote,
        QuotedValueEnd, NullTermination,
    }

    /// <summary>The pairs in text order, or null where DbConnectionStringBuilder throws a syntax error.</summary>
    public static List<AdoNetPair>? Tokenize(string text)
    {
        var pairs = new List<AdoNetPair>();
        var buffer = new StringBuilder();
        var position = 0;
        while (position < text.Length)
        {
            if (!TryReadPair(text, ref position, buffer, out var pair))
            {
                return null;
            }

            if (pair.Key.Length == 0)
            {
                break; // only separators, whitespace or NULs were left
            }

            pairs.Add(pair);
        }

        return pairs;
    }

    private static bool TryReadPair(string text, ref int position, StringBuilder buffer, out AdoNetPair pair)
    {
        buffer.Length = 0;
        pair = default;
        string? key = null;
        string? value = null;
        int valueStart = -1, valueEnd = -1;
        var current = '\0';
        var state = State.NothingYet;
        for (; position < text.Length; position++)
        {
            current = text[position];
            switch (state)
            {
                case State.NothingYet:
                    if (current == ';' || char.IsWhiteSpace(current))
                    {
                        continue;
                    }

                    if (current == '\0')
                    {
                        state = State.NullTermination;
                        continue;
                    }

                    if (char.IsControl(current))
                    {
                        return false;
                    }

                    if (current != '=')
                    {
                        state = State.Key;
                        break;
                    }

                    state = State.KeyEqual;
                    continue;

                case State.Key:
                    if (current == '=')
                    {
                        state = State.KeyEqual;
                        continue;
                    }

                    if (!char.IsWhiteSpace(current) && char.IsControl(current))
                    {
                        return false;
                    }

                    break;

                case State.KeyEqual:
                    if (current == '=')
                    {
                        state = State.Key; // "==" is an escaped '=' inside the key
                        break;
                    }

                    key = KeyName(buffer);
                    if (key.Length == 0)
                    {
                        return false;
                    }

                    buffer.Length = 0;
                    state = State.KeyEnd;
                    goto case State.KeyEnd;

                case State.KeyEnd:
                    if (char.IsWhiteSpace(current))
                    {
                        continue;
                    }

                    if (current == '\'' || current == '"')
                    {
                        valueStart = position;
                        state = current == '\'' ? State.SingleQuoteValue : State.DoubleQuoteValue;
                        continue;
                    }

                    if (current == ';' || current == '\0')
                    {
                        goto Exit;
                    }

                    if (char.IsControl(current))
                    {
                        return false;
                    }

                    valueStart = position;
                    valueEnd = position + 1;
                    state = State.UnquotedValue;
                    break;

                case State.UnquotedValue:
                    if (char.IsWhiteSpace(current))
                    {
                        break;
                    }

                    if (char.IsControl(current) || current == ';')
                    {
                        goto Exit;
                    }

                    valueEnd = position + 1;
                    break;

                case State.DoubleQuoteValue:
                case State.SingleQuoteValue:
                    if (current == Quote(state))
                    {
                        state = state == State.DoubleQuoteValue ? State.DoubleQuoteValueQuote : State.SingleQuoteValueQuote;
                        continue;
                    }

                    if (current == '\0')
                    {
                        return false;
                    }

                    break;

                case State.DoubleQuoteValueQuote:
                case State.SingleQuoteValueQuote:
                    if (current == Quote(state))
                    {
                        state = state == State.DoubleQuoteValueQuote ? State.DoubleQuoteValue : State.SingleQuoteValue; // doubled quote
                        break;
                    }

                    value = buffer.ToString();
                    valueEnd = position;
                    state = State.QuotedValueEnd;
                    goto case State.QuotedValueEnd;

                case State.QuotedValueEnd:
                    if (char.IsWhiteSpace(current))
                    {
                        continue;
                    }

                    if (current == ';')
                    {
                        goto Exit;
                    }

                    if (current == '\0')
                    {
                        state = State.NullTermination;
                        continue;
                    }

                    return false; // text after a closing quote

                case State.NullTermination:
                    if (current == '\0' || char.IsWhiteSpace(current))
                    {
                        continue;
                    }

                    return false;
            }

            buffer.Append(current);
        }

    Exit:
        switch (state)
        {
            case State.Key:
            case State.DoubleQuoteValue:
            case State.SingleQuoteValue:
                return false; // key without '=' or unbalanced quote

            case State.KeyEqual:
                key = KeyName(buffer);
                if (key.Length == 0)
                {
                    return false;
                }

                break;

            case State.UnquotedValue:
                value = text.Substring(valueStart, valueEnd - valueStart);
                var last = value[value.Length - 1];
                if (last == '\'' || last == '"')
                {
                    return false; // an unquoted value must not end in a quote
                }

                break;

            case State.DoubleQuoteValueQuote:
            case State.SingleQuoteValueQuote:
                value = buffer.ToString();
                valueEnd = position;
                break;
        }

        if (current == ';' && position < text.Length)
        {
            position++;
        }

        pair = new AdoNetPair(key ?? string.Empty, value, value is null ? -1 : valueStart, value is null ? -1 : valueEnd);
        return true;
    }

    private static char Quote(State state) =>
        state is State.DoubleQuoteValue or State.DoubleQuoteValueQuote ? '"' : '\'';

    private static string KeyName(StringBuilder buffer)
    {
        var count = buffer.Length;
        while (count > 0 && char.IsWhiteSpace(buffer[count - 1]))
        {
            count--;
        }

        return buffer.ToString(0, count).ToLowerInvariant();
    }
}

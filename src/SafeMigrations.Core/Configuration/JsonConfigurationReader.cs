using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SafeMigrations.Core.Configuration;

/// <summary>
/// Reads a JSON configuration file the way Microsoft.Extensions.Configuration's JsonConfigurationFileParser does
/// (comments and trailing commas allowed, the root must be an object, keys flattened to <c>A:B:0:C</c>, a
/// duplicate leaf key is an error compared case-insensitively, values kept as text, <c>null</c> and empty
/// objects/arrays as ""), but also records the 1-based line and column of every value so the guard can point at
/// it. Single pass, never throws; nesting is capped at 64 levels like System.Text.Json's default.
/// </summary>
public sealed class JsonConfigurationReader
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly List<ConfigurationEntry> _entries = new();
    private readonly Dictionary<string, int> _indexByKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _path = new();
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private JsonReadError? _error;

    private JsonConfigurationReader(string text) => _text = text;

    public static JsonConfigurationDocument Read(string? text)
    {
        var reader = new JsonConfigurationReader(text ?? "");
        reader.ReadDocument();
        return reader._error is { } error
            ? new JsonConfigurationDocument(Array.Empty<ConfigurationEntry>(), error)
            : new JsonConfigurationDocument(reader._entries, null);
    }

    private void ReadDocument()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _pos = 1;
            _lineStart = 1;
        }

        if (!SkipTrivia())
        {
            return;
        }

        if (_pos >= _text.Length)
        {
            Fail("The file contains no JSON; the .NET configuration reader requires an object ({ }) here.");
            return;
        }

        if (_text[_pos] != '{')
        {
            Fail($"The top-level JSON element must be an object; found {Describe(_pos)}.");
            return;
        }

        if (!ReadObject(depth: 1) || !SkipTrivia())
        {
            return;
        }

        if (_pos < _text.Length)
        {
            Fail($"Unexpected {Describe(_pos)} after the end of the top-level object.");
        }
    }

    private bool ReadValue(int depth)
    {
        if (_pos >= _text.Length)
        {
            return Fail("Unexpected end of file; expected a value.");
        }

        int line = _line, column = Column(_pos);
        switch (_text[_pos])
        {
            case '{' or '[' when depth >= MaxDepth:
                return Fail($"The JSON is nested deeper than {MaxDepth} levels.");
            case '{':
                return ReadObject(depth + 1);
            case '[':
                return ReadArray(depth + 1);
            case '"':
                return ReadString(out var text) && AddLeaf(text, line, column);
            case 't':
                return ReadLiteral("true") && AddLeaf("True", line, column);
            case 'f':
                return ReadLiteral("false") && AddLeaf("False", line, column);
            case 'n':
                return ReadLiteral("null") && AddLeaf("", line, column);
            case '-':
            case >= '0' and <= '9':
                int start = _pos;
                return ReadNumber() && AddLeaf(_text.Substring(start, _pos - start), line, column);
            default:
                return Fail($"{Capitalize(Describe(_pos))} cannot start a value.");
        }
    }

    private bool ReadObject(int depth)
    {
        int line = _line, column = Column(_pos);
        _pos++; // '{'
        bool empty = true;
        while (true)
        {
            if (!SkipTrivia())
            {
                return false;
            }

            if (Peek() == '}')
            {
                // "{}" and a trailing comma ("{ "a": 1, }") are both accepted.
                _pos++;
                return !empty || AddEmptyContainer(line, column);
            }

            if (Peek() != '"')
            {
                return Fail(empty
                    ? $"Expected a property name in double quotes or '}}'; found {Describe(_pos)}."
                    : $"Expected a property name in double quotes after ','; found {Describe(_pos)}.");
            }

            if (!ReadString(out var name) || !SkipTrivia())
            {
                return false;
            }

            if (Peek() != ':')
            {
                return Fail($"Expected ':' after the property name \"{name}\"; found {Describe(_pos)}.");
            }

            _pos++;
            if (!SkipTrivia())
            {
                return false;
            }

            if (!ReadMember(name, depth, '}', $"the value of \"{name}\"", out bool closed))
            {
                return false;
            }

            empty = false;
            if (closed)
            {
                return true;
            }
        }
    }

    private bool ReadArray(int depth)
    {
        int line = _line, column = Column(_pos);
        _pos++; // '['
        int index = 0;
        while (true)
        {
            if (!SkipTrivia())
            {
                return false;
            }

            if (Peek() == ']')
            {
                _pos++;
                return index > 0 || AddEmptyContainer(line, column);
            }

            if (!ReadMember(index.ToString(CultureInfo.InvariantCulture), depth, ']', "an array element", out bool closed))
            {
                return false;
            }

            index++;
            if (closed)
            {
                return true;
            }
        }
    }

    /// <summary>Reads one member's value under <paramref name="segment"/>, then a ',' (more follow) or the closing bracket.</summary>
    private bool ReadMember(string segment, int depth, char close, string what, out bool closed)
    {
        closed = false;
        _path.Add(segment);
        bool ok = ReadValue(depth);
        _path.RemoveAt(_path.Count - 1);
        if (!ok || !SkipTrivia())
        {
            return false;
        }

        if (Peek() != ',' && Peek() != close)
        {
            return Fail($"Expected ',' or '{close}' after {what}; found {Describe(_pos)}.");
        }

        closed = Peek() == close;
        _pos++;
        return true;
    }

    private bool ReadString(out string value)
    {
        value = "";
        int line = _line, column = Column(_pos);
        _pos++; // opening quote
        int start = _pos;
        StringBuilder? builder = null;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '"')
            {
                value = builder is null ? _text.Substring(start, _pos - start) : builder.Append(_text, start, _pos - start).ToString();
                _pos++;
                return true;
            }

            if (c < ' ')
            {
                return Fail(c == '\n'
                    ? $"The string starting at line {line}, column {column} is not closed before the end of the line."
                    : "A control character must be escaped inside a JSON string.");
            }

            if (c != '\\')
            {
                _pos++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, start, _pos - start);
            if (!ReadEscape(builder))
            {
                return false;
            }

            start = _pos;
        }

        return Fail($"The string starting at line {line}, column {column} is not closed.", line, column);
    }

    private bool ReadEscape(StringBuilder builder)
    {
        _pos++; // backslash
        char escaped = _pos < _text.Length ? _text[_pos] : '\0';
        char? simple = escaped switch
        {
            '"' => '"', '\\' => '\\', '/' => '/', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t',
            _ => null,
        };
        if (simple is { } s)
        {
            builder.Append(s);
            _pos++;
            return true;
        }

        if (escaped == 'u' && _pos + 4 < _text.Length
            && int.TryParse(_text.Substring(_pos + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
        {
            builder.Append((char)code);
            _pos += 5;
            return true;
        }

        _pos--;
        return Fail("Invalid escape sequence in a string (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX).");
    }

    private bool ReadLiteral(string literal)
    {
        if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) == 0
            && (_pos + literal.Length >= _text.Length || !char.IsLetterOrDigit(_text[_pos + literal.Length])))
        {
            _pos += literal.Length;
            return true;
        }

        return Fail($"Invalid literal; expected '{literal}' (JSON strings need double quotes).");
    }

    private bool ReadNumber()
    {
        int start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }

        if (Peek() == '0')
        {
            _pos++;
        }
        else if (!ReadDigits())
        {
            return FailNumber(start);
        }

        if (Peek() == '.')
        {
            _pos++;
            if (!ReadDigits())
            {
                return FailNumber(start);
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            if (!ReadDigits())
            {
                return FailNumber(start);
            }
        }

        return !char.IsLetterOrDigit(Peek()) || FailNumber(start);
    }

    private bool FailNumber(int start)
    {
        _pos = start;
        return Fail("Invalid number (JSON strings need double quotes).");
    }

    private bool ReadDigits()
    {
        int start = _pos;
        while (Peek() is >= '0' and <= '9')
        {
            _pos++;
        }

        return _pos > start;
    }

    /// <summary>Skips whitespace and comments; false (with an error) for an unterminated block comment.</summary>
    private bool SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '\n')
            {
                _pos++;
                _line++;
                _lineStart = _pos;
            }
            else if (c is ' ' or '\t' or '\r')
            {
                _pos++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                int line = _line, column = Column(_pos);
                _pos += 2;
                while (!(Peek() == '*' && Peek(1) == '/'))
                {
                    if (_pos >= _text.Length)
                    {
                        return Fail("The /* comment is not closed.", line, column);
                    }

                    if (_text[_pos] == '\n')
                    {
                        _line++;
                        _lineStart = _pos + 1;
                    }

                    _pos++;
                }

                _pos += 2;
            }
            else
            {
                return true;
            }
        }

        return true;
    }

    private bool AddLeaf(string value, int line, int column)
    {
        string key = string.Join(":", _path);
        if (_indexByKey.ContainsKey(key))
        {
            // JsonConfigurationFileParser: "A duplicate key '{0}' was found." (keys compare case-insensitively).
            return Fail($"A duplicate key '{key}' was found (keys are case-insensitive); the .NET configuration reader refuses this file.", line, column);
        }

        _indexByKey[key] = _entries.Count;
        _entries.Add(new ConfigurationEntry(key, value, line, column));
        return true;
    }

    /// <summary>An empty object or array below the root sets its path to "" without a duplicate check, as the real parser does.</summary>
    private bool AddEmptyContainer(int line, int column)
    {
        if (_path.Count == 0)
        {
            return true;
        }

        string key = string.Join(":", _path);
        var entry = new ConfigurationEntry(key, "", line, column);
        if (_indexByKey.TryGetValue(key, out int index))
        {
            _entries[index] = entry;
        }
        else
        {
            _indexByKey[key] = _entries.Count;
            _entries.Add(entry);
        }

        return true;
    }

    private bool Fail(string message) => Fail(message, _line, Column(_pos));

    private bool Fail(string message, int line, int column)
    {
        _error ??= new JsonReadError(message, line, column);
        return false;
    }

    private int Column(int position) => position - _lineStart + 1;

    private char Peek(int offset = 0) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private string Describe(int position)
    {
        if (position >= _text.Length)
        {
            return "the end of the file";
        }

        char c = _text[position];
        return c switch
        {
            '{' => "an object", '[' => "an array", '"' => "a string",
            '\'' => "a single quote (JSON strings need double quotes)",
            _ when c < ' ' => $"control character U+{(int)c:X4}",
            _ => $"'{c}'",
        };
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}

using System.Collections.Generic;

namespace SafeMigrations.Core.Sql;

/// <summary>
/// Splits SQL into significant tokens in one left-to-right pass. Every branch advances at least one character
/// and scans each character a bounded number of times, so it is linear and cannot loop; unterminated strings,
/// comments and quotes run to the end of the text instead of failing.
/// </summary>
internal static class SqlLexer
{
    public static List<SqlToken> Tokenize(string sql, SqlDialect dialect)
    {
        var tokens = new List<SqlToken>(sql.Length / 5 + 4);
        var i = 0;
        var n = sql.Length;
        while (i < n)
        {
            var c = sql[i];
            var next = i + 1 < n ? sql[i + 1] : '\0';
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '-' && next == '-')
            {
                i = LineEnd(sql, i);
            }
            else if (c == '/' && next == '*')
            {
                i = BlockCommentEnd(sql, i, Nests(dialect));
            }
            else if (c == '#' && IsHashComment(dialect, next))
            {
                i = LineEnd(sql, i);
            }
            else if (c == '\'')
            {
                i = QuotedString(tokens, sql, i, i + 1, dialect == SqlDialect.MySql);
            }
            else if (c == '"')
            {
                i = dialect == SqlDialect.MySql
                    ? QuotedString(tokens, sql, i, i + 1, backslash: true, quote: '"')
                    : Quoted(tokens, sql, i, '"', SqlTokenKind.QuotedIdentifier);
            }
            else if (c == '[' && (dialect is SqlDialect.Unknown or SqlDialect.SqlServer or SqlDialect.Sqlite))
            {
                i = Quoted(tokens, sql, i, ']', SqlTokenKind.QuotedIdentifier);
            }
            else if (c == '`' && (dialect is SqlDialect.Unknown or SqlDialect.MySql or SqlDialect.Sqlite))
            {
                i = Quoted(tokens, sql, i, '`', SqlTokenKind.QuotedIdentifier);
            }
            else if (c == '$' && (dialect is SqlDialect.Unknown or SqlDialect.PostgreSql) && TryDollarQuote(tokens, sql, i) is var end && end > i)
            {
                i = end;
            }
            else if (c == '@')
            {
                var start = i++;
                while (i < n && (IsWordChar(sql[i], dialect) || sql[i] == '@'))
                {
                    i++;
                }

                tokens.Add(new SqlToken(SqlTokenKind.Variable, start, i - start));
            }
            else if (char.IsDigit(c))
            {
                var start = i++;
                while (i < n && (char.IsLetterOrDigit(sql[i]) || sql[i] == '.' || sql[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new SqlToken(SqlTokenKind.Number, start, i - start));
            }
            else if (char.IsLetter(c) || c == '_' || c == '#')
            {
                i = Word(tokens, sql, i, dialect);
            }
            else
            {
                tokens.Add(new SqlToken(SqlTokenKind.Punctuation, i, 1));
                i++;
            }
        }

        return tokens;
    }

    /// <summary>PostgreSQL and SQL Server nest block comments; Unknown follows them (the common EF providers).</summary>
    private static bool Nests(SqlDialect dialect) =>
        dialect is SqlDialect.Unknown or SqlDialect.PostgreSql or SqlDialect.SqlServer;

    /// <summary>
    /// '#' starts a comment in MySQL. Elsewhere '#name' is a SQL Server temp table; with an Unknown dialect a
    /// '#' not followed by a name character is taken as a MySQL comment.
    /// </summary>
    private static bool IsHashComment(SqlDialect dialect, char next) => dialect switch
    {
        SqlDialect.MySql => true,
        SqlDialect.Unknown => !(char.IsLetterOrDigit(next) || next == '_' || next == '#'),
        _ => false,
    };

    private static bool IsWordChar(char c, SqlDialect dialect) =>
        char.IsLetterOrDigit(c) || c == '_' || c == '$' || (c == '#' && dialect is not (SqlDialect.MySql or SqlDialect.PostgreSql));

    private static int LineEnd(string sql, int i)
    {
        var end = sql.IndexOf('\n', i);
        return end < 0 ? sql.Length : end + 1;
    }

    private static int BlockCommentEnd(string sql, int i, bool nests)
    {
        var depth = 0;
        var n = sql.Length;
        while (i < n)
        {
            if (sql[i] == '/' && i + 1 < n && sql[i + 1] == '*')
            {
                if (depth > 0 && !nests)
                {
                    i += 2;
                    continue;
                }

                depth++;
                i += 2;
            }
            else if (sql[i] == '*' && i + 1 < n && sql[i + 1] == '/')
            {
                i += 2;
                if (--depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return n;
    }

    private static int Word(List<SqlToken> tokens, string sql, int start, SqlDialect dialect)
    {
        var n = sql.Length;
        var i = start + 1;
        while (i < n && IsWordChar(sql[i], dialect))
        {
            i++;
        }

        var length = i - start;

        // String prefixes: N'..' (national), E'..' (PostgreSQL escapes), B'..', X'..', U&'..'.
        if (i < n && length == 1)
        {
            var p = char.ToUpperInvariant(sql[start]);
            if (sql[i] == '\'' && p is 'N' or 'E' or 'B' or 'X')
            {
                return QuotedString(tokens, sql, start, i + 1, backslash: p == 'E' || dialect == SqlDialect.MySql);
            }

            if (p == 'U' && sql[i] == '&' && i + 1 < n && sql[i + 1] == '\'')
            {
                return QuotedString(tokens, sql, start, i + 2, backslash: false);
            }
        }

        var kind = IsBatchSeparator(sql, start, i, dialect) ? SqlTokenKind.BatchSeparator : SqlTokenKind.Word;
        tokens.Add(new SqlToken(kind, start, length));
        return i;
    }

    /// <summary>SQL Server's GO: alone on its line, optionally followed by a repeat count or a comment.</summary>
    private static bool IsBatchSeparator(string sql, int start, int end, SqlDialect dialect)
    {
        if (end - start != 2 || dialect is not (SqlDialect.Unknown or SqlDialect.SqlServer)
            || char.ToUpperInvariant(sql[start]) != 'G' || char.ToUpperInvariant(sql[start + 1]) != 'O')
        {
            return false;
        }

        for (var j = start - 1; j >= 0 && sql[j] != '\n'; j--)
        {
            if (!char.IsWhiteSpace(sql[j]))
            {
                return false;
            }
        }

        for (var j = end; j < sql.Length && sql[j] != '\n'; j++)
        {
            if (sql[j] == '-' && j + 1 < sql.Length && sql[j + 1] == '-')
            {
                return true;
            }

            if (!char.IsWhiteSpace(sql[j]) && !char.IsDigit(sql[j]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>'..' with '' escapes (and backslash escapes for E'..' and MySQL), from the prefix at start.</summary>
    private static int QuotedString(List<SqlToken> tokens, string sql, int start, int contentStart, bool backslash, char quote = '\'')
    {
        var n = sql.Length;
        var i = contentStart;
        while (i < n)
        {
            var c = sql[i];
            if (backslash && c == '\\')
            {
                i += 2;
            }
            else if (c == quote)
            {
                if (i + 1 < n && sql[i + 1] == quote)
                {
                    i += 2;
                }
                else
                {
                    tokens.Add(new SqlToken(SqlTokenKind.String, start, i + 1 - start, contentStart, i - contentStart, quote, backslash));
                    return i + 1;
                }
            }
            else
            {
                i++;
            }
        }

        var end = n;
        tokens.Add(new SqlToken(SqlTokenKind.String, start, end - start, contentStart, end - contentStart, quote, backslash));
        return end;
    }

    /// <summary>Quoted identifiers "..", [..], `..`; the closing character doubled is an escape.</summary>
    private static int Quoted(List<SqlToken> tokens, string sql, int start, char close, SqlTokenKind kind)
    {
        var n = sql.Length;
        var i = start + 1;
        while (i < n)
        {
            if (sql[i] == close)
            {
                if (i + 1 < n && sql[i + 1] == close)
                {
                    i += 2;
                    continue;
                }

                tokens.Add(new SqlToken(kind, start, i + 1 - start, start + 1, i - start - 1, close));
                return i + 1;
            }

            i++;
        }

        tokens.Add(new SqlToken(kind, start, n - start, start + 1, n - start - 1, close));
        return n;
    }

    /// <summary>$$..$$ or $tag$..$tag$ (PostgreSQL). Returns the end, or start when this is no dollar quote ($1, $action).</summary>
    private static int TryDollarQuote(List<SqlToken> tokens, string sql, int start)
    {
        var n = sql.Length;
        var i = start + 1;
        if (i < n && (char.IsLetter(sql[i]) || sql[i] == '_'))
        {
            while (i < n && (char.IsLetterOrDigit(sql[i]) || sql[i] == '_'))
            {
                i++;
            }
        }

        if (i >= n || sql[i] != '$')
        {
            return start;
        }

        var tag = sql.Substring(start, i + 1 - start);
        var contentStart = i + 1;
        var close = sql.IndexOf(tag, contentStart, System.StringComparison.Ordinal);
        var contentEnd = close < 0 ? n : close;
        var end = close < 0 ? n : close + tag.Length;
        tokens.Add(new SqlToken(SqlTokenKind.String, start, end - start, contentStart, contentEnd - contentStart, '$'));
        return end;
    }
}

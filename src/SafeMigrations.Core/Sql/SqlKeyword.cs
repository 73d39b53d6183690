using System;
using System.Collections.Generic;

namespace SafeMigrations.Core.Sql;

/// <summary>The words the statement scanner acts on.</summary>
internal enum SqlKeyword
{
    None,
    Where,
    Join,
    Case,
    End,
    Else,
    Delete,
    Update,
    Drop,
    Truncate,
    Alter,
    Create,
    Exec,
    Prepare,
    Do,
    Merge,
    Into,
    As,
    If,

    // Words that only start a new statement (T-SQL needs no semicolons between statements).
    Insert,
    Declare,
    While,
    Begin,
    Print,
    Return,
    Commit,
    Rollback,
    Select,
    Grant,
    Revoke,
    Deny,
    Raiserror,
    Throw,
}

internal static class SqlKeywords
{
    private const int MaxLength = 10;

    private static readonly Dictionary<ulong, SqlKeyword> Words = Build();

    /// <summary>The keyword a word token spells, case-insensitively, without allocating.</summary>
    public static SqlKeyword Of(string sql, SqlToken token) =>
        token.Kind == SqlTokenKind.Word && Pack(sql, token.Start, token.Length) is var key && key != 0
            && Words.TryGetValue(key, out var keyword)
            ? keyword
            : SqlKeyword.None;

    /// <summary>True for words that begin a statement whatever precedes them.</summary>
    public static bool StartsStatement(SqlKeyword keyword) => keyword >= SqlKeyword.Insert;

    /// <summary>A word of ASCII letters packed 5 bits per letter (case folded); 0 when it cannot be a keyword.</summary>
    private static ulong Pack(string text, int start, int length)
    {
        if (length < 2 || length > MaxLength)
        {
            return 0;
        }

        ulong key = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = (char)(text[i] | 0x20);
            if (c < 'a' || c > 'z')
            {
                return 0;
            }

            key = (key << 5) | (uint)(c - 'a' + 1);
        }

        return key;
    }

    private static Dictionary<ulong, SqlKeyword> Build()
    {
        var words = new Dictionary<ulong, SqlKeyword>();
        foreach (SqlKeyword keyword in Enum.GetValues(typeof(SqlKeyword)))
        {
            if (keyword != SqlKeyword.None)
            {
                var name = keyword.ToString();
                words[Pack(name, 0, name.Length)] = keyword;
            }
        }

        words[Pack("EXECUTE", 0, 7)] = SqlKeyword.Exec;
        return words;
    }
}

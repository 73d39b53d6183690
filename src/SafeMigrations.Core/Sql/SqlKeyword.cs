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
    private static readonly Dictionary<string, SqlKeyword> Words = Build();

    public static SqlKeyword Of(string sql, SqlToken token)
    {
        if (token.Kind != SqlTokenKind.Word || token.Length < 2 || token.Length > 9)
        {
            return SqlKeyword.None;
        }

        return Words.TryGetValue(sql.Substring(token.Start, token.Length), out var keyword) ? keyword : SqlKeyword.None;
    }

    /// <summary>True for words that begin a statement whatever precedes them.</summary>
    public static bool StartsStatement(SqlKeyword keyword) => keyword >= SqlKeyword.Insert;

    private static Dictionary<string, SqlKeyword> Build()
    {
        var words = new Dictionary<string, SqlKeyword>(StringComparer.OrdinalIgnoreCase);
        foreach (SqlKeyword keyword in Enum.GetValues(typeof(SqlKeyword)))
        {
            if (keyword != SqlKeyword.None)
            {
                words[keyword.ToString()] = keyword;
            }
        }

        words["EXECUTE"] = SqlKeyword.Exec;
        words["RAISERROR"] = SqlKeyword.Raiserror;
        return words;
    }
}

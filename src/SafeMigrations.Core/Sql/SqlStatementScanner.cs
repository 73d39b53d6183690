using System;
using System.Collections.Generic;
using System.Text;

namespace SafeMigrations.Core.Sql;

/// <summary>
/// One forward pass over the tokens of a SQL text. Each handler consumes the tokens it reads, so no token is
/// visited twice (dynamic SQL is re-lexed once per nesting level, and nesting is capped). DELETE/UPDATE
/// statements stay "pending" in the frame of their parenthesis depth until a WHERE at that depth clears them
/// or the statement ends (';', GO, END, ')' of an enclosing subquery or CTE, or the next statement).
/// </summary>
internal sealed partial class SqlStatementScanner
{
    private const int MaxDynamicDepth = 4;

    private static readonly string[] NotDmlAfter =
        { "ON", "FOR", "KEY", "DO", "OR", "AFTER", "BEFORE", "OF", "INSTEAD", "GRANT", "REVOKE", "DENY" };

    private static readonly string[] NotFilteringJoins = { "LEFT", "RIGHT", "FULL", "CROSS", "OUTER" };

    private readonly string _sql;
    private readonly List<SqlToken> _tokens;
    private readonly SqlDialect _dialect;
    private readonly SqlCreatedTables _created;
    private readonly List<SqlFinding> _findings;
    private readonly int _dynamicDepth;
    private readonly WorkCounter _work;
    private Frame[] _frames = new Frame[8];
    private int _frameCount = 1;
    private HashSet<string>? _cteNames;
    private int _i;

    public SqlStatementScanner(string sql, SqlDialect dialect, SqlCreatedTables created, List<SqlFinding> findings, int dynamicDepth, WorkCounter work)
    {
        _work = work;
        _sql = sql;
        _dialect = dialect;
        _created = created;
        _findings = findings;
        _dynamicDepth = dynamicDepth;
        _tokens = SqlLexer.Tokenize(sql, dialect);
    }

    /// <summary>The frame of the innermost open parenthesis (or of the statement).</summary>
    private ref Frame Top => ref _frames[_frameCount - 1];

    public void Run()
    {
        while (_i < _tokens.Count)
        {
            var before = _i;
            Step();
            if (_i <= before)
            {
                _i = before + 1;
            }
        }

        EndStatement();
    }

    private void Step()
    {
        var token = _tokens[_i];
        switch (token.Kind)
        {
            case SqlTokenKind.BatchSeparator:
                EndStatement();
                break;
            case SqlTokenKind.Punctuation:
                OnPunctuation(_sql[token.Start]);
                break;
            case SqlTokenKind.Word:
                OnWord(SqlKeywords.Of(_sql, token));
                return;
        }

        _i++;
    }

    private void OnPunctuation(char c)
    {
        switch (c)
        {
            case ';':
                EndStatement();
                break;
            case '(':
                if (_frameCount == _frames.Length)
                {
                    Array.Resize(ref _frames, _frameCount * 2);
                }

                _frames[_frameCount++] = default;
                break;
            case ')':
                Flush(ref Top);
                _frameCount = Math.Max(1, _frameCount - 1);

                break;
        }
    }

    private void OnWord(SqlKeyword keyword)
    {
        switch (keyword)
        {
            case SqlKeyword.Where:
                Top.Pending = null;
                break;
            case SqlKeyword.Join:
                // An inner join filters the target rows as a WHERE does (DELETE t FROM t JOIN s ON ...).
                if (!IsAny(_i - 1, NotFilteringJoins))
                {
                    Top.Pending = null;
                }

                break;
            case SqlKeyword.Case:
                Top.CaseDepth++;
                break;
            case SqlKeyword.End:
            case SqlKeyword.Else:
                if (Top.CaseDepth > 0)
                {
                    Top.CaseDepth -= keyword == SqlKeyword.End ? 1 : 0;
                }
                else
                {
                    Flush(ref Top);
                }

                break;
            case SqlKeyword.Delete:
            case SqlKeyword.Update:
                if (IsDml(_i, keyword))
                {
                    Flush(ref Top);
                    StartDml(keyword == SqlKeyword.Delete ? SqlHazard.DeleteWithoutWhere : SqlHazard.UpdateWithoutWhere);
                    return;
                }

                break;
            case SqlKeyword.Drop:
                Flush(ref Top);
                Drop();
                return;
            case SqlKeyword.Truncate:
                // TRUNCATE(x, 2) is MySQL's numeric function.
                if (!IsPunctuation(_i + 1, '(') && !IsPunctuation(_i - 1, '.'))
                {
                    Flush(ref Top);
                    Truncate();
                    return;
                }

                break;
            case SqlKeyword.Alter:
                Flush(ref Top);
                Alter();
                return;
            case SqlKeyword.Create:
                Flush(ref Top);
                Create();
                return;
            case SqlKeyword.Exec:
                Flush(ref Top);
                Exec();
                return;
            case SqlKeyword.Prepare:
                Flush(ref Top);
                Prepare();
                return;
            case SqlKeyword.Do:
                Do();
                return;
            case SqlKeyword.Merge:
                // MERGE's WHEN MATCHED THEN DELETE/UPDATE are filtered by its ON clause.
                Flush(ref Top);
                _i = StatementEnd(_i + 1);
                return;
            case SqlKeyword.Into:
                IntoTemporary();
                return;
            case SqlKeyword.As:
                RecordCte();
                break;
            case SqlKeyword.If:
                // IF(cond, a, b) is MySQL's function, not T-SQL's IF statement.
                if (!IsPunctuation(_i + 1, '('))
                {
                    Flush(ref Top);
                }

                break;
            default:
                if (SqlKeywords.StartsStatement(keyword))
                {
                    Flush(ref Top);
                }

                break;
        }

        _i++;
    }

    /// <summary>DELETE/UPDATE that starts a statement, not ON DELETE, FOR UPDATE, GRANT UPDATE, UPDATE(col), MERGE's UPDATE SET.</summary>
    private bool IsDml(int index, SqlKeyword keyword)
    {
        if (IsAny(index - 1, NotDmlAfter) || IsPunctuation(index - 1, ',') || IsPunctuation(index - 1, '.') || IsPunctuation(index + 1, '('))
        {
            return false;
        }

        return keyword != SqlKeyword.Update || !(Is(index + 1, "SET") || Is(index + 1, "STATISTICS"));
    }

    private void StartDml(SqlHazard hazard)
    {
        var keyword = _tokens[_i];
        var j = _i + 1;
        if (Is(j, "TOP"))
        {
            j = IsPunctuation(j + 1, '(') ? SkipParentheses(j + 1) : j + 2;
        }

        while (Is(j, "FROM") || Is(j, "ONLY") || Is(j, "LOW_PRIORITY") || Is(j, "QUICK") || Is(j, "IGNORE") || Is(j, "OR"))
        {
            j += Is(j, "OR") ? 2 : 1; // SQLite: UPDATE OR IGNORE t
        }

        var target = ParseName(ref j);
        if (target is not null && !_created.IsScratch(target) && _cteNames?.Contains(target) != true)
        {
            Top.Pending = new SqlFinding(hazard, target, null, keyword.Start, keyword.Length);
        }

        _i = j;
    }

    /// <summary>SELECT … INTO TEMP t (PostgreSQL) creates a temporary table.</summary>
    private void IntoTemporary()
    {
        var j = _i + 1;
        if (Is(j, "TEMP") || Is(j, "TEMPORARY") || Is(j, "UNLOGGED"))
        {
            j++;
            if (Is(j, "TABLE"))
            {
                j++;
            }

            if (ParseName(ref j) is { } name)
            {
                _created.Add(name);
            }
        }

        _i = Math.Max(j, _i + 1);
    }

    /// <summary>WITH name AS ( … ): DELETE/UPDATE through a CTE acts on the rows the CTE selected.</summary>
    private void RecordCte()
    {
        if (IsPunctuation(_i + 1, '(') && IsName(_i - 1)
            && (Is(_i - 2, "WITH") || Is(_i - 2, "RECURSIVE") || IsPunctuation(_i - 2, ',')))
        {
            (_cteNames ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(SqlTokenText.Identifier(_sql, _tokens[_i - 1]));
        }
    }

    private void EndStatement()
    {
        for (var f = _frameCount - 1; f >= 0; f--)
        {
            Flush(ref _frames[f]);
        }

        _frameCount = 1;
        _frames[0].CaseDepth = 0;
        _cteNames?.Clear();
    }

    private void Flush(ref Frame frame)
    {
        if (frame.Pending is { } pending)
        {
            _findings.Add(pending);
            frame.Pending = null;
        }
    }

    private void Report(SqlHazard hazard, string target, string? column, int start, int end) =>
        _findings.Add(new SqlFinding(hazard, target, column, start, end - start));

    /// <summary>A possibly qualified name (a.b.c, [a]..[c], "a"."b", #t, @t) starting at j; j moves past it.</summary>
    private string? ParseName(ref int j)
    {
        if (!IsName(j))
        {
            return null;
        }

        var name = new StringBuilder(SqlTokenText.Identifier(_sql, _tokens[j++]));
        while (IsPunctuation(j, '.'))
        {
            name.Append('.');
            j++;
            if (IsName(j))
            {
                name.Append(SqlTokenText.Identifier(_sql, _tokens[j++]));
            }
        }

        return name.ToString();
    }

    /// <summary>Index of the token that ends the statement starting at j (';' or GO, not consumed), skipping nested parentheses.</summary>
    private int StatementEnd(int j)
    {
        while (j < _tokens.Count && _tokens[j].Kind != SqlTokenKind.BatchSeparator && !IsPunctuation(j, ';'))
        {
            j++;
        }

        return j;
    }

    /// <summary>From the '(' at j, the index after its matching ')'.</summary>
    private int SkipParentheses(int j)
    {
        var depth = 0;
        for (; j < _tokens.Count; j++)
        {
            if (IsPunctuation(j, '('))
            {
                depth++;
            }
            else if (IsPunctuation(j, ')') && --depth <= 0)
            {
                return j + 1;
            }
            else if (_tokens[j].Kind == SqlTokenKind.BatchSeparator)
            {
                return j;
            }
        }

        return j;
    }

    private SqlToken Token(int j)
    {
        _work.Count++;
        return j >= 0 && j < _tokens.Count ? _tokens[j] : default;
    }

    private bool Is(int j, string word) => SqlTokenText.Is(_sql, Token(j), word);

    private bool IsAny(int j, string[] words)
    {
        foreach (var word in words)
        {
            if (Is(j, word))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPunctuation(int j, char c) => Token(j) is { Kind: SqlTokenKind.Punctuation } token && _sql[token.Start] == c;

    /// <summary>A word, variable or non-empty quoted identifier.</summary>
    private bool IsName(int j) => Token(j) is { Kind: SqlTokenKind.Word or SqlTokenKind.Variable } or { Kind: SqlTokenKind.QuotedIdentifier, ContentLength: > 0 };

    private SqlKeyword KeywordAt(int j) => SqlKeywords.Of(_sql, Token(j));

    /// <summary>Token inspections, shared with nested scanners: tests check it grows linearly with the input.</summary>
    internal sealed class WorkCounter
    {
        public long Count;
    }

    /// <summary>
    /// Per parenthesis depth; a struct in an array so deeply nested input allocates no object per '('.
    /// </summary>
    private struct Frame
    {
        /// <summary>A DELETE/UPDATE at this depth that has not met its WHERE yet.</summary>
        public SqlFinding? Pending;

        public int CaseDepth;
    }
}

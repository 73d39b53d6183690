using System.Collections.Generic;
using System.Text;

namespace SafeMigrations.Core.Sql;

/// <summary>
/// SQL inside strings that runs now: EXEC('…'), sp_executesql N'…', EXECUTE IMMEDIATE '…', PREPARE x FROM '…',
/// and DO $$ … $$ bodies. The string's value is analyzed as SQL and findings are mapped back to the outer text.
/// </summary>
internal sealed partial class SqlStatementScanner
{
    private void Exec()
    {
        var j = _i + 1;
        if (Is(j, "IMMEDIATE"))
        {
            j++;
        }

        if (Token(j).Kind == SqlTokenKind.Variable && IsPunctuation(j + 1, '='))
        {
            j += 2; // EXEC @rc = sp_executesql …
        }

        if (IsPunctuation(j, '('))
        {
            // EXEC('…'): analyzed only when the parentheses hold nothing but constant strings.
            var end = TryAnalyzeStrings(j + 1);
            _i = end > j + 1 && IsPunctuation(end, ')') ? end + 1 : _i + 1;
            return;
        }

        if (IsName(j) && Token(j).Kind != SqlTokenKind.Variable)
        {
            var k = j;
            var procedure = ParseName(ref k)!;
            if (!procedure.EndsWith("sp_executesql", System.StringComparison.OrdinalIgnoreCase))
            {
                _i = j;
                return;
            }

            j = k;
            if (Token(j).Kind == SqlTokenKind.Variable && IsPunctuation(j + 1, '='))
            {
                j += 2; // @stmt = N'…'
            }
        }

        _i = Token(j).Kind == SqlTokenKind.String ? TryAnalyzeStrings(j) : j;
    }

    private void Prepare()
    {
        var j = _i + 1;
        ParseName(ref j);
        _i = Is(j, "FROM") && Token(j + 1).Kind == SqlTokenKind.String ? TryAnalyzeStrings(j + 1) : j;
    }

    /// <summary>PostgreSQL DO [LANGUAGE x] $$ … $$; not ON CONFLICT DO UPDATE or a rule's DO INSTEAD.</summary>
    private void Do()
    {
        var j = _i + 1;
        if (Is(j, "LANGUAGE"))
        {
            j += 2;
        }

        _i = Token(j).Kind == SqlTokenKind.String ? TryAnalyzeStrings(j) : _i + 1;
    }

    /// <summary>
    /// Strings joined by + or || from index j, analyzed as one SQL text when nothing else is concatenated.
    /// Returns the index after the last string.
    /// </summary>
    private int TryAnalyzeStrings(int j)
    {
        var first = j;
        while (Token(j).Kind == SqlTokenKind.String)
        {
            j++;
            var operatorLength = ConcatenationAt(j);
            if (operatorLength == 0 || Token(j + operatorLength).Kind != SqlTokenKind.String)
            {
                break;
            }

            j += operatorLength;
        }

        if (j == first || ConcatenationAt(j) != 0 || _dynamicDepth >= MaxDynamicDepth)
        {
            return j; // 'DROP TABLE ' || name is not constant
        }

        var text = new StringBuilder();
        var map = new List<int>();
        for (var k = first; k < j; k++)
        {
            if (Token(k).Kind == SqlTokenKind.String)
            {
                SqlTokenText.AppendString(_sql, _tokens[k], text, map);
            }
        }

        AnalyzeNested(text.ToString(), map);
        return j;
    }

    /// <summary>Length in tokens of a + or || operator at j, else 0.</summary>
    private int ConcatenationAt(int j)
    {
        if (IsPunctuation(j, '+'))
        {
            return 1;
        }

        return IsPunctuation(j, '|') && IsPunctuation(j + 1, '|') && Token(j + 1).Start == Token(j).Start + 1 ? 2 : 0;
    }

    private void AnalyzeNested(string sql, List<int> map)
    {
        if (sql.Length == 0)
        {
            return;
        }

        var nested = new List<SqlFinding>();
        new SqlStatementScanner(sql, _dialect, _created, nested, _dynamicDepth + 1, _work).Run();
        foreach (var finding in nested)
        {
            var start = map[finding.Offset];
            var end = map[finding.Offset + finding.Length - 1] + 1;
            _findings.Add(new SqlFinding(finding.Hazard, finding.Target, finding.Column, start, end - start));
        }
    }
}

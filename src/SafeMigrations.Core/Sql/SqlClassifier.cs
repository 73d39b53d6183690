using System.Collections.Generic;
using System.Linq;

namespace SafeMigrations.Core.Sql;

/// <summary>
/// Finds the statements in a SQL text that destroy existing data: DROP TABLE/SCHEMA/DATABASE, TRUNCATE,
/// ALTER TABLE … DROP COLUMN, and DELETE/UPDATE without WHERE. Linear in the text's length, never throws.
/// </summary>
public static class SqlClassifier
{
    public static IReadOnlyList<SqlFinding> Analyze(string sql, SqlDialect dialect = SqlDialect.Unknown) =>
        Analyze(sql, dialect, createdTables: null);

    /// <summary>
    /// Analyzes <paramref name="sql"/>; tables it creates are added to <paramref name="createdTables"/>, and
    /// tables already in it (created earlier in the same migration) are not reported.
    /// </summary>
    public static IReadOnlyList<SqlFinding> Analyze(string sql, SqlDialect dialect, SqlCreatedTables? createdTables)
    {
        if (string.IsNullOrEmpty(sql))
        {
            return System.Array.Empty<SqlFinding>();
        }

        var findings = new List<SqlFinding>();
        new SqlStatementScanner(sql, dialect, createdTables ?? new SqlCreatedTables(), findings, dynamicDepth: 0, new SqlStatementScanner.WorkCounter()).Run();

        // A DELETE/UPDATE is reported when its statement ends, after findings nested inside it: restore text order.
        return findings.Count < 2 ? findings : findings.OrderBy(f => f.Offset).ToList();
    }

    /// <summary>Token inspections the scanner makes on <paramref name="sql"/> (for linearity tests).</summary>
    internal static long CountWork(string sql, SqlDialect dialect)
    {
        var work = new SqlStatementScanner.WorkCounter();
        new SqlStatementScanner(sql, dialect, new SqlCreatedTables(), new List<SqlFinding>(), dynamicDepth: 0, work).Run();
        return work.Count;
    }
}

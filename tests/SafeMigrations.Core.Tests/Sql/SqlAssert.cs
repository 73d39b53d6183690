using SafeMigrations.Core.Sql;

namespace SafeMigrations.Core.Tests.Sql;

/// <summary>Renders findings as "Hazard target[.column] 'keyword text'" so tests compare exact results.</summary>
internal static class SqlAssert
{
    public static string[] Findings(string sql, SqlDialect dialect = SqlDialect.Unknown) =>
        SqlClassifier.Analyze(sql, dialect)
            .Select(f => $"{f.Hazard} {f.Target}{(f.Column is null ? "" : "." + f.Column)} '{sql.Substring(f.Offset, f.Length)}'")
            .ToArray();

    public static void Reports(string sql, params string[] expected) => Assert.Equal(expected, Findings(sql));

    public static void Reports(SqlDialect dialect, string sql, params string[] expected) => Assert.Equal(expected, Findings(sql, dialect));

    public static void Clean(string sql, SqlDialect dialect = SqlDialect.Unknown) => Assert.Empty(Findings(sql, dialect));
}

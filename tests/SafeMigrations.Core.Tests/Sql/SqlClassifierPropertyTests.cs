using CsCheck;
using SafeMigrations.Core.Sql;

namespace SafeMigrations.Core.Tests.Sql;

/// <summary>Random and mutated SQL: the classifier never throws, stays in bounds, and runs in linear time.</summary>
public class SqlClassifierPropertyTests
{
    private static readonly SqlDialect[] Dialects = Enum.GetValues<SqlDialect>();

    private static readonly string[] Fragments =
    {
        "DROP", "TABLE", "TRUNCATE", "DELETE", "UPDATE", "FROM", "WHERE", "ALTER", "COLUMN", "CREATE", "TEMP", "SET",
        "IF", "EXISTS", "BEGIN", "END", "CASE", "ELSE", "EXEC", "EXECUTE", "IMMEDIATE", "sp_executesql", "PREPARE",
        "DO", "WITH", "AS", "ON", "JOIN", "MERGE", "INTO", "GO\n", "PROCEDURE", "FUNCTION", "LANGUAGE", "TOP",
        "t", "#t", "@t", "[a]", "\"b\"", "`c`", "'s'", "N'x'", "E'\\''", "$$", "$q$", "$1", "'", "\"", "[", "]", "`",
        "(", ")", ",", ";", ".", "+", "||", "*", "=", "--", "/*", "*/", "#", "\n", " ", "''", "\\", "U&'", "'DROP TABLE t'",
    };

    private static readonly string[] Corpus =
    {
        "DROP TABLE IF EXISTS a, b CASCADE; TRUNCATE t;",
        "ALTER TABLE t DROP COLUMN a, b, DROP CONSTRAINT c;",
        "WITH x AS (SELECT 1) DELETE FROM t WHERE id IN (SELECT id FROM x);",
        "UPDATE t SET a = CASE WHEN b THEN 1 ELSE 2 END;",
        "DO $$ BEGIN EXECUTE 'DROP TABLE t'; END $$;",
        "EXEC(N'EXEC(''DROP TABLE t'')')\nGO\nCREATE PROCEDURE p AS BEGIN DELETE FROM t END",
        "CREATE TEMP TABLE s (id int); DROP TABLE s; /* nested /* */ */ -- c\n SELECT 'x''y', [a]]b], `q`;",
    };

    [Fact]
    public void ArbitraryText_NeverThrows() =>
        Gen.String.Sample(AssertWellFormed, iter: 3000, threads: 1);

    [Fact]
    public void TokenSoup_NeverThrows() =>
        Gen.OneOf(Fragments).Array[0, 60]
            .Select(parts => string.Join(" ", parts))
            .Sample(AssertWellFormed, iter: 3000, threads: 1);

    [Fact]
    public void TokenSoupWithoutSpaces_NeverThrows() =>
        Gen.OneOf(Fragments).Array[0, 60]
            .Select(parts => string.Concat(parts))
            .Sample(AssertWellFormed, iter: 3000, threads: 1);

    [Fact]
    public void MutatedSql_NeverThrows() =>
        Gen.Select(Gen.OneOf(Corpus), Gen.Int[0, 1000], Gen.Int[0, 20], Gen.OneOf(Fragments), (sql, position, deleted, inserted) =>
            {
                var at = position % (sql.Length + 1);
                var cut = Math.Min(deleted, sql.Length - at);
                return sql.Remove(at, cut).Insert(at, inserted);
            })
            .Sample(AssertWellFormed, iter: 3000, threads: 1);

    [Fact]
    public void AnythingInsideADollarQuote_IsNotReported() =>
        Gen.OneOf(Fragments).Array[0, 40]
            .Select(parts => string.Join(" ", parts).Replace("$q$", "", StringComparison.Ordinal))
            .Sample(body => Assert.Empty(SqlClassifier.Analyze("SELECT $q$" + body + "$q$;", SqlDialect.PostgreSql)), iter: 2000, threads: 1);

    [Fact]
    public void AnythingInsideALineComment_IsNotReported() =>
        Gen.OneOf(Fragments).Array[0, 40]
            .Select(parts => string.Join(" ", parts).Replace("\n", " ", StringComparison.Ordinal))
            .Sample(body => Assert.Empty(SqlClassifier.Analyze("SELECT 1 -- " + body, SqlDialect.Unknown)), iter: 2000, threads: 1);

    [Theory]
    [InlineData("DROP TABLE a; DELETE FROM b WHERE x = (SELECT 1); /* c */ UPDATE t SET a = 'x''y' WHERE b = 1;\n")]
    [InlineData("(")]
    [InlineData(")")]
    [InlineData("DELETE ")]
    [InlineData("UPDATE t SET a = (")]
    [InlineData("ALTER TABLE t DROP COLUMN a, ")]
    [InlineData("ALTER TABLE t DROP (")]
    [InlineData("CREATE PROCEDURE p AS BEGIN CASE ")]
    [InlineData("CREATE VIEW v AS ")]
    [InlineData("EXEC('DROP TABLE t') + ")]
    [InlineData("DO $$ EXEC('DELETE t') $$ ")]
    [InlineData("TRUNCATE a, ")]
    [InlineData("WITH x AS (")]
    [InlineData("MERGE ")]
    [InlineData("GO\n")]
    [InlineData("/*")]
    [InlineData("/* /* */")]
    [InlineData("$a$ ")]
    [InlineData("$a$ $b$ ")]
    [InlineData("'")]
    [InlineData("x GO ")]
    [InlineData("\nGO 1")]
    [InlineData("EXEC('")]
    public void ScannerWork_GrowsLinearly(string unit)
    {
        foreach (var dialect in Dialects)
        {
            var small = SqlClassifier.CountWork(Repeat(unit, 1_000), dialect);
            var large = SqlClassifier.CountWork(Repeat(unit, 8_000), dialect);
            Assert.True(large <= small * 8 + 64, $"{dialect}: n: {small} inspections, 8n: {large}");
            Assert.True(large <= 40L * (unit.Length * 8_000), $"{dialect}: {large} inspections for {unit.Length * 8_000} chars");
        }
    }

    [Fact]
    public void Tokens_AreOrderedAndDisjoint_SoEachCharacterIsLexedOnce() =>
        Gen.OneOf(Fragments).Array[0, 80].Select(parts => string.Concat(parts)).Sample(sql =>
        {
            foreach (var dialect in Dialects)
            {
                var end = 0;
                foreach (var token in SqlLexer.Tokenize(sql, dialect))
                {
                    Assert.True(token.Start >= end && token.Length > 0 && token.End <= sql.Length, $"{dialect}: {token.Start}+{token.Length}");
                    end = token.End;
                }
            }
        }, iter: 2000, threads: 1);

    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    private static void AssertWellFormed(string sql)
    {
        foreach (var dialect in Dialects)
        {
            foreach (var finding in SqlClassifier.Analyze(sql, dialect))
            {
                Assert.InRange(finding.Offset, 0, sql.Length - 1);
                Assert.InRange(finding.Length, 1, sql.Length - finding.Offset);
                Assert.False(string.IsNullOrEmpty(finding.Target));
            }
        }
    }
}

using SafeMigrations.Core.Sql;
using static SafeMigrations.Core.Tests.Sql.SqlAssert;

namespace SafeMigrations.Core.Tests.Sql;

public class SqlDropTests
{
    [Fact]
    public void DropTable_IsReported_WithUnquotedTargetAndKeywordSpan() =>
        Reports("drop table [dbo].[Orders];", "DropTable dbo.Orders 'drop table'");

    [Fact]
    public void DropTable_IfExistsCascade_ReportsEveryTable() =>
        Reports("DROP TABLE IF EXISTS \"public\".\"a\", b CASCADE;",
            "DropTable public.a 'DROP TABLE'", "DropTable b 'DROP TABLE'");

    [Fact]
    public void DropTable_KeywordSpanIncludesCommentBetweenWords() =>
        Reports("DROP /* x */ TABLE t", "DropTable t 'DROP /* x */ TABLE'");

    [Fact]
    public void DropSchemaAndDatabase_AreReported() =>
        Reports("DROP SCHEMA IF EXISTS audit CASCADE; DROP DATABASE Shop;",
            "DropSchema audit 'DROP SCHEMA'", "DropDatabase Shop 'DROP DATABASE'");

    [Theory]
    [InlineData("DROP VIEW v")]
    [InlineData("DROP INDEX ix ON t")]
    [InlineData("DROP PROCEDURE p")]
    [InlineData("DROP SEQUENCE s")]
    [InlineData("DROP TRIGGER tr")]
    [InlineData("DROP TEMPORARY TABLE t")]
    [InlineData("ALTER PUBLICATION pub DROP TABLE t")]
    public void OtherDrops_AreNotReported(string sql) => Clean(sql);

    [Fact]
    public void Truncate_IsReported_ForEachTable() =>
        Reports("TRUNCATE TABLE ONLY a, b * RESTART IDENTITY CASCADE; truncate c",
            "Truncate a 'TRUNCATE'", "Truncate b 'TRUNCATE'", "Truncate c 'truncate'");

    [Fact]
    public void TruncatePartition_EmptiesTheTable() =>
        Reports(SqlDialect.MySql, "ALTER TABLE logs TRUNCATE PARTITION p2023, p2024", "Truncate logs 'TRUNCATE'");

    [Theory]
    [InlineData("SELECT TRUNCATE(1.55, 1)")]
    [InlineData("SELECT 'TRUNCATE TABLE t'")]
    [InlineData("SELECT x.truncate FROM x")]
    public void TruncateLookAlikes_AreNotReported(string sql) => Clean(sql);

    [Theory]
    [InlineData("CREATE TEMP TABLE t (id int); DROP TABLE t;")]
    [InlineData("CREATE TEMPORARY TABLE IF NOT EXISTS t (id int); TRUNCATE t;")]
    [InlineData("CREATE GLOBAL TEMPORARY TABLE t (id int); DROP TABLE t;")]
    [InlineData("CREATE TABLE #t (id int); DROP TABLE #t;")]
    [InlineData("SELECT * INTO #t FROM Orders; TRUNCATE TABLE #t; DROP TABLE #t")]
    [InlineData("DROP TABLE ##shared")]
    [InlineData("SELECT * INTO TEMP t FROM Orders; DROP TABLE t;")]
    [InlineData("IF OBJECT_ID('tempdb..#t') IS NOT NULL DROP TABLE #t")]
    [InlineData("CREATE TABLE scratch (id int); DROP TABLE scratch;")]
    public void TempAndScratchTables_AreNotReported(string sql) => Clean(sql, SqlDialect.Unknown);

    [Fact]
    public void TableCreatedAfterTheDrop_IsStillReported() =>
        Reports("DROP TABLE t; CREATE TABLE t (id int);", "DropTable t 'DROP TABLE'");

    [Fact]
    public void CreatedTables_CarryAcrossCalls()
    {
        var created = new SqlCreatedTables();
        Assert.Empty(SqlClassifier.Analyze("CREATE TABLE staging (id int)", SqlDialect.Unknown, created));
        Assert.Empty(SqlClassifier.Analyze("DROP TABLE dbo.Staging", SqlDialect.Unknown, created));
        Assert.Single(SqlClassifier.Analyze("DROP TABLE Orders", SqlDialect.Unknown, created));
    }

    [Fact]
    public void TSqlIfObjectIdDropTable_IsReported() =>
        Reports(SqlDialect.SqlServer, "IF OBJECT_ID(N'dbo.Orders', N'U') IS NOT NULL DROP TABLE dbo.Orders",
            "DropTable dbo.Orders 'DROP TABLE'");

    [Fact]
    public void TSqlBeginEndBlocks_AreAnalyzed() =>
        Reports(SqlDialect.SqlServer, "IF 1 = 1\nBEGIN\n    DROP TABLE a\nEND\nELSE\nBEGIN\n    TRUNCATE TABLE b\nEND",
            "DropTable a 'DROP TABLE'", "Truncate b 'TRUNCATE'");
}

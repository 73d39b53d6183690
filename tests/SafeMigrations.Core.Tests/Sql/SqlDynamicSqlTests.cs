using SafeMigrations.Core.Sql;
using static SafeMigrations.Core.Tests.Sql.SqlAssert;

namespace SafeMigrations.Core.Tests.Sql;

public class SqlDynamicSqlTests
{
    [Fact]
    public void DoBlock_IsAnalyzed_WithOffsetsInTheOuterText() =>
        Reports(SqlDialect.PostgreSql, "DO $$\nBEGIN\n  IF true THEN\n    DROP TABLE legacy;\n  END IF;\nEND\n$$;",
            "DropTable legacy 'DROP TABLE'");

    [Fact]
    public void DoLanguageBlock_IsAnalyzed() =>
        Reports("DO LANGUAGE plpgsql $body$ BEGIN DELETE FROM t; END $body$", "DeleteWithoutWhere t 'DELETE'");

    [Fact]
    public void Exec_IsAnalyzed() =>
        Reports(SqlDialect.SqlServer, "EXEC('DROP TABLE dbo.Old')", "DropTable dbo.Old 'DROP TABLE'");

    [Fact]
    public void ExecNationalWithEscapes_MapsOffsetsThroughDoubledQuotes() =>
        Reports(SqlDialect.SqlServer, "EXEC(N'SELECT ''x''; TRUNCATE TABLE t')", "Truncate t 'TRUNCATE'");

    [Fact]
    public void ExecConcatenation_IsAnalyzed() =>
        Reports(SqlDialect.SqlServer, "EXECUTE ('DROP ' + 'TABLE t')", "DropTable t 'DROP ' + 'TABLE'");

    [Fact]
    public void SpExecuteSql_IsAnalyzed() =>
        Reports(SqlDialect.SqlServer, "EXEC sys.sp_executesql @stmt = N'DELETE FROM t'", "DeleteWithoutWhere t 'DELETE'");

    [Fact]
    public void ExecuteImmediate_IsAnalyzed() =>
        Reports(SqlDialect.Oracle, "BEGIN EXECUTE IMMEDIATE 'DROP TABLE t'; END;", "DropTable t 'DROP TABLE'");

    [Fact]
    public void PrepareFrom_IsAnalyzed() =>
        Reports(SqlDialect.MySql, "PREPARE s FROM 'TRUNCATE t'; EXECUTE s;", "Truncate t 'TRUNCATE'");

    [Fact]
    public void NestedDynamicSql_IsAnalyzed() =>
        Reports(SqlDialect.SqlServer, "EXEC('EXEC(''DROP TABLE t'')')", "DropTable t 'DROP TABLE'");

    [Theory]
    [InlineData("EXEC(@sql)")]
    [InlineData("EXEC sp_executesql @sql")]
    [InlineData("EXEC dbo.Archive 'DROP TABLE t'")]
    [InlineData("DO $$ BEGIN EXECUTE 'DROP TABLE ' || quote_ident(name); END $$")]
    [InlineData("EXEC('SELECT ''DROP TABLE t''')")]
    [InlineData("INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING")]
    public void NonConstantOrHarmlessDynamicSql_IsNotReported(string sql) => Clean(sql);

    [Fact]
    public void TempTablesCreatedInDynamicSql_AreKnownOutside() =>
        Clean("EXEC('CREATE TABLE scratch (id int)'); DROP TABLE scratch;");
}

using SafeMigrations.Core.Sql;
using static SafeMigrations.Core.Tests.Sql.SqlAssert;

namespace SafeMigrations.Core.Tests.Sql;

public class SqlLexerTests
{
    [Theory]
    [InlineData("-- DROP TABLE t\nSELECT 1")]
    [InlineData("/* DROP TABLE t */ SELECT 1")]
    [InlineData("SELECT 'DROP TABLE t'")]
    [InlineData("SELECT 'it''s; DROP TABLE t'")]
    [InlineData("SELECT N'DROP TABLE t'")]
    [InlineData("SELECT E'it\\'s; DROP TABLE t'")]
    [InlineData("SELECT U&'DROP TABLE t'")]
    [InlineData("SELECT \"DROP TABLE t\" FROM x")]
    [InlineData("SELECT [DROP TABLE t] FROM x")]
    [InlineData("SELECT `DROP TABLE t` FROM x")]
    [InlineData("SELECT $$DROP TABLE t$$")]
    [InlineData("SELECT $body$ it's $$ DROP TABLE t $body$")]
    [InlineData("CREATE FUNCTION f() RETURNS void AS $$ BEGIN DROP TABLE t; END $$ LANGUAGE plpgsql;")]
    [InlineData("SELECT 'unterminated DROP TABLE t")]
    [InlineData("/* unterminated DROP TABLE t")]
    public void KeywordsInCommentsStringsAndIdentifiers_AreNotReported(string sql) => Clean(sql);

    [Fact]
    public void NestedComments_NestInPostgreSqlAndSqlServer()
    {
        const string Sql = "/* outer /* inner */ DROP TABLE hidden */ DROP TABLE t";
        Reports(SqlDialect.PostgreSql, Sql, "DropTable t 'DROP TABLE'");
        Reports(SqlDialect.SqlServer, Sql, "DropTable t 'DROP TABLE'");
        Reports(SqlDialect.MySql, Sql, "DropTable hidden 'DROP TABLE'", "DropTable t 'DROP TABLE'");
        Reports(SqlDialect.Sqlite, Sql, "DropTable hidden 'DROP TABLE'", "DropTable t 'DROP TABLE'");
    }

    [Fact]
    public void HashComments_InMySql() =>
        Reports(SqlDialect.MySql, "# DROP TABLE a\nDROP TABLE b", "DropTable b 'DROP TABLE'");

    [Fact]
    public void HashNames_AreTempTablesInSqlServer() =>
        Clean("DROP TABLE #a", SqlDialect.SqlServer);

    [Fact]
    public void BackslashEscapes_InMySqlStrings() =>
        Reports(SqlDialect.MySql, "SELECT 'a\\'; DROP TABLE x'; DROP TABLE y", "DropTable y 'DROP TABLE'");

    [Fact]
    public void DoubleQuotes_AreStringsInMySql() =>
        Clean("SELECT \"DROP TABLE t\"", SqlDialect.MySql);

    [Fact]
    public void DollarParameters_AreNotDollarQuotes() =>
        Reports(SqlDialect.PostgreSql, "UPDATE t SET a = $1; DROP TABLE u; SELECT $2",
            "UpdateWithoutWhere t 'UPDATE'", "DropTable u 'DROP TABLE'");

    [Fact]
    public void GoSeparatesBatches()
    {
        const string Sql = "CREATE PROCEDURE p AS\nDELETE FROM a\nGO\nDELETE FROM b\ngo 2\n";
        Reports(SqlDialect.SqlServer, Sql, "DeleteWithoutWhere b 'DELETE'");
        Reports(Sql, "DeleteWithoutWhere b 'DELETE'");
    }

    [Fact]
    public void GoInsideALine_IsAWord() =>
        Reports(SqlDialect.SqlServer, "CREATE PROCEDURE p AS SELECT go FROM t\nDELETE FROM a");

    [Theory]
    [InlineData("CREATE OR ALTER PROCEDURE dbo.Purge AS BEGIN DELETE FROM Orders; TRUNCATE TABLE Log; END")]
    [InlineData("CREATE OR REPLACE FUNCTION purge() RETURNS void LANGUAGE sql BEGIN ATOMIC DELETE FROM t; END;")]
    [InlineData("CREATE VIEW v AS SELECT * FROM t")]
    [InlineData("CREATE DEFINER = 'admin'@'%' TRIGGER tr BEFORE DELETE ON t FOR EACH ROW BEGIN UPDATE s SET n = n - 1; END;")]
    [InlineData("CREATE OR REPLACE PROCEDURE p IS n NUMBER; BEGIN IF n > 0 THEN DELETE FROM t; END IF; END p;")]
    [InlineData("CREATE RULE r AS ON DELETE TO t DO INSTEAD DELETE FROM u;")]
    public void RoutineBodies_AreNotRunNow(string sql) => Clean(sql);

    [Fact]
    public void StatementAfterARoutine_IsReported() =>
        Reports("CREATE PROCEDURE p() BEGIN DELETE FROM t; END; DROP TABLE u;", "DropTable u 'DROP TABLE'");

    [Fact]
    public void StatementAfterAPostgresFunction_IsReported() =>
        Reports(SqlDialect.PostgreSql, "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql; TRUNCATE t;",
            "Truncate t 'TRUNCATE'");
}

using SafeMigrations.Core.Sql;
using static SafeMigrations.Core.Tests.Sql.SqlAssert;

namespace SafeMigrations.Core.Tests.Sql;

public class SqlDropColumnTests
{
    [Fact]
    public void DropColumn_IsReported() =>
        Reports("ALTER TABLE dbo.Users DROP COLUMN Email;", "DropColumn dbo.Users.Email 'DROP COLUMN'");

    [Fact]
    public void DropColumnIfExists_IsReported() =>
        Reports("ALTER TABLE IF EXISTS ONLY users DROP COLUMN IF EXISTS \"email\" CASCADE",
            "DropColumn users.email 'DROP COLUMN'");

    [Fact]
    public void DropWithoutColumnKeyword_IsAColumn_OutsideSqlServer() =>
        Reports(SqlDialect.MySql, "ALTER TABLE `users` DROP `email`, DROP phone",
            "DropColumn users.email 'DROP'", "DropColumn users.phone 'DROP'");

    [Fact]
    public void DropWithoutColumnKeyword_IsAConstraint_InSqlServer() =>
        Clean("ALTER TABLE Users DROP DF_Users_Email", SqlDialect.SqlServer);

    [Fact]
    public void SeveralDropsInOneAlter_AreEachReported() =>
        Reports("ALTER TABLE t DROP COLUMN a, DROP COLUMN b, ADD c int, DROP CONSTRAINT ck",
            "DropColumn t.a 'DROP COLUMN'", "DropColumn t.b 'DROP COLUMN'");

    [Fact]
    public void TSqlColumnList_ReportsEveryColumn() =>
        Reports(SqlDialect.SqlServer, "ALTER TABLE t DROP COLUMN a, [b], CONSTRAINT ck",
            "DropColumn t.a 'DROP COLUMN'", "DropColumn t.b 'DROP COLUMN'");

    [Fact]
    public void OracleParenthesizedList_ReportsEveryColumn() =>
        Reports(SqlDialect.Oracle, "ALTER TABLE t DROP (a, b)", "DropColumn t.a 'DROP'", "DropColumn t.b 'DROP'");

    [Theory]
    [InlineData("ALTER TABLE t DROP CONSTRAINT fk_t_u")]
    [InlineData("ALTER TABLE t DROP CONSTRAINT IF EXISTS a, b")]
    [InlineData("ALTER TABLE t DROP INDEX ix")]
    [InlineData("ALTER TABLE t DROP PRIMARY KEY")]
    [InlineData("ALTER TABLE t DROP FOREIGN KEY fk")]
    [InlineData("ALTER TABLE t ALTER COLUMN c DROP DEFAULT")]
    [InlineData("ALTER TABLE t ALTER COLUMN c DROP NOT NULL")]
    [InlineData("ALTER TABLE t ALTER c DROP IDENTITY IF EXISTS")]
    [InlineData("ALTER TABLE t DROP PERIOD FOR SYSTEM_TIME")]
    [InlineData("ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (id) ON DELETE CASCADE ON UPDATE CASCADE")]
    [InlineData("CREATE TEMP TABLE s (a int, b int); ALTER TABLE s DROP COLUMN b")]
    [InlineData("ALTER TABLE #s DROP COLUMN b")]
    public void NonColumnDrops_AreNotReported(string sql) => Clean(sql);

    [Fact]
    public void TSqlStatementsWithoutSemicolons_EndTheAlter() =>
        Reports(SqlDialect.SqlServer, "ALTER TABLE t DROP CONSTRAINT ck\nDROP TABLE u",
            "DropTable u 'DROP TABLE'");
}

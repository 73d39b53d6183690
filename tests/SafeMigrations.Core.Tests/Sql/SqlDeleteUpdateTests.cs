using SafeMigrations.Core.Sql;
using static SafeMigrations.Core.Tests.Sql.SqlAssert;

namespace SafeMigrations.Core.Tests.Sql;

public class SqlDeleteUpdateTests
{
    [Fact]
    public void DeleteWithoutWhere_IsReported() =>
        Reports("DELETE FROM dbo.Orders;", "DeleteWithoutWhere dbo.Orders 'DELETE'");

    [Fact]
    public void UpdateWithoutWhere_IsReported() =>
        Reports("update Users set Active = 0", "UpdateWithoutWhere Users 'update'");

    [Theory]
    [InlineData("DELETE FROM t WHERE id = 1")]
    [InlineData("DELETE t WHERE id = 1")]
    [InlineData("UPDATE t SET a = 1 WHERE id IN (SELECT id FROM u)")]
    [InlineData("UPDATE t SET a = u.a FROM u WHERE u.id = t.id")]
    [InlineData("UPDATE t SET a = CASE WHEN b > 1 THEN 1 ELSE 2 END WHERE id = 3")]
    [InlineData("DELETE FROM t USING u WHERE t.id = u.id")]
    [InlineData("DELETE t FROM t INNER JOIN u ON u.id = t.id")]
    [InlineData("UPDATE t1 JOIN t2 ON t1.id = t2.id SET t1.a = t2.a")]
    [InlineData("DELETE FROM t WHERE CURRENT OF c")]
    [InlineData("WITH d AS (SELECT id FROM t WHERE x = 1) DELETE FROM t WHERE id IN (SELECT id FROM d)")]
    [InlineData("WITH dupes AS (SELECT id, ROW_NUMBER() OVER (PARTITION BY a ORDER BY id) rn FROM t) DELETE FROM dupes WHERE rn > 1")]
    [InlineData("WITH top10 AS (SELECT TOP 10 * FROM t ORDER BY id) DELETE FROM top10")]
    public void FilteredStatements_AreNotReported(string sql) => Clean(sql);

    [Theory]
    [InlineData("CREATE TABLE t (a int REFERENCES u (id) ON DELETE CASCADE ON UPDATE SET NULL)")]
    [InlineData("SELECT * FROM t FOR UPDATE")]
    [InlineData("SELECT * FROM t FOR NO KEY UPDATE SKIP LOCKED")]
    [InlineData("INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET b = 2")]
    [InlineData("INSERT INTO t (a) VALUES (1) ON DUPLICATE KEY UPDATE b = 2")]
    [InlineData("GRANT SELECT, INSERT, UPDATE, DELETE ON t TO app")]
    [InlineData("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a WHEN NOT MATCHED BY SOURCE THEN DELETE;")]
    [InlineData("UPDATE STATISTICS dbo.Orders")]
    [InlineData("SELECT 1 -- DELETE FROM t\n")]
    [InlineData("SELECT 'DELETE FROM t', \"DELETE\", [UPDATE], `update` FROM delete_log")]
    [InlineData("DECLARE @t TABLE (id int); DELETE FROM @t; UPDATE @t SET id = 1;")]
    [InlineData("DELETE FROM #work; UPDATE #work SET a = 1")]
    [InlineData("CREATE TRIGGER tr AFTER DELETE ON t FOR EACH ROW EXECUTE FUNCTION f(); SELECT 1")]
    [InlineData("UPDATE t SET a = IF(b > 1, 1, 2) WHERE id = 1")]
    public void LookAlikes_AreNotReported(string sql) => Clean(sql);

    [Fact]
    public void WhereInASubquery_DoesNotCount() =>
        Reports("UPDATE t SET a = (SELECT max(b) FROM u WHERE u.id = t.id)", "UpdateWithoutWhere t 'UPDATE'");

    [Fact]
    public void CommentedOutWhere_DoesNotCount() =>
        Reports("DELETE FROM t -- WHERE id = 1\n/* WHERE x */", "DeleteWithoutWhere t 'DELETE'");

    [Fact]
    public void CteBeforeDelete_IsHandled() =>
        Reports("WITH x AS (SELECT id FROM u WHERE a = 1) DELETE FROM t", "DeleteWithoutWhere t 'DELETE'");

    [Fact]
    public void DataModifyingCte_IsReported() =>
        Reports("WITH gone AS (DELETE FROM t RETURNING *) INSERT INTO archive SELECT * FROM gone WHERE true",
            "DeleteWithoutWhere t 'DELETE'");

    [Fact]
    public void UpdateFromWithoutWhere_IsReported() =>
        Reports("UPDATE t SET a = u.a FROM u", "UpdateWithoutWhere t 'UPDATE'");

    [Fact]
    public void LeftJoin_DoesNotFilter() =>
        Reports("DELETE t FROM t LEFT JOIN u ON u.id = t.id", "DeleteWithoutWhere t 'DELETE'");

    [Fact]
    public void TSqlStatementsWithoutSemicolons_AreSeparate() =>
        Reports(SqlDialect.SqlServer, "DELETE FROM a\nSELECT * FROM b WHERE x = 1\nUPDATE c SET d = 1 WHERE e = 2",
            "DeleteWithoutWhere a 'DELETE'");

    [Fact]
    public void StatementInBeginEnd_EndsAtEnd() =>
        Reports(SqlDialect.SqlServer, "BEGIN DELETE FROM a END WHERE_NOT_A_KEYWORD", "DeleteWithoutWhere a 'DELETE'");

    [Fact]
    public void ModifiersBeforeTheTarget_AreSkipped() =>
        Reports(SqlDialect.Sqlite, "UPDATE OR IGNORE t SET a = 1; DELETE LOW_PRIORITY QUICK IGNORE FROM u; DELETE FROM ONLY v",
            "UpdateWithoutWhere t 'UPDATE'", "DeleteWithoutWhere u 'DELETE'", "DeleteWithoutWhere v 'DELETE'");

    [Fact]
    public void TopWithoutWhere_IsReported() =>
        Reports("DELETE TOP (1000) FROM t", "DeleteWithoutWhere t 'DELETE'");
}

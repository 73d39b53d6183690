using SafeMigrations.Core.Sql;
using static SafeMigrations.Core.Tests.Sql.SqlAssert;

namespace SafeMigrations.Core.Tests.Sql;

/// <summary>Precision guard: SQL that real migrations run through migrationBuilder.Sql and that loses no data.</summary>
public class SqlRealisticMigrationSqlTests
{
    [Theory]
    [InlineData(SqlDialect.SqlServer, """
        DECLARE @var sysname;
        SELECT @var = [d].[name]
        FROM [sys].[default_constraints] [d]
        INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
        WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Users]') AND [c].[name] = N'Email');
        IF @var IS NOT NULL EXEC(N'ALTER TABLE [Users] DROP CONSTRAINT [' + @var + '];');
        """)]
    [InlineData(SqlDialect.SqlServer, """
        CREATE TRIGGER dbo.trg_Orders_Updated ON dbo.Orders AFTER UPDATE AS
        BEGIN
            SET NOCOUNT ON;
            UPDATE o SET UpdatedAt = GETUTCDATE() FROM dbo.Orders o INNER JOIN inserted i ON o.Id = i.Id;
        END
        """)]
    [InlineData(SqlDialect.SqlServer, "IF EXISTS (SELECT * FROM sys.indexes WHERE name = 'IX_Old') DROP INDEX IX_Old ON dbo.Orders;")]
    [InlineData(SqlDialect.SqlServer, "EXEC sp_rename N'dbo.Users.Mail', N'Email', N'COLUMN';")]
    [InlineData(SqlDialect.SqlServer, "SET IDENTITY_INSERT dbo.Roles ON; INSERT INTO dbo.Roles (Id, Name) VALUES (1, N'Admin'); SET IDENTITY_INSERT dbo.Roles OFF;")]
    [InlineData(SqlDialect.SqlServer, "CREATE OR ALTER VIEW dbo.ActiveUsers AS SELECT * FROM dbo.Users WHERE Active = 1")]
    [InlineData(SqlDialect.SqlServer, "ALTER TABLE dbo.Orders SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.OrdersHistory));")]
    [InlineData(SqlDialect.PostgreSql, "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\";")]
    [InlineData(SqlDialect.PostgreSql, """
        CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger AS $$
        BEGIN
            NEW.updated_at = now();
            DELETE FROM audit;
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER trg_updated BEFORE UPDATE ON "Orders" FOR EACH ROW EXECUTE FUNCTION set_updated_at();
        """)]
    [InlineData(SqlDialect.PostgreSql, "ALTER TABLE \"Orders\" ALTER COLUMN \"Status\" TYPE integer USING \"Status\"::integer;")]
    [InlineData(SqlDialect.PostgreSql, "INSERT INTO \"Roles\" (\"Name\") VALUES ('Admin') ON CONFLICT DO NOTHING;")]
    [InlineData(SqlDialect.PostgreSql, "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_orders_open ON \"Orders\" (\"CreatedAt\") WHERE \"Status\" = 'open';")]
    [InlineData(SqlDialect.PostgreSql, "CREATE POLICY tenant ON \"Orders\" FOR DELETE USING (tenant_id = current_setting('app.tenant')::int);")]
    [InlineData(SqlDialect.PostgreSql, "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '20240101000000_Init';")]
    [InlineData(SqlDialect.MySql, "ALTER TABLE `Users` ADD COLUMN `Age` INT NULL AFTER `Name`, ALGORITHM=INPLACE, LOCK=NONE;")]
    [InlineData(SqlDialect.Sqlite, "CREATE TABLE \"ef_temp_Users\" (\"Id\" INTEGER NOT NULL); INSERT INTO \"ef_temp_Users\" SELECT \"Id\" FROM \"Users\"; DROP TABLE \"ef_temp_Users\";")]
    public void RealisticSql_IsNotReported(SqlDialect dialect, string sql)
    {
        Clean(sql, dialect);
        Clean(sql, SqlDialect.Unknown);
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM2001: raw SQL drops a table.</summary>
[Migration("20240309120000_SqlDropAuditLog")]
public partial class SqlDropAuditLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE audit_log;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

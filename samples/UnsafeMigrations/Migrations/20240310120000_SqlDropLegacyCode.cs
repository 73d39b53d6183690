using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM2002: raw SQL drops a column.</summary>
[Migration("20240310120000_SqlDropLegacyCode")]
public partial class SqlDropLegacyCode : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("ALTER TABLE customers DROP COLUMN legacy_code;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

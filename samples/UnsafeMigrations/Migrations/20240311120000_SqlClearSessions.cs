using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM2003: raw SQL deletes every row (no WHERE).</summary>
[Migration("20240311120000_SqlClearSessions")]
public partial class SqlClearSessions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DELETE FROM sessions;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

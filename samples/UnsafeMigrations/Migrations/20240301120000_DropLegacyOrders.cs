using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM1001: the table and every row in it are gone.</summary>
[Migration("20240301120000_DropLegacyOrders")]
public partial class DropLegacyOrders : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "LegacyOrders");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

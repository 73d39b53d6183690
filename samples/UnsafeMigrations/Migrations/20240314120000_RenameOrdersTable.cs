using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM3002: instances still running the previous release use the old table name.</summary>
[Migration("20240314120000_RenameOrdersTable")]
public partial class RenameOrdersTable : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.RenameTable(
            name: "Orders",
            newName: "PurchaseOrders");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

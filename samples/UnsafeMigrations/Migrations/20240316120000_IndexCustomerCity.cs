using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM3004: CREATE INDEX blocks writes to the table while it builds; the fix adds CONCURRENTLY.</summary>
[Migration("20240316120000_IndexCustomerCity")]
public partial class IndexCustomerCity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(
            name: "IX_Customers_City",
            table: "Customers",
            column: "City");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

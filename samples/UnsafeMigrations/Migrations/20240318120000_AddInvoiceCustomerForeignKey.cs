using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM3006: the foreign key is validated against every row under a lock.</summary>
[Migration("20240318120000_AddInvoiceCustomerForeignKey")]
public partial class AddInvoiceCustomerForeignKey : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddForeignKey(
            name: "FK_Invoices_Customers_CustomerId",
            table: "Invoices",
            column: "CustomerId",
            principalTable: "Customers",
            principalColumn: "Id",
            onDelete: ReferentialAction.Cascade);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM3007: a unique constraint on existing data fails when duplicates exist.</summary>
[Migration("20240319120000_AddUniqueCustomerEmail")]
public partial class AddUniqueCustomerEmail : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddUniqueConstraint(
            name: "AK_Customers_Email",
            table: "Customers",
            column: "Email");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

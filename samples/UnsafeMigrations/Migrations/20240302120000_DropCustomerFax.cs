using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM1002: the column and its data are gone.</summary>
[Migration("20240302120000_DropCustomerFax")]
public partial class DropCustomerFax : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "Fax",
            table: "Customers");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

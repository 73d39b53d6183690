using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM3003: a required column without a default fails on a table with rows.</summary>
[Migration("20240315120000_AddRequiredCustomerTier")]
public partial class AddRequiredCustomerTier : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(
            name: "Tier",
            table: "Customers",
            type: "integer",
            nullable: false);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

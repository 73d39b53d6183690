using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM3001: instances still running the previous release use the old column name.</summary>
[Migration("20240313120000_RenameCustomerNotes")]
public partial class RenameCustomerNotes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.RenameColumn(
            name: "Notes",
            table: "Customers",
            newName: "Remarks");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

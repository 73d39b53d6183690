using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM1007: seed rows users have since referenced are deleted.</summary>
[Migration("20240307120000_DeleteSeededCountry")]
public partial class DeleteSeededCountry : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DeleteData(
            table: "Countries",
            keyColumn: "Id",
            keyValue: 7);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

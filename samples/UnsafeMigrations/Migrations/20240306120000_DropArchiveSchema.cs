using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM1006: the schema and everything in it are gone.</summary>
[Migration("20240306120000_DropArchiveSchema")]
public partial class DropArchiveSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropSchema(
            name: "archive");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM1003: EF scaffolded the Surname -> LastName rename as drop + add; the fix turns it into RenameColumn.</summary>
[Migration("20240303120000_RenameSurnameScaffoldedAsDropAdd")]
public partial class RenameSurnameScaffoldedAsDropAdd : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "Surname",
            table: "Customers");

        migrationBuilder.AddColumn<string>(
            name: "LastName",
            table: "Customers",
            type: "text",
            nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "LastName",
            table: "Customers");

        migrationBuilder.AddColumn<string>(
            name: "Surname",
            table: "Customers",
            type: "text",
            nullable: true);
    }
}

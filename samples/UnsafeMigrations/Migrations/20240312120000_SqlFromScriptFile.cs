using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM2004: SQL read at run time cannot be checked.</summary>
[Migration("20240312120000_SqlFromScriptFile")]
public partial class SqlFromScriptFile : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(File.ReadAllText("Migrations/cleanup.sql"));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

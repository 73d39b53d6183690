using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM3005: a concurrent index cannot share a migration (and its transaction) with other operations.</summary>
[Migration("20240317120000_ConcurrentIndexWithOtherChanges")]
public partial class ConcurrentIndexWithOtherChanges : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "Region",
            table: "Customers",
            type: "text",
            nullable: true);

        migrationBuilder.CreateIndex(
            name: "IX_Customers_Region",
            table: "Customers",
            column: "Region")
            .Annotation("Npgsql:CreatedConcurrently", true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM3008: integer -> bigint rewrites the whole table under an exclusive lock.</summary>
[Migration("20240320120000_WidenInvoiceIdToBigint")]
public partial class WidenInvoiceIdToBigint : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AlterColumn<long>(
            name: "Id",
            table: "Invoices",
            type: "bigint",
            nullable: false,
            oldClrType: typeof(int),
            oldType: "integer");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM3009: a volatile default is computed per row and rewrites the table.</summary>
[Migration("20240321120000_AddCustomerPublicIdRandomDefault")]
public partial class AddCustomerPublicIdRandomDefault : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(
            name: "PublicId",
            table: "Customers",
            type: "uuid",
            nullable: false,
            defaultValueSql: "gen_random_uuid()");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

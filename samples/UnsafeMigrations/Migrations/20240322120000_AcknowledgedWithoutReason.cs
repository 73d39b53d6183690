using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore.Migrations;

namespace UnsafeMigrations.Migrations;

/// <summary>SM8001: the drop is acknowledged, but with a placeholder instead of a reason a reviewer can judge.</summary>
[Migration("20240322120000_AcknowledgedWithoutReason")]
public partial class AcknowledgedWithoutReason : Migration
{
    [SuppressMessage("SafeMigrations", "SM1001:Migration drops a table", Justification = "TODO: why is this data loss acceptable?")]
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ImportStaging");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}

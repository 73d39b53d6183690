using SafeMigrations.Analyzers.Migrations;
using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.DataLossAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.Migrations;

public class SM1001DropTableTests
{
    [Theory, AllEfVersions]
    public Task DropTableInUp_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using Microsoft.EntityFrameworkCore.Migrations;

        [Migration("20240101000000_DropOrders")]
        public partial class DropOrders : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                {|#0:migrationBuilder.DropTable(name: "Orders", schema: "sales")|};
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(0).WithArguments("sales.Orders"));
}

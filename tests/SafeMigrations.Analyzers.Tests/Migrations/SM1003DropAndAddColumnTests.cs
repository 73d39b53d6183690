using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using static SafeMigrations.Analyzers.Tests.Migrations.MigrationSource;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.DataLossAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.Migrations;

public class SM1003DropAndAddColumnTests
{
    [Theory, AllEfVersions]
    public Task ScaffoldedRename_IsReportedOnTheDropInsteadOfSM1002(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.DropColumn(name: "Surname", table: "Customers")|};

                migrationBuilder.AddColumn<string>(
                    name: "LastName",
                    table: "Customers",
                    type: "nvarchar(max)",
                    nullable: true);
        """),
        Verify.Diagnostic(Descriptors.SM1003).WithLocation(0).WithArguments("Customers", "Surname", "LastName"));

    [Theory, AllEfVersions]
    public Task AddBeforeDrop_AndExtraDrops_PairInOrder(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.AddColumn<int>("Quantity", "Lines", nullable: true);
                {|#0:migrationBuilder.DropColumn("Qty", "Lines")|};
                {|#1:migrationBuilder.DropColumn("Obsolete", "Lines")|};
        """),
        Verify.Diagnostic(Descriptors.SM1003).WithLocation(0).WithArguments("Lines", "Qty", "Quantity"),
        Verify.Diagnostic(Descriptors.SM1002).WithLocation(1).WithArguments("Lines", "Obsolete"));

    [Theory, AllEfVersions]
    public Task DropAndAddOnDifferentTables_IsPlainDrop(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.DropColumn("Surname", "Customers")|};
                migrationBuilder.AddColumn<string>("LastName", "Suppliers", nullable: true);
        """),
        Verify.Diagnostic(Descriptors.SM1002).WithLocation(0).WithArguments("Customers", "Surname"));

    [Theory, AllEfVersions]
    public Task SameNameReAdded_IsPlainDrop(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.DropColumn("Id", "Tokens")|};
                migrationBuilder.AddColumn<long>("Id", "Tokens", nullable: false, defaultValue: 0L);
        """),
        Verify.Diagnostic(Descriptors.SM1002).WithLocation(0).WithArguments("Tokens", "Id"));

    [Theory, AllEfVersions]
    public Task AddColumnAlone_IsNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.AddColumn<string>("LastName", "Customers", nullable: true);
        """));
}

using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using static SafeMigrations.Analyzers.Tests.Migrations.MigrationSource;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.AvailabilityAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.Migrations;

public class SM3001RenameColumnTests
{
    [Theory, AllEfVersions]
    public Task RenameColumn_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.RenameColumn(name: "Surname", table: "Customers", newName: "LastName")|};
                {|#1:migrationBuilder.RenameColumn("Qty", "Lines", "Quantity", "sales")|};
        """),
        Verify.Diagnostic(Descriptors.SM3001).WithLocation(0).WithArguments("Customers", "Surname", "LastName"),
        Verify.Diagnostic(Descriptors.SM3001).WithLocation(1).WithArguments("sales.Lines", "Qty", "Quantity"));

    [Theory, AllEfVersions]
    public Task RenameInTableCreatedEarlier_AndRenameIndex_AreNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.CreateTable("Staging", table => new { Tmp = table.Column<int>(nullable: false) });
                migrationBuilder.RenameColumn("Tmp", "Staging", "Value");
                migrationBuilder.RenameIndex(name: "IX_Old", table: "Customers", newName: "IX_New");
        """));
}

public class SM3002RenameTableTests
{
    [Theory, AllEfVersions]
    public Task RenameTable_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.RenameTable(name: "Customer", newName: "Customers")|};
                {|#1:migrationBuilder.RenameTable(name: "Orders", schema: "dbo", newName: "Orders", newSchema: "sales")|};
        """),
        Verify.Diagnostic(Descriptors.SM3002).WithLocation(0).WithArguments("Customer", "Customers"),
        Verify.Diagnostic(Descriptors.SM3002).WithLocation(1).WithArguments("dbo.Orders", "sales.Orders"));

    [Theory, AllEfVersions]
    public Task RenameOfTableCreatedEarlier_IsNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.CreateTable("Staging", table => new { Id = table.Column<int>(nullable: false) });
                migrationBuilder.RenameTable(name: "Staging", newName: "Imports");
        """));
}

public class SM3003RequiredColumnWithoutDefaultTests
{
    [Theory, AllEfVersions]
    public Task RequiredColumnWithoutDefault_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.AddColumn<int>(name: "Rank", table: "Users", type: "int", nullable: false)|};
                {|#1:migrationBuilder.AddColumn<string>("Code", "Users", maxLength: 10)|};
        """),
        Verify.Diagnostic(Descriptors.SM3003).WithLocation(0).WithArguments("Users", "Rank"),
        Verify.Diagnostic(Descriptors.SM3003).WithLocation(1).WithArguments("Users", "Code"));

    [Theory, AllEfVersions]
    public Task DefaultsNullableGeneratedAndNewTables_AreNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.AddColumn<int>(name: "Rank", table: "Users", type: "int", nullable: false, defaultValue: 0);
                migrationBuilder.AddColumn<DateTime>("Seen", "Users", nullable: false, defaultValueSql: "GETUTCDATE()");
                migrationBuilder.AddColumn<int>("Total", "Users", nullable: false, computedColumnSql: "[A] + [B]");
                migrationBuilder.AddColumn<string>("Nick", "Users", nullable: true);
                migrationBuilder.AddColumn<byte[]>("Version", "Users", rowVersion: true, nullable: false);
                migrationBuilder.AddColumn<long>("Seq", "Users", nullable: false)
                    .Annotation("SqlServer:Identity", "1, 1");
                migrationBuilder.CreateTable("Teams", table => new { Id = table.Column<int>(nullable: false) });
                migrationBuilder.AddColumn<int>("Size", "Teams", nullable: false);
        """));
}

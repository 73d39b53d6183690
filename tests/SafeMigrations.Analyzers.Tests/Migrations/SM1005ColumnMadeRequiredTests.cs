using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using static SafeMigrations.Analyzers.Tests.Migrations.MigrationSource;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.DataLossAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.Migrations;

public class SM1005ColumnMadeRequiredTests
{
    [Theory, AllEfVersions]
    public Task NullableToNotNull_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.AlterColumn<string>(
                    name: "Email",
                    table: "Users",
                    type: "nvarchar(max)",
                    nullable: false,
                    oldClrType: typeof(string),
                    oldType: "nvarchar(max)",
                    oldNullable: true)|};
        """),
        Verify.Diagnostic(Descriptors.SM1005).WithLocation(0).WithArguments("Users", "Email", "existing NULLs make it fail"));

    [Theory, AllEfVersions]
    public Task OmittedNullableMeansNotNull_AndInjectedDefaultIsNamed(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.AlterColumn<int>(
                    name: "Rank",
                    table: "Users",
                    type: "int",
                    defaultValue: 0,
                    oldClrType: typeof(int),
                    oldType: "int",
                    oldNullable: true)|};
        """),
        Verify.Diagnostic(Descriptors.SM1005).WithLocation(0).WithArguments("Users", "Rank", "existing NULLs are silently replaced with the default 0"));

    [Theory, AllEfVersions]
    public Task RelaxingOrUnchangedNullability_IsNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.AlterColumn<string>("Email", "Users", nullable: true, oldClrType: typeof(string));
                migrationBuilder.AlterColumn<string>("Email", "Users", nullable: true, oldNullable: true, comment: "x");
                migrationBuilder.AlterColumn<string>("Email", "Users", maxLength: 300, oldMaxLength: 200);
        """));

    [Theory, AllEfVersions]
    public Task NotNullAndNarrowing_ReportsBoth(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.AlterColumn<string>("Email", "Users", maxLength: 100, oldMaxLength: 200, oldNullable: true)|};
        """),
        Verify.Diagnostic(Descriptors.SM1004).WithLocation(0).WithArguments("Users", "Email", "string(200)", "string(100)"),
        Verify.Diagnostic(Descriptors.SM1005).WithLocation(0).WithArguments("Users", "Email", "existing NULLs make it fail"));

    [Theory, AllEfVersions]
    public Task ColumnAddedNullable_BackfilledBySql_ThenTightened_IsNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.AddColumn<string>(name: "Tier", table: "Customers", nullable: true);
                migrationBuilder.Sql("UPDATE \"Customers\" SET \"Tier\" = 'basic' WHERE \"Tier\" IS NULL");
                migrationBuilder.AlterColumn<string>(name: "Tier", table: "Customers", nullable: false, defaultValue: "", oldClrType: typeof(string), oldNullable: true);
        """));

    [Theory, AllEfVersions]
    public Task ColumnAddedWithoutBackfill_OrAnotherColumn_IsStillReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.AddColumn<string>(name: "Tier", table: "Customers", nullable: true);
                {|#0:migrationBuilder.AlterColumn<string>(name: "Tier", table: "Customers", nullable: false, oldClrType: typeof(string), oldNullable: true)|};
                migrationBuilder.Sql("UPDATE \"Customers\" SET \"Tier\" = 'basic'");
                {|#1:migrationBuilder.AlterColumn<string>(name: "Email", table: "Customers", nullable: false, oldClrType: typeof(string), oldNullable: true)|};
        """),
        Verify.Diagnostic(Descriptors.SM1005).WithLocation(0).WithArguments("Customers", "Tier", "existing NULLs make it fail"),
        Verify.Diagnostic(Descriptors.SM1005).WithLocation(1).WithArguments("Customers", "Email", "existing NULLs make it fail"));
}

using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using static SafeMigrations.Analyzers.Tests.Migrations.MigrationSource;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.DataLossAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.Migrations;

public class SM1002DropColumnTests
{
    [Theory, AllEfVersions]
    public Task DropColumn_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.DropColumn(name: "Notes", table: "Orders", schema: "sales")|};
        """),
        Verify.Diagnostic(Descriptors.SM1002).WithLocation(0).WithArguments("sales.Orders", "Notes"));

    [Theory, AllEfVersions]
    public Task PositionalArgumentsAndRenamedParameter_AreReported(EfVersion ef) => Verify.VerifyAsync(ef, """
        using Microsoft.EntityFrameworkCore.Migrations;

        public class Change : Migration
        {
            protected override void Up(MigrationBuilder mb) => {|#0:mb.DropColumn("Notes", "Orders")|};
        }
        """,
        Verify.Diagnostic(Descriptors.SM1002).WithLocation(0).WithArguments("Orders", "Notes"));

    [Theory, AllEfVersions]
    public Task BuilderInALocalOrLambdaParameter_IsStillSeen_OtherTypesAreNot(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                var mb = migrationBuilder;
                {|#0:mb.DropColumn("Notes", "Orders")|};
                Action<MigrationBuilder> drop = b => {|#1:b.DropColumn("Fax", "Orders")|};
                new Fake().DropColumn("Other", "Orders");
        """, members: """
            private sealed class Fake { public void DropColumn(string name, string table) { } }
        """),
        Verify.Diagnostic(Descriptors.SM1002).WithLocation(0).WithArguments("Orders", "Notes"),
        Verify.Diagnostic(Descriptors.SM1002).WithLocation(1).WithArguments("Orders", "Fax"));

    [Theory, AllEfVersions]
    public Task DropColumnOfTableCreatedEarlier_IsNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.CreateTable(
                    name: "Scratch",
                    columns: table => new { Id = table.Column<int>(nullable: false), Tmp = table.Column<string>(nullable: true) });
                migrationBuilder.DropColumn(name: "Tmp", table: "Scratch");
        """));

    [Theory, AllEfVersions]
    public Task DropColumnOnlyInDown_IsNotReportedByDefault_ButIsWithAnalyzeDown(EfVersion ef) =>
        Task.WhenAll(
            Verify.VerifyAsync(ef, Up("", down: """migrationBuilder.DropColumn(name: "Notes", table: "Orders");""")),
            Verify.VerifyAsync(ef, Up("", down: """{|#0:migrationBuilder.DropColumn(name: "Notes", table: "Orders")|};"""),
                Settings(("SafeMigrationsAnalyzeDown", "true")),
                Verify.Diagnostic(Descriptors.SM1002).WithLocation(0).WithArguments("Orders", "Notes")));

    [Theory, AllEfVersions]
    public Task DropColumnInHelperCalledFromUp_IsReported_DownOnlyHelperIsNot(EfVersion ef) => Verify.VerifyAsync(ef, Up(
        "        DropNotes(migrationBuilder);",
        down: "        RestoreNotes(migrationBuilder);",
        members: """
            private static void DropNotes(MigrationBuilder builder) => {|#0:builder.DropColumn("Notes", "Orders")|};
            private static void RestoreNotes(MigrationBuilder builder) => builder.DropColumn("Other", "Orders");
        """),
        Verify.Diagnostic(Descriptors.SM1002).WithLocation(0).WithArguments("Orders", "Notes"));

    [Theory, AllEfVersions]
    public Task Baseline_SkipsMigrationsAtOrBeforeIt(EfVersion ef) => Task.WhenAll(
        Verify.VerifyAsync(ef, Up("""migrationBuilder.DropColumn("Notes", "Orders");""", id: "20240101000000_Old"),
            Settings(("SafeMigrationsBaseline", "20240101000000_Old"))),
        Verify.VerifyAsync(ef, Up("""{|#0:migrationBuilder.DropColumn("Notes", "Orders")|};""", id: "20240101000001_New"),
            Settings(("SafeMigrationsBaseline", "20240101000000_Old")),
            Verify.Diagnostic(Descriptors.SM1002).WithLocation(0).WithArguments("Orders", "Notes")));

    [Theory, AllEfVersions]
    public Task SuppressMessageWithReason_SilencesIt(EfVersion ef) => Verify.VerifyAsync(ef, """
        using System.Diagnostics.CodeAnalysis;
        using Microsoft.EntityFrameworkCore.Migrations;

        public class Change : Migration
        {
            [SuppressMessage("SafeMigrations", "SM1002:Migration drops a column", Justification = "Notes unused since v3, archived")]
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.DropColumn("Notes", "Orders");
        #pragma warning disable SM1002 // Legacy column emptied by the v4 data migration
                migrationBuilder.DropColumn("Legacy", "Orders");
        #pragma warning restore SM1002
            }
        }
        """);
}

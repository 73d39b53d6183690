using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.DataLossAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.Migrations;

public class SM1001DropTableTests
{
    private const string Usings = """
        using System;
        using System.Diagnostics.CodeAnalysis;
        using Microsoft.EntityFrameworkCore.Migrations;

        """;

    [Theory, AllEfVersions]
    public Task DropTableInUp_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
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

    [Theory, AllEfVersions]
    public Task PositionalArguments_ExpressionBodiedUp_RenamedParameter_AreReported(EfVersion ef) => Verify.VerifyAsync(ef, Usings + """
        public class DropOrders : Migration
        {
            private const string Table = "Orders";

            protected override void Up(MigrationBuilder b) => {|#0:b.DropTable(Table)|};
        }
        """,
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(0).WithArguments("Orders"));

    [Theory, AllEfVersions]
    public Task HelpersLambdasLocalFunctionsAndProviderBranches_AreReported(EfVersion ef) => Verify.VerifyAsync(ef, Usings + """
        public class Cleanup : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                DropAuditTables(migrationBuilder);
                Action<MigrationBuilder> drop = mb => {|#1:mb.DropTable("Sessions")|};
                drop(migrationBuilder);
                Local();
                if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
                {
                    {|#2:migrationBuilder.DropTable("PgOnly")|};
                }

                void Local() => {|#3:migrationBuilder.DropTable("Tokens")|};
            }

            private static void DropAuditTables(MigrationBuilder migrationBuilder)
            {
                {|#0:migrationBuilder.DropTable("Audit")|};
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(0).WithArguments("Audit"),
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(1).WithArguments("Sessions"),
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(2).WithArguments("PgOnly"),
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(3).WithArguments("Tokens"));

    [Theory, AllEfVersions]
    public Task MigrationDerivedThroughAnIntermediateBaseClass_IsAnalyzed(EfVersion ef) => Verify.VerifyAsync(ef, Usings + """
        public abstract class AppMigration : Migration
        {
        }

        public class DropOrders : AppMigration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => {|#0:migrationBuilder.DropTable("Orders")|};
        }
        """,
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(0).WithArguments("Orders"));

    [Theory, AllEfVersions]
    public Task TableCreatedEarlierInTheSameMigration_IsNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Usings + """
        public class Scratch : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateTable(
                    name: "Staging",
                    schema: "etl",
                    columns: table => new { Id = table.Column<int>(nullable: false) });
                migrationBuilder.Sql("INSERT INTO etl.Target SELECT * FROM etl.Staging");
                migrationBuilder.DropTable(name: "Staging", schema: "etl");
            }
        }
        """);

    [Theory, AllEfVersions]
    public Task TableCreatedLaterOrInAnotherSchema_IsStillReported(EfVersion ef) => Verify.VerifyAsync(ef, Usings + """
        public class Recreate : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                {|#0:migrationBuilder.DropTable("Orders")|};
                migrationBuilder.CreateTable(name: "Orders", columns: table => new { Id = table.Column<int>() });
                migrationBuilder.CreateTable(name: "Items", schema: "a", columns: table => new { Id = table.Column<int>() });
                {|#1:migrationBuilder.DropTable(name: "Items", schema: "b")|};
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(0).WithArguments("Orders"),
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(1).WithArguments("b.Items"));

    [Theory, AllEfVersions]
    public Task DownAndDownOnlyHelpers_AreNotReportedByDefault(EfVersion ef) => Verify.VerifyAsync(ef, Usings + """
        public class AddOrders : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateTable(name: "Orders", columns: table => new { Id = table.Column<int>() });
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.DropTable(name: "Orders");
                RemoveExtras(migrationBuilder);
            }

            private static void RemoveExtras(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Extras");
        }
        """);

    [Theory, AllEfVersions]
    public Task Down_IsReportedWhenAnalyzeDownIsOn(EfVersion ef) => Verify.VerifyAsync(ef, Usings + """
        public class AddOrders : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => Shared(migrationBuilder);

            protected override void Down(MigrationBuilder migrationBuilder)
            {
                {|#0:migrationBuilder.DropTable(name: "Orders")|};
                Shared(migrationBuilder);
            }

            private static void Shared(MigrationBuilder migrationBuilder) => {|#1:migrationBuilder.DropTable("Shared")|};
        }
        """,
        new Dictionary<string, string> { ["SafeMigrationsAnalyzeDown"] = "true" },
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(1).WithArguments("Shared"),
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(0).WithArguments("Orders"));

    [Theory, AllEfVersions]
    public Task Baseline_SkipsMigrationsAtOrBeforeIt_FromTheDesignerPartial(EfVersion ef) => Verify.VerifyAsync(
        ef,
        new[]
        {
            ("/0/20240101000000_Old.cs", Usings + """
                public partial class Old : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("A");
                }
                """),
            ("/0/20240101000000_Old.Designer.cs", Usings + """
                // <auto-generated />
                [Migration("20240101000000_Old")]
                partial class Old
                {
                }
                """),
            ("/0/20240201000000_AtBaseline.cs", Usings + """
                [Migration("20240201000000_AtBaseline")]
                public partial class AtBaseline : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("B");
                }
                """),
            ("/0/20240201000001_New.cs", Usings + """
                [Migration("20240201000001_New")]
                public partial class New : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder) => {|#0:migrationBuilder.DropTable("C")|};
                }
                """),
        },
        new Dictionary<string, string> { ["SafeMigrationsBaseline"] = "20240201000000_AtBaseline" },
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(0).WithArguments("C"));

    // Files marked generated are skipped by default (GeneratedCodePolicy); the package's
    // SafeMigrationsAnalyzeGeneratedCode variant is tested end to end (GeneratedCodeInConsumerBuildTests).
    [Theory, AllEfVersions]
    public Task GeneratedMigrationFiles_AreSkippedByDefault(EfVersion ef) => Verify.VerifyAsync(ef, "// <auto-generated />\n" + Usings + """
        public class Generated : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Orders");
        }
        """);

    [Theory, AllEfVersions]
    public Task SuppressMessageAndPragma_SilenceTheRule(EfVersion ef) => Verify.VerifyAsync(ef, Usings + """
        [SuppressMessage("SafeMigrations", "SM1001", Justification = "LegacyOrders archived in JIRA-123")]
        public class DropOrders : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("LegacyOrders");
        }

        public class DropSessions : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
        #pragma warning disable SM1001 // Sessions are recreated on login; nothing to keep
                migrationBuilder.DropTable("Sessions");
        #pragma warning restore SM1001
            }
        }
        """);

    [Theory, AllEfVersions]
    public Task LookAlikes_AreNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Usings + """
        public class NotAMigration
        {
            public void Up(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Orders");
        }

        public class FakeBuilder
        {
            public void DropTable(string name) { }
        }

        public class LooksLikeAMigration : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                new FakeBuilder().DropTable("Orders");
                migrationBuilder.DropIndex("IX_Orders_Date", "Orders");
                migrationBuilder.DropForeignKey("FK_Orders_Customers", "Orders");
                var text = "migrationBuilder.DropTable(\"Orders\")";
            }
        }
        """);
}

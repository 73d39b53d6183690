using SafeMigrations.Analyzers.Migrations;
using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using static SafeMigrations.Analyzers.Tests.Migrations.MigrationSource;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.AvailabilityAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.Migrations;

public class SM3004BlockingIndexTests
{
    private static readonly string PostgresFix = ".Annotation(\"Npgsql:CreatedConcurrently\", true)";
    private static readonly string SqlServerFix = ".Annotation(\"SqlServer:Online\", true)";

    [Theory, AllEfVersions]
    public Task ConfiguredProvider_PostgreSql(EfVersion ef) => Task.WhenAll(
        Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.CreateIndex(name: "IX_Orders_CustomerId", table: "Orders", column: "CustomerId")|};
        """),
            Settings(("SafeMigrationsProvider", "PostgreSQL")),
            Verify.Diagnostic(Descriptors.SM3004).WithLocation(0).WithArguments("IX_Orders_CustomerId", "Orders", "PostgreSQL", PostgresFix)),
        Verify.VerifyAsync(ef, Up("""
                migrationBuilder.CreateIndex(name: "IX_Orders_Date", table: "Orders", column: "Date")
                    .Annotation("Npgsql:CreatedConcurrently", true);
        """),
            Settings(("SafeMigrationsProvider", "PostgreSQL"))));

    [Theory, AllEfVersions]
    public Task ConfiguredProvider_SqlServer_PositionalColumns(EfVersion ef) => Task.WhenAll(
        Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.CreateIndex("IX_Orders_A_B", "Orders", new[] { "A", "B" })|};
        """),
            Settings(("SafeMigrationsProvider", "SqlServer")),
            Verify.Diagnostic(Descriptors.SM3004).WithLocation(0).WithArguments("IX_Orders_A_B", "Orders", "SQL Server", SqlServerFix)),
        Verify.VerifyAsync(ef, Up("""
                migrationBuilder.CreateIndex("IX_Orders_C", "Orders", "C").Annotation("SqlServer:Online", true);
        """),
            Settings(("SafeMigrationsProvider", "SqlServer"))));

    [Theory, AllEfVersions]
    public Task UnknownOrNonApplicableProvider_AndNewTables_AreSilent(EfVersion ef) => Task.WhenAll(
        Verify.VerifyAsync(ef, Up("""migrationBuilder.CreateIndex("IX_Orders_A", "Orders", "A");""")),
        Verify.VerifyAsync(ef, Up("""migrationBuilder.CreateIndex("IX_Orders_A", "Orders", "A");"""), Settings(("SafeMigrationsProvider", "Sqlite"))),
        Verify.VerifyAsync(ef, Up("""
                migrationBuilder.CreateTable("Orders", table => new { A = table.Column<int>(nullable: false) });
                migrationBuilder.CreateIndex("IX_Orders_A", "Orders", "A");
        """), Settings(("SafeMigrationsProvider", "PostgreSQL"))));

    [Theory, AllEfVersions]
    public Task ProviderBranches_DecideTheProvider(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                if (migrationBuilder.IsNpgsql())
                {
                    {|#0:migrationBuilder.CreateIndex("IX_A", "Orders", "A")|};
                }
                else if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer")
                {
                    {|#1:migrationBuilder.CreateIndex("IX_B", "Orders", "B")|};
                }
                else
                {
                    migrationBuilder.CreateIndex("IX_C", "Orders", "C");
                }

                switch (migrationBuilder.ActiveProvider)
                {
                    case "Npgsql.EntityFrameworkCore.PostgreSQL":
                        {|#2:migrationBuilder.CreateIndex("IX_D", "Orders", "D")|};
                        break;
                    default:
                        migrationBuilder.CreateIndex("IX_E", "Orders", "E");
                        break;
                }

                Action index = () => migrationBuilder.CreateIndex("IX_F", "Orders", "F");
        """),
        Verify.Diagnostic(Descriptors.SM3004).WithLocation(0).WithArguments("IX_A", "Orders", "PostgreSQL", PostgresFix),
        Verify.Diagnostic(Descriptors.SM3004).WithLocation(1).WithArguments("IX_B", "Orders", "SQL Server", SqlServerFix),
        Verify.Diagnostic(Descriptors.SM3004).WithLocation(2).WithArguments("IX_D", "Orders", "PostgreSQL", PostgresFix));

    [Theory, AllEfVersions]
    public Task EarlyReturnGuard_AndExpressionBodiedUp(EfVersion ef) => Task.WhenAll(
        Verify.VerifyAsync(ef, Up("""
                if (!migrationBuilder.IsSqlServer())
                {
                    return;
                }

                {|#0:migrationBuilder.CreateIndex("IX_A", "Orders", "A")|};
        """),
            Verify.Diagnostic(Descriptors.SM3004).WithLocation(0).WithArguments("IX_A", "Orders", "SQL Server", SqlServerFix)),
        Verify.VerifyAsync(ef, """
            using Microsoft.EntityFrameworkCore.Migrations;

            public class Change : Migration
            {
                protected override void Up(MigrationBuilder b) =>
                    _ = b.ActiveProvider is "Npgsql.EntityFrameworkCore.PostgreSQL" ? {|#0:b.CreateIndex("IX_A", "Orders", "A")|} : null;
            }
            """,
            Verify.Diagnostic(Descriptors.SM3004).WithLocation(0).WithArguments("IX_A", "Orders", "PostgreSQL", PostgresFix)));

    [Theory, AllEfVersions]
    public Task HelperCalledInsideAProviderBranch_TakesTheBranchsProvider(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                if (migrationBuilder.IsNpgsql())
                {
                    AddIndexes(migrationBuilder);
                }
        """, members: """
            private static void AddIndexes(MigrationBuilder builder) => {|#0:builder.CreateIndex("IX_A", "Orders", "A")|};
        """),
        Verify.Diagnostic(Descriptors.SM3004).WithLocation(0).WithArguments("IX_A", "Orders", "PostgreSQL", PostgresFix));

    [Theory, AllEfVersions]
    public Task SettingOverridesNothingWhenBranchesDisagree(EfVersion ef) => Task.WhenAll(
        Verify.VerifyAsync(ef, Up("""
                if (migrationBuilder.IsSqlServer())
                {
                    migrationBuilder.CreateIndex("IX_A", "Orders", "A").Annotation("SqlServer:Online", true);
                }
        """), Settings(("SafeMigrationsProvider", "PostgreSQL"))),
        Verify.VerifyAsync(ef, Up("""
                if (migrationBuilder.IsSqlServer())
                {
                }
                else
                {
                    migrationBuilder.CreateIndex("IX_A", "Orders", "A");
                }
        """), Settings(("SafeMigrationsProvider", "SqlServer"))));

    [Theory, AllEfVersions]
    public Task SingleReferencedProviderAssembly_IsTheProvider(EfVersion ef) =>
        SingleProviderVerifier<AvailabilityAnalyzer>.VerifyAsync(ef, "Npgsql.EntityFrameworkCore.PostgreSQL.dll", Up("""
                {|#0:migrationBuilder.CreateIndex("IX_A", "Orders", "A")|};
                if (!migrationBuilder.IsNpgsql())
                {
                    migrationBuilder.CreateIndex("IX_B", "Orders", "B");
                }
        """),
            Verify.Diagnostic(Descriptors.SM3004).WithLocation(0).WithArguments("IX_A", "Orders", "PostgreSQL", PostgresFix));
}

public class SM3005ConcurrentIndexInLargerMigrationTests
{
    [Theory, AllEfVersions]
    public Task ConcurrentIndexWithOtherOperations_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.AddColumn<int>("Priority", "Orders", nullable: true);
                {|#0:migrationBuilder.CreateIndex("IX_Orders_Priority", "Orders", "Priority")|}
                    .Annotation("Npgsql:CreatedConcurrently", true);
                migrationBuilder.Sql("ANALYZE \"Orders\";");
        """),
        Settings(("SafeMigrationsProvider", "PostgreSQL")),
        Verify.Diagnostic(Descriptors.SM3005).WithLocation(0).WithArguments("IX_Orders_Priority", "AddColumn, Sql"));

    [Theory, AllEfVersions]
    public Task AnnotationNamesTheProviderWhenUnknown(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.DropIndex("IX_Old", "Orders");
                {|#0:migrationBuilder.CreateIndex("IX_New", "Orders", "A")|}.Annotation("SqlServer:Online", true);
        """),
        Verify.Diagnostic(Descriptors.SM3005).WithLocation(0).WithArguments("IX_New", "DropIndex"));

    [Theory, AllEfVersions]
    public Task IndexAlone_OrWithOtherProvidersBranches_IsNotReported(EfVersion ef) => Task.WhenAll(
        Verify.VerifyAsync(ef, Up("""
                migrationBuilder.CreateIndex("IX_A", "Orders", "A").Annotation("Npgsql:CreatedConcurrently", true);
                migrationBuilder.CreateIndex("IX_B", "Orders", "B").Annotation("Npgsql:CreatedConcurrently", true);
        """), Settings(("SafeMigrationsProvider", "PostgreSQL"))),
        Verify.VerifyAsync(ef, Up("""
                if (migrationBuilder.IsNpgsql())
                {
                    migrationBuilder.CreateIndex("IX_A", "Orders", "A").Annotation("Npgsql:CreatedConcurrently", true);
                }
                else
                {
                    migrationBuilder.Sql("CREATE INDEX IX_A ON Orders (A) WITH (ONLINE = ON)");
                }
        """)));
}

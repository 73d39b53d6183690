using SafeMigrations.Analyzers.CodeFixes;
using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using static SafeMigrations.Analyzers.Tests.Migrations.MigrationSource;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.CodeFixVerifier<
    SafeMigrations.Analyzers.Migrations.AvailabilityAnalyzer,
    SafeMigrations.Analyzers.CodeFixes.OnlineIndexCodeFixProvider>;

namespace SafeMigrations.Analyzers.Tests.CodeFixes;

public class OnlineIndexCodeFixTests
{
    private const string Key = OnlineIndexCodeFixProvider.EquivalenceKey;
    private const string PostgresFix = ".Annotation(\"Npgsql:CreatedConcurrently\", true)";
    private const string SqlServerFix = ".Annotation(\"SqlServer:Online\", true)";

    [Fact]
    public Task PostgreSql_ScaffoldedIndex_GetsCreatedConcurrentlyOnItsOwnLine() => Verify.VerifyAsync(
        EfVersion.Ef10,
        Up("""
                    {|#0:migrationBuilder.CreateIndex(
                        name: "IX_Orders_CustomerId",
                        table: "Orders",
                        column: "CustomerId")|};
            """),
        Up("""
                    migrationBuilder.CreateIndex(
                        name: "IX_Orders_CustomerId",
                        table: "Orders",
                        column: "CustomerId")
                        .Annotation("Npgsql:CreatedConcurrently", true);
            """),
        Settings(("SafeMigrationsProvider", "PostgreSQL")), Key,
        Verify.Diagnostic(Descriptors.SM3004).WithLocation(0).WithArguments("IX_Orders_CustomerId", "Orders", "PostgreSQL", PostgresFix));

    [Fact]
    public Task ProviderBranches_FixAllUsesEachBranchsProvider_AfterExistingAnnotations() => Verify.VerifyAsync(
        EfVersion.Ef10,
        Up("""
                    if (migrationBuilder.IsNpgsql())
                    {
                        {|#0:migrationBuilder.CreateIndex("IX_A", "Orders", "A")|};
                    }
                    else if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer")
                    {
                        {|#1:migrationBuilder.CreateIndex("IX_B", "Orders", "B")|}.Annotation("SqlServer:Include", new[] { "C" });
                    }
            """),
        Up("""
                    if (migrationBuilder.IsNpgsql())
                    {
                        migrationBuilder.CreateIndex("IX_A", "Orders", "A").Annotation("Npgsql:CreatedConcurrently", true);
                    }
                    else if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer")
                    {
                        migrationBuilder.CreateIndex("IX_B", "Orders", "B").Annotation("SqlServer:Include", new[] { "C" }).Annotation("SqlServer:Online", true);
                    }
            """),
        null, Key,
        Verify.Diagnostic(Descriptors.SM3004).WithLocation(0).WithArguments("IX_A", "Orders", "PostgreSQL", PostgresFix),
        Verify.Diagnostic(Descriptors.SM3004).WithLocation(1).WithArguments("IX_B", "Orders", "SQL Server", SqlServerFix));

    [Fact]
    public Task IndexOnNewTable_NoDiagnosticNoChange() => Verify.VerifyAsync(
        EfVersion.Ef10,
        Up("""
                    migrationBuilder.CreateTable("Orders", table => new { A = table.Column<int>(nullable: false) });
                    migrationBuilder.CreateIndex("IX_Orders_A", "Orders", "A");
            """),
        Up("""
                    migrationBuilder.CreateTable("Orders", table => new { A = table.Column<int>(nullable: false) });
                    migrationBuilder.CreateIndex("IX_Orders_A", "Orders", "A");
            """),
        Settings(("SafeMigrationsProvider", "PostgreSQL")), Key);

    [Fact]
    public Task SqlServer_OnlineAnnotationSetToFalse_IsSwitchedOnNotDuplicated() => Verify.VerifyAsync(
        EfVersion.Ef10,
        Up("""
                    {|#0:migrationBuilder.CreateIndex("IX_Orders_C", "Orders", "C")|}.Annotation("SqlServer:Online", false);
            """),
        Up("""
                    migrationBuilder.CreateIndex("IX_Orders_C", "Orders", "C").Annotation("SqlServer:Online", true);
            """),
        Settings(("SafeMigrationsProvider", "SqlServer")), Key,
        Verify.Diagnostic(Descriptors.SM3004).WithLocation(0).WithArguments("IX_Orders_C", "Orders", "SQL Server", SqlServerFix));
}

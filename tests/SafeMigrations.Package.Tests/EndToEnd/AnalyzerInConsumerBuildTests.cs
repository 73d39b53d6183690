using SafeMigrations.Package.Tests.Infrastructure;

namespace SafeMigrations.Package.Tests.EndToEnd;

/// <summary>The analyzers, loaded from the packed package by a real compiler in a real consumer build.</summary>
[Collection(PackageCollection.Name)]
public class AnalyzerInConsumerBuildTests(PackageFixture package)
{
    [Fact]
    public void DropTableMigration_FailsTheBuildWithSM1001AtTheCall()
    {
        var consumer = package.CreateConsumer("DropTableApp")
            .WithEfCore()
            .WithFile("Migrations/20240301120000_DropLegacyOrders.cs", """
                using Microsoft.EntityFrameworkCore.Migrations;

                namespace DropTableApp.Migrations;

                [Migration("20240301120000_DropLegacyOrders")]
                public partial class DropLegacyOrders : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder)
                    {
                        migrationBuilder.DropTable(
                            name: "LegacyOrders");
                    }

                    protected override void Down(MigrationBuilder migrationBuilder)
                    {
                    }
                }
                """);

        var result = consumer.Build();

        Assert.False(result.Succeeded, result.ToString());
        var diagnostic = Assert.Single(result.SafeMigrationsDiagnostics);
        Assert.Equal("SM1001", diagnostic.Code);
        Assert.Equal("error", diagnostic.Severity);
        Assert.Equal("20240301120000_DropLegacyOrders.cs", diagnostic.FileName);
        Assert.Equal((10, 9), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("'LegacyOrders'", diagnostic.Message);
    }

    [Fact]
    public void AdditiveMigrationAndLocalConfiguration_BuildWithNoSafeMigrationsDiagnostics()
    {
        var consumer = package.CreateConsumer("CleanApp")
            .WithEfCore()
            .WithFile("appsettings.json", """
                {
                  "ConnectionStrings": { "Default": "Data Source=app.db" }
                }
                """)
            .WithFile("appsettings.Development.json", """
                {
                  // Developers use a local server.
                  "ConnectionStrings": { "Default": "Server=localhost;Database=app_dev;Trusted_Connection=True" },
                }
                """)
            .WithFile("AppDbContext.cs", """
                using Microsoft.EntityFrameworkCore;

                namespace CleanApp;

                public class Order
                {
                    public int Id { get; set; }
                    public string? Note { get; set; }
                }

                public class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
                {
                    public DbSet<Order> Orders => Set<Order>();
                }
                """)
            .WithFile("Migrations/20240101000000_Initial.cs", """
                using Microsoft.EntityFrameworkCore.Migrations;

                namespace CleanApp.Migrations;

                [Migration("20240101000000_Initial")]
                public partial class Initial : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder)
                    {
                        migrationBuilder.CreateTable(
                            name: "Orders",
                            columns: table => new
                            {
                                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                                Note = table.Column<string>(type: "TEXT", nullable: true),
                            },
                            constraints: table => table.PrimaryKey("PK_Orders", x => x.Id));
                        migrationBuilder.CreateIndex(name: "IX_Orders_Note", table: "Orders", column: "Note");
                    }

                    protected override void Down(MigrationBuilder migrationBuilder)
                    {
                        migrationBuilder.DropTable(name: "Orders");
                    }
                }
                """);

        var result = consumer.Build();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Empty(result.SafeMigrationsDiagnostics);
    }
}

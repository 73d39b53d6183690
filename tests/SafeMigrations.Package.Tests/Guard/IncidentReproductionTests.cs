using SafeMigrations.Package.Tests.Infrastructure;

namespace SafeMigrations.Package.Tests.Guard;

/// <summary>
/// The incident this project exists for: a developer runs `dotnet ef database update` locally while
/// appsettings.Development.json points at production. `dotnet ef` runs MSBuild on the project first (metadata,
/// then a build); the guard fails it, so the migration never runs. The same project pointed at a local SQLite file migrates normally.
/// </summary>
[Collection(PackageCollection.Name)]
public class IncidentReproductionTests(PackageFixture package)
{
    [Fact]
    public void DotnetEfDatabaseUpdate_IsStoppedForProduction_AndMigratesALocalDatabase()
    {
        var consumer = package.CreateConsumer("ShopApp")
            .WithEfCore()
            .WithPackageReference($"<PackageReference Include=\"Microsoft.EntityFrameworkCore.Design\" Version=\"{ConsumerProject.EfCoreVersion}\" PrivateAssets=\"all\" />")
            .WithProperty("OutputType", "Exe")
            .WithFile(".config/dotnet-tools.json", $$"""
                {
                  "version": 1,
                  "isRoot": true,
                  "tools": {
                    "dotnet-ef": { "version": "{{ConsumerProject.EfCoreVersion}}", "commands": [ "dotnet-ef" ], "rollForward": false }
                  }
                }
                """)
            .WithFile("appsettings.json", """{ "ConnectionStrings": { "Default": "Data Source=shop.db" } }""")
            .WithFile("appsettings.Development.json", """
                {
                  // Left over from debugging a production issue.
                  "ConnectionStrings": {
                    "Default": "Server=sql.prod.example.com;Database=shop;User Id=sa;Password=Incident!2024"
                  }
                }
                """)
            .WithFile("Program.cs", "System.Console.WriteLine(\"shop\");")
            .WithFile("ShopDbContext.cs", """
                using System.Text.Json;
                using Microsoft.EntityFrameworkCore;
                using Microsoft.EntityFrameworkCore.Design;
                using Microsoft.EntityFrameworkCore.Diagnostics;

                namespace ShopApp;

                public class Order
                {
                    public int Id { get; set; }
                    public string Customer { get; set; } = "";
                }

                public class ShopDbContext(DbContextOptions<ShopDbContext> options) : DbContext(options)
                {
                    public DbSet<Order> Orders => Set<Order>();
                }

                /// <summary>Reads ConnectionStrings:Default the way the app's host would (appsettings.json, then the environment's file).</summary>
                public class ShopDbContextFactory : IDesignTimeDbContextFactory<ShopDbContext>
                {
                    public ShopDbContext CreateDbContext(string[] args)
                    {
                        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Development";
                        string? connectionString = null;
                        foreach (var file in new[] { "appsettings.json", $"appsettings.{environment}.json" })
                        {
                            if (!File.Exists(file))
                            {
                                continue;
                            }

                            using var json = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                            if (json.RootElement.TryGetProperty("ConnectionStrings", out var strings) && strings.TryGetProperty("Default", out var value))
                            {
                                connectionString = value.GetString();
                            }
                        }

                        return new ShopDbContext(new DbContextOptionsBuilder<ShopDbContext>()
                            .UseSqlite(connectionString)
                            // The hand-written migration has no model snapshot.
                            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
                            .Options);
                    }
                }
                """)
            .WithFile("Migrations/20240101000000_Initial.cs", """
                using Microsoft.EntityFrameworkCore.Infrastructure;
                using Microsoft.EntityFrameworkCore.Migrations;

                namespace ShopApp.Migrations;

                [DbContext(typeof(ShopDbContext))]
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
                                Customer = table.Column<string>(type: "TEXT", nullable: false),
                            },
                            constraints: table => table.PrimaryKey("PK_Orders", x => x.Id));
                    }

                    protected override void Down(MigrationBuilder migrationBuilder)
                    {
                        migrationBuilder.DropTable(name: "Orders");
                    }
                }
                """);

        var restore = consumer.Run(new[] { "tool", "restore" });
        Assert.True(restore.ExitCode == 0, restore.Output);

        // Yesterday's build, with yesterday's (local) settings: the binary `--no-build` would use exists.
        var built = consumer.Build(GuardInConsumerBuildTests.Env(("ASPNETCORE_ENVIRONMENT", "Local")));
        Assert.True(built.Succeeded, built.ToString());

        // --verbose: dotnet ef hides MSBuild's output otherwise (`dotnet build` shows the same SM9001).
        var stopped = consumer.Run(new[] { "ef", "database", "update", "--verbose" });

        Assert.True(stopped.ExitCode != 0, stopped.Output);
        Assert.True(stopped.Output.Contains("appsettings.Development.json(4,16): error SM9001", StringComparison.Ordinal), stopped.Output);
        // EF 10's tools stop at their first MSBuild call ("Unable to retrieve project metadata"), before building.
        Assert.Contains("/t:ResolvePackageAssets", stopped.Output);
        Assert.DoesNotContain("Incident!2024", stopped.Output);
        Assert.False(File.Exists(consumer.PathOf("shop.db")), "no database may be touched");

        // EF 10's tools read project metadata through MSBuild (ResolvePackageAssets) even with --no-build: stopped too.
        var stoppedWithoutBuild = consumer.Run(new[] { "ef", "database", "update", "--no-build", "--verbose" });
        Assert.True(stoppedWithoutBuild.ExitCode != 0, stoppedWithoutBuild.Output);
        Assert.Contains("error SM9001", stoppedWithoutBuild.Output);
        Assert.False(File.Exists(consumer.PathOf("shop.db")), "no database may be touched");

        consumer.WithFile("appsettings.Development.json", """{ "ConnectionStrings": { "Default": "Data Source=shop.db" } }""");
        var migrated = consumer.Run(new[] { "ef", "database", "update" });

        Assert.True(migrated.ExitCode == 0, migrated.Output);
        Assert.Contains("20240101000000_Initial", migrated.Output);
        Assert.True(new FileInfo(consumer.PathOf("shop.db")).Length > 0, migrated.Output);
    }
}

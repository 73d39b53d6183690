using System.Text.Json;
using SafeMigrations.Package.Tests.Infrastructure;

namespace SafeMigrations.Package.Tests.EndToEnd;

/// <summary>
/// The commands of docs/ci.md and samples/ci, run locally against a real consumer: a build that writes a
/// SARIF 2.1 log for code-scanning upload, and `dotnet format analyzers` applying the code fixes whose diff
/// becomes pull-request suggestions.
/// </summary>
[Collection(PackageCollection.Name)]
public class PullRequestWorkflowTests(PackageFixture package)
{
    private const string DropMigration = """
        using Microsoft.EntityFrameworkCore.Migrations;

        #nullable disable

        namespace PrApp.Migrations
        {
            /// <inheritdoc />
            public partial class DropLegacyOrders : Migration
            {
                /// <inheritdoc />
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.DropTable(
                        name: "LegacyOrders");
                }

                /// <inheritdoc />
                protected override void Down(MigrationBuilder migrationBuilder)
                {
                }
            }
        }

        """;

    [Fact]
    public void BuildWithErrorLog_WritesSarif21WithRuleMetadataAndLocations()
    {
        var consumer = package.CreateConsumer("SarifApp").WithEfCore()
            .WithFile("Migrations/20240301120000_DropLegacyOrders.cs", DropMigration)
            .WithFile("Lib/Lib.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                </Project>
                """)
            .WithFile("Lib/Greeting.cs", "namespace Lib; public static class Greeting { public static void Hi() { int unused; } }")
            .WithPackageReference("<ProjectReference Include=\"Lib/Lib.csproj\" />")
            .WithProperty("DefaultItemExcludes", "$(DefaultItemExcludes);Lib/**");

        // The documented one-liner (%2C is MSBuild's escaped comma: the value is "path,version=2.1").
        var result = consumer.Build(null, "-p:ErrorLog=safemigrations.sarif%2Cversion=2.1");

        Assert.False(result.Succeeded, result.ToString());

        // A relative path is resolved per project: a solution build leaves one log in each project folder,
        // and samples/ci/merge-sarif.py makes them the one run per tool that code scanning accepts.
        Assert.True(File.Exists(consumer.PathOf("Lib/safemigrations.sarif")), "no SARIF log for the referenced project");
        var merge = Python(consumer.Directory, Path.Combine(PackageFixture.RepositoryRoot, "samples", "ci", "merge-sarif.py"), "merged.sarif");
        Assert.True(merge.ExitCode == 0, merge.Output);
        using var sarif = JsonDocument.Parse(File.ReadAllText(consumer.PathOf("merged.sarif")));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "CS0168");

        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "SM1001");
        Assert.Equal("Migration drops a table", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.EndsWith("/docs/rules/SM1001.md", rule.GetProperty("helpUri").GetString());
        Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("SafeMigrations", rule.GetProperty("properties").GetProperty("category").GetString());

        var finding = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "SM1001");
        Assert.Equal("error", finding.GetProperty("level").GetString());
        Assert.Contains("'LegacyOrders'", finding.GetProperty("message").GetProperty("text").GetString());
        var location = finding.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("Migrations/20240301120000_DropLegacyOrders.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(13, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(13, location.GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void DotnetFormatAnalyzers_AppliesTheCodeFixes_ThenTheBuildPassesWithTheRemainingWarnings()
    {
        var consumer = package.CreateConsumer("FormatApp").WithEfCore("SqlServer")
            .WithFile(DropPath, DropMigration)
            .WithFile(RenamePath, RenameMigration)
            .WithFile(IndexPath, IndexMigration);
        Assert.Equal(0, consumer.Run(new[] { "restore", consumer.ProjectPath }).ExitCode);

        // CI's check: the mechanical fixes would change files (the diff is what becomes PR suggestions).
        var verify = Format(consumer, "--verify-no-changes", "--diagnostics", "SM1003", "SM3004");
        Assert.NotEqual(0, verify.ExitCode);

        var format = Format(consumer, "--diagnostics", "SM1003", "SM3004");
        Assert.True(format.ExitCode == 0, format.Output);
        Assert.Equal(RenameMigration.Replace(ScaffoldedRename, FixedRename), Read(consumer, RenamePath));
        Assert.Equal(IndexMigration.Replace("column: \"Email\");", "column: \"Email\")\n                .Annotation(\"SqlServer:Online\", true);"), Read(consumer, IndexPath));
        Assert.Equal(DropMigration, Read(consumer, DropPath));

        // A person acknowledges the real data loss (in CI this fix is never applied automatically).
        Assert.True(Format(consumer, "--diagnostics", "SM1001").ExitCode == 0);
        Assert.Contains(
            "[SuppressMessage(\"SafeMigrations\", \"SM1001:Migration drops a table\", Justification = \"TODO: why is this data loss acceptable?\")]\n        protected override void Up",
            Read(consumer, DropPath));

        var build = consumer.Build();

        Assert.True(build.Succeeded, build.ToString());
        Assert.Equal(
            new[] { ("SM3001", "20240302120000_RenameSurname.cs"), ("SM8001", "20240301120000_DropLegacyOrders.cs") },
            build.SafeMigrationsDiagnostics.Select(d => (d.Code, d.FileName)).Distinct().Order().ToArray());
    }

    private const string DropPath = "Migrations/20240301120000_DropLegacyOrders.cs";
    private const string RenamePath = "Migrations/20240302120000_RenameSurname.cs";
    private const string IndexPath = "Migrations/20240303120000_IndexCustomerEmail.cs";

    private const string ScaffoldedRename = """
                    migrationBuilder.DropColumn(
                        name: "Surname",
                        table: "Customers");

                    migrationBuilder.AddColumn<string>(
                        name: "LastName",
                        table: "Customers",
                        type: "nvarchar(max)",
                        nullable: true);
        """;

    private const string FixedRename = """
                    migrationBuilder.RenameColumn(
                        name: "Surname",
                        table: "Customers",
                        newName: "LastName");
        """;

    private static readonly string RenameMigration = $$"""
        using Microsoft.EntityFrameworkCore.Migrations;

        #nullable disable

        namespace FormatApp.Migrations
        {
            /// <inheritdoc />
            [Migration("20240302120000_RenameSurname")]
            public partial class RenameSurname : Migration
            {
                /// <inheritdoc />
                protected override void Up(MigrationBuilder migrationBuilder)
                {
        {{ScaffoldedRename}}
                }

                /// <inheritdoc />
                protected override void Down(MigrationBuilder migrationBuilder)
                {
                }
            }
        }

        """;

    private const string IndexMigration = """
        using Microsoft.EntityFrameworkCore.Migrations;

        #nullable disable

        namespace FormatApp.Migrations
        {
            /// <inheritdoc />
            [Migration("20240303120000_IndexCustomerEmail")]
            public partial class IndexCustomerEmail : Migration
            {
                /// <inheritdoc />
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.CreateIndex(
                        name: "IX_Customers_Email",
                        table: "Customers",
                        column: "Email");
                }

                /// <inheritdoc />
                protected override void Down(MigrationBuilder migrationBuilder)
                {
                }
            }
        }

        """;

    private static ProcessResult Python(string directory, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("python3") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.Result + error);
    }

    private static ProcessResult Format(ConsumerProject consumer, params string[] options) =>
        consumer.Run(new[] { "format", "analyzers", consumer.ProjectPath, "--severity", "info", "--no-restore" }.Concat(options));

    private static string Read(ConsumerProject consumer, string path) => File.ReadAllText(consumer.PathOf(path)).ReplaceLineEndings("\n");
}

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
            .WithFile("Lib/Greeting.cs", "namespace Lib; public static class Greeting { public const string Text = \"hi\"; }")
            .WithPackageReference("<ProjectReference Include=\"Lib/Lib.csproj\" />")
            .WithProperty("DefaultItemExcludes", "$(DefaultItemExcludes);Lib/**");

        // The documented one-liner (%2C is MSBuild's escaped comma: the value is "path,version=2.1").
        var result = consumer.Build(null, "-p:ErrorLog=safemigrations.sarif%2Cversion=2.1");

        Assert.False(result.Succeeded, result.ToString());

        // A relative path is resolved per project: a solution build leaves one log in each project folder.
        Assert.True(File.Exists(consumer.PathOf("Lib/safemigrations.sarif")), "no SARIF log for the referenced project");
        using var sarif = JsonDocument.Parse(File.ReadAllText(consumer.PathOf("safemigrations.sarif")));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];

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
    public void DotnetFormatAnalyzers_AppliesTheCodeFixesToTheProject()
    {
        const string path = "Migrations/20240301120000_DropLegacyOrders.cs";
        var consumer = package.CreateConsumer("FormatApp").WithEfCore().WithFile(path, DropMigration);
        Assert.Equal(0, consumer.Run(new[] { "restore", consumer.ProjectPath }).ExitCode);

        var verify = consumer.Run(new[] { "format", "analyzers", consumer.ProjectPath, "--diagnostics", "SM1001", "--severity", "info", "--no-restore", "--verify-no-changes" });
        Assert.NotEqual(0, verify.ExitCode);

        var format = consumer.Run(new[] { "format", "analyzers", consumer.ProjectPath, "--diagnostics", "SM1001", "--severity", "info", "--no-restore" });

        Assert.True(format.ExitCode == 0, format.Output);
        Assert.Equal(DropMigration.Replace(
            "        /// <inheritdoc />\n        protected override void Up",
            "        /// <inheritdoc />\n        [SuppressMessage(\"SafeMigrations\", \"SM1001:Migration drops a table\", Justification = \"TODO: why is this data loss acceptable?\")]\n        protected override void Up")
            .Replace("using Microsoft", "using System.Diagnostics.CodeAnalysis;\nusing Microsoft"),
            File.ReadAllText(consumer.PathOf(path)).ReplaceLineEndings("\n"));
    }
}

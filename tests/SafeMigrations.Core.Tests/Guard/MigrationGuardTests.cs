using SafeMigrations.Core.Guard;

namespace SafeMigrations.Core.Tests.Guard;

/// <summary>The guard's logic without IO: files and environment come in as values (the task tests cover the real files).</summary>
public class MigrationGuardTests
{
    private static readonly string Project = Path.Combine(Path.GetTempPath(), "app");

    private static GuardInputs Inputs(Dictionary<string, string> files, Dictionary<string, string>? variables = null, params string[] sources) => new()
    {
        ProjectDirectory = Project,
        EnvironmentVariables = variables ?? new Dictionary<string, string>(),
        SourceFiles = sources,
        ReadFile = path => files.TryGetValue(Path.GetFileName(path), out var text) ? FileContent.Of(text) : FileContent.Missing,
    };

    [Fact]
    public void Reports_the_winning_production_value_at_its_position()
    {
        var findings = MigrationGuard.Evaluate(Inputs(new()
        {
            ["appsettings.json"] = """{ "ConnectionStrings": { "Db": "Host=localhost" } }""",
            ["appsettings.Development.json"] = "{\n  \"ConnectionStrings\": { \"Db\": \"Host=db.prd.example.com;Password=x1\" }\n}",
        }));

        var finding = Assert.Single(findings);
        Assert.Equal((GuardCodes.ProductionTarget, GuardSeverity.Error, 2, 32), (finding.Code, finding.Severity, finding.Line, finding.Column));
        Assert.Equal(Path.Combine(Project, "appsettings.Development.json"), finding.File);
        Assert.DoesNotContain("x1", finding.Message);
    }

    [Fact]
    public void A_reader_that_throws_becomes_SM9003_for_that_file()
    {
        var inputs = new GuardInputs { ProjectDirectory = Project, ReadFile = _ => throw new IOException("disk on fire") };

        var findings = MigrationGuard.Evaluate(inputs);

        Assert.All(findings, f => Assert.Equal(GuardCodes.UnreadableConfiguration, f.Code));
        Assert.Contains(findings, f => f.Message.Contains("disk on fire") && f.File == Path.Combine(Project, "appsettings.json"));
    }

    [Theory]
    [InlineData("Migrations\\20240101_Init.cs", true)]
    [InlineData("Data/ShopContextModelSnapshot.cs", true)]
    [InlineData("src/migrations/x.cs", true)]
    [InlineData("MigrationsHelper.cs", false)]
    [InlineData("Features/Orders.cs", false)]
    public void Production_environment_warning_needs_migration_sources(string source, bool warns)
    {
        var findings = MigrationGuard.Evaluate(Inputs(new(), new() { ["ASPNETCORE_ENVIRONMENT"] = "Live" }, source));

        Assert.Equal(warns, findings.Any(f => f.Code == GuardCodes.ProductionEnvironment));
    }

    [Theory]
    [InlineData("Production", true)]
    [InlineData("prod-eu", true)]
    [InlineData("Staging", false)]
    [InlineData("Productivity", false)]
    public void Production_like_environment_names_use_whole_tokens(string environment, bool warns)
    {
        var findings = MigrationGuard.Evaluate(Inputs(new(), new() { ["DOTNET_ENVIRONMENT"] = environment }, "Migrations/A.cs"));

        Assert.Equal(warns, findings.Any(f => f.Code == GuardCodes.ProductionEnvironment));
    }
}

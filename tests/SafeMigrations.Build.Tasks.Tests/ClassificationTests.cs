using SafeMigrations.Build.Tasks.Tests.Infrastructure;

namespace SafeMigrations.Build.Tasks.Tests;

/// <summary>How each target is judged, the host settings, and the production override.</summary>
public sealed class ClassificationTests : IDisposable
{
    private readonly GuardProject _project = new();

    public void Dispose() => _project.Dispose();

    private GuardProject With(string connectionString) =>
        _project.WithFile("appsettings.json", $$"""{ "ConnectionStrings": { "Default": "{{connectionString}}" } }""");

    [Theory]
    [InlineData("Host=localhost;Database=app")]
    [InlineData("Server=(localdb)\\\\mssqllocaldb;Database=app;Trusted_Connection=True")]
    [InlineData("Data Source=app.db")]
    [InlineData("Host=postgres;Database=app;Password=dev")]
    public void Local_targets_pass_silently(string connectionString)
    {
        var run = With(connectionString).Run();

        Assert.True(run.Succeeded, run.ToString());
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Production_database_name_on_localhost_is_still_production()
    {
        var error = With("Host=localhost;Port=15432;Database=orders_prod").Run().Single("SM9001");

        Assert.Contains("'localhost'", error.Message);
    }

    [Fact]
    public void Cloud_host_warns_and_block_remote_hosts_makes_it_an_error()
    {
        With("Server=tcp:myapp.database.windows.net,1433;Database=app;User ID=u;Password=CloudPass1");

        var warned = _project.Run();
        Assert.True(warned.Succeeded, warned.ToString());
        var warning = warned.Single("SM9002");
        Assert.Equal("warning", warning.Severity);
        Assert.Contains("'myapp.database.windows.net'", warning.Message);
        Assert.DoesNotContain("CloudPass1", warning.Message);

        var blocked = _project.Run(t => t.BlockRemoteHosts = "true");
        Assert.False(blocked.Succeeded);
        Assert.Equal("error", blocked.Single("SM9002").Severity);
    }

    [Fact]
    public void Host_patterns_decide_before_the_built_in_rules()
    {
        With("Host=db1.corp.example.com;Database=app");
        Assert.Equal("warning", _project.Run().Single("SM9002").Severity);

        Assert.Empty(_project.Run(t => t.SafeHosts = "*.corp.example.com").Diagnostics);
        Assert.False(_project.Run(t => t.ProductionHosts = "db1.corp.*").Succeeded);
    }

    [Fact]
    public void Exact_allowed_host_passes_with_a_bypass_warning_naming_who_allowed_it()
    {
        With("Host=db.prod.example.com;Database=app;Password=Pw123");

        var byProperty = _project.Run(t => t.AllowProductionHost = "DB.PROD.EXAMPLE.COM");
        Assert.True(byProperty.Succeeded, byProperty.ToString());
        var warning = byProperty.Single("SM9004");
        Assert.Equal("warning", warning.Severity);
        Assert.Contains("'db.prod.example.com'", warning.Message);
        Assert.Contains("MSBuild property SafeMigrationsAllowProductionHost", warning.Message);
        Assert.DoesNotContain("Pw123", warning.Message);
        Assert.DoesNotContain(byProperty.Diagnostics, d => d.Code == "SM9001");

        // The props copy the variable into the property; the task tells the two apart.
        var byVariable = _project.WithVariable("SAFEMIGRATIONS_ALLOW_PRODUCTION_HOST", "db.prod.example.com")
            .Run(t => t.AllowProductionHost = "db.prod.example.com");
        Assert.Contains("environment variable SAFEMIGRATIONS_ALLOW_PRODUCTION_HOST", byVariable.Single("SM9004").Message);
    }

    [Theory]
    [InlineData("prod.example.com")]
    [InlineData("db.prod")]
    [InlineData("db.prod.example.co")]
    [InlineData("other.prod.example.com")]
    public void Wrong_or_partial_allowed_host_does_not_bypass(string allowed)
    {
        var run = With("Host=db.prod.example.com;Database=app").Run(t => t.AllowProductionHost = allowed);

        Assert.False(run.Succeeded);
        run.Single("SM9001");
        Assert.DoesNotContain(run.Diagnostics, d => d.Code == "SM9004");
    }

    [Fact]
    public void Every_production_host_of_a_multi_host_value_must_be_allowed()
    {
        With("Host=pg1.prod.example.com,pg2.prod.example.com;Database=app");

        Assert.False(_project.Run(t => t.AllowProductionHost = "pg1.prod.example.com").Succeeded);
        Assert.True(_project.Run(t => t.AllowProductionHost = "pg1.prod.example.com;pg2.prod.example.com").Succeeded);
    }

    [Fact]
    public void Production_environment_name_warns_only_when_the_project_has_migrations()
    {
        _project.WithVariable("ASPNETCORE_ENVIRONMENT", "Production");

        var withMigrations = _project.Run(t => t.SourceFiles = GuardProject.Items("Program.cs", "Migrations/20240101000000_Initial.cs"));
        var warning = withMigrations.Single("SM9005");
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Production", warning.Message);
        Assert.True(withMigrations.Succeeded);

        Assert.Equal("SM9005", _project.WithVariable("ASPNETCORE_ENVIRONMENT", null).WithVariable("DOTNET_ENVIRONMENT", "prod")
            .Run(t => t.SourceFiles = GuardProject.Items("Data/AppDbContextModelSnapshot.cs")).Single("SM9005").Code);
        Assert.Empty(_project.Run(t => t.SourceFiles = GuardProject.Items("Program.cs")).Diagnostics);
        Assert.Empty(_project.WithVariable("DOTNET_ENVIRONMENT", "Staging").Run(t => t.SourceFiles = GuardProject.Items("Migrations/A.cs")).Diagnostics);
    }
}

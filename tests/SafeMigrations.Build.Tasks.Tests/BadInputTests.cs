using SafeMigrations.Build.Tasks.Tests.Infrastructure;

namespace SafeMigrations.Build.Tasks.Tests;

/// <summary>Every bad input is a clear coded error (or, where the host accepts it, nothing), never an exception.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly GuardProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void No_configuration_files_at_all_is_fine()
    {
        var run = _project.Run(t => t.UserSecretsId = "no-such-secrets");

        Assert.True(run.Succeeded);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Unreadable_file_is_SM9003_naming_the_file()
    {
        Directory.CreateDirectory(Path.Combine(_project.Directory, "appsettings.Development.json"));

        var run = _project.Run();

        Assert.False(run.Succeeded);
        var error = run.Single("SM9003");
        Assert.Equal(Path.Combine(_project.Directory, "appsettings.Development.json"), error.File);
        Assert.Contains("could not be read (it is a directory)", error.Message);
    }

    [Fact]
    public void Malformed_json_is_SM9003_at_its_line_and_column()
    {
        var run = _project.WithFile("appsettings.json", """
            {
              "ConnectionStrings": {
                "Default": "Host=db.prod.example.com;Password=Leaky1"
                "Other": "x"
              }
            }
            """).Run();

        Assert.False(run.Succeeded);
        var error = run.Single("SM9003");
        Assert.Equal(("appsettings.json", 4, 5), (error.FileName, error.Line, error.Column));
        Assert.Contains("Expected ',' or '}'", error.Message);
        Assert.DoesNotContain("Leaky1", error.Message);
    }

    [Fact]
    public void Duplicate_keys_are_SM9003_at_the_second_value()
    {
        var run = _project.WithFile("appsettings.json", """
            {
              "ConnectionStrings": { "Default": "Data Source=a.db" },
              "connectionStrings": { "default": "Data Source=b.db" }
            }
            """).Run();

        var error = run.Single("SM9003");
        Assert.Equal((3, 37), (error.Line, error.Column));
        Assert.Contains("duplicate key 'connectionStrings:default'", error.Message);
    }

    [Fact]
    public void A_bad_file_is_reported_once_however_many_environments_read_it()
    {
        var run = _project.WithFile("appsettings.json", "{ oops }").Run(t => t.Environments = "Staging;Production");

        Assert.Single(run.Diagnostics);
    }

    [Fact]
    public void Malformed_user_secrets_are_SM9003_in_the_secrets_file()
    {
        _project.WithUserSecrets("bad-secrets", "{ \"ConnectionStrings:Default\": \"Host=x\", ");

        var error = _project.Run(t => t.UserSecretsId = "bad-secrets").Single("SM9003");

        Assert.Equal(_project.SecretsPath("bad-secrets"), error.File);
        Assert.Contains("user secrets file", error.Message);
    }

    [Fact]
    public void Invalid_user_secrets_id_is_SM9003()
    {
        var error = _project.Run(t => t.UserSecretsId = "../../etc").Single("SM9003");

        Assert.Contains("UserSecretsId '../../etc'", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_values_point_nowhere_and_override_what_is_below(string empty)
    {
        var run = _project
            .WithFile("appsettings.json", """{ "ConnectionStrings": { "Default": "Host=db.prod.example.com" } }""")
            .WithFile("appsettings.Development.json", $$"""{ "ConnectionStrings": { "Default": "{{empty}}", "Null": null, "Nested": {} } }""")
            .Run();

        Assert.True(run.Succeeded, run.ToString());
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Values_that_are_not_database_connection_strings_are_not_judged()
    {
        var run = _project.WithFile("appsettings.json", """
            {
              "ConnectionStrings": {
                "cache": "redis.prod.example.com:6379,password=NoLeak,ssl=true",
                "flag": true,
                "redirect": "Name=ConnectionStrings:Other"
              }
            }
            """).Run();

        Assert.True(run.Succeeded, run.ToString());
    }

    [Theory]
    [InlineData("Host=db.example.com;Database")]
    [InlineData("Server=db.example.com;Password='Leaky1;Database=app")]
    [InlineData("Data Source=db.example.com;Password=\"Leaky1")]
    public void A_value_naming_a_host_that_breaks_the_grammar_is_SM9003_at_its_line(string connectionString)
    {
        var run = _project.WithFile("appsettings.json", $$"""
            {
              "ConnectionStrings": {
                "Default": {{System.Text.Json.JsonSerializer.Serialize(connectionString)}}
              }
            }
            """).Run();

        Assert.False(run.Succeeded);
        var error = run.Single("SM9003");
        Assert.Equal(("appsettings.json", 3, 16), (error.FileName, error.Line, error.Column));
        Assert.Contains("ConnectionStrings:Default is not a valid connection string", error.Message);
        Assert.DoesNotContain("Leaky1", error.Message);
    }

    [Theory]
    [InlineData("BlockRemoteHosts", "maybe", "SafeMigrationsBlockRemoteHosts='maybe'")]
    [InlineData("AllowProductionHost", "*.prod.example.com", "wildcards are not accepted")]
    [InlineData("AllowProductionHost", "Host=db.prod.example.com;Password=NoLeak", "holds a connection string")]
    [InlineData("Environments", "Staging;../etc", "'../etc'")]
    [InlineData("ConnectionStringKeys", "Database::Main", "'Database::Main'")]
    public void Invalid_settings_are_SM9006(string setting, string value, string expected)
    {
        var run = _project.Run(t => typeof(MigrationGuardTask).GetProperty(setting)!.SetValue(t, value));

        Assert.False(run.Succeeded);
        var error = run.Single("SM9006");
        Assert.Contains(expected, error.Message);
        Assert.Equal(_project.ProjectFile, error.File);
        Assert.DoesNotContain("NoLeak", error.Message);
    }

    [Fact]
    public void Malformed_host_patterns_are_SM9006()
    {
        var run = _project.Run(t => t.ProductionHosts = "https://db.prod.example.com");

        Assert.False(run.Succeeded, run.ToString());
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("SM9006", error.Code);
        Assert.Contains("'https://db.prod.example.com' is a URL", error.Message);
    }

    [Fact]
    public void Invalid_environment_name_from_the_environment_is_SM9006()
    {
        var run = _project.WithVariable("ASPNETCORE_ENVIRONMENT", "../Production").Run();

        Assert.Contains("ASPNETCORE_ENVIRONMENT='../Production'", run.Single("SM9006").Message);
    }

    [Fact]
    public void An_unexpected_failure_is_a_coded_error_not_MSB4018()
    {
        var run = _project.Run(t => t.ProjectDirectory = "bad\0directory");

        Assert.False(run.Succeeded);
        var error = run.Single("SM9003");
        Assert.Contains("failed unexpectedly", error.Message);
        Assert.Contains("SafeMigrationsGuardEnabled=false", error.Message);
    }
}

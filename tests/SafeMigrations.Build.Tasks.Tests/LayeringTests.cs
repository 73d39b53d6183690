using SafeMigrations.Build.Tasks.Tests.Infrastructure;

namespace SafeMigrations.Build.Tasks.Tests;

/// <summary>Which source supplies the value the EF tools would use, and where the guard points.</summary>
public sealed class LayeringTests : IDisposable
{
    private const string Production = "Host=db.prod.example.com;Database=app;Username=app;Password=S3cret!";
    private const string Local = "Host=localhost;Database=app;Username=app;Password=dev";
    private readonly GuardProject _project = new();

    public void Dispose() => _project.Dispose();

    private static string Settings(string value, string key = "Default") => $$"""
        {
          "Logging": { "LogLevel": { "Default": "Information" } },
          "ConnectionStrings": {
            "{{key}}": "{{value}}"
          }
        }
        """;

    [Fact]
    public void Production_host_in_appsettings_fails_at_the_value_without_printing_the_password()
    {
        var run = _project.WithFile("appsettings.json", Settings(Production)).Run();

        Assert.False(run.Succeeded);
        var error = run.Single("SM9001");
        Assert.Equal(("error", "appsettings.json", 4, 16), (error.Severity, error.FileName, error.Line, error.Column));
        Assert.Equal(Path.Combine(_project.Directory, "appsettings.json"), error.File);
        Assert.Contains("ConnectionStrings:Default", error.Message);
        Assert.Contains("'db.prod.example.com'", error.Message);
        Assert.Contains("environment 'Development' (from the EF tools' default)", error.Message);
        Assert.Contains("The value comes from appsettings.json (line 4)", error.Message);
        Assert.Contains("SafeMigrationsAllowProductionHost=db.prod.example.com", error.Message);
        Assert.Contains("***", error.Message);
        Assert.DoesNotContain("S3cret", error.Message);
        Assert.EndsWith("docs/rules/SM9001.md", error.HelpLink);
    }

    [Fact]
    public void Development_file_overrides_appsettings_and_is_the_location()
    {
        var run = _project
            .WithFile("appsettings.json", Settings(Local))
            .WithFile("appsettings.Development.json", Settings(Production))
            .Run();

        var error = run.Single("SM9001");
        Assert.Equal(("appsettings.Development.json", 4, 16), (error.FileName, error.Line, error.Column));
        Assert.Contains("overriding appsettings.json (line 4)", error.Message);
    }

    [Fact]
    public void Only_the_winning_value_counts()
    {
        var run = _project
            .WithFile("appsettings.json", Settings(Production))
            .WithFile("appsettings.Development.json", """{ "connectionstrings": { "DEFAULT": "Data Source=app.db" } }""")
            .Run();

        Assert.True(run.Succeeded, run.ToString());
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Aspnetcore_environment_selects_its_file_and_wins_over_dotnet_environment()
    {
        _project
            .WithFile("appsettings.Development.json", Settings(Production))
            .WithFile("appsettings.Staging.json", Settings("Host=db.prod.example.com;Database=staging"))
            .WithFile("appsettings.Qa.json", Settings(Local));

        var staging = _project.WithVariable("ASPNETCORE_ENVIRONMENT", "Staging").WithVariable("DOTNET_ENVIRONMENT", "Qa").Run();
        var error = staging.Single("SM9001");
        Assert.Equal("appsettings.Staging.json", error.FileName);
        Assert.Contains("environment 'Staging' (from ASPNETCORE_ENVIRONMENT)", error.Message);

        var qa = _project.WithVariable("ASPNETCORE_ENVIRONMENT", null).Run();
        Assert.True(qa.Succeeded, qa.ToString());
    }

    [Fact]
    public void User_secrets_are_read_in_development_from_the_isolated_home()
    {
        const string id = "6f1c9a52-guard-tests";
        _project
            .WithFile("appsettings.json", Settings(Local))
            .WithUserSecrets(id, """
                {
                  "ConnectionStrings:Default": "Server=sql.prod.example.com;Database=app;User Id=sa;Password=Hunter2"
                }
                """);

        var run = _project.Run(t => t.UserSecretsId = id);

        var error = run.Single("SM9001");
        Assert.Equal((_project.SecretsPath(id), 2, 32), (error.File, error.Line, error.Column));
        Assert.Contains($"user secrets {_project.SecretsPath(id)} (line 2)", error.Message);
        Assert.DoesNotContain("Hunter2", error.Message);

        // Outside Development the host does not load user secrets.
        Assert.True(_project.WithVariable("ASPNETCORE_ENVIRONMENT", "Staging").Run(t => t.UserSecretsId = id).Succeeded);
        // Without a UserSecretsId there are none.
        Assert.True(_project.WithVariable("ASPNETCORE_ENVIRONMENT", null).Run().Succeeded);
    }

    [Fact]
    public void User_secrets_under_appdata_when_it_is_set()
    {
        const string id = "appdata-id";
        var appData = Path.Combine(_project.Root, "AppData");
        var path = Path.Combine(appData, "Microsoft", "UserSecrets", id, "secrets.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, """{ "ConnectionStrings": { "Db": "Host=pg.prod.internal.example.com" } }""");

        var run = _project.WithVariable("APPDATA", appData).Run(t => t.UserSecretsId = id);

        Assert.Equal(path, run.Single("SM9001").File);
    }

    [Fact]
    public void Environment_variables_override_files_and_are_named()
    {
        _project.WithFile("appsettings.json", Settings(Local));

        var run = _project.WithVariable("ConnectionStrings__Default", Production).Run();

        var error = run.Single("SM9001");
        Assert.Equal((_project.ProjectFile, 0), (error.File, error.Line));
        Assert.Contains("The value comes from environment variable ConnectionStrings__Default, overriding appsettings.json (line 4)", error.Message);
        Assert.DoesNotContain("S3cret", error.Message);

        var fixedByVariable = _project.WithFile("appsettings.json", Settings(Production)).WithVariable("ConnectionStrings__Default", Local).Run();
        Assert.True(fixedByVariable.Succeeded, fixedByVariable.ToString());
    }

    [Fact]
    public void Host_prefixed_variables_count_but_lose_to_every_other_source()
    {
        var run = _project.WithVariable("DOTNET_ConnectionStrings__Default", Production).Run();
        Assert.Contains("environment variable DOTNET_ConnectionStrings__Default", run.Single("SM9001").Message);

        var overridden = _project.WithVariable("DOTNET_ConnectionStrings__Default", null).WithVariable("ASPNETCORE_CONNECTIONSTRINGS__DEFAULT", Production)
            .WithFile("appsettings.json", Settings(Local)).Run();
        Assert.True(overridden.Succeeded, overridden.ToString());
    }

    [Theory]
    [InlineData("SQLAZURECONNSTR_Main")]
    [InlineData("SQLCONNSTR_Main")]
    [InlineData("POSTGRESQLCONNSTR_Main")]
    [InlineData("MYSQLCONNSTR_Main")]
    [InlineData("CUSTOMCONNSTR_Main")]
    public void Azure_app_service_prefixes_are_connection_strings(string variable)
    {
        var run = _project.WithVariable(variable, "Server=tcp:orders-prod.database.windows.net,1433;Database=orders;Password=P@ss").Run();

        var error = run.Single("SM9001");
        Assert.Contains("ConnectionStrings:Main", error.Message);
        Assert.Contains($"environment variable {variable}", error.Message);
        Assert.DoesNotContain("P@ss", error.Message);
    }

    [Fact]
    public void Extra_environments_are_checked_and_one_value_is_reported_once_for_all_of_them()
    {
        _project
            .WithFile("appsettings.json", Settings(Production, "Shared"))
            .WithFile("appsettings.Staging.json", Settings("Host=db.live.example.com", "Reporting"));

        var run = _project.Run(t => t.Environments = "Staging; QA");

        var shared = Assert.Single(run.Diagnostics, d => d.Message.Contains("ConnectionStrings:Shared"));
        Assert.Contains("environments 'Development' (from the EF tools' default), 'Staging' (from SafeMigrationsEnvironments), 'QA' (from SafeMigrationsEnvironments)", shared.Message);
        var reporting = Assert.Single(run.Diagnostics, d => d.Message.Contains("ConnectionStrings:Reporting"));
        Assert.Equal("appsettings.Staging.json", reporting.FileName);
        Assert.Contains("environment 'Staging'", reporting.Message);
    }

    [Fact]
    public void Configured_keys_and_extra_files_are_checked()
    {
        _project
            .WithFile("appsettings.json", """{ "Database": { "Main": "Host=db.prod.example.com" }, "Tenants": [ { "Db": "Host=t1.prd.example.com" } ] }""")
            .WithFile("config/db.json", """{ "ConnectionStrings": { "Extra": "Host=extra.prod.example.com" } }""");

        var run = _project.Run(t =>
        {
            t.ConnectionStringKeys = "Database:Main;Tenants:*:Db";
            t.ConfigurationFiles = GuardProject.Items("config/db.json", "config/missing.json");
        });

        Assert.Equal(3, run.Diagnostics.Count(d => d.Code == "SM9001"));
        Assert.Contains(run.Diagnostics, d => d.Message.StartsWith("Tenants:0:Db", StringComparison.Ordinal));
        Assert.Contains(run.Diagnostics, d => d.File == Path.Combine(_project.Directory, "config/db.json"));
        Assert.Empty(_project.Run().Diagnostics);
    }

    [Fact]
    public void Extra_files_may_name_the_environment()
    {
        _project
            .WithFile("db.Development.json", """{ "ConnectionStrings": { "Db": "Data Source=dev.db" } }""")
            .WithFile("db.Staging.json", """{ "ConnectionStrings": { "Db": "Host=db.prod.example.com" } }""");

        var run = _project.Run(t => { t.ConfigurationFiles = GuardProject.Items("db.{Environment}.json"); t.Environments = "Staging"; });

        var error = run.Single("SM9001");
        Assert.Equal("db.Staging.json", error.FileName);
        Assert.Contains("environment 'Staging' (from SafeMigrationsEnvironments)", error.Message);
    }
}

using SafeMigrations.Package.Tests.Infrastructure;

namespace SafeMigrations.Package.Tests.Guard;

/// <summary>
/// The build guard (SM9001–SM9006) loaded from the packed package by a real `dotnet build`. Each test restores
/// one consumer once and then rebuilds it with `--no-restore` under changing files and environments, which is
/// also the proof that the guard never skips a build whose inputs changed.
/// </summary>
[Collection(PackageCollection.Name)]
public class GuardInConsumerBuildTests(PackageFixture package)
{
    private const string ProductionValue = "Host=db.prod.example.com;Database=shop;Username=shop;Password=Pr0d-S3cret";
    private const string LocalValue = "Host=localhost;Database=shop_dev;Username=dev;Password=dev";
    private static readonly string[] NoRestore = { "--no-restore" };

    private static string Settings(string value) => $$"""
        {
          "ConnectionStrings": {
            "Default": "{{value}}"
          }
        }
        """;

    private ConsumerProject CreateConsumer(string name) =>
        package.CreateConsumer(name)
            .WithFile("Program.cs", "System.Console.WriteLine(\"shop\");")
            .WithProperty("OutputType", "Exe");

    [Fact]
    public void DevelopmentSettings_PointingAtProduction_FailEveryBuildUntilFixed()
    {
        var consumer = CreateConsumer("GuardFilesApp")
            .WithFile("appsettings.json", Settings(LocalValue))
            .WithFile("appsettings.Development.json", Settings(LocalValue));

        var clean = consumer.Build();
        Assert.True(clean.Succeeded, clean.ToString());
        Assert.Empty(clean.SafeMigrationsDiagnostics);

        // Incremental: only appsettings.Development.json changed; the second build must fail.
        consumer.WithFile("appsettings.Development.json", Settings(ProductionValue));
        var production = consumer.Build(null, NoRestore);

        Assert.False(production.Succeeded, production.ToString());
        var error = Assert.Single(production.SafeMigrationsDiagnostics);
        Assert.Equal(("error", "SM9001", "appsettings.Development.json", 3, 16), (error.Severity, error.Code, error.FileName, error.Line, error.Column));
        Assert.Contains("'db.prod.example.com'", error.Message);
        Assert.Contains("ConnectionStrings:Default", error.Message);
        Assert.DoesNotContain("Pr0d-S3cret", production.Output);

        consumer.WithFile("appsettings.Development.json", Settings(LocalValue));
        var fixedAgain = consumer.Build(null, NoRestore);
        Assert.True(fixedAgain.Succeeded, fixedAgain.ToString());
    }

    [Fact]
    public void EnvironmentVariables_AzurePrefixes_AndOverrides_AreReadOnEveryBuild()
    {
        var consumer = CreateConsumer("GuardVariablesApp").WithFile("appsettings.json", Settings(LocalValue));
        Assert.True(consumer.Build().Succeeded);

        var fromVariable = consumer.Build(Env(("ConnectionStrings__Default", ProductionValue)), NoRestore);
        Assert.False(fromVariable.Succeeded, fromVariable.ToString());
        var error = Assert.Single(fromVariable.SafeMigrationsDiagnostics);
        Assert.Equal(("SM9001", consumer.ProjectPath), (error.Code, error.File));
        Assert.Contains("environment variable ConnectionStrings__Default, overriding appsettings.json (line 3)", error.Message);
        Assert.DoesNotContain("Pr0d-S3cret", fromVariable.Output);

        var azure = consumer.Build(Env(("SQLAZURECONNSTR_Default", "Server=tcp:shop-prod.database.windows.net,1433;Database=shop;Password=Az-S3cret")), NoRestore);
        Assert.False(azure.Succeeded, azure.ToString());
        Assert.Contains("environment variable SQLAZURECONNSTR_Default", Assert.Single(azure.SafeMigrationsDiagnostics).Message);
        Assert.DoesNotContain("Az-S3cret", azure.Output);

        var allowed = consumer.Build(Env(("ConnectionStrings__Default", ProductionValue), ("SAFEMIGRATIONS_ALLOW_PRODUCTION_HOST", "db.prod.example.com")), NoRestore);
        Assert.True(allowed.Succeeded, allowed.ToString());
        var bypass = Assert.Single(allowed.SafeMigrationsDiagnostics);
        Assert.Equal(("warning", "SM9004"), (bypass.Severity, bypass.Code));
        Assert.Contains("environment variable SAFEMIGRATIONS_ALLOW_PRODUCTION_HOST", bypass.Message);

        var partial = consumer.Build(Env(("ConnectionStrings__Default", ProductionValue)), "--no-restore", "-p:SafeMigrationsAllowProductionHost=prod.example.com");
        Assert.False(partial.Succeeded, partial.ToString());
        Assert.Equal("SM9001", Assert.Single(partial.SafeMigrationsDiagnostics).Code);
    }

    [Fact]
    public void UserSecrets_InAnIsolatedHome_AndAnotherEnvironment_WithCommentsAndTrailingCommas()
    {
        var secretsId = "e2e-" + Guid.NewGuid().ToString("N");
        var consumer = CreateConsumer("GuardSecretsApp")
            .WithProperty("UserSecretsId", secretsId)
            .WithFile("appsettings.json", Settings(LocalValue))
            .WithFile("appsettings.Staging.json", """
                // Staging: shared server, reviewed by ops.
                {
                  /* The reporting replica */
                  "ConnectionStrings": {
                    "Default": "Server=sql.live.example.com;Database=shop;User Id=sa;Password=St4ging!", // trailing comma next
                  },
                }
                """);
        Assert.True(consumer.Build().Succeeded);

        var home = Path.Combine(package.WorkDirectory, "home-" + secretsId);
        var secrets = Path.Combine(home, ".microsoft", "usersecrets", secretsId, "secrets.json");
        Directory.CreateDirectory(Path.GetDirectoryName(secrets)!);
        File.WriteAllText(secrets, """{ "ConnectionStrings:Default": "Host=pg.prod.example.com;Password=Secr3tsFile" }""");
        // Restore already ran with the real HOME; the packages folder is named so the isolated HOME changes nothing else.
        var isolated = new Dictionary<string, string?> { ["HOME"] = home, ["APPDATA"] = null, ["NUGET_PACKAGES"] = GlobalPackagesFolder(), ["DOTNET_CLI_HOME"] = Environment.GetEnvironmentVariable("HOME") };

        var development = consumer.Build(isolated, NoRestore);
        Assert.False(development.Succeeded, development.ToString());
        var fromSecrets = Assert.Single(development.SafeMigrationsDiagnostics);
        Assert.Equal(("SM9001", secrets, 1, 32), (fromSecrets.Code, fromSecrets.File, fromSecrets.Line, fromSecrets.Column));
        Assert.DoesNotContain("Secr3tsFile", development.Output);

        isolated["ASPNETCORE_ENVIRONMENT"] = "Staging";
        var staging = consumer.Build(isolated, NoRestore);
        Assert.False(staging.Succeeded, staging.ToString());
        var fromStaging = Assert.Single(staging.SafeMigrationsDiagnostics);
        Assert.Equal(("SM9001", "appsettings.Staging.json", 5, 16), (fromStaging.Code, fromStaging.FileName, fromStaging.Line, fromStaging.Column));
        Assert.Contains("environment 'Staging' (from ASPNETCORE_ENVIRONMENT)", fromStaging.Message);
        Assert.DoesNotContain("St4ging!", staging.Output);
    }

    [Fact]
    public void CloudHost_Warns_DuplicateKeys_AndInvalidSettings_Fail()
    {
        var consumer = CreateConsumer("GuardCloudApp").WithFile("appsettings.json", Settings("Server=tcp:shop.database.windows.net,1433;Database=shop;Password=Cl0ud"));

        var cloud = consumer.Build();
        Assert.True(cloud.Succeeded, cloud.ToString());
        var warning = Assert.Single(cloud.SafeMigrationsDiagnostics);
        Assert.Equal(("warning", "SM9002", "appsettings.json", 3, 16), (warning.Severity, warning.Code, warning.FileName, warning.Line, warning.Column));
        Assert.DoesNotContain("Cl0ud", cloud.Output);

        var invalidSetting = consumer.Build(null, "--no-restore", "-p:SafeMigrationsBlockRemoteHosts=maybe");
        Assert.False(invalidSetting.Succeeded, invalidSetting.ToString());
        Assert.Contains(invalidSetting.SafeMigrationsDiagnostics, d => d.Code == "SM9006" && d.File == consumer.ProjectPath);

        consumer.WithFile("appsettings.json", """
            {
              "ConnectionStrings": { "Default": "Data Source=shop.db" },
              "connectionstrings": { "default": "Host=localhost" }
            }
            """);
        var duplicate = consumer.Build(null, NoRestore);
        Assert.False(duplicate.Succeeded, duplicate.ToString());
        var error = Assert.Single(duplicate.SafeMigrationsDiagnostics);
        Assert.Equal(("SM9003", "appsettings.json", 3, 37), (error.Code, error.FileName, error.Line, error.Column));
    }

    internal static Dictionary<string, string?> Env(params (string Name, string? Value)[] variables) =>
        variables.ToDictionary(v => v.Name, v => v.Value);

    private static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}

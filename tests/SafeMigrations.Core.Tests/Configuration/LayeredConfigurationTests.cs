using SafeMigrations.Core.Configuration;

namespace SafeMigrations.Core.Tests.Configuration;

public class LayeredConfigurationTests
{
    private static IEnumerable<ConfigurationEntry> Json(string json) => JsonConfigurationReader.Read(json).Entries;

    [Fact]
    public void Later_sources_win_key_by_key_case_insensitively_and_remember_what_they_override()
    {
        var configuration = new LayeredConfiguration();
        configuration.AddJson(ConfigurationSourceKind.JsonFile, "/p/appsettings.json", "appsettings.json",
            Json("""{ "ConnectionStrings": { "Default": "Host=a", "Other": "Host=o" } }"""));
        configuration.AddJson(ConfigurationSourceKind.JsonFile, "/p/appsettings.Development.json", "appsettings.Development.json",
            Json("""{ "connectionstrings": { "DEFAULT": "Host=b" } }"""));

        Assert.True(configuration.TryGet("ConnectionStrings:Default", out var value));
        Assert.Equal("Host=b", value.Value);
        Assert.Equal("ConnectionStrings:Default", value.Key);
        Assert.Equal("appsettings.Development.json (line 1)", value.Origin.Describe());
        Assert.Equal("appsettings.json", value.Overrides!.Name);
        Assert.True(configuration.TryGet("ConnectionStrings:Other", out var other));
        Assert.Null(other.Overrides);
    }

    [Fact]
    public void Environment_variables_map_double_underscores_and_azure_prefixes_to_connection_strings()
    {
        var configuration = new LayeredConfiguration();
        configuration.AddEnvironmentVariables(new Dictionary<string, string>
        {
            ["ConnectionStrings__Main"] = "Host=m",
            ["SQLCONNSTR_Sql"] = "Server=s",
            ["sqlazureconnstr_Azure"] = "Server=a",
            ["MYSQLCONNSTR_My"] = "Server=my",
            ["POSTGRESQLCONNSTR_Pg"] = "Host=pg",
            ["CUSTOMCONNSTR_Custom__Nested"] = "x",
            ["PATH"] = "/usr/bin",
        });

        Assert.Equal("environment variable ConnectionStrings__Main", Get(configuration, "ConnectionStrings:Main").Origin.Describe());
        Assert.Equal("Server=s", Get(configuration, "ConnectionStrings:Sql").Value);
        Assert.Equal("sqlazureconnstr_Azure", Get(configuration, "connectionstrings:azure").Origin.Name);
        Assert.Equal("Server=my", Get(configuration, "ConnectionStrings:My").Value);
        Assert.Equal("Host=pg", Get(configuration, "ConnectionStrings:Pg").Value);
        Assert.Equal("x", Get(configuration, "ConnectionStrings:Custom:Nested").Value);
        Assert.False(configuration.TryGet("ConnectionStrings:Sql_ProviderName", out _));
    }

    [Fact]
    public void A_prefix_keeps_only_its_variables_without_the_prefix_and_without_azure_prefixes()
    {
        var mapped = EnvironmentVariableKeys.Map(
            new[] { Pair("DOTNET_ConnectionStrings__Db", "a"), Pair("dotnet_ENVIRONMENT", "b"), Pair("SQLCONNSTR_DOTNET_x", "c"), Pair("ConnectionStrings__Other", "d") },
            "DOTNET_");

        Assert.Equal(new[] { "ConnectionStrings:Db=a", "ENVIRONMENT=b" }, mapped.Select(m => $"{m.Key}={m.Value}").OrderBy(k => k));
    }

    [Fact]
    public void The_same_key_from_two_variables_resolves_deterministically()
    {
        var first = new LayeredConfiguration();
        first.AddEnvironmentVariables(new[] { Pair("SQLCONNSTR_Db", "one"), Pair("ConnectionStrings__Db", "two") });
        var second = new LayeredConfiguration();
        second.AddEnvironmentVariables(new[] { Pair("ConnectionStrings__Db", "two"), Pair("SQLCONNSTR_Db", "one") });

        Assert.Equal(Get(first, "ConnectionStrings:Db").Value, Get(second, "ConnectionStrings:Db").Value);
    }

    [Theory]
    [InlineData(null, null, "Development", "the EF tools' default")]
    [InlineData("Staging", "Production", "Staging", "ASPNETCORE_ENVIRONMENT")]
    [InlineData("", "Production", "Production", "DOTNET_ENVIRONMENT")]
    public void Environment_name_follows_the_ef_tools(string? aspnet, string? dotnet, string name, string source)
    {
        var variables = new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = aspnet, ["DOTNET_ENVIRONMENT"] = dotnet };

        Assert.Equal((name, source), HostingEnvironment.Resolve(v => variables.GetValueOrDefault(v)));
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Staging-2", true)]
    [InlineData("../x", false)]
    [InlineData("a/b", false)]
    [InlineData("", false)]
    public void Environment_names_must_fit_a_file_name(string name, bool valid) => Assert.Equal(valid, HostingEnvironment.IsValidName(name));

    [Fact]
    public void User_secrets_live_under_appdata_when_set_else_under_home()
    {
        Assert.Equal(Path.Combine("/h", ".microsoft", "usersecrets", "id-1", "secrets.json"),
            UserSecretsPath.Resolve("id-1", v => v == "HOME" ? "/h" : null, "/profile", out _));
        Assert.Equal(Path.Combine("C:/AppData", "Microsoft", "UserSecrets", "id-1", "secrets.json"),
            UserSecretsPath.Resolve("id-1", v => v switch { "APPDATA" => "C:/AppData", "HOME" => "/h", _ => null }, null, out _));
        Assert.Null(UserSecretsPath.Resolve("../evil", _ => "/h", null, out var error));
        Assert.Contains("UserSecretsId '../evil'", error);
    }

    [Theory]
    [InlineData("ConnectionStrings:Default", null, true)]
    [InlineData("connectionstrings:default", null, true)]
    [InlineData("ConnectionStrings:A:B", null, false)]
    [InlineData("Database:Main", null, false)]
    [InlineData("Database:Main", "Database:Main", true)]
    [InlineData("tenants:7:connection", " Tenants:*:Connection ; ", true)]
    [InlineData("Tenants:7:Other", "Tenants:*:Connection", false)]
    public void Connection_string_keys_are_connection_strings_children_plus_configured_keys(string key, string? extra, bool matches)
    {
        var errors = new List<string>();

        Assert.Equal(matches, ConnectionStringKeys.Parse(extra, errors).Matches(key));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("A::B")]
    [InlineData(":A")]
    [InlineData("A:B*")]
    public void Malformed_configured_keys_are_errors(string extra)
    {
        var errors = new List<string>();
        ConnectionStringKeys.Parse(extra, errors);

        Assert.Contains(errors, e => e.Contains($"'{extra}'"));
    }

    private static ConfigurationValue Get(LayeredConfiguration configuration, string key)
    {
        Assert.True(configuration.TryGet(key, out var value), key);
        return value;
    }

    private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);
}

using SafeMigrations.Core.ConnectionStrings;
using SafeMigrations.Core.Hosts;

namespace SafeMigrations.Core.Tests.Hosts;

public class HostClassifierTests
{
    private static HostClassification Host(string host, string? production = null, string? safe = null)
    {
        var errors = new List<string>();
        var patterns = HostPatterns.Parse(production, safe, errors);
        Assert.Empty(errors);
        return HostClassifier.ClassifyHost(host, patterns);
    }

    private static HostClassification Text(string text, string? keyName = null, string? production = null, string? safe = null)
    {
        var errors = new List<string>();
        var info = ConnectionStringParser.Parse(text) ?? throw new Xunit.Sdk.XunitException($"'{text}' did not parse");
        return HostClassifier.Classify(info, keyName, HostPatterns.Parse(production, safe, errors));
    }

    [Theory]
    [InlineData("prod-db.example.com", "host label 'prod'")]
    [InlineData("db.prod.example.com", "host label 'prod'")]
    [InlineData("sql_production_01.example.com", "host label 'production'")]
    [InlineData("prd01.example.com", "host label 'prd'")]
    [InlineData("live.example.com", "host label 'live'")]
    [InlineData("PROD-SQL01", "host label 'PROD'")]
    [InlineData("app-prod.database.windows.net", "host label 'prod'")]
    [InlineData("prod", "host label 'prod'")]
    public void Production_tokens_in_host_labels(string host, string reason)
    {
        var verdict = Host(host);
        Assert.Equal(HostKind.Production, verdict.Kind);
        Assert.Equal(reason, verdict.Reason);
    }

    [Theory]
    [InlineData("product.example.com", HostKind.Remote)]
    [InlineData("productdb.example.com", HostKind.Remote)]
    [InlineData("products-api.example.com", HostKind.Remote)]
    [InlineData("livestock.example.com", HostKind.Remote)]
    [InlineData("oliver.example.com", HostKind.Remote)]
    [InlineData("reproduction.example.com", HostKind.Remote)]
    [InlineData("prodigy", HostKind.Local)]
    [InlineData("deliverydb.database.windows.net", HostKind.Cloud)]
    public void Look_alikes_are_not_production(string host, HostKind kind) => Assert.Equal(kind, Host(host).Kind);

    [Theory]
    [InlineData("localhost", "localhost")]
    [InlineData("LOCALHOST", "localhost")]
    [InlineData("api.localhost", "'.localhost' name")]
    [InlineData("127.0.0.1", "loopback address")]
    [InlineData("127.1.2.3", "loopback address")]
    [InlineData("::1", "loopback address")]
    [InlineData(".", "local SQL Server")]
    [InlineData("(local)", "local SQL Server")]
    [InlineData("(localdb)", "SQL Server LocalDB")]
    [InlineData("/var/run/postgresql", "Unix socket")]
    [InlineData("host.docker.internal", "'.internal' name")]
    [InlineData("db", "single-label host name (container or local machine)")]
    [InlineData("mydb.local", "'.local' name")]
    [InlineData("sql.test", "'.test' name")]
    public void Local_hosts(string host, string reason)
    {
        var verdict = Host(host);
        Assert.Equal(HostKind.Local, verdict.Kind);
        Assert.Equal(reason, verdict.Reason);
    }

    [Theory]
    [InlineData("shop.database.windows.net", "Azure SQL endpoint")]
    [InlineData("shop.postgres.database.azure.com", "Azure Database for PostgreSQL endpoint")]
    [InlineData("shop.abc123.eu-west-1.rds.amazonaws.com", "Amazon RDS endpoint")]
    [InlineData("ep-cool-1234.eu-central-1.aws.neon.tech", "Neon endpoint")]
    [InlineData("db.abcdef.supabase.co", "Supabase endpoint")]
    [InlineData("aws.connect.psdb.cloud", "PlanetScale endpoint")]
    [InlineData("cluster0.abcde.mongodb.net", "MongoDB Atlas endpoint")]
    [InlineData("shop.documents.azure.com", "Azure Cosmos DB endpoint")]
    [InlineData("/cloudsql/project:region:instance", "Google Cloud SQL socket")]
    public void Cloud_hosts(string host, string reason)
    {
        var verdict = Host(host);
        Assert.Equal(HostKind.Cloud, verdict.Kind);
        Assert.Equal(reason, verdict.Reason);
    }

    [Theory]
    [InlineData("db.example.com", "remote host")]
    [InlineData("10.0.0.5", "private network address")]
    [InlineData("172.20.1.1", "private network address")]
    [InlineData("192.168.1.10", "private network address")]
    [InlineData("8.8.8.8", "IP address")]
    [InlineData("notwindows.net", "remote host")]
    [InlineData("evildatabase.windows.net", "remote host")]
    public void Remote_hosts(string host, string reason)
    {
        var verdict = Host(host);
        Assert.Equal(HostKind.Remote, verdict.Kind);
        Assert.Equal(reason, verdict.Reason);
    }

    [Fact]
    public void Patterns_come_first_and_production_beats_safe()
    {
        Assert.Equal(HostKind.Production, Host("sql1.corp.example", production: "*.corp.example", safe: "*.corp.example").Kind);
        Assert.Equal("matches SafeMigrationsProductionHosts pattern '*.corp.example'", Host("SQL1.CORP.example", production: " *.corp.example ;").Reason);
        Assert.Equal(HostKind.Safe, Host("prod-replica.staging.example", safe: "*.staging.example").Kind);
        Assert.Equal(HostKind.Production, Host("localhost", production: "localhost").Kind);
        Assert.Equal(HostKind.Production, Host("db", production: "d*").Kind);
        Assert.Equal(HostKind.Local, Host("db", production: "d*x").Kind);
    }

    [Fact]
    public void Database_and_key_name_tokens_make_a_local_host_production()
    {
        var byDatabase = Text("Server=localhost;Database=app_prod");
        Assert.Equal(HostKind.Production, byDatabase.Kind);
        Assert.Equal("database 'app_prod' is named 'prod'", byDatabase.Reason);
        var byKey = Text("Server=localhost;Database=app", keyName: "ProdDb");
        Assert.Equal(HostKind.Production, byKey.Kind);
        Assert.Equal("connection string 'ProdDb' is named 'Prod'", byKey.Reason);
        Assert.Equal(HostKind.Local, Text("Server=localhost;Database=ProductCatalog", keyName: "Products").Kind);
        Assert.Equal(HostKind.Safe, Text("Server=tunnel;Database=app_prod", safe: "tunnel").Kind);
    }

    [Fact]
    public void Most_dangerous_host_wins()
    {
        var verdict = Text("Host=localhost,replica.example.com,prod-db.example.com,shop.database.windows.net");
        Assert.Equal(HostKind.Production, verdict.Kind);
        Assert.Equal("prod-db.example.com", verdict.Host);
        Assert.Equal("replica.example.com", Text("Host=localhost,shop.database.windows.net,replica.example.com").Host);
        Assert.Equal(HostKind.Production, Text("Server=localhost;Failover Partner=live-sql.example.com").Kind);
    }

    [Fact]
    public void Files_and_placeholders()
    {
        Assert.Equal(HostKind.Local, Text("Data Source=app.db").Kind);
        Assert.Equal("in-memory SQLite database", Text("Data Source=:memory:").Reason);
        Assert.Equal(HostKind.Safe, Text("Server={0};Database=app_prod").Kind);
    }

    [Theory]
    [InlineData("prod db", "SafeMigrationsProductionHosts: pattern 'prod db' contains ' ', which cannot appear in a host name (separate patterns with ';').")]
    [InlineData("db?.corp", "SafeMigrationsProductionHosts: pattern 'db?.corp' uses '?'; only '*' is a wildcard.")]
    [InlineData("https://db.corp", "SafeMigrationsProductionHosts: pattern 'https://db.corp' is a URL; write the host name only, e.g. 'db.example.com' or '*.example.com'.")]
    public void Malformed_patterns_are_reported_and_skipped(string pattern, string error)
    {
        var errors = new List<string>();
        var patterns = HostPatterns.Parse(pattern + ";ok.corp", "", errors);
        Assert.Equal(new[] { error }, errors);
        Assert.Equal(new[] { "ok.corp" }, patterns.Production);
    }

    [Fact]
    public void Empty_settings_give_empty_patterns()
    {
        var errors = new List<string>();
        Assert.Same(HostPatterns.Empty, HostPatterns.Parse(null, " ; ", errors));
        Assert.Empty(errors);
    }
}

using SafeMigrations.Core.ConnectionStrings;

namespace SafeMigrations.Core.Tests.ConnectionStrings;

public class ConnectionStringParserTests
{
    private static ConnectionStringInfo Parse(string text) =>
        ConnectionStringParser.Parse(text) ?? throw new Xunit.Sdk.XunitException($"'{text}' did not parse");

    private static string Hosts(string text) => string.Join("|", Parse(text).Hosts);

    // ---- SqlClient ----
    [Theory]
    [InlineData("Server=db.example.com;Database=Shop", "db.example.com")]
    [InlineData("Data Source=tcp:db.example.com,1433;Initial Catalog=Shop", "db.example.com")]
    [InlineData(@"Data Source=SQL01\SQLEXPRESS;Initial Catalog=Shop", "SQL01")]
    [InlineData(@"Server=tcp:SQL01\INST,1500", "SQL01")]
    [InlineData(@"Server=(localdb)\MSSQLLocalDB;Integrated Security=true", "(localdb)")]
    [InlineData(@"Server=.\SQLEXPRESS;Trusted_Connection=True", ".")]
    [InlineData("Server=.;Database=x", ".")]
    [InlineData("Address=10.0.0.5;Database=x", "10.0.0.5")]
    [InlineData("Addr=a.example.com", "a.example.com")]
    [InlineData("Network Address=a.example.com", "a.example.com")]
    [InlineData(@"Server=np:\\FILESRV\pipe\sql\query", "FILESRV")]
    [InlineData("Server=lpc:.", ".")]
    [InlineData("Server=a.example.com;Failover Partner=b.example.com", "a.example.com|b.example.com")]
    [InlineData("Data Source=https://help.kusto.windows.net:443;Initial Catalog=Samples", "help.kusto.windows.net")]
    public void SqlClient_hosts(string text, string hosts) => Assert.Equal(hosts, Hosts(text));

    [Fact]
    public void SqlClient_port_database_user_password()
    {
        var info = Parse("Server=tcp:db.example.com,1433;Initial Catalog=Shop;User ID=app;Password=S3cret!");
        Assert.Equal(1433, info.Port);
        Assert.Equal("Shop", info.Database);
        Assert.Equal("app", info.User);
        Assert.True(info.HasPassword);
        Assert.Equal("server", info.HostKey);
        Assert.Equal("Server=tcp:db.example.com,1433;Initial Catalog=Shop;User ID=app;Password=***", info.Redacted);
    }

    // ---- grammar: exactly DbConnectionStringBuilder ----
    [Theory]
    [InlineData("  server = a.example.com  ; ", "a.example.com")]
    [InlineData("SERVER=a.example.com", "a.example.com")]
    [InlineData("Server=\"a.example.com\"", "a.example.com")]
    [InlineData("Server='a.example.com'", "a.example.com")]
    [InlineData("Server=a.example.com;Data Source=b.example.com", "b.example.com")] // last wins after synonyms
    [InlineData("Host=a.example.com;Server=b.example.com;Host=c.example.com", "c.example.com")]
    [InlineData(";;Server=a.example.com;;", "a.example.com")]
    [InlineData("Server=a.example.com;Server=", "")] // an empty last value clears the host
    public void Grammar(string text, string hosts) => Assert.Equal(hosts, Hosts(text));

    [Theory]
    [InlineData("Password=\"a;b\"\"c\";Server=h", "a;b\"c")]
    [InlineData("Password='it''s';Server=h", "it's")]
    [InlineData("Password=a b c ;Server=h", "a b c")]
    public void Quoted_values_keep_separators(string text, string _) => Assert.True(Parse(text).HasPassword);

    [Fact]
    public void Doubled_equals_belongs_to_the_key() =>
        Assert.Null(ConnectionStringParser.Parse("Server==a.example.com")); // key "server=a.example.com" has no value, no host key

    [Theory]
    [InlineData("Server=a.example.com;Password=\"unterminated")]
    [InlineData("Server=a.example.com;Password=ends'")]
    [InlineData("Server='a' trailing")]
    [InlineData("Server=a.example.com;keyonly")]
    [InlineData("=value;Server=a")]
    [InlineData("Server=a\u0001b")]
    public void Syntax_errors_the_builders_reject_are_not_connection_strings(string text) =>
        Assert.Null(ConnectionStringParser.Parse(text));

    [Theory]
    [InlineData("Use Server=db.example.com;Database=Shop in your appsettings")]
    [InlineData("Please set Server=prod.example.com; then restart")]
    [InlineData("Database=Shop;User ID=sa;Password=x")]
    [InlineData("UPDATE t SET a=1; DELETE FROM t")]
    [InlineData("Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKey=abc")]
    [InlineData("https://example.com/?server=prod.example.com;x=1")]
    [InlineData("")]
    public void Not_connection_strings(string text) => Assert.Null(ConnectionStringParser.Parse(text));

    // ---- Npgsql / MySQL ----
    [Theory]
    [InlineData("Host=pg1.example.com:5433,pg2.example.com;Database=app", "pg1.example.com|pg2.example.com")]
    [InlineData("Host=/var/run/postgresql;Database=app", "/var/run/postgresql")]
    [InlineData("Host=[::1]:5433", "::1")]
    [InlineData("Host=fe80::1", "fe80::1")]
    [InlineData("Server=my1.example.com,my2.example.com,my3.example.com;Port=3306", "my1.example.com|my2.example.com|my3.example.com")]
    [InlineData("Server=db.example.com;Uid=root;Pwd=x", "db.example.com")]
    public void Host_lists(string text, string hosts) => Assert.Equal(hosts, Hosts(text));

    [Fact]
    public void Npgsql_port_key_wins_over_host_port()
    {
        Assert.Equal(6432, Parse("Host=pg.example.com:5433;Port=6432").Port);
        Assert.Equal(5433, Parse("Host=pg.example.com:5433").Port);
        Assert.True(Parse("Host=h;Psw=x").HasPassword);
        Assert.Equal("app", Parse("Host=h;DB=app").Database);
    }

    // ---- SQLite ----
    [Theory]
    [InlineData("Data Source=app.db", "app.db")]
    [InlineData("Data Source=:memory:", ":memory:")]
    [InlineData("Filename=cache", "cache")]
    [InlineData(@"Data Source=C:\data\app", @"C:\data\app")]
    [InlineData("Data Source=./data/app;Mode=ReadWriteCreate", "./data/app")]
    [InlineData("Data Source=|DataDirectory|shop.sqlite3", "|DataDirectory|shop.sqlite3")]
    [InlineData("Data Source=file:app.db?mode=ro", "file:app.db?mode=ro")]
    public void Sqlite_files(string text, string file)
    {
        var info = Parse(text);
        Assert.True(info.IsFileOrMemory);
        Assert.Equal(file, info.File);
        Assert.Empty(info.Hosts);
    }

    // ---- Oracle, Cosmos ----
    [Theory]
    [InlineData("Data Source=ora.example.com:1521/ORCLPDB1;User Id=hr;Password=x", "ora.example.com", 1521, "ORCLPDB1")]
    [InlineData("Data Source=//ora.example.com/ORCL", "ora.example.com", null, "ORCL")]
    [InlineData("Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=ora1.example.com)(PORT=1522))(ADDRESS=(PROTOCOL=TCP)(HOST=ora2.example.com)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=sales)));User Id=x", "ora1.example.com|ora2.example.com", 1522, "sales")]
    public void Oracle(string text, string hosts, int? port, string database)
    {
        var info = Parse(text);
        Assert.Equal(hosts, string.Join("|", info.Hosts));
        Assert.Equal(port, info.Port);
        Assert.Equal(database, info.Database);
    }

    [Fact]
    public void Cosmos_account_endpoint()
    {
        var info = Parse("AccountEndpoint=https://shop.documents.azure.com:443/;AccountKey=c2VjcmV0==;Database=shop");
        Assert.Equal(new[] { "shop.documents.azure.com" }, info.Hosts);
        Assert.True(info.HasPassword);
        Assert.Equal("AccountEndpoint=https://shop.documents.azure.com:443/;AccountKey=***;Database=shop", info.Redacted);
    }

    // ---- URIs ----
    [Theory]
    [InlineData("postgres://app:pa%40ss@pg.example.com:5433/shop?sslmode=require", "pg.example.com", 5433, "shop", "app", true)]
    [InlineData("postgresql://pg1.example.com:5432,pg2.example.com/shop", "pg1.example.com|pg2.example.com", 5432, "shop", null, false)]
    [InlineData("postgresql:///shop?host=/var/run/postgresql", "/var/run/postgresql", null, "shop", null, false)]
    [InlineData("mysql://root:secret@my.example.com/app", "my.example.com", null, "app", "root", true)]
    [InlineData("mongodb://u:p@m1.example.com:27017,m2.example.com,m3.example.com/orders?replicaSet=rs0", "m1.example.com|m2.example.com|m3.example.com", 27017, "orders", "u", true)]
    [InlineData("mongodb+srv://cluster0.abcde.mongodb.net/test", "cluster0.abcde.mongodb.net", null, "test", null, false)]
    [InlineData("redis://:s3cret@cache.example.com:6380/0", "cache.example.com", 6380, "0", null, true)]
    [InlineData("rediss://default:${REDIS_PASSWORD}@cache.example.com:6380", "cache.example.com", 6380, null, "default", false)]
    [InlineData("jdbc:postgresql://pg.example.com:5432/shop?user=app&password=x", "pg.example.com", 5432, "shop", "app", true)]
    [InlineData(@"jdbc:sqlserver://sql.example.com\inst:1433;databaseName=Shop;user=sa;password=x", "sql.example.com", 1433, "Shop", "sa", true)]
    [InlineData("postgres://[::1]:5432/db", "::1", 5432, "db", null, false)]
    [InlineData("postgres://%2Fvar%2Frun%2Fpostgresql/db", "/var/run/postgresql", null, "db", null, false)]
    public void Uris(string text, string hosts, int? port, string? database, string? user, bool hasPassword)
    {
        var info = Parse(text);
        Assert.Equal(hosts, string.Join("|", info.Hosts));
        Assert.Equal(port, info.Port);
        Assert.Equal(database, info.Database);
        Assert.Equal(user, info.User);
        Assert.Equal(hasPassword, info.HasPassword);
    }

    [Theory]
    [InlineData("postgres://app:pa%40ss@pg.example.com/shop", "postgres://app:***@pg.example.com/shop")]
    [InlineData("mongodb://u:p@ss@m.example.com/db", "mongodb://u:***@m.example.com/db")]
    [InlineData("jdbc:postgresql://h/db?user=a&password=x&ssl=true", "jdbc:postgresql://h/db?user=a&password=***&ssl=true")]
    [InlineData("Server=h;Pwd='x;y';Token=abc", "Server=h;Pwd=***;Token=***")]
    [InlineData("Server=h;Password={0}", "Server=h;Password={0}")]
    public void Redaction(string text, string redacted) => Assert.Equal(redacted, Parse(text).Redacted);

    [Theory]
    [InlineData("ftp://files.example.com/x")]
    [InlineData("http://pg.example.com")]
    public void Unknown_schemes_are_not_connection_strings(string text) => Assert.Null(ConnectionStringParser.Parse(text));

    // ---- placeholders ----
    [Theory]
    [InlineData("Server=the production box;Database=x")]
    [InlineData("Host=see the wiki;Password=x")]
    public void Values_with_spaces_are_prose_not_hosts(string text) => Assert.Empty(Parse(text).Hosts);

    [Theory]
    [InlineData("{0}")]
    [InlineData("${DB_PASSWORD}")]
    [InlineData("$(DbPassword)")]
    [InlineData("%DB_PASSWORD%")]
    [InlineData("%DB%")]
    [InlineData("{{password}}")]
    [InlineData("#{Password}")]
    [InlineData("<your password>")]
    [InlineData("@password")]
    [InlineData(":password")]
    [InlineData("?")]
    [InlineData("***")]
    [InlineData("xxx")]
    [InlineData("XXXXXX")]
    public void Placeholders_are_not_passwords(string password)
    {
        var info = Parse($"Server=db.example.com;Password={password}");
        Assert.False(info.HasPassword);
        Assert.Equal($"Server=db.example.com;Password={password}", info.Redacted);
    }

    [Theory]
    [InlineData("Server={0};Database={1}")]
    [InlineData("Host=${DB_HOST};Database=app")]
    [InlineData("Server=%DBSERVER%")]
    [InlineData("Server=<server>")]
    public void Placeholder_hosts_are_excluded(string text)
    {
        var info = Parse(text);
        Assert.Empty(info.Hosts);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("p@ss")]
    [InlineData("100%")]
    [InlineData("a<b")]
    [InlineData("xx")]
    [InlineData("%C3%A9t%C3%A9")]
    [InlineData("100%25%41")]
    public void Real_passwords_are_passwords(string password) =>
        Assert.True(Parse($"Server=h;Password='{password}'").HasPassword);

    [Theory]
    [InlineData("Server=h;Database=x", "server")]
    [InlineData("Data Source=app.db", "data source")]
    [InlineData("Server={0};Failover Partner=mirror.example.com", "failover partner")]
    [InlineData("AccountEndpoint=https://a.documents.azure.com:443/;AccountKey=k", "accountendpoint")]
    [InlineData("Server={0}", "server")]
    [InlineData("mongodb+srv://cluster0.example.net/db", "mongodb+srv")]
    [InlineData("jdbc:postgresql://h/db", "jdbc:postgresql")]
    public void Host_key_names_what_supplied_the_host(string text, string key) => Assert.Equal(key, Parse(text).HostKey);

    [Theory]
    [InlineData("Host=db;Database", true)]
    [InlineData("Server=db;Password='open;Database=x", true)]
    [InlineData("Host=db;Database=x", false)]
    [InlineData("redis.example.com:6379,password=x,ssl=true", false)]
    [InlineData("localhost:6379", false)]
    [InlineData("Name=ConnectionStrings:Other", false)]
    [InlineData("AccountName=x;AccountKey", false)]
    [InlineData("postgres://u:p@db/app", false)]
    [InlineData("", false)]
    public void DescribeSyntaxError_OnlyForValuesThatNameAHostButBreakTheGrammar(string text, bool malformed) =>
        Assert.Equal(malformed, ConnectionStringParser.DescribeSyntaxError(text) is not null);
}

using System.Collections.Concurrent;
using CsCheck;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;
using SafeMigrations.Core.ConnectionStrings;
using Xunit.Abstractions;
using SqlConnectionStringBuilder = Microsoft.Data.SqlClient.SqlConnectionStringBuilder;
using static SafeMigrations.Core.Tests.Differential.ConnectionStringGen;

namespace SafeMigrations.Core.Tests.Differential;

/// <summary>
/// Differential tests: the real provider builders are the oracles. Where a builder accepts a generated string we
/// must agree on hosts, port, database, user and password presence (and never print the password); where it
/// rejects the syntax we must report no host. Rejections of a keyword or value the provider alone does not know
/// are counted but not compared: the parser serves every provider at once.
/// </summary>
[Collection(SerialCollection.Name)]
public class BuilderOracleTests(ITestOutputHelper output)
{
    public const int Iterations = 10_000;

    private static readonly HostValue[] SqlSources =
    [
        new("db.example.com", ["db.example.com"]),
        new("tcp:db.example.com,1433", ["db.example.com"], 1433),
        new("TCP:prod-sql.corp.example", ["prod-sql.corp.example"]),
        new(@"SQL01\SQLEXPRESS", ["SQL01"]),
        new(@"SQL01\INST,1500", ["SQL01"], 1500),
        new(@"(localdb)\MSSQLLocalDB", ["(localdb)"]),
        new(".", ["."]),
        new(@".\SQLEXPRESS", ["."]),
        new("(local)", ["(local)"]),
        new("10.1.2.3,14330", ["10.1.2.3"], 14330),
        new(@"np:\\FILESRV\pipe\sql\query", ["FILESRV"]),
        new("lpc:.", ["."]),
        new("shop.database.windows.net", ["shop.database.windows.net"]),
        new("localhost, 1433", ["localhost"], 1433),
        new("admin:db2.example.com", ["db2.example.com"]),
    ];

    private static readonly HostValue[] NpgsqlHosts =
    [
        new("pg.example.com", ["pg.example.com"]),
        new("pg1.example.com:5433,pg2.example.com", ["pg1.example.com", "pg2.example.com"], 5433),
        new("/var/run/postgresql", ["/var/run/postgresql"]),
        new("localhost", ["localhost"]),
        new("[::1]:5433", ["::1"], 5433),
        new("10.0.0.7", ["10.0.0.7"]),
        new("pg-a, pg-b ,pg-c", ["pg-a", "pg-b", "pg-c"]),
        new("prod-db.example.com:6432", ["prod-db.example.com"], 6432),
    ];

    private static readonly HostValue[] MySqlServers =
    [
        new("my.example.com", ["my.example.com"]),
        new("my1.example.com,my2.example.com", ["my1.example.com", "my2.example.com"]),
        new("localhost", ["localhost"]),
        new("/var/run/mysqld/mysqld.sock", ["/var/run/mysqld/mysqld.sock"]),
        new("10.0.0.8", ["10.0.0.8"]),
        new("db", ["db"]),
    ];

    private static readonly string[] SqliteFiles =
        ["app.db", ":memory:", "data/app.sqlite", @"C:\data\app.db", "file:app.db?mode=ro", "./rel/app", "|DataDirectory|shop.db3", "~/x.sqlite3"];

    private static readonly string[] Ports = ["1500", "3307", "6432", "25433", "01234"];

    private readonly ConcurrentDictionary<string, int> _outcomes = new();

    [Fact]
    public void SqlClient_agrees_with_SqlConnectionStringBuilder() => Run(
        ConnectionString(
            Pair(["Data Source", "Server", "Address", "Addr", "Network Address"], SqlSources),
            Pair(["Failover Partner"], SqlSources),
            Pair(["Initial Catalog", "Database"], Databases),
            Pair(["User ID", "UID", "User"], Users),
            Pair(["Password", "PWD"], Passwords),
            Pair(["Connect Timeout", "Timeout"], ["5", "30"]),
            Pair(["Encrypt"], ["True", "false", "Strict"]),
            Pair(["Application Name"], ["My;App", "x=y", "it's"]),
            Pair(["TrustServerCertificate", "MultipleActiveResultSets", "Pooling"], ["true", "False"])),
        text => new SqlConnectionStringBuilder(text),
        builder => Lookup(SqlSources, builder.DataSource) is { } source && Lookup(SqlSources, builder.FailoverPartner) is { } partner
            ? new Expected([.. source.Hosts, .. partner.Hosts], source.Hosts.Length > 0 ? source.Port : partner.Port, builder.InitialCatalog, builder.UserID, builder.Password)
            : null);

    [Fact]
    public void Npgsql_agrees_with_NpgsqlConnectionStringBuilder() => Run(
        ConnectionString(
            Pair(["Host", "Server"], NpgsqlHosts),
            Pair(["Port"], Ports),
            Pair(["Database", "DB"], Databases),
            Pair(["Username", "User Name", "UserId", "User Id", "UID"], Users),
            Pair(["Password", "PSW", "PWD"], Passwords),
            Pair(["Timeout", "Command Timeout"], ["15", "0"]),
            Pair(["Pooling", "Include Error Detail"], ["true", "False"]),
            Pair(["Application Name", "Search Path"], ["my app", "a;b", "x=y"])),
        text => new NpgsqlConnectionStringBuilder(text),
        // Port: the Port key when set (the generator never writes the default 5432), else the one beside the first host.
        builder => Lookup(NpgsqlHosts, builder.Host) is { } host
            ? new Expected(host.Hosts, builder.Port != 5432 ? builder.Port : host.Port ?? 5432, builder.Database, builder.Username, builder.Password, DefaultPort: 5432)
            : null);

    [Fact]
    public void MySqlConnector_agrees_with_MySqlConnectionStringBuilder() => Run(
        ConnectionString(
            Pair(["Server", "Host", "Data Source", "DataSource", "Address", "Addr", "Network Address"], MySqlServers),
            Pair(["Port"], Ports),
            Pair(["Database", "Initial Catalog"], Databases),
            Pair(["User ID", "UserID", "Username", "Uid", "User name", "User"], Users),
            Pair(["Password", "pwd"], Passwords),
            Pair(["SslMode", "SSL Mode"], ["Required", "none"]),
            Pair(["Pooling", "AllowUserVariables"], ["true", "False"]),
            Pair(["Character Set", "Connection Timeout"], ["utf8mb4", "5"])),
        text => new MySqlConnectionStringBuilder(text),
        builder => Lookup(MySqlServers, builder.Server) is { } server
            ? new Expected(server.Hosts, (int)builder.Port, builder.Database, builder.UserID, builder.Password, DefaultPort: 3306)
            : null);

    [Fact]
    public void Sqlite_agrees_with_SqliteConnectionStringBuilder() => Run(
        ConnectionString(
            Pair(["Data Source", "DataSource", "Filename"], SqliteFiles),
            Pair(["Password"], Passwords),
            Pair(["Mode"], ["ReadOnly", "ReadWriteCreate", "Memory"]),
            Pair(["Cache"], ["Shared", "Private"]),
            Pair(["Foreign Keys", "Pooling", "Recursive Triggers"], ["True", "false"]),
            Pair(["Default Timeout", "Command Timeout"], ["30"])),
        text => new SqliteConnectionStringBuilder(text),
        builder => builder.DataSource.Length == 0 || SqliteFiles.Contains(builder.DataSource)
            ? new Expected([], null, null, null, builder.Password, File: builder.DataSource)
            : null);

    /// <summary>What the real builder understood.</summary>
    private sealed record Expected(
        IEnumerable<string> Hosts, int? Port, string? Database, string? User, string? Password, int? DefaultPort = null, string? File = null);

    /// <param name="expect">What we must report, or null when damage turned a host value into one the test has no answer for.</param>
    private void Run<TBuilder>(Gen<string> strings, Func<string, TBuilder> build, Func<TBuilder, Expected?> expect)
    {
        strings.Sample(text => Check(text, build, expect), iter: Iterations, threads: 1, print: text => $"«{text}»");
        output.WriteLine(string.Join(", ", _outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}: {o.Value}")));
        Assert.True(_outcomes.GetValueOrDefault("compared") > Iterations / 3, "too few strings were compared");
        Assert.True(_outcomes.GetValueOrDefault("syntax error") > Iterations / 50, "too few syntax errors were generated");
    }

    private void Check<TBuilder>(string text, Func<string, TBuilder> build, Func<TBuilder, Expected?> expect)
    {
        TBuilder builder;
        try
        {
            builder = build(text);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException or NotSupportedException)
        {
            if (e.Message.Contains("Format of the initialization string", StringComparison.Ordinal))
            {
                Count("syntax error");
                Assert.Null(ConnectionStringParser.Parse(text));
            }
            else
            {
                Count("keyword or value rejected");
                ConnectionStringParser.Parse(text); // must still not throw
            }

            return;
        }

        var ours = ConnectionStringParser.Parse(text);
        if (expect(builder) is not { } expected)
        {
            Count("host value damaged");
            return;
        }

        Count("compared");
        var hosts = expected.Hosts.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        Assert.Equal(hosts, ours?.Hosts ?? []);
        Assert.Equal(string.IsNullOrEmpty(expected.File) ? null : expected.File, ours?.File);
        if (ours is null)
        {
            return; // no host key survived: nothing else to compare
        }

        Assert.Equal(expected.Port, ours.Port ?? expected.DefaultPort);
        Assert.Equal(NullIfEmpty(expected.Database), ours.Database);
        Assert.Equal(NullIfEmpty(expected.User), ours.User);
        Assert.Equal(!string.IsNullOrEmpty(expected.Password), ours.HasPassword);
        AssertRedacted(text, ours, expected.Password);
    }

    /// <summary>
    /// The redacted text reads the same except that no password is left; and when the password is the only place
    /// the marker occurs (damage can move password text into another value), the marker is gone.
    /// </summary>
    private static void AssertRedacted(string text, ConnectionStringInfo ours, string? password)
    {
        var reparsed = ConnectionStringParser.Parse(ours.Redacted);
        Assert.NotNull(reparsed);
        Assert.Equal(ours.Hosts, reparsed.Hosts);
        Assert.Equal(ours.Database, reparsed.Database);
        Assert.False(reparsed.HasPassword);
        if (password?.Contains(SecretMarker, StringComparison.Ordinal) == true && text.Split(SecretMarker).Length == 2)
        {
            Assert.DoesNotContain(SecretMarker, ours.Redacted, StringComparison.Ordinal);
        }
    }

    private void Count(string outcome) => _outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

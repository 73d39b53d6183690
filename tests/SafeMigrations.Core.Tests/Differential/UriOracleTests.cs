using CsCheck;
using SafeMigrations.Core.ConnectionStrings;

namespace SafeMigrations.Core.Tests.Differential;

/// <summary>
/// Single-host URI connection strings against System.Uri as the oracle: host, port, user (percent-decoded),
/// password presence and database (the decoded path) must agree, and the password never survives redaction.
/// </summary>
[Collection(SerialCollection.Name)]
public class UriOracleTests
{
    public const int Iterations = 10_000;

    private static readonly Gen<string> Scheme = Gen.OneOf("postgres", "postgresql", "mysql", "mongodb", "redis", "rediss", "jdbc:postgresql", "jdbc:mysql");

    private static readonly Gen<string> Host = Gen.OneOf(
        "db.example.com", "PROD-DB.Example.com", "localhost", "10.0.0.5", "[::1]", "[2001:db8::7]", "pg", "shop.database.windows.net");

    /// <summary>User-info and path text: unreserved characters and percent-escapes of reserved ones.</summary>
    private static readonly Gen<string> Encoded = Gen.OneOf("a", "Z", "9", "-", ".", "_", "~", "%40", "%3A", "%2F", "%25", "%20", "%C3%A9", "!", "$")
        .Array[1, 6].Select(parts => string.Concat(parts));

    private static readonly Gen<string> Authority = Gen.Select(Host, Gen.Int[0, 1], Gen.Int[1, 65535],
        (host, hasPort, port) => hasPort == 1 ? host + ":" + port : host);

    private static readonly Gen<string> PathAndQuery = Gen.Select(Gen.Int[0, 1], Encoded, Gen.Int[0, 1],
        (hasPath, path, hasQuery) => (hasPath == 1 ? "/db" + path : "") /* "/." would be a dot-segment Uri removes */ + (hasQuery == 1 ? "?sslmode=require" : ""));

    private static readonly Gen<(string Text, string? User, string? Password)> Uris =
        Gen.Select(Scheme, Gen.Int[0, 2], Encoded, Encoded, Authority, PathAndQuery, (scheme, userInfo, user, password, authority, rest) =>
        {
            var credentials = userInfo switch { 1 => user + "@", 2 => user + ":Zq9" + password + "@", _ => "" };
            return ($"{scheme}://{credentials}{authority}{rest}", userInfo > 0 ? user : null, userInfo == 2 ? "Zq9" + password : (string?)null);
        });

    [Fact]
    public void Uris_agree_with_System_Uri() => Uris.Sample(sample =>
    {
        var (text, user, password) = sample;
        var oracle = new Uri(text.StartsWith("jdbc:", StringComparison.Ordinal) ? text.Substring(5) : text);
        var ours = ConnectionStringParser.Parse(text);
        Assert.NotNull(ours);
        Assert.Equal(oracle.IdnHost.Trim('[', ']'), Assert.Single(ours.Hosts), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(oracle.IsDefaultPort || oracle.Port < 0 ? null : oracle.Port, ours.Port);
        Assert.Equal(user is null ? null : Uri.UnescapeDataString(oracle.UserInfo.Split(':')[0]), ours.User);
        Assert.Equal(password is not null, ours.HasPassword);
        var path = Uri.UnescapeDataString(oracle.AbsolutePath.Trim('/')); // an escaped '/' belongs to the name
        Assert.Equal(path.Length == 0 ? null : path, ours.Database);
        if (password is not null)
        {
            Assert.DoesNotContain("Zq9", ours.Redacted, StringComparison.Ordinal);
        }
    }, iter: Iterations, threads: 1, print: sample => $"«{sample.Text}»");
}

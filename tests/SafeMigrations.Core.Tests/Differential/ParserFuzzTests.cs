using CsCheck;
using SafeMigrations.Core.ConnectionStrings;
using SafeMigrations.Core.Hosts;

namespace SafeMigrations.Core.Tests.Differential;

/// <summary>Arbitrary text built from connection-string characters: the parser never throws, and the pre-filter never hides a connection string.</summary>
[Collection(SerialCollection.Name)]
public class ParserFuzzTests
{
    public const int Iterations = 20_000;

    private static readonly Gen<string> Prefix = Gen.OneOf(
        "", "Server=", "Data Source=", "Host=", "AccountEndpoint=", "Failover Partner=", "Filename=",
        "postgres://", "postgresql://", "mysql://", "mongodb://", "mongodb+srv://", "redis://", "rediss://",
        "jdbc:sqlserver://", "jdbc:postgresql://", "(DESCRIPTION=(ADDRESS=(HOST=");

    private static readonly Gen<string> Text = Gen.Select(
        Prefix,
        Gen.Char["abcPrd019 ;=\"',:/@\\()%[]?&*{}$<>#.-_\t\0\u0001xX"].Array[0, 40],
        (prefix, chars) => prefix + new string(chars));

    [Fact]
    public void Parser_and_classifier_never_throw_and_the_prefilter_never_hides_a_connection_string() =>
        Text.Sample(text =>
        {
            var info = ConnectionStringParser.Parse(text);
            if (info is null)
            {
                return;
            }

            Assert.True(ConnectionStringPreFilter.MayBeConnectionString(text), "the pre-filter rejected a connection string");
            var verdict = HostClassifier.Classify(info, "Key", HostPatterns.Empty);
            Assert.NotNull(verdict.Reason);
            Assert.All(info.Hosts, host => Assert.False(string.IsNullOrWhiteSpace(host)));
        }, iter: Iterations, threads: 1, print: text => $"«{text}»");
}

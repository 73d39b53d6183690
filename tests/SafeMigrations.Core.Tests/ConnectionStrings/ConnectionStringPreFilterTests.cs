using SafeMigrations.Core.ConnectionStrings;

namespace SafeMigrations.Core.Tests.ConnectionStrings;

public class ConnectionStringPreFilterTests
{
    private static readonly string[] Ordinary =
    [
        "Hello world", "a = b", "x;y", "Name=value", "https://example.com/api?x=1", "SELECT * FROM t WHERE id = @id",
        "Sqlite:Autoincrement", "yyyy-MM-dd", "",
    ];

    [Theory]
    [InlineData("Hello world")]
    [InlineData("a = b")]
    [InlineData("https://example.com")]
    [InlineData("x;y")]
    [InlineData("Name=value")]
    [InlineData("Sqlite:Autoincrement")]
    [InlineData(null)]
    public void Rejects_ordinary_text(string? text) =>
        Assert.False(ConnectionStringPreFilter.MayBeConnectionString(text));

    [Theory]
    [InlineData("Server=db.example.com")]
    [InlineData(" data source = app.db")]
    [InlineData("Filename=app.db")]
    [InlineData("a=b;c")]
    [InlineData("postgres://h/db")]
    [InlineData("  JDBC:sqlserver://h;databaseName=x")]
    public void Passes_candidates(string text) =>
        Assert.True(ConnectionStringPreFilter.MayBeConnectionString(text));

    [Fact]
    public void Rejects_very_long_constants() =>
        Assert.False(ConnectionStringPreFilter.MayBeConnectionString("Server=h;" + new string('x', 10_000)));

    [Fact]
    public void Allocates_nothing()
    {
        foreach (var text in Ordinary)
        {
            ConnectionStringPreFilter.MayBeConnectionString(text); // warm up
        }

        // The runtime itself may allocate on this thread while it re-JITs the method (tiering, OSR); a pre-filter that
        // allocated would do so in every round, so the cleanest of a few rounds must be zero.
        var fewest = long.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                foreach (var text in Ordinary)
                {
                    ConnectionStringPreFilter.MayBeConnectionString(text);
                }

                ConnectionStringPreFilter.MayBeConnectionString("Server=db.example.com");
                ConnectionStringPreFilter.MayBeConnectionString("postgres://h/db");
            }

            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, fewest);
    }
}

using System.Text;

namespace SafeMigrations.Benchmarks;

/// <summary>Deterministic inputs shaped like what the analyzers and the guard see in real projects.</summary>
internal static class Inputs
{
    /// <summary>
    /// String constants as they occur in code: mostly ordinary text (messages, names, paths, format strings, JSON
    /// and SQL snippets), about one in 50 a connection string or URL.
    /// </summary>
    public static string[] MixedStrings(int count)
    {
        var random = new Random(8);
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = (i % 50) switch
            {
                0 => $"Server=db{i % 7}.contoso.internal;Database=Orders;User Id=app;Password=pw{i};TrustServerCertificate=True",
                1 => $"Host=localhost;Port=5432;Database=app{i % 5};Username=postgres",
                2 => $"postgres://user:secret@prod-db{i % 3}.example.com:5432/app",
                3 => "Data Source=app.db",
                _ => Ordinary(random, i),
            };
        }

        return result;
    }

    /// <summary>Ordinary string constants: none of them is a connection string.</summary>
    public static string[] OrdinaryStrings(int count)
    {
        var random = new Random(9);
        return Enumerable.Range(0, count).Select(i => Ordinary(random, i)).ToArray();
    }

    private static string Ordinary(Random random, int i) => random.Next(10) switch
    {
        0 => "Id",
        1 => $"Customer {i} was not found.",
        2 => $"IX_Orders_CustomerId{i}",
        3 => "nvarchar(200)",
        4 => $"{{0}} items processed in {{1}} ms ({i})",
        5 => $"data/reports/{i}/summary.json",
        6 => "SELECT Id, Name FROM Customers WHERE Id = @id",
        7 => $"a == b is {i % 2 == 0}",
        8 => "Hello, world!",
        _ => $"key{i}",
    };

    /// <summary>About 1 MB of migration SQL: DDL, data fixes, procedures with comments and string literals.</summary>
    public static string MigrationSql(int approximateBytes)
    {
        var builder = new StringBuilder();
        for (var i = 0; builder.Length < approximateBytes; i++)
        {
            builder.Append($"""
                -- migration step {i}: backfill and tighten
                ALTER TABLE [dbo].[Orders{i % 40}] ADD [Status{i}] nvarchar(50) NULL;
                UPDATE [dbo].[Orders{i % 40}] SET [Status{i}] = N'open; ''legacy'' /* not a comment */' WHERE [Status{i}] IS NULL;
                CREATE INDEX [IX_Orders{i % 40}_Status{i}] ON [dbo].[Orders{i % 40}] ([Status{i}]) WITH (ONLINE = ON);
                /* a block comment with DROP TABLE inside it
                   that must not count */
                INSERT INTO [audit].[Log] ([Message], [At]) SELECT N'step {i}', SYSUTCDATETIME();
                DELETE FROM [dbo].[Sessions] WHERE [ExpiresAt] < DATEADD(day, -30, SYSUTCDATETIME());
                CREATE OR ALTER VIEW [dbo].[vw_Orders{i}] AS SELECT [Id], [Status{i}] FROM [dbo].[Orders{i % 40}];
                GO

                """);
        }

        return builder.ToString();
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SafeMigrations.Analyzers.Tests.Infrastructure;

namespace SafeMigrations.Analyzers.Tests.ConnectionStrings;

/// <summary>
/// Projects that reference neither EF Core nor a database driver cannot connect anywhere: the connection-string and
/// acknowledgement analyzers stop at compilation start there (the performance budget for projects without EF).
/// </summary>
public class DatabaseReferenceGateTests
{
    private const string Source = """
        using System.Diagnostics.CodeAnalysis;

        public static class Connections
        {
            public const string Shop = "Server=prod-sql.example.com;Database=Shop;Password=Hunter2!";

            [SuppressMessage("SafeMigrations", "SM5001")]
            public static string Get() => Shop;
        }
        """;

    [Theory]
    [InlineData("ConnectionStringAnalyzer")]
    [InlineData("AcknowledgementAnalyzer")]
    public async Task WithoutDatabaseReferences_NothingIsReported(string analyzer) =>
        Assert.Empty(await DiagnosticsAsync(analyzer, withDatabaseReferences: false));

    [Theory]
    [InlineData("ConnectionStringAnalyzer", "SM5001", "SM5002")]
    [InlineData("AcknowledgementAnalyzer", "SM8001")]
    public async Task WithEfCoreReferenced_TheSameSourceIsReported(string analyzer, params string[] expected) =>
        Assert.Equal(expected, (await DiagnosticsAsync(analyzer, withDatabaseReferences: true)).Select(d => d.Id).Order());

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string analyzer, bool withDatabaseReferences)
    {
        // The reference set minus every NuGet package leaves the .NET reference pack alone.
        var references = EfReferenceSets.Get(EfVersion.Ef10)
            .Where(r => withDatabaseReferences || !(r.Display ?? "").Contains($"{Path.DirectorySeparatorChar}.nuget{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var compilation = CSharpCompilation.Create(
            "Gate",
            new[] { CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest), path: "Connections.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Equal(withDatabaseReferences, compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext") is not null);
        return await compilation.WithAnalyzers(ImmutableArray.Create(AnalyzerCatalog.ByName(analyzer))).GetAnalyzerDiagnosticsAsync();
    }
}

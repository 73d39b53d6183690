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
        Assert.Empty(await DiagnosticsAsync(analyzer, References.FrameworkOnly));

    /// <summary>
    /// EF Core or a driver alone (Dapper-style data access still connects somewhere); references made from bytes have
    /// no file name (the gate falls back to their bound identities); assembly simple names are case-insensitive, so a
    /// file named in another case still counts.
    /// </summary>
    [Theory]
    [InlineData(References.EfCore)]
    [InlineData(References.NpgsqlOnly)]
    [InlineData(References.EfCoreFromBytes)]
    [InlineData(References.NpgsqlOnlyUpperCaseFile)]
    public async Task WithADatabaseReference_TheSameSourceIsReported(References kind)
    {
        Assert.Equal(new[] { "SM5001", "SM5002" }, (await DiagnosticsAsync("ConnectionStringAnalyzer", kind)).Select(d => d.Id).Order());
        Assert.Equal(new[] { "SM8001" }, (await DiagnosticsAsync("AcknowledgementAnalyzer", kind)).Select(d => d.Id));
    }

    public enum References
    {
        FrameworkOnly,
        NpgsqlOnly,
        NpgsqlOnlyUpperCaseFile,
        EfCore,
        EfCoreFromBytes,
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string analyzer, References kind)
    {
        // The reference set minus NuGet packages leaves the .NET reference pack alone (plus Npgsql.dll for NpgsqlOnly).
        var nuget = $"{Path.DirectorySeparatorChar}.nuget{Path.DirectorySeparatorChar}";
        var references = EfReferenceSets.Get(EfVersion.Ef10).Where(r => kind switch
        {
            References.FrameworkOnly => !(r.Display ?? "").Contains(nuget, StringComparison.Ordinal),
            References.NpgsqlOnly or References.NpgsqlOnlyUpperCaseFile =>
                !(r.Display ?? "").Contains(nuget, StringComparison.Ordinal) || Path.GetFileName(r.Display) == "Npgsql.dll",
            _ => true,
        }).Select(r => (kind, r) switch
        {
            (References.EfCoreFromBytes, PortableExecutableReference { FilePath: { } path }) => MetadataReference.CreateFromImage(File.ReadAllBytes(path)),
            (References.NpgsqlOnlyUpperCaseFile, PortableExecutableReference { FilePath: { } path }) when Path.GetFileName(path) == "Npgsql.dll" => UpperCaseCopy(path),
            _ => r,
        }).ToList();
        var compilation = CSharpCompilation.Create(
            "Gate",
            new[] { CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest), path: "Connections.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Equal(kind is References.EfCore or References.EfCoreFromBytes, compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext") is not null);
        Assert.Equal(kind != References.FrameworkOnly, compilation.GetTypeByMetadataName("Npgsql.NpgsqlConnection") is not null);
        return await compilation.WithAnalyzers(ImmutableArray.Create(AnalyzerCatalog.ByName(analyzer))).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>The same image under an upper-case file name (the name is all the gate reads).</summary>
    private static MetadataReference UpperCaseCopy(string path) =>
        MetadataReference.CreateFromImage(File.ReadAllBytes(path), filePath: Path.Combine(Path.GetDirectoryName(path)!, "NPGSQL.DLL"));
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SafeMigrations.Analyzers.Tests.Infrastructure;

namespace SafeMigrations.Analyzers.Tests.Migrations;

/// <summary>
/// The three migration families share one scan of each file (MigrationFileScan): run together, as in a build, they
/// must report exactly what each reports alone.
/// </summary>
public class SharedScanTests
{
    private static readonly string[] Families = { "DataLossAnalyzer", "RawSqlAnalyzer", "AvailabilityAnalyzer" };

    private static readonly string[] Sources =
    {
        MigrationSource.Up("""
                    migrationBuilder.DropColumn(name: "Notes", table: "Orders");
                    migrationBuilder.Sql("DROP TABLE Archive");
                    Helper(migrationBuilder);
            """,
            members: """
                private static void Helper(MigrationBuilder builder) =>
                    builder.RenameColumn(name: "Total", table: "Orders", newName: "Amount");
            """),
        MigrationSource.Up("""
                    migrationBuilder.DropTable(name: "Legacy");
                    migrationBuilder.Sql("DELETE FROM Customers");
            """, id: "20240302000000_Second").Replace("class Change", "class Second"),
    };

    [Theory, AllEfVersions]
    public async Task FamiliesTogether_ReportWhatEachReportsAlone(EfVersion ef)
    {
        var alone = new List<string>();
        foreach (var family in Families)
        {
            alone.AddRange(await DiagnosticsAsync(ef, AnalyzerCatalog.ByName(family)));
        }

        var together = await DiagnosticsAsync(ef, Families.Select(AnalyzerCatalog.ByName).ToArray());

        Assert.Contains(alone, d => d.StartsWith("SM1002", StringComparison.Ordinal));
        Assert.Contains(alone, d => d.StartsWith("SM2", StringComparison.Ordinal));
        Assert.Contains(alone, d => d.StartsWith("SM3001", StringComparison.Ordinal));
        Assert.Equal(alone.Order(StringComparer.Ordinal), together.Order(StringComparer.Ordinal));
    }

    private static async Task<IReadOnlyList<string>> DiagnosticsAsync(EfVersion ef, params DiagnosticAnalyzer[] analyzers)
    {
        var compilation = CSharpCompilation.Create(
            "Shared",
            Sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: $"Migration{i}.cs")),
            EfReferenceSets.Get(ef),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzers)).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage()}").ToList();
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SafeMigrations.Analyzers.Migrations;
using SafeMigrations.Analyzers.Tests.Infrastructure;

namespace SafeMigrations.Analyzers.Tests.RawSql;

/// <summary>The dialect comes from the single EF provider referenced: T-SQL reads ALTER TABLE t DROP x as a constraint.</summary>
public class RawSqlDialectTests
{
    private const string Source = """
        using Microsoft.EntityFrameworkCore.Migrations;

        public class RemoveDefault : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("ALTER TABLE Users DROP DF_Users_Email");
        }
        """;

    [Theory, AllEfVersions]
    public async Task SingleSqlServerProvider_MakesTheSqlTSql(EfVersion ef)
    {
        var all = EfReferenceSets.Get(ef);
        var sqlServerOnly = all.Where(r => !(r.Display ?? "").Contains("Npgsql", StringComparison.OrdinalIgnoreCase)
                                           && !(r.Display ?? "").Contains("Sqlite", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(new[] { "SM2002" }, await Run(all));
        Assert.Empty(await Run(sqlServerOnly));
    }

    private static async Task<string[]> Run(IEnumerable<MetadataReference> references)
    {
        var compilation = CSharpCompilation.Create(
            "Migrations", new[] { CSharpSyntaxTree.ParseText(Source) }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new RawSqlAnalyzer())).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Select(d => d.Id).ToArray();
    }
}

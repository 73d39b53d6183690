using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SafeMigrations.Analyzers.Tests.Infrastructure;

namespace SafeMigrations.Analyzers.Tests.Catalog;

/// <summary>An analyzer must never throw (AD0001 in a user's build is a bug), whatever the source looks like.</summary>
public class AnalyzerRobustnessTests
{
    public static IEnumerable<object[]> Analyzers => AnalyzerCatalog.AnalyzerNames;

    [Theory, MemberData(nameof(Analyzers))]
    public async Task Analyzer_DoesNotThrowOnAnEmptyFile(string analyzer) =>
        await AssertNoAnalyzerExceptionAsync(analyzer, "");

    [Theory, MemberData(nameof(Analyzers))]
    public async Task Analyzer_DoesNotThrowOnHalfWrittenMigrations(string analyzer) =>
        await AssertNoAnalyzerExceptionAsync(analyzer, """
            using Microsoft.EntityFrameworkCore.Migrations;
            using Microsoft.EntityFrameworkCore;
            [Migration()]
            public partial class Broken : Migration
            {
                protected override void Up(MigrationBuilder b)
                {
                    b.DropTable(;
                    b.DropColumn(name: , table: 42);
                    b.Sql(null!);
                    b.AlterColumn<>(name: "x", table: "y", oldClrType: typeof());
                    b.CreateIndex("IX", "T", new[] { "A", });
                    Up(b);
                    var s = "Server=prod-db;Password=x;" + 
                }
                protected override void Down(MigrationBuilder b) => Down(b);
            }
            class C { void M(DbContext c) { c.Database.Migrate("0"); c.Database.EnsureDeleted(; } }
            """);

    [Theory, MemberData(nameof(Analyzers))]
    public async Task Analyzer_DoesNotThrowOnOddSqlAndDatabaseCalls(string analyzer) =>
        await AssertNoAnalyzerExceptionAsync(analyzer, """"
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Migrations;
            public class Odd : Migration
            {
                const string Bad = "DROP TABLE " + ;
                protected override void Up(MigrationBuilder b)
                {
                    b.Sql(Undefined + "x");
                    b.Sql("\u00" + "DROP TABLE t");
                    b.Sql(string.Format("{0}", ));
                    b.Sql("""
                      unterminated raw
                    """ + $"{Bad}" + "a".Replace("", "b") + string.Join(null, null));
                    b.Sql(@"DO $$ /* EXEC('DROP TABLE " + nameof() + "') */ $$");
                    b.Sql(sql: );
                }
            }
            class C
            {
                void M(DbContext c, IMigrator m)
                {
                    c.Database.ExecuteSqlRaw();
                    c.Database.ExecuteSqlRaw(sql: $"{", 1);
                    c.Database.ExecuteSql($"DELETE FROM {}");
                    m.Migrate(targetMigration: null, 5);
                    if (env.IsDevelopment( c.Database.Migrate();
                }
            }
            """");

    [Theory, MemberData(nameof(Analyzers))]
    public async Task Analyzer_DoesNotThrowOnRandomTokens(string analyzer)
    {
        var tokens = new[]
        {
            "migrationBuilder", ".", "DropTable", "(", ")", ";", "\"x\"", "{", "}", "class", "Migration", ":", "Up",
            "override", "void", "name", ":", "Sql", "@\"DROP TABLE t\"", "$\"{x}\"", "\"\"\"", "#pragma", "warning",
            "disable", "SM1001", "[", "]", "SuppressMessage", "new", "=>", "typeof", "<", ">", "Server=prod;", ",", "\n",
        };
        var random = new Random(20240301);
        for (var round = 0; round < 8; round++)
        {
            var source = "using Microsoft.EntityFrameworkCore.Migrations;\n" +
                string.Join(" ", Enumerable.Range(0, 400).Select(_ => tokens[random.Next(tokens.Length)]));
            await AssertNoAnalyzerExceptionAsync(analyzer, source);
        }
    }

    private static async Task AssertNoAnalyzerExceptionAsync(string analyzerName, string source)
    {
        var analyzer = AnalyzerCatalog.ByName(analyzerName);
        var compilation = CSharpCompilation.Create(
            "Robustness",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Test.cs") },
            EfReferenceSets.Get(EfVersion.Ef10),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}

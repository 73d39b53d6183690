using SafeMigrations.Analyzers.Migrations;
using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.RawSqlAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.RawSql;

/// <summary>The dialect comes from the single EF provider referenced: T-SQL reads ALTER TABLE t DROP x as a constraint.</summary>
public class RawSqlDialectTests
{
    private const string Source = /* lang=c#-test */ """
        using Microsoft.EntityFrameworkCore.Migrations;

        public class RemoveDefault : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("ALTER TABLE Users {|#0:DROP|} DF_Users_Email");
        }
        """;

    [Theory, AllEfVersions]
    public Task SingleSqlServerProvider_ReadsTheSqlAsTSql(EfVersion ef) =>
        CustomAnalyzerRun<RawSqlAnalyzer>.VerifyAsync(ef, Source.Replace("{|#0:", "").Replace("|}", ""), test =>
        {
            var otherProviders = test.TestState.AdditionalReferences
                .Where(r => r.Display is { } path && (path.Contains("Npgsql", StringComparison.OrdinalIgnoreCase) || path.Contains("Sqlite", StringComparison.OrdinalIgnoreCase)))
                .ToList();
            Assert.NotEmpty(otherProviders);
            otherProviders.ForEach(r => test.TestState.AdditionalReferences.Remove(r));
        });

    [Theory, AllEfVersions]
    public Task SeveralProviders_ReadEveryDialect(EfVersion ef) => Verify.VerifyAsync(ef, Source,
        Verify.Diagnostic(Descriptors.SM2002).WithLocation(0).WithArguments("Users", "DF_Users_Email"));
}

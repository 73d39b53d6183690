using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.RawSqlAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.RawSql;

public class SM2004SqlNotConstantTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using Microsoft.EntityFrameworkCore.Migrations;

        """;

    [Theory, AllEfVersions]
    public Task NonConstantSql_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class Scripts : Migration
        {
            private static readonly string Table = "Orders";

            protected override void Up(MigrationBuilder migrationBuilder)
            {
                var name = Environment.GetEnvironmentVariable("TABLE");
                migrationBuilder.Sql({|#0:$"DROP TABLE {name}"|});
                migrationBuilder.Sql({|#1:File.ReadAllText("script.sql")|});
                migrationBuilder.Sql({|#2:"DELETE FROM " + Table|});
                migrationBuilder.Sql({|#3:string.Format("{0} {1}", "x")|});
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM2004).WithLocation(0).WithArguments("Sql"),
        Verify.Diagnostic(Descriptors.SM2004).WithLocation(1).WithArguments("Sql"),
        Verify.Diagnostic(Descriptors.SM2004).WithLocation(2).WithArguments("Sql"),
        Verify.Diagnostic(Descriptors.SM2004).WithLocation(3).WithArguments("Sql"));

    [Theory, AllEfVersions]
    public Task ConstantSqlAndNull_AreNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class Scripts : Migration
        {
            private const string Index = "IX_Orders_Date";

            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql($"CREATE INDEX {Index} ON Orders (Date)");
                migrationBuilder.Sql("SELECT 1", suppressTransaction: true);
                migrationBuilder.Sql(null!);
            }
        }
        """);

    [Theory, AllEfVersions]
    public Task SqlOutsideMigrations_IsNotAnalyzed(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class NotAMigration
        {
            public void Up(MigrationBuilder migrationBuilder, string sql) => migrationBuilder.Sql(sql + "DROP TABLE x");
        }
        """);
}

using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.RawSqlAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.RawSql;

public class SM2001SqlDropsTableTests
{
    private const string Usings = """
        using System;
        using System.Diagnostics.CodeAnalysis;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Migrations;

        """;

    [Theory, AllEfVersions]
    public Task DropTableTruncateDropSchema_AreReportedOnTheKeyword(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        [Migration("20240101000000_Cleanup")]
        public partial class Cleanup : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("{|#0:DROP TABLE|} [dbo].[LegacyOrders];");
                migrationBuilder.Sql("{|#1:truncate|} table AuditLog");
                migrationBuilder.Sql("{|#2:DROP SCHEMA|} IF EXISTS archive CASCADE; {|#3:DROP DATABASE|} Reporting;");
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(0).WithArguments("drops table", "dbo.LegacyOrders"),
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(1).WithArguments("truncates table", "AuditLog"),
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(2).WithArguments("drops schema", "archive"),
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(3).WithArguments("drops database", "Reporting"));

    [Theory, AllEfVersions]
    public Task MultiLineVerbatimString_PointsAtTheRightLine(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class Cleanup : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql(@"
                    UPDATE ""Users"" SET ""Name"" = 'x' WHERE ""Id"" = 1;
                    -- DROP TABLE ""Kept"";
                    IF OBJECT_ID(N'dbo.Sessions') IS NOT NULL
                        {|#0:DROP TABLE|} ""Sessions"";");
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(0).WithArguments("drops table", "Sessions"));

    [Theory, AllEfVersions]
    public Task MultiLineRawString_PointsAtTheRightLineThroughIndentation(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """"
        public class Cleanup : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("""
                    DELETE FROM "Sessions" WHERE "Expired";

                    DO $do$
                    BEGIN
                        {|#0:TRUNCATE|} "Audit";
                    END $do$;
                    """);
            }
        }
        """",
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(0).WithArguments("truncates table", "Audit"));

    [Theory, AllEfVersions]
    public Task CrLfLineEndings_InVerbatimAndRawStrings_AreMapped(EfVersion ef) => Verify.VerifyAsync(ef, (Usings + /* lang=c#-test */ """"
        public class Cleanup : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql(@"SELECT 1;
                    {|#0:DROP TABLE|} A;");
                migrationBuilder.Sql("""
                      SELECT 1;

                        {|#1:DROP TABLE|} B;
                    """);
            }
        }
        """").ReplaceLineEndings("\r\n"),
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(0).WithArguments("drops table", "A"),
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(1).WithArguments("drops table", "B"));

    [Theory, AllEfVersions]
    public Task RegularStringWithEscapes_AndSingleLineRawString_AreMapped(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """"
        public class Cleanup : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("SELECT '\u00e9\t\uD83D\uDE00\U0001F600\x41';\r\n{|#0:DROP TABLE|} \"Orders\"");
                migrationBuilder.Sql("""{|#1:DROP TABLE|} "Quoted" """);
                migrationBuilder.Sql(("EXEC('{|#2:DROP TABLE|} Old')"));
            }
        }
        """",
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(0).WithArguments("drops table", "Orders"),
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(1).WithArguments("drops table", "Quoted"),
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(2).WithArguments("drops table", "Old"));

    [Theory, AllEfVersions]
    public Task FoldedText_IsReportedOnTheArgument(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class Cleanup : Migration
        {
            private const string Table = "Orders";
            private const string Drop = "DROP TABLE ";

            protected override void Up(MigrationBuilder migrationBuilder)
            {
                const string schema = "sales";
                migrationBuilder.Sql({|#0:Drop + schema + "." + Table|});
                migrationBuilder.Sql({|#1:$"DROP TABLE {schema}.{nameof(Cleanup)}"|});
                migrationBuilder.Sql({|#2:"drop table {0}".ToUpper().Trim().Replace("{0}", "Carts")|});
                migrationBuilder.Sql({|#3:string.Format("DROP TABLE {0}.{1}", schema, Table)|});
                migrationBuilder.Sql({|#4:string.Concat("TRUNCATE ", "Invoices")|});
                migrationBuilder.Sql({|#5:string.Join(" ", new[] { "DROP", "TABLE", "Lines" })|});
                migrationBuilder.Sql(System.Text.Encoding.UTF8.GetString("{|#6:DROP TABLE|} Utf8"u8));
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(0).WithArguments("drops table", "sales.Orders"),
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(1).WithArguments("drops table", "sales.Cleanup"),
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(2).WithArguments("drops table", "Carts"),
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(3).WithArguments("drops table", "sales.Orders"),
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(4).WithArguments("truncates table", "Invoices"),
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(5).WithArguments("drops table", "Lines"),
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(6).WithArguments("drops table", "Utf8"));

    [Theory, AllEfVersions]
    public Task ScratchAndTempTables_LookAlikes_AreNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class Backfill : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateTable(name: "Staging", columns: t => new { Id = t.Column<int>() });
                migrationBuilder.Sql("CREATE TEMP TABLE work AS SELECT * FROM \"Orders\";");
                migrationBuilder.Sql("SELECT * INTO #copy FROM Orders; DROP TABLE #copy;");
                migrationBuilder.Sql("DROP TABLE work; TRUNCATE TABLE Staging; DROP TABLE dbo.Staging;");
                migrationBuilder.Sql("DROP VIEW v; DROP INDEX ix; SELECT 'TRUNCATE t'; -- DROP TABLE x");
                migrationBuilder.Sql("CREATE PROCEDURE Purge AS BEGIN TRUNCATE TABLE Log; END");
            }
        }
        """);

    [Theory, AllEfVersions]
    public Task DownIsSkipped_UnlessAnalyzeDown(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class AddOrders : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE Orders (Id int)");

            protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("{|#0:DROP TABLE|} Orders");
        }
        """,
        new Dictionary<string, string> { ["SafeMigrationsAnalyzeDown"] = "true" },
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(0).WithArguments("drops table", "Orders"));

    [Theory, AllEfVersions]
    public Task Down_IsNotReportedByDefault(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class AddOrders : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE Orders (Id int)");

            protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE Orders");
        }
        """);

    [Theory, AllEfVersions]
    public Task Baseline_SkipsOlderMigrations(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        [Migration("20230101000000_Old")]
        public partial class Old : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE Legacy");
        }

        [Migration("20240201000000_New")]
        public partial class New : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("{|#0:DROP TABLE|} Orders");
        }
        """,
        new Dictionary<string, string> { ["SafeMigrationsBaseline"] = "20230601000000_Baseline" },
        Verify.Diagnostic(Descriptors.SM2001).WithLocation(0).WithArguments("drops table", "Orders"));

    [Theory, AllEfVersions]
    public Task SuppressMessageAndPragma_SilenceTheRule(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        [SuppressMessage("SafeMigrations", "SM2001", Justification = "Sessions are recreated at login")]
        public partial class DropSessions : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE Sessions");
        }

        public partial class ClearCache : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
        #pragma warning disable SM2001 // Cache table holds no source data
                migrationBuilder.Sql("TRUNCATE TABLE Cache");
        #pragma warning restore SM2001
            }
        }
        """);
}

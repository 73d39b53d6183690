using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.RawSqlAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.RawSql;

public class SM2002SqlDropsColumnTests
{
    private const string Usings = """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Migrations;

        """;

    [Theory, AllEfVersions]
    public Task DropColumn_IsReportedForEachColumn(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class RemoveEmail : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("ALTER TABLE \"Users\" {|#0:DROP COLUMN|} IF EXISTS \"Email\", {|#1:DROP COLUMN|} \"Phone\";");
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM2002).WithLocation(0).WithArguments("Users", "Email"),
        Verify.Diagnostic(Descriptors.SM2002).WithLocation(1).WithArguments("Users", "Phone"));

    [Theory, AllEfVersions]
    public Task ProviderBranch_ChoosesTheDialect(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class RemoveEmail : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                // T-SQL reads DROP x as DROP CONSTRAINT x; PostgreSQL reads it as a column.
                if (migrationBuilder.IsSqlServer())
                {
                    migrationBuilder.Sql("ALTER TABLE Users DROP DF_Users_Email");
                }

                if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
                {
                    migrationBuilder.Sql("ALTER TABLE users {|#0:DROP|} email");
                }
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM2002).WithLocation(0).WithArguments("users", "email"));

    [Theory, AllEfVersions]
    public Task NonColumnDrops_AreNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class Constraints : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("ALTER TABLE Users DROP CONSTRAINT FK_Users_Roles");
                migrationBuilder.Sql("ALTER TABLE Users ALTER COLUMN Email DROP NOT NULL, ALTER COLUMN Name DROP DEFAULT");
                migrationBuilder.Sql("ALTER TABLE Users DROP INDEX IX_Email; ALTER TABLE Users DROP PRIMARY KEY");
                migrationBuilder.Sql("CREATE TEMP TABLE t (a int, b int); ALTER TABLE t DROP COLUMN b");
            }
        }
        """);

    [Theory, AllEfVersions]
    public Task SafeMigrationsProvider_ChoosesTheDialect_WhenSeveralProvidersAreReferenced(EfVersion ef)
    {
        const string Source = /* lang=c#-test */ """
            using Microsoft.EntityFrameworkCore.Migrations;

            public class RemoveDefault : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("ALTER TABLE Users DROP DF_Users_Email");
            }
            """;
        return Verify.VerifyAsync(ef, Source, new Dictionary<string, string> { ["SafeMigrationsProvider"] = "SqlServer" });
    }

    [Theory, AllEfVersions]
    public Task WithoutAProvider_DropWithoutColumnKeyword_IsAColumn(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using Microsoft.EntityFrameworkCore.Migrations;

        public class RemoveDefault : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("ALTER TABLE Users {|#0:DROP|} Email");
        }
        """,
        Verify.Diagnostic(Descriptors.SM2002).WithLocation(0).WithArguments("Users", "Email"));
}

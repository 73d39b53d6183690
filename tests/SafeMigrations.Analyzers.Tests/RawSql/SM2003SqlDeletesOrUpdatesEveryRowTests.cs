using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.RawSqlAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.RawSql;

public class SM2003SqlDeletesOrUpdatesEveryRowTests
{
    private const string Usings = """
        using Microsoft.EntityFrameworkCore.Migrations;

        """;

    [Theory, AllEfVersions]
    public Task DeleteAndUpdateWithoutWhere_AreReported(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class Reset : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("{|#0:DELETE|} FROM Sessions");
                migrationBuilder.Sql("{|#1:UPDATE|} Users SET Active = (SELECT 0 FROM Flags WHERE Id = 1)");
                migrationBuilder.Sql(@"WITH recent AS (SELECT Id FROM Orders WHERE Year = 2024)
        {|#2:DELETE|} FROM OrderLines -- WHERE OrderId IN (SELECT Id FROM recent)
        ");
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM2003).WithLocation(0).WithArguments("deletes", "Sessions"),
        Verify.Diagnostic(Descriptors.SM2003).WithLocation(1).WithArguments("updates", "Users"),
        Verify.Diagnostic(Descriptors.SM2003).WithLocation(2).WithArguments("deletes", "OrderLines"));

    [Theory, AllEfVersions]
    public Task FilteredStatementsAndLookAlikes_AreNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class Backfill : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("UPDATE Users SET Name = '' WHERE Name IS NULL");
                migrationBuilder.Sql("UPDATE u SET Total = o.Total FROM Users u JOIN Orders o ON o.UserId = u.Id");
                migrationBuilder.Sql("DELETE FROM t USING u WHERE t.id = u.id");
                migrationBuilder.Sql("ALTER TABLE Lines ADD CONSTRAINT FK FOREIGN KEY (OrderId) REFERENCES Orders (Id) ON DELETE CASCADE ON UPDATE NO ACTION");
                migrationBuilder.Sql("INSERT INTO Users (Id) VALUES (1) ON CONFLICT (Id) DO UPDATE SET Name = 'x'");
                migrationBuilder.Sql("SELECT 'DELETE FROM Users' AS note FROM delete_log FOR UPDATE");
            }
        }
        """);
}

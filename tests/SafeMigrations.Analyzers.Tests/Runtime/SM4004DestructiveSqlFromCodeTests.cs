using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Runtime.RuntimeDatabaseCallAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.Runtime;

public class SM4004DestructiveSqlFromCodeTests
{
    private const string Usings = """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;

        public class AppDb : DbContext
        {
        }

        """;

    [Theory, AllEfVersions]
    public Task DestructiveConstantSql_IsReportedOnTheKeyword(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """"
        public class Maintenance
        {
            private const string Table = "Sessions";

            public async Task RunAsync(AppDb db, CancellationToken ct)
            {
                db.Database.ExecuteSqlRaw("{|#0:DELETE|} FROM Orders");
                await db.Database.ExecuteSqlRawAsync("""
                    {|#1:TRUNCATE|} TABLE AuditLog;
                    """, ct);
                // Holes of a FormattableString become parameters: this sends DROP TABLE @p0, which no database runs.
                db.Database.ExecuteSql($"DROP TABLE {Table}");
                await db.Database.ExecuteSqlInterpolatedAsync({|#3:$"ALTER TABLE Users DROP COLUMN Email; UPDATE Users SET Name = {"x"}"|});
            }
        }
        """",
        Verify.Diagnostic(Descriptors.SM4004).WithLocation(0).WithArguments("ExecuteSqlRaw", "deletes every row of 'Orders' (no WHERE clause)"),
        Verify.Diagnostic(Descriptors.SM4004).WithLocation(1).WithArguments("ExecuteSqlRawAsync", "truncates table 'AuditLog'"),
        Verify.Diagnostic(Descriptors.SM4004).WithLocation(3).WithArguments("ExecuteSqlInterpolatedAsync", "drops column 'Email' of table 'Users'"),
        Verify.Diagnostic(Descriptors.SM4004).WithLocation(3).WithArguments("ExecuteSqlInterpolatedAsync", "updates every row of 'Users' (no WHERE clause)"));

    [Theory, AllEfVersions]
    public Task SafeOrNonConstantSql_AndLookAlikes_AreNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class Maintenance
        {
            public void Run(AppDb db, int id, string table)
            {
                db.Database.ExecuteSql($"DELETE FROM Orders WHERE Id = {id}");
                db.Database.ExecuteSqlRaw("UPDATE Users SET Name = {0} WHERE Id = {1}", "x", id);
                db.Database.ExecuteSqlRaw("DELETE FROM " + table);
                db.Database.ExecuteSqlRaw("CREATE TEMP TABLE t AS SELECT 1; DROP TABLE t;");
                new Fake().ExecuteSqlRaw("DROP TABLE Orders");
            }
        }

        public class Fake
        {
            public int ExecuteSqlRaw(string sql) => 0;
        }
        """);

    [Theory, AllEfVersions]
    public Task SuppressMessageAndPragma_SilenceTheRule(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class Maintenance
        {
            [System.Diagnostics.CodeAnalysis.SuppressMessage("SafeMigrations", "SM4004", Justification = "nightly purge of expired sessions")]
            public void Purge(AppDb db) => db.Database.ExecuteSqlRaw("DELETE FROM Sessions");

            public void Reset(AppDb db)
            {
        #pragma warning disable SM4004 // demo data is rebuilt on every start of the sandbox
                db.Database.ExecuteSqlRaw("TRUNCATE TABLE DemoData");
        #pragma warning restore SM4004
            }
        }
        """);
}

using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Runtime.RuntimeDatabaseCallAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.Runtime;

public class SM4002MigrateToZeroTests
{
    [Theory, AllEfVersions]
    public Task MigratorToZero_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore.Migrations;

        public class Tool
        {
            private const string Initial = "0";

            public async Task RevertAsync(IMigrator migrator)
            {
                {|#0:migrator.Migrate("0")|};
                await {|#1:migrator.MigrateAsync(Migration.InitialDatabase)|};
                {|#2:migrator.Migrate(targetMigration: Initial)|};
                migrator.Migrate("20240101000000_Init");
                migrator.Migrate();
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM4002).WithLocation(0).WithArguments("Migrate", "0"),
        Verify.Diagnostic(Descriptors.SM4002).WithLocation(1).WithArguments("MigrateAsync", "0"),
        Verify.Diagnostic(Descriptors.SM4002).WithLocation(2).WithArguments("Migrate", "0"));

    [Theory]
    [InlineData(EfVersion.Ef9)]
    [InlineData(EfVersion.Ef10)]
    public Task DatabaseMigrateWithTarget_NewInEf9_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Migrations;

        public class AppDb : DbContext
        {
        }

        public class Tool
        {
            public async Task RevertAsync(AppDb db)
            {
                {|#0:db.Database.Migrate(Migration.InitialDatabase)|};
                await {|#1:db.Database.MigrateAsync("0")|};
                db.Database.Migrate("20240101000000_Init");
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM4002).WithLocation(0).WithArguments("Migrate", "0"),
        Verify.Diagnostic(Descriptors.SM4002).WithLocation(1).WithArguments("MigrateAsync", "0"));

    [Theory, AllEfVersions]
    public Task NonConstantTargetsAndLookAlikes_AreNotReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using Microsoft.EntityFrameworkCore.Migrations;

        public class Migrator2
        {
            public void Migrate(string target) { }
        }

        public class Tool
        {
            public void Run(IMigrator migrator, Migrator2 other, string target)
            {
                migrator.Migrate(target);
                other.Migrate("0");
            }
        }
        """);
}

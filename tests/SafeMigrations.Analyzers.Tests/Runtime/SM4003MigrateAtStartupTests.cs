using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using SafeMigrations.Analyzers.Runtime;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Runtime.RuntimeDatabaseCallAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.Runtime;

public class SM4003MigrateAtStartupTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.Hosting;

        public class AppDb : DbContext
        {
        }

        """;

    [Theory, AllEfVersions]
    public Task UnguardedMigrate_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class Startup
        {
            public async Task StartAsync(AppDb db, IHostEnvironment env)
            {
                {|#0:db.Database.Migrate()|};
                await {|#1:db.Database.MigrateAsync()|};
                if (DateTime.Now.Hour > 3)
                {
                    {|#2:db.Database.Migrate()|};
                }
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM4003).WithLocation(0).WithArguments("Migrate"),
        Verify.Diagnostic(Descriptors.SM4003).WithLocation(1).WithArguments("MigrateAsync"),
        Verify.Diagnostic(Descriptors.SM4003).WithLocation(2).WithArguments("Migrate"));

    [Theory, AllEfVersions]
    public Task EnvironmentChecks_GuardTheCall(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public class Startup
        {
            public void Guarded(AppDb db, IHostEnvironment env)
            {
                if (env.IsDevelopment())
                {
                    db.Database.Migrate();
                }

                if (env.IsEnvironment("Staging")) db.Database.Migrate();
                if (!env.IsProduction()) { db.Database.Migrate(); } else { Console.WriteLine("use the bundle"); }
                _ = env.EnvironmentName == "Development" ? db.Database.EnsureCreated() : false;
                var run = env.IsStaging() && db.Database.EnsureCreated();
                switch (Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"))
                {
                    case "Development":
                        db.Database.Migrate();
                        break;
                }
            }

            public async Task EarlyReturn(AppDb db, IHostEnvironment env)
            {
                if (env.IsProduction())
                {
                    return;
                }

                await db.Database.MigrateAsync();
            }
        }
        """);

    [Theory, AllEfVersions]
    public Task EarlyThrowOnAnEnvironmentVariable_GuardsTheCall(EfVersion ef) => Verify.VerifyAsync(ef, Usings + /* lang=c#-test */ """
        public static class Program
        {
            public static void Main()
            {
                using var db = new AppDb();
                if (Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") == "Production") throw new InvalidOperationException("use the migration bundle");
                db.Database.Migrate();
            }
        }
        """);

    [Theory, AllEfVersions]
    public Task TopLevelProgram_IsReportedUnlessGuarded(EfVersion ef) =>
        CustomAnalyzerRun<RuntimeDatabaseCallAnalyzer>.VerifyAsync(ef, /* lang=c#-test */ """
            using System;
            using Microsoft.EntityFrameworkCore;

            var db = new AppDb();
            {|#0:db.Database.Migrate()|};
            if (Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") != "Development") return;
            db.Database.Migrate();

            public class AppDb : DbContext
            {
            }
            """,
            test => test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication,
            Verify.Diagnostic(Descriptors.SM4003).WithLocation(0).WithArguments("Migrate"));
}

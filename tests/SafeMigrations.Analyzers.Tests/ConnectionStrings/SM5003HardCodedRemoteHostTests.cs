using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.ConnectionStrings.ConnectionStringAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.ConnectionStrings;

public class SM5003HardCodedRemoteHostTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Remote(int location, string host, string reason) =>
        Verify.Diagnostic(Descriptors.SM5003).WithLocation(location).WithArguments(host, reason);

    [Theory, AllEfVersions]
    public Task UseSqlServer_InOnConfiguring_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using Microsoft.EntityFrameworkCore;

        public class ShopContext : DbContext
        {
            protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
                optionsBuilder.UseSqlServer({|#0:"Server=tcp:shop.database.windows.net,1433;Database=Shop;Authentication=Active Directory Default"|});
        }
        """,
        Remote(0, "shop.database.windows.net", "Azure SQL endpoint"));

    [Theory, AllEfVersions]
    public Task UseNpgsql_WithConstField_InAddDbContext_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.DependencyInjection;

        public class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options);

        public static class Startup
        {
            private const string Orders = "Host=10.0.0.5;Database=orders";

            public static void Configure(IServiceCollection services) =>
                services.AddDbContext<ShopContext>(options => options.UseNpgsql({|#0:Orders|}));
        }
        """,
        Remote(0, "10.0.0.5", "private network address"));

    [Theory, AllEfVersions]
    public Task DbConnection_InDesignTimeFactory_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using Microsoft.Data.SqlClient;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Design;
        using Npgsql;

        public class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options);

        public class ShopContextFactory : IDesignTimeDbContextFactory<ShopContext>
        {
            public ShopContext CreateDbContext(string[] args)
            {
                var connection = new NpgsqlConnection({|#0:"Host=pg.example.com;Database=shop"|});
                var sql = new SqlConnection { ConnectionString = {|#1:"Server=sql.example.com;Database=Shop;Integrated Security=true"|} };
                sql.ConnectionString = {|#2:"Data Source=db.example.net;Initial Catalog=Shop"|};
                NpgsqlConnection implicitlyTyped = new({|#3:"Host=pg2.example.com;Database=shop"|});
                return new ShopContext(new DbContextOptionsBuilder<ShopContext>().UseNpgsql(connection).Options);
            }
        }
        """,
        Remote(0, "pg.example.com", "remote host"),
        Remote(1, "sql.example.com", "remote host"),
        Remote(2, "db.example.net", "remote host"),
        Remote(3, "pg2.example.com", "remote host"));

    [Theory, AllEfVersions]
    public Task HardCodedHostWithRuntimePassword_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using System;
        using Microsoft.EntityFrameworkCore;

        public class ShopContext : DbContext
        {
            protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
                optionsBuilder.UseNpgsql({|#0:$"Host=shop.abc.eu-west-1.rds.amazonaws.com;Database=shop;Password={Environment.GetEnvironmentVariable("PGPASSWORD")}"|});
        }
        """,
        Remote(0, "shop.abc.eu-west-1.rds.amazonaws.com", "Amazon RDS endpoint"));

    [Theory, AllEfVersions]
    public Task LocalPlaceholderProductionAndConfiguredHosts_AreNotSM5003(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using Microsoft.Data.SqlClient;
        using Microsoft.EntityFrameworkCore;

        public class ShopContext(string host) : DbContext
        {
            protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
            {
                optionsBuilder.UseSqlServer(@"Server=(localdb)\MSSQLLocalDB;Database=Shop;Trusted_Connection=True");
                optionsBuilder.UseNpgsql("Host=localhost;Port=5433;Database=shop");
                optionsBuilder.UseNpgsql("Host=postgres;Database=shop");
                optionsBuilder.UseSqlite("Data Source=shop.db");
                optionsBuilder.UseNpgsql($"Host={host};Database=shop");
                optionsBuilder.UseSqlServer({|#0:"Server=prod-sql.example.com;Database=Shop"|});
            }
        }

        public class Repository
        {
            // Not configuring a DbContext: SM5003 is about DbContext configuration only.
            public SqlConnection Open() => new SqlConnection("Server=sql.example.com;Database=Shop;Integrated Security=true");
        }
        """,
        Verify.Diagnostic(Descriptors.SM5001).WithLocation(0).WithArguments("prod-sql.example.com", "host label 'prod'"));

    [Theory, AllEfVersions]
    public Task SafeHost_IsNotReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using Microsoft.EntityFrameworkCore;

        public class ShopContext : DbContext
        {
            protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
                optionsBuilder.UseSqlServer("Server=dev-sql.example.com;Database=Shop;Integrated Security=true");
        }
        """,
        new Dictionary<string, string> { ["SafeMigrationsSafeHosts"] = "dev-*.example.com" });

    [Theory, AllEfVersions]
    public Task CosmosAccountEndpoint_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using Microsoft.EntityFrameworkCore;

        // The shape of Microsoft.EntityFrameworkCore.Cosmos's overload, which the test references do not include.
        public static class CosmosStub
        {
            public static DbContextOptionsBuilder UseCosmos(this DbContextOptionsBuilder builder, string accountEndpoint, string accountKey, string databaseName) => builder;
        }

        public class CatalogContext : DbContext
        {
            protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
            {
                optionsBuilder.UseCosmos({|#0:"https://catalog.documents.azure.com:443/"|}, "key", "catalog");
                optionsBuilder.UseCosmos("https://localhost:8081/", "key", "catalog");
            }
        }
        """,
        Remote(0, "catalog.documents.azure.com", "Azure Cosmos DB endpoint"));
}

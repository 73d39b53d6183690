using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.CodeFixVerifier<
    SafeMigrations.Analyzers.ConnectionStrings.ConnectionStringAnalyzer,
    SafeMigrations.Analyzers.CodeFixes.ConnectionStrings.ReadFromConfigurationCodeFix>;

namespace SafeMigrations.Analyzers.Tests.ConnectionStrings;

public class ReadFromConfigurationCodeFixTests
{
    [Theory, AllEfVersions]
    public Task OnConfiguring_WithoutConfiguration_ReadsEnvironmentVariableNamedAfterContext(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using System;
        using Microsoft.EntityFrameworkCore;

        public class ShopContext : DbContext
        {
            protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
                optionsBuilder.UseSqlServer({|#0:"Server=sql.example.com;Database=Shop;Integrated Security=true"|});
        }
        """, /* lang=c#-test */ """
        using System;
        using Microsoft.EntityFrameworkCore;

        public class ShopContext : DbContext
        {
            protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
                optionsBuilder.UseSqlServer(Environment.GetEnvironmentVariable("ConnectionStrings__Shop") ?? throw new InvalidOperationException("Connection string 'Shop' is not configured."));
        }
        """,
        Verify.Diagnostic(Descriptors.SM5003).WithLocation(0).WithArguments("sql.example.com", "remote host"));

    [Theory, AllEfVersions]
    public Task WithoutUsingSystem_QualifiesTheCalls(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        public static class Connections
        {
            public static readonly string Orders = {|#0:"Host=localhost;Database=orders;Password=hunter2"|};
        }
        """, /* lang=c#-test */ """
        public static class Connections
        {
            public static readonly string Orders = System.Environment.GetEnvironmentVariable("ConnectionStrings__Default") ?? throw new System.InvalidOperationException("Connection string 'Default' is not configured.");
        }
        """,
        Verify.Diagnostic(Descriptors.SM5002).WithLocation(0).WithArguments("localhost", "Host=localhost;Database=orders;Password=***"));

    [Theory, AllEfVersions]
    public Task ConfigurationParameter_IsUsed_WithTheRegisteredContextName(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        public class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options);

        public static class Startup
        {
            public static void Configure(IServiceCollection services, IConfiguration configuration) =>
                services.AddDbContext<OrdersDbContext>(options => options.UseNpgsql({|#0:"Host=10.0.0.5;Database=orders"|}));
        }
        """, /* lang=c#-test */ """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        public class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options);

        public static class Startup
        {
            public static void Configure(IServiceCollection services, IConfiguration configuration) =>
                services.AddDbContext<OrdersDbContext>(options => options.UseNpgsql(configuration.GetConnectionString("Orders") ?? throw new System.InvalidOperationException("Connection string 'Orders' is not configured.")));
        }
        """,
        Verify.Diagnostic(Descriptors.SM5003).WithLocation(0).WithArguments("10.0.0.5", "private network address"));

    [Theory, AllEfVersions]
    public Task ConfigurationField_IsUsed_AndItsNamespaceImported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using System;
        using Microsoft.EntityFrameworkCore;

        public class ReportingContext : DbContext
        {
            private readonly Microsoft.Extensions.Configuration.IConfigurationRoot _configuration;

            public ReportingContext(Microsoft.Extensions.Configuration.IConfigurationRoot configuration) => _configuration = configuration;

            protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
            {
                optionsBuilder.UseSqlServer({|#0:"Server=prod-sql.example.com;Database=Reports"|});
                optionsBuilder.UseSqlServer({|#1:"Server=live-sql.example.com;Database=Reports"|});
            }
        }
        """, /* lang=c#-test */ """
        using System;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.Configuration;

        public class ReportingContext : DbContext
        {
            private readonly Microsoft.Extensions.Configuration.IConfigurationRoot _configuration;

            public ReportingContext(Microsoft.Extensions.Configuration.IConfigurationRoot configuration) => _configuration = configuration;

            protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
            {
                optionsBuilder.UseSqlServer(_configuration.GetConnectionString("Reporting") ?? throw new InvalidOperationException("Connection string 'Reporting' is not configured."));
                optionsBuilder.UseSqlServer(_configuration.GetConnectionString("Reporting") ?? throw new InvalidOperationException("Connection string 'Reporting' is not configured."));
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM5001).WithLocation(0).WithArguments("prod-sql.example.com", "host label 'prod'"),
        Verify.Diagnostic(Descriptors.SM5001).WithLocation(1).WithArguments("live-sql.example.com", "host label 'live'"));

    [Theory, AllEfVersions]
    public Task InstanceFieldIsNotUsed_FromAStaticMethod(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using Microsoft.Extensions.Configuration;

        public class Connections(IConfiguration configuration)
        {
            private readonly IConfiguration _configuration = configuration;

            public static string Orders() => {|#0:"Server=prd-sql.example.com;Database=Orders"|};
        }
        """, /* lang=c#-test */ """
        using Microsoft.Extensions.Configuration;

        public class Connections(IConfiguration configuration)
        {
            private readonly IConfiguration _configuration = configuration;

            public static string Orders() => System.Environment.GetEnvironmentVariable("ConnectionStrings__Default") ?? throw new System.InvalidOperationException("Connection string 'Default' is not configured.");
        }
        """,
        Verify.Diagnostic(Descriptors.SM5001).WithLocation(0).WithArguments("prd-sql.example.com", "host label 'prd'"));

    [Theory, AllEfVersions]
    public Task Constants_AreNotRewritten(EfVersion ef) => Verify.VerifyNoFixAsync(ef, /* lang=c#-test */ """
        public static class Connections
        {
            public const string Orders = {|#0:"Server=prod-sql.example.com;Database=Orders"|};
        }
        """,
        Verify.Diagnostic(Descriptors.SM5001).WithLocation(0).WithArguments("prod-sql.example.com", "host label 'prod'"));

    [Theory, AllEfVersions]
    public Task ProductionHostWithPassword_OneFixClearsBothDiagnostics(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using System;

        public class Connections
        {
            public string Orders { get; } = {|#0:"Server=prod-sql.example.com;Database=Orders;User Id=sa;Password=hunter2"|};
        }
        """, /* lang=c#-test */ """
        using System;

        public class Connections
        {
            public string Orders { get; } = Environment.GetEnvironmentVariable("ConnectionStrings__Default") ?? throw new InvalidOperationException("Connection string 'Default' is not configured.");
        }
        """,
        Verify.Diagnostic(Descriptors.SM5001).WithLocation(0).WithArguments("prod-sql.example.com", "host label 'prod'"),
        Verify.Diagnostic(Descriptors.SM5002).WithLocation(0).WithArguments("prod-sql.example.com", "Server=prod-sql.example.com;Database=Orders;User Id=sa;Password=***"));
}

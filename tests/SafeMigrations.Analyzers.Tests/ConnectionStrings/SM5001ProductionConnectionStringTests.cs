using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.ConnectionStrings.ConnectionStringAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.ConnectionStrings;

public class SM5001ProductionConnectionStringTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Production(int location, string host, string reason) =>
        Verify.Diagnostic(Descriptors.SM5001).WithLocation(location).WithArguments(host, reason);

    [Theory, AllEfVersions]
    public Task ProductionHostLabel_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        public static class Connections
        {
            public const string Shop = {|#0:"Server=prod-sql.example.com;Database=Shop;Integrated Security=true"|};
        }
        """,
        Production(0, "prod-sql.example.com", "host label 'prod'"));

    [Theory, AllEfVersions]
    public Task KeysInAnyCaseWithSpacesBeforeEquals_AndUris_PassTheFilePreScan(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        public static class Connections
        {
            public const string Spaced = {|#0:"DATA SOURCE   = sql.prod.example.com ; Initial Catalog = Shop"|};
        }

        public static class Uris
        {
            public const string Pg = {|#1:"postgresql://app@pg-prod.example.com:5432/shop"|};
        }
        """,
        Production(0, "sql.prod.example.com", "host label 'prod'"),
        Production(1, "pg-prod.example.com", "host label 'prod'"));

    [Theory, AllEfVersions]
    public Task KeyAcrossTheFilePreScansChunkBoundary_IsStillSeen(EfVersion ef)
    {
        // The raw-text pre-scan reads 32 KiB chunks: "Server=" starts 3 characters before the first boundary.
        const string Declaration = "public static class C { public const string S = ";
        var padding = new string('x', (32 * 1024) - 3 - "// ".Length - "\n".Length - Declaration.Length - "\"".Length);
        var source = "// " + padding + "\n" + Declaration + "{|#0:\"Server=prod-db.example.com;Database=x\"|}; }";
        return Verify.VerifyAsync(ef, source, Production(0, "prod-db.example.com", "host label 'prod'"));
    }

    [Theory, AllEfVersions]
    public Task ProductionDatabaseName_OnLocalHost_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        public static class Connections
        {
            public static readonly string Tunnel = {|#0:"Server=localhost,14330;Database=shop_production;Trusted_Connection=True"|};
        }
        """,
        Production(0, "localhost", "database 'shop_production' is named 'production'"));

    [Theory, AllEfVersions]
    public Task ProductionVariableName_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        public static class Connections
        {
            public static string Get()
            {
                var liveDb = {|#0:"Host=db.example.com;Database=shop"|};
                return liveDb;
            }
        }
        """,
        Production(0, "db.example.com", "connection string 'liveDb' is named 'live'"));

    [Theory, AllEfVersions]
    public Task ProductionConfigurationKey_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using System.Collections.Generic;

        public static class Settings
        {
            public static readonly Dictionary<string, string> Values = new()
            {
                ["ConnectionStrings:Prod"] = {|#0:"Host=db.example.com;Database=shop"|},
                ["ConnectionStrings:Dev"] = "Host=localhost;Database=shop",
            };
        }
        """,
        Production(0, "db.example.com", "connection string 'ConnectionStrings:Prod' is named 'Prod'"));

    [Theory, AllEfVersions]
    public Task ConfiguredProductionPattern_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        public static class Connections
        {
            public const string Orders = {|#0:"postgresql://app@pg1.corp.example:5432,pg2.corp.example/orders"|};
        }
        """,
        new Dictionary<string, string> { ["SafeMigrationsProductionHosts"] = "*.corp.example" },
        Production(0, "pg1.corp.example", "matches SafeMigrationsProductionHosts pattern '*.corp.example'"));

    [Theory, AllEfVersions]
    public Task SafePattern_WinsOverProductionTokens(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        public static class Connections
        {
            public const string Replica = "Server=prod-replica.staging.example;Database=Shop";
        }
        """,
        new Dictionary<string, string> { ["SafeMigrationsSafeHosts"] = "*.staging.example" });

    [Theory, AllEfVersions]
    public Task ConcatenationAndInterpolation_AreReportedOnce(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        public static class Connections
        {
            private const string Host = "prod-db.example.com";
            public const string Joined = {|#0:"Server=" + Host + ";" + "Database=Shop"|};
            public const string Interpolated = {|#1:$"Server={Host};Database=Shop"|};

            public static string WithRuntimeDatabase(string database) => {|#2:$"Server=live-sql.example.com;Database={database}"|};
        }
        """,
        Production(0, "prod-db.example.com", "host label 'prod'"),
        Production(1, "prod-db.example.com", "host label 'prod'"),
        Production(2, "live-sql.example.com", "host label 'live'"));

    [Theory, AllEfVersions]
    public Task MostDangerousHostOfAList_IsNamed(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        public static class Connections
        {
            public const string Mongo = {|#0:"mongodb://localhost:27017,replica.example.com,prd-mongo.example.com/shop?replicaSet=rs0"|};
        }
        """,
        Production(0, "prd-mongo.example.com", "host label 'prd'"));

    [Theory, AllEfVersions]
    public Task LookAlikesProsePlaceholdersAndOrdinaryStrings_AreNotReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        using System;

        public static class Connections
        {
            public const string Products = "Server=product-db.example.com;Database=Products";
            public const string Livestock = "Host=livestock.example.com;Database=productdb";
            public const string Template = "Server={0};Database=app_prod";
            public const string EnvHost = "Host=${DB_HOST};Database=shop";
            public const string Url = "https://prod.example.com/api?x=1;y=2";
            public const string Sql = "UPDATE Orders SET Status = 'live'; DELETE FROM Carts";
            public const string LogTemplate = "Connecting to Host={Host};Port={Port} as {User}";
            public const string Json = "{\"ConnectionStrings\":{\"Default\":\"Server=localhost\"}}";
            public const string Annotation = "Sqlite:Autoincrement";
            public const string Query = "prod=true;live=1;product=2";
            public const string Status = "Server=prod-db.example.com is unreachable; retrying";

            public static void Explain()
            {
                Console.WriteLine("Use Server=prod-db.example.com;Database=Shop in appsettings.json");
                throw new InvalidOperationException("Please set Host=prod-db in the configuration; then restart.");
            }

            public static string Build(string host) => string.Format("Server={0};Database=shop_prod", host) + $"Server={host};Database=x";
        }
        """);
}

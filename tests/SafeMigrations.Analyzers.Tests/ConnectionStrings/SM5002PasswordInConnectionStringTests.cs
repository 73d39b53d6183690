using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.ConnectionStrings.ConnectionStringAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.ConnectionStrings;

public class SM5002PasswordInConnectionStringTests
{
    private const string Source = /* lang=c#-test */ """
        public static class Connections
        {
            public const string Local = {|#0:"Server=localhost;Database=Shop;User Id=sa;Password=Str0ng!Pass;TrustServerCertificate=true"|};
        }
        """;

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Password(int location, string host, string redacted) =>
        Verify.Diagnostic(Descriptors.SM5002).WithLocation(location).WithArguments(host, redacted);

    [Theory, AllEfVersions]
    public Task Password_IsReported_AndMasked(EfVersion ef) => Verify.VerifyAsync(ef, Source,
        Password(0, "localhost", "Server=localhost;Database=Shop;User Id=sa;Password=***;TrustServerCertificate=true"));

    [Theory, AllEfVersions]
    public Task UriPassword_IsReported_AndMasked(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        public static class Connections
        {
            public const string Pg = {|#0:"postgres://app:s3cr%40t@localhost:5432/shop"|};
            public const string Quoted = {|#1:"Host=db;Password='a;b''c';Database=shop"|};
        }
        """,
        Password(0, "localhost", "postgres://app:***@localhost:5432/shop"),
        Password(1, "db", "Host=db;Password=***;Database=shop"));

    [Theory, AllEfVersions]
    public Task ProductionHostWithPassword_GetsBothRules(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        public static class Connections
        {
            public const string Shop = {|#0:"Server=prod-sql.example.com;Database=Shop;User Id=sa;Pwd=hunter2"|};
        }
        """,
        Verify.Diagnostic(Descriptors.SM5001).WithLocation(0).WithArguments("prod-sql.example.com", "host label 'prod'"),
        Password(0, "prod-sql.example.com", "Server=prod-sql.example.com;Database=Shop;User Id=sa;Pwd=***"));

    [Theory, AllEfVersions]
    public Task TestProject_IsNotReported(EfVersion ef) =>
        Verify.VerifyAsync(ef, Source, new Dictionary<string, string> { ["IsTestProject"] = "true" });

    [Theory, AllEfVersions]
    public Task TestProject_IsReported_WhenAskedFor(EfVersion ef) => Verify.VerifyAsync(ef, Source,
        new Dictionary<string, string> { ["IsTestProject"] = "true", ["SafeMigrationsReportPasswordsInTests"] = "true" },
        Password(0, "localhost", "Server=localhost;Database=Shop;User Id=sa;Password=***;TrustServerCertificate=true"));

    [Theory, AllEfVersions]
    public Task PlaceholderAndRuntimePasswords_AreNotReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        public static class Connections
        {
            public const string Template = "Server=localhost;Database=Shop;User Id=sa;Password={0}";
            public const string Env = "Host=localhost;Password=${DB_PASSWORD}";
            public const string Masked = "Server=localhost;Password=***";
            public const string Empty = "Server=localhost;Password=;Database=Shop";

            public static string WithSecret(string secret) => $"Server=localhost;Database=Shop;Password={secret}";
        }
        """);
}

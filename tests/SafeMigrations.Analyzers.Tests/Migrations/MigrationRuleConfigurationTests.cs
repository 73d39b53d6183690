using Microsoft.CodeAnalysis;
using SafeMigrations.Analyzers.Migrations;
using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using static SafeMigrations.Analyzers.Tests.Migrations.MigrationSource;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.AvailabilityAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.Migrations;

/// <summary>Settings and severity configuration as they apply to the SM3xxx family (SM1xxx: see the SM1002 tests).</summary>
public class MigrationRuleConfigurationTests
{
    private const string Rename = """migrationBuilder.RenameColumn("Surname", "Customers", "LastName");""";

    [Theory, AllEfVersions]
    public Task Baseline_EqualIdIsSkipped_LaterIdIsReported(EfVersion ef) => Task.WhenAll(
        Verify.VerifyAsync(ef, Up(Rename, id: "20240301000000_Change"), Settings(("SafeMigrationsBaseline", "20240301000000_Change"))),
        Verify.VerifyAsync(ef, Up(Rename, id: "20240201000000_Change"), Settings(("SafeMigrationsBaseline", "20240301000000_Later"))),
        Verify.VerifyAsync(ef, Up("{|#0:" + Rename.TrimEnd(';') + "|};", id: "20240301000001_Change"), Settings(("SafeMigrationsBaseline", "20240301000000_Change")),
            Verify.Diagnostic(Descriptors.SM3001).WithLocation(0).WithArguments("Customers", "Surname", "LastName")));

    [Theory, AllEfVersions]
    public Task AnalyzeDown_ReportsDownOnlyCalls(EfVersion ef) => Task.WhenAll(
        Verify.VerifyAsync(ef, Up("", down: Rename)),
        Verify.VerifyAsync(ef, Up("", down: "{|#0:" + Rename.TrimEnd(';') + "|};"), Settings(("SafeMigrationsAnalyzeDown", "true")),
            Verify.Diagnostic(Descriptors.SM3001).WithLocation(0).WithArguments("Customers", "Surname", "LastName")));

    [Theory, AllEfVersions]
    public Task SeverityFromGlobalConfig_IsHonoured(EfVersion ef) => Task.WhenAll(
        CustomAnalyzerRun<AvailabilityAnalyzer>.VerifyAsync(ef, Up(Rename),
            test => test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.SM3001.severity = none\n"))),
        CustomAnalyzerRun<DataLossAnalyzer>.VerifyAsync(ef, Up("""{|#0:migrationBuilder.DropColumn("Fax", "Customers")|};"""),
            test => test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.SM1002.severity = warning\n")),
            Verify.Diagnostic(Descriptors.SM1002).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("Customers", "Fax")));
}

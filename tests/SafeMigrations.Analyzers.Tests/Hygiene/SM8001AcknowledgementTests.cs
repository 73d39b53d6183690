using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SafeMigrations.Analyzers.Hygiene;
using SafeMigrations.Analyzers.Migrations;

namespace SafeMigrations.Analyzers.Tests.Hygiene;

public class SM8001AcknowledgementTests
{
    private static class Verify
    {
        public static DiagnosticResult Diagnostic(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor) => new(descriptor);

        public static Task VerifyAsync(EfVersion ef, string source, params DiagnosticResult[] expected) =>
            RunWithoutSuppressionCheck<AcknowledgementAnalyzer>(ef, source, expected);
    }

    /// <summary>
    /// The testing library re-runs every test wrapped in '#pragma warning disable' of the expected IDs; these
    /// tests are about pragmas themselves (their own 'restore' lines, and SM8001 judging the added pragma), so skip it.
    /// </summary>
    private static Task RunWithoutSuppressionCheck<TAnalyzer>(EfVersion ef, string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        CustomAnalyzerRun<TAnalyzer>.VerifyAsync(ef, source, test => test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck, expected);

    [Theory, AllEfVersions]
    public Task SuppressMessageWithoutRealJustification_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, """
        using System.Diagnostics.CodeAnalysis;
        using Microsoft.EntityFrameworkCore.Migrations;

        [assembly: {|#0:SuppressMessage("SafeMigrations", "SM1001", Scope = "type", Target = "~T:Change")|}]

        [{|#1:SuppressMessage("SafeMigrations", "SM1002:Migration drops a column")|}]
        public class Change : Migration
        {
            [{|#2:SuppressMessage("SafeMigrations", "SM1003", Justification = "")|}]
            [{|#3:System.Diagnostics.CodeAnalysis.SuppressMessageAttribute("Usage", "SM1004", Justification = "<Pending>")|}]
            [{|#4:SuppressMessage("SafeMigrations", "SM3004", Justification = "TODO: ask DBA")|}]
            [{|#5:SuppressMessage("SafeMigrations", "SM1007", Justification = "...")|}]
            [{|#6:SuppressMessage(checkId: "SM1008", category: "SafeMigrations", Justification = " ")|}]
            protected override void Up(MigrationBuilder migrationBuilder)
            {
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM8001).WithLocation(0).WithArguments("SM1001", "no justification"),
        Verify.Diagnostic(Descriptors.SM8001).WithLocation(1).WithArguments("SM1002", "no justification"),
        Verify.Diagnostic(Descriptors.SM8001).WithLocation(2).WithArguments("SM1003", "an empty justification"),
        Verify.Diagnostic(Descriptors.SM8001).WithLocation(3).WithArguments("SM1004", "the placeholder justification '<Pending>'"),
        Verify.Diagnostic(Descriptors.SM8001).WithLocation(4).WithArguments("SM3004", "the placeholder justification 'TODO: ask DBA'"),
        Verify.Diagnostic(Descriptors.SM8001).WithLocation(5).WithArguments("SM1007", "the placeholder justification '...'"),
        Verify.Diagnostic(Descriptors.SM8001).WithLocation(6).WithArguments("SM1008", "an empty justification"));

    [Theory, AllEfVersions]
    public Task PragmaWithoutRealReason_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, """
        using Microsoft.EntityFrameworkCore.Migrations;

        public class Change : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
        #pragma warning disable {|#0:SM1001|}
                migrationBuilder.DropTable("A");
        #pragma warning restore SM1001
        #pragma warning disable {|#1:SM1002|}, CS0168, {|#2:SM1003|} // reason
                migrationBuilder.DropColumn("B", "A");
        #pragma warning restore SM1002, CS0168, SM1003

                // TODO
        #pragma warning disable {|#3:SM1006|}
                migrationBuilder.DropSchema("old");
        #pragma warning disable {|#4:SM1007|} // TBD
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM8001).WithLocation(0).WithArguments("SM1001", "no reason comment"),
        Verify.Diagnostic(Descriptors.SM8001).WithLocation(1).WithArguments("SM1002", "the placeholder reason comment 'reason'"),
        Verify.Diagnostic(Descriptors.SM8001).WithLocation(2).WithArguments("SM1003", "the placeholder reason comment 'reason'"),
        Verify.Diagnostic(Descriptors.SM8001).WithLocation(3).WithArguments("SM1006", "the placeholder reason comment 'TODO'"),
        Verify.Diagnostic(Descriptors.SM8001).WithLocation(4).WithArguments("SM1007", "the placeholder reason comment 'TBD'"));

    [Theory, AllEfVersions]
    public Task RealReasonsAndOtherRules_AreNotReported(EfVersion ef) => Verify.VerifyAsync(ef, """
        using System.Diagnostics.CodeAnalysis;
        using Microsoft.EntityFrameworkCore.Migrations;

        [assembly: SuppressMessage("SafeMigrations", "SM1001", Scope = "type", Target = "~T:Change", Justification = "Archived to S3 (OPS-42)")]

        [SuppressMessage("Style", "IDE0051")]
        [SuppressMessage("Usage", "CA2000", Justification = "")]
        public class Change : Migration
        {
            private const string Why = "LegacyOrders is empty since v4";

            [SuppressMessage("SafeMigrations", "SM1002", Justification = "Column unused since release 12, data copied to Notes2")]
            [SuppressMessage("SafeMigrations", "SM1003", Justification = Why)]
            protected override void Up(MigrationBuilder migrationBuilder)
            {
        #pragma warning disable SM1001 // LegacyOrders archived in OPS-42
                migrationBuilder.DropTable("LegacyOrders");
        #pragma warning restore SM1001

                // Sequence recreated with the same values by the next statement.
        #pragma warning disable SM1006
                migrationBuilder.DropSequence("Numbers");
        #pragma warning restore SM1006
        #pragma warning disable CS0618
            }
        }
        """);

    [Theory, AllEfVersions]
    public Task StandardSuppressions_SilenceTheRules(EfVersion ef) => RunWithoutSuppressionCheck<DataLossAnalyzer>(ef, """
        using System.Diagnostics.CodeAnalysis;
        using Microsoft.EntityFrameworkCore.Migrations;

        [assembly: SuppressMessage("SafeMigrations", "SM1006", Scope = "type", Target = "~T:DropThings", Justification = "Schema emptied in OPS-7")]

        [SuppressMessage("SafeMigrations", "SM1001:Migration drops a table", Justification = "LegacyOrders archived in OPS-42")]
        public partial class DropThings : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.DropTable("LegacyOrders");
                migrationBuilder.DropSchema("legacy");
        #pragma warning disable SM1002 // Notes copied to NotesV2 by 20240101_CopyNotes
                migrationBuilder.DropColumn("Notes", "Orders");
        #pragma warning restore SM1002
                {|#0:migrationBuilder.DropColumn("Other", "Orders")|};
            }
        }
        """,
        Verify.Diagnostic(Descriptors.SM1002).WithLocation(0).WithArguments("Orders", "Other"));
}

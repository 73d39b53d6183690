using SafeMigrations.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using SafeMigrations.Analyzers.Hygiene;
using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.CodeFixVerifier<
    SafeMigrations.Analyzers.Migrations.DataLossAnalyzer,
    SafeMigrations.Analyzers.CodeFixes.AcknowledgeDataLossCodeFixProvider>;
using VerifySql = SafeMigrations.Analyzers.Tests.Infrastructure.CodeFixVerifier<
    SafeMigrations.Analyzers.Migrations.RawSqlAnalyzer,
    SafeMigrations.Analyzers.CodeFixes.AcknowledgeDataLossCodeFixProvider>;

using static SafeMigrations.Analyzers.Tests.Migrations.MigrationSource;

namespace SafeMigrations.Analyzers.Tests.CodeFixes;

public class AcknowledgeDataLossCodeFixTests
{
    private const string Key = AcknowledgeDataLossCodeFixProvider.EquivalenceKey;

    [Fact]
    public Task ScaffoldedMigration_GetsSuppressMessageWithPlaceholderAndUsing() => Verify.VerifyAsync(EfVersion.Ef10, /* lang=c#-test */ """
        using Microsoft.EntityFrameworkCore.Migrations;

        #nullable disable

        namespace App.Migrations
        {
            /// <inheritdoc />
            public partial class DropLegacyOrders : Migration
            {
                /// <inheritdoc />
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    {|#0:migrationBuilder.DropTable(
                        name: "LegacyOrders")|};
                }

                /// <inheritdoc />
                protected override void Down(MigrationBuilder migrationBuilder)
                {
                }
            }
        }
        """, /* lang=c#-test */ """
        using System.Diagnostics.CodeAnalysis;
        using Microsoft.EntityFrameworkCore.Migrations;

        #nullable disable

        namespace App.Migrations
        {
            /// <inheritdoc />
            public partial class DropLegacyOrders : Migration
            {
                /// <inheritdoc />
                [SuppressMessage("SafeMigrations", "SM1001:Migration drops a table", Justification = "TODO: why is this data loss acceptable?")]
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.DropTable(
                        name: "LegacyOrders");
                }

                /// <inheritdoc />
                protected override void Down(MigrationBuilder migrationBuilder)
                {
                }
            }
        }
        """, null, Key,
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(0).WithArguments("LegacyOrders"));

    [Fact]
    public Task TwoDropsInOneMethodAndAHelper_FixAllAddsOneAttributePerMethod_KeepsExistingAttributesAndUsing() => Verify.VerifyAsync(EfVersion.Ef10, """
        using System;
        using System.Diagnostics.CodeAnalysis;
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace App.Migrations;

        public class Cleanup : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                {|#0:migrationBuilder.DropTable("Sessions")|};
                {|#1:migrationBuilder.DropTable("Tokens")|};
                DropAudit(migrationBuilder);
            }

            [Obsolete("kept for old deployments")]
            private static void DropAudit(MigrationBuilder b) => {|#2:b.DropTable("Audit")|};
        }
        """, """
        using System;
        using System.Diagnostics.CodeAnalysis;
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace App.Migrations;

        public class Cleanup : Migration
        {
            [SuppressMessage("SafeMigrations", "SM1001:Migration drops a table", Justification = "TODO: why is this data loss acceptable?")]
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.DropTable("Sessions");
                migrationBuilder.DropTable("Tokens");
                DropAudit(migrationBuilder);
            }

            [Obsolete("kept for old deployments")]
            [SuppressMessage("SafeMigrations", "SM1001:Migration drops a table", Justification = "TODO: why is this data loss acceptable?")]
            private static void DropAudit(MigrationBuilder b) => b.DropTable("Audit");
        }
        """, null, Key,
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(0).WithArguments("Sessions"),
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(1).WithArguments("Tokens"),
        Verify.Diagnostic(Descriptors.SM1001).WithLocation(2).WithArguments("Audit"));

    [Fact]
    public Task NoDataLoss_NoDiagnosticAndNothingToFix() => Verify.VerifyAsync(EfVersion.Ef10, """
        using Microsoft.EntityFrameworkCore.Migrations;

        public class AddIndex : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateTable(name: "Scratch", columns: t => new { Id = t.Column<int>() });
                migrationBuilder.DropTable("Scratch");
            }
        }
        """, """
        using Microsoft.EntityFrameworkCore.Migrations;

        public class AddIndex : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateTable(name: "Scratch", columns: t => new { Id = t.Column<int>() });
                migrationBuilder.DropTable("Scratch");
            }
        }
        """, null, Key);

    [Fact]
    public Task RawSqlDropTableAndDropColumnInOneMethod_GetOneAttributePerRule() => VerifySql.VerifyAsync(EfVersion.Ef10, """
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace App.Migrations;

        public class Cleanup : Migration
        {
            // Clean-up after the 2.0 release.
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("{|#0:DROP TABLE|} legacy_orders;");
                migrationBuilder.Sql("ALTER TABLE customers {|#1:DROP COLUMN|} fax, {|#2:DROP COLUMN|} telex;");
            }
        }
        """, """
        using System.Diagnostics.CodeAnalysis;
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace App.Migrations;

        public class Cleanup : Migration
        {
            // Clean-up after the 2.0 release.
            [SuppressMessage("SafeMigrations", "SM2001:Raw SQL drops or empties a table, schema or database", Justification = "TODO: why is this data loss acceptable?")]
            [SuppressMessage("SafeMigrations", "SM2002:Raw SQL drops a column", Justification = "TODO: why is this data loss acceptable?")]
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("DROP TABLE legacy_orders;");
                migrationBuilder.Sql("ALTER TABLE customers DROP COLUMN fax, DROP COLUMN telex;");
            }
        }
        """, null, Key,
        VerifySql.Diagnostic(Descriptors.SM2001).WithLocation(0).WithArguments("drops table", "legacy_orders"),
        VerifySql.Diagnostic(Descriptors.SM2002).WithLocation(1).WithArguments("customers", "fax"),
        VerifySql.Diagnostic(Descriptors.SM2002).WithLocation(2).WithArguments("customers", "telex"));

    [Fact]
    public Task DropColumnAndNarrowingAlterInOneMethod_GetOneAttributePerRule() => Verify.VerifyAsync(
        EfVersion.Ef10,
        Up("""
                    {|#0:migrationBuilder.DropColumn(name: "Fax", table: "Customers")|};
                    {|#1:migrationBuilder.AlterColumn<string>(name: "Name", table: "Customers", type: "nvarchar(50)", maxLength: 50, nullable: false, oldClrType: typeof(string), oldType: "nvarchar(max)")|};
            """),
        Up("""
                    migrationBuilder.DropColumn(name: "Fax", table: "Customers");
                    migrationBuilder.AlterColumn<string>(name: "Name", table: "Customers", type: "nvarchar(50)", maxLength: 50, nullable: false, oldClrType: typeof(string), oldType: "nvarchar(max)");
            """).Replace("using System;\n", "using System;\nusing System.Diagnostics.CodeAnalysis;\n").Replace(
            "    protected override void Up",
            """
                [SuppressMessage("SafeMigrations", "SM1002:Migration drops a column", Justification = "TODO: why is this data loss acceptable?")]
                [SuppressMessage("SafeMigrations", "SM1004:Column altered to a narrower type", Justification = "TODO: why is this data loss acceptable?")]
                protected override void Up
            """.TrimEnd()),
        null, Key,
        Verify.Diagnostic(Descriptors.SM1002).WithLocation(0).WithArguments("Customers", "Fax"),
        Verify.Diagnostic(Descriptors.SM1004).WithLocation(1).WithArguments("Customers", "Name", "nvarchar(max)", "nvarchar(50)"));

    [Fact]
    public Task ThePlaceholderJustification_IsFlaggedBySM8001UntilAReasonIsWritten() =>
        CustomAnalyzerRun<AcknowledgementAnalyzer>.VerifyAsync(
            EfVersion.Ef10,
            $$"""
            using System.Diagnostics.CodeAnalysis;
            using Microsoft.EntityFrameworkCore.Migrations;

            public class DropLegacyOrders : Migration
            {
                [{|#0:SuppressMessage("SafeMigrations", "SM1001:Migration drops a table", Justification = "{{AcknowledgeDataLossCodeFixProvider.PlaceholderJustification}}")|}]
                protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("LegacyOrders");
            }
            """,
            test => test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck,
            new DiagnosticResult(Descriptors.SM8001).WithLocation(0)
                .WithArguments("SM1001", "the placeholder justification '" + AcknowledgeDataLossCodeFixProvider.PlaceholderJustification + "'"));
}

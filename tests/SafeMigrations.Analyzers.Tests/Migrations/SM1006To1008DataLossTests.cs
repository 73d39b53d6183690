using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using static SafeMigrations.Analyzers.Tests.Migrations.MigrationSource;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.DataLossAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.Migrations;

public class SM1006DropSchemaOrSequenceTests
{
    [Theory, AllEfVersions]
    public Task SchemaAndSequenceDropsAndRestarts_AreReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.DropSchema(name: "archive")|};
                {|#1:migrationBuilder.DropSequence(name: "OrderNumbers", schema: "sales")|};
                {|#2:migrationBuilder.RestartSequence("InvoiceNumbers", 1000L)|};
        """),
        Verify.Diagnostic(Descriptors.SM1006).WithLocation(0).WithArguments("drops schema", "archive"),
        Verify.Diagnostic(Descriptors.SM1006).WithLocation(1).WithArguments("drops sequence", "sales.OrderNumbers"),
        Verify.Diagnostic(Descriptors.SM1006).WithLocation(2).WithArguments("restarts sequence", "InvoiceNumbers"));

    [Theory, AllEfVersions]
    public Task CreatingOrAlteringSequencesAndSchemas_IsNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.EnsureSchema(name: "archive");
                migrationBuilder.CreateSequence<int>(name: "OrderNumbers", schema: "sales", startValue: 1000L);
                migrationBuilder.AlterSequence(name: "OrderNumbers", schema: "sales", incrementBy: 2);
        """));
}

public class SM1007SeedDataChangedTests
{
    [Theory, AllEfVersions]
    public Task DeleteAndUpdateData_AreReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.DeleteData(table: "Countries", keyColumn: "Id", keyValue: 7)|};
                {|#1:migrationBuilder.UpdateData(table: "Countries", keyColumn: "Id", keyValue: 1, column: "Name", value: "Czechia")|};
        """),
        Verify.Diagnostic(Descriptors.SM1007).WithLocation(0).WithArguments("deletes", "Countries"),
        Verify.Diagnostic(Descriptors.SM1007).WithLocation(1).WithArguments("overwrites", "Countries"));

    [Theory, AllEfVersions]
    public Task OverloadsWithArraysAndPositionalArguments_AreResolved(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.DeleteData("Countries", new[] { "Id", "Code" }, new object[,] { { 1, "CZ" }, { 2, "SK" } }, "geo")|};
                {|#1:migrationBuilder.UpdateData("Regions", "Id", new object[] { 1, 2 }, new[] { "Name" }, new object[,] { { "A" }, { "B" } })|};
                var keys = new object[] { 3 };
                {|#2:migrationBuilder.DeleteData("Cities", "Id", keys)|};
        """),
        Verify.Diagnostic(Descriptors.SM1007).WithLocation(0).WithArguments("deletes", "geo.Countries"),
        Verify.Diagnostic(Descriptors.SM1007).WithLocation(1).WithArguments("overwrites", "Regions"),
        Verify.Diagnostic(Descriptors.SM1007).WithLocation(2).WithArguments("deletes", "Cities"));

    [Theory, AllEfVersions]
    public Task InsertData_AndSeedOfTableCreatedEarlier_AreNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.InsertData(table: "Countries", columns: new[] { "Id", "Name" }, values: new object[] { 8, "Chile" });
                migrationBuilder.CreateTable("Currencies", table => new { Id = table.Column<int>(nullable: false) });
                migrationBuilder.InsertData("Currencies", "Id", 1);
                migrationBuilder.UpdateData("Currencies", "Id", 1, "Id", 2);
        """));
}

public class SM1008TemporalHistoryDroppedTests
{
    [Theory, AllEfVersions]
    public Task TurningOffSystemVersioning_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.AlterTable(
                    name: "Employees")|}
                    .OldAnnotation("SqlServer:IsTemporal", true)
                    .OldAnnotation("SqlServer:TemporalHistoryTableName", "EmployeesHistory")
                    .OldAnnotation("SqlServer:TemporalPeriodEndColumnName", "PeriodEnd")
                    .OldAnnotation("SqlServer:TemporalPeriodStartColumnName", "PeriodStart");
        """),
        Verify.Diagnostic(Descriptors.SM1008).WithLocation(0).WithArguments("Employees"));

    [Theory, AllEfVersions]
    public Task TurningOnOrKeepingVersioning_IsNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.AlterTable(name: "Employees")
                    .Annotation("SqlServer:IsTemporal", true)
                    .Annotation("SqlServer:TemporalHistoryTableName", "EmployeesHistory");
                migrationBuilder.AlterTable(name: "Managers")
                    .Annotation("SqlServer:IsTemporal", true)
                    .Annotation("SqlServer:TemporalHistoryTableName", "ManagersArchive")
                    .OldAnnotation("SqlServer:IsTemporal", true)
                    .OldAnnotation("SqlServer:TemporalHistoryTableName", "ManagersHistory");
                migrationBuilder.AlterTable(name: "Teams", comment: "Teams", oldComment: null);
        """));
}

using SafeMigrations.Analyzers.CodeFixes;
using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using static SafeMigrations.Analyzers.Tests.Migrations.MigrationSource;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.CodeFixVerifier<
    SafeMigrations.Analyzers.Migrations.DataLossAnalyzer,
    SafeMigrations.Analyzers.CodeFixes.DropAndAddToRenameCodeFixProvider>;

namespace SafeMigrations.Analyzers.Tests.CodeFixes;

public class DropAndAddToRenameCodeFixTests
{
    private const string Key = DropAndAddToRenameCodeFixProvider.EquivalenceKey;

    [Fact]
    public Task ScaffoldedRename_BecomesRenameColumnInUpAndDown() => Verify.VerifyAsync(
        EfVersion.Ef10,
        Up(up: """
                    {|#0:migrationBuilder.DropColumn(
                        name: "Surname",
                        table: "Customers")|};

                    migrationBuilder.AddColumn<string>(
                        name: "LastName",
                        table: "Customers",
                        type: "nvarchar(max)",
                        nullable: true);
            """, down: """
                    migrationBuilder.DropColumn(
                        name: "LastName",
                        table: "Customers");

                    migrationBuilder.AddColumn<string>(
                        name: "Surname",
                        table: "Customers",
                        type: "nvarchar(max)",
                        nullable: true);
            """),
        Up(up: """
                    migrationBuilder.RenameColumn(
                        name: "Surname",
                        table: "Customers",
                        newName: "LastName");
            """, down: """
                    migrationBuilder.RenameColumn(
                        name: "LastName",
                        table: "Customers",
                        newName: "Surname");
            """),
        null, Key,
        Verify.Diagnostic(Descriptors.SM1003).WithLocation(0).WithArguments("Customers", "Surname", "LastName"));

    [Fact]
    public Task AddBeforeDrop_PositionalArgumentsAndSchemaOnOneSide_KeepOneLineLayoutAndFollowingStatements() => Verify.VerifyAsync(
        EfVersion.Ef10,
        Up("""
                    migrationBuilder.EnsureSchema("sales");

                    migrationBuilder.AddColumn<int>("Quantity", "Lines", nullable: true);

                    {|#0:migrationBuilder.DropColumn("Qty", "Lines", "sales")|};

                    migrationBuilder.CreateIndex("IX_Lines_Sku", "Lines", "Sku", "sales");
            """),
        Up("""
                    migrationBuilder.EnsureSchema("sales");

                    migrationBuilder.RenameColumn(name: "Qty", table: "Lines", newName: "Quantity", schema: "sales");

                    migrationBuilder.CreateIndex("IX_Lines_Sku", "Lines", "Sku", "sales");
            """),
        null, Key,
        Verify.Diagnostic(Descriptors.SM1003).WithLocation(0).WithArguments("sales.Lines", "Qty", "Quantity"));

    private const string AddLastName = """        migrationBuilder.AddColumn<string>(name: "LastName", table: "Customers", nullable: true);""";
    private const string AddFirstName = """        migrationBuilder.AddColumn<string>(name: "FirstName", table: "Customers", nullable: true);""";
    private const string DropSurname = """        {|#0:migrationBuilder.DropColumn(name: "Surname", table: "Customers")|};""";
    private const string DropForename = """        {|#1:migrationBuilder.DropColumn(name: "Forename", table: "Customers")|};""";

    /// <summary>Fix All pairs each drop with the add its diagnostic names, whatever the order of the statements.</summary>
    [Theory]
    [InlineData(DropSurname, DropForename, AddLastName, AddFirstName)]
    [InlineData(AddLastName, AddFirstName, DropSurname, DropForename)]
    [InlineData(AddLastName, DropSurname, AddFirstName, DropForename)]
    public Task TwoRenamesOnOneTable_FixAllPairsEachDropWithItsAdd(string first, string second, string third, string fourth) => Verify.VerifyAsync(
        EfVersion.Ef10,
        Up(string.Join("\n", first, second, third, fourth)),
        Up("""
                    migrationBuilder.RenameColumn(name: "Surname", table: "Customers", newName: "LastName");
                    migrationBuilder.RenameColumn(name: "Forename", table: "Customers", newName: "FirstName");
            """),
        null, Key,
        Verify.Diagnostic(Descriptors.SM1003).WithLocation(0).WithArguments("Customers", "Surname", "LastName"),
        Verify.Diagnostic(Descriptors.SM1003).WithLocation(1).WithArguments("Customers", "Forename", "FirstName"));

    [Fact]
    public Task AddInAHelperMethod_NoFixOffered() => Verify.VerifyNoFixAsync(
        EfVersion.Ef10,
        Up("""
                    {|#0:migrationBuilder.DropColumn(name: "Surname", table: "Customers")|};
                    AddLastName(migrationBuilder);
            """, members: """

                private static void AddLastName(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.AddColumn<string>(name: "LastName", table: "Customers", nullable: true);
            """),
        Key,
        Verify.Diagnostic(Descriptors.SM1003).WithLocation(0).WithArguments("Customers", "Surname", "LastName"));
}

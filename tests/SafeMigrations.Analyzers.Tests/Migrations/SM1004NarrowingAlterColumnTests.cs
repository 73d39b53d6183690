using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using static SafeMigrations.Analyzers.Tests.Migrations.MigrationSource;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.DataLossAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.Migrations;

public class SM1004NarrowingAlterColumnTests
{
    /// <summary>AlterColumn calls that narrow the column, with the from/to the message names.</summary>
    public static TheoryData<EfVersion, string, string, string> Narrowing() => PerEfVersion(new[]
    {
        ("""AlterColumn<string>(name: "Name", table: "Customers", type: "nvarchar(50)", maxLength: 50, nullable: false, oldClrType: typeof(string), oldType: "nvarchar(max)")""", "nvarchar(max)", "nvarchar(50)"),
        ("""AlterColumn<string>(name: "Name", table: "Customers", type: "character varying(50)", maxLength: 50, nullable: false, oldClrType: typeof(string), oldType: "text")""", "text", "character varying(50)"),
        ("""AlterColumn<decimal>(name: "Name", table: "Customers", type: "numeric(10,2)", precision: 10, scale: 2, nullable: false, oldClrType: typeof(decimal), oldType: "numeric(18,4)", oldPrecision: 18, oldScale: 4)""", "numeric(18,4)", "numeric(10,2)"),
        ("""AlterColumn<decimal>(name: "Name", table: "Customers", type: "decimal(20,2)", nullable: false, oldClrType: typeof(decimal), oldType: "decimal(18,4)")""", "decimal(18,4)", "decimal(20,2)"),
        ("""AlterColumn<decimal>(name: "Name", table: "Customers", type: "decimal(10,2)", nullable: false, oldClrType: typeof(decimal), oldType: "decimal(18,2)")""", "decimal(18,2)", "decimal(10,2)"),
        ("""AlterColumn<decimal>(name: "Name", table: "Customers", type: "numeric(12,2)", nullable: false, oldClrType: typeof(long), oldType: "bigint")""", "bigint", "numeric(12,2)"),
        ("""AlterColumn<int>(name: "Name", table: "Customers", type: "integer", nullable: false, oldClrType: typeof(long), oldType: "bigint")""", "bigint", "integer"),
        ("""AlterColumn<decimal>(name: "Name", table: "Customers", type: "numeric(10,2)", nullable: false, oldClrType: typeof(string), oldType: "text")""", "text", "numeric(10,2)"),
        ("""AlterColumn<int>("Name", "Customers", oldClrType: typeof(long))""", "long", "int"),
        ("""AlterColumn<string>("Name", "Customers", maxLength: 50, nullable: true, oldMaxLength: 200, oldNullable: true)""", "string(200)", "string(50)"),
        ("""AlterColumn<string>(name: "Name", table: "Customers", type: "varchar(100)", unicode: false, maxLength: 100, nullable: false, oldClrType: typeof(string), oldType: "nvarchar(100)", oldMaxLength: 100)""", "nvarchar(100)", "varchar(100)"),
        ("""AlterColumn<decimal>("Name", "Customers", precision: 18, scale: 0, oldPrecision: 18, oldScale: 2)""", "decimal(18,2)", "decimal(18,0)"),
        ("""AlterColumn<DateTime>(name: "Name", table: "Customers", type: "datetime2", nullable: false, oldClrType: typeof(DateTimeOffset), oldType: "datetimeoffset")""", "datetimeoffset", "datetime2"),
        ("""AlterColumn<float>(name: "Name", table: "Customers", type: "real", nullable: false, oldClrType: typeof(double), oldType: "float")""", "float", "real"),
        ("""AlterColumn<string>(name: "Name", table: "Customers", type: "nvarchar(5)", maxLength: 5, nullable: false, oldClrType: typeof(int), oldType: "int")""", "int", "nvarchar(5)"),
        ("""AlterColumn<Guid>(name: "Name", table: "Customers", type: "uuid", nullable: false, oldClrType: typeof(string), oldType: "text")""", "text", "uuid"),
    });

    /// <summary>Type changes that keep every value (SM3008's business), and changes that are not type changes.</summary>
    public static TheoryData<EfVersion, string> NotNarrowing() => PerEfVersion(new[]
    {
        """AlterColumn<long>(name: "Name", table: "Customers", type: "bigint", nullable: false, oldClrType: typeof(int), oldType: "integer")""",
        """AlterColumn<string>(name: "Name", table: "Customers", type: "nvarchar(max)", nullable: false, oldClrType: typeof(string), oldType: "nvarchar(50)", oldMaxLength: 50)""",
        """AlterColumn<string>(name: "Name", table: "Customers", type: "text", nullable: false, oldClrType: typeof(string), oldType: "character varying(50)", oldMaxLength: 50)""",
        """AlterColumn<decimal>(name: "Name", table: "Customers", type: "numeric(20,4)", nullable: false, oldClrType: typeof(decimal), oldType: "numeric(18,4)")""",
        """AlterColumn<string>(name: "Name", table: "Customers", type: "nvarchar(20)", maxLength: 20, nullable: false, oldClrType: typeof(int), oldType: "int")""",
        """AlterColumn<string>(name: "Name", table: "Customers", type: "nvarchar(100)", maxLength: 100, nullable: false, comment: "Display name", oldClrType: typeof(string), oldType: "nvarchar(100)", oldMaxLength: 100)""",
        """AlterColumn<string>(name: "Name", table: "Customers", type: "text", nullable: false, collation: "C", oldClrType: typeof(string), oldType: "text")""",
        """AlterColumn<int>(name: "Name", table: "Customers", type: "int", nullable: false, defaultValue: 1, oldClrType: typeof(int), oldType: "int")""",
        """AlterColumn<string>(name: "Name", table: "Customers", type: "TEXT", maxLength: 20, nullable: false, oldClrType: typeof(string), oldType: "TEXT", oldMaxLength: 200)""",
        """AlterColumn<DateTimeOffset>(name: "Name", table: "Customers", type: "datetimeoffset", nullable: false, oldClrType: typeof(DateTime), oldType: "datetime2")""",
        """AlterColumn<string>(name: "Name", table: "Customers", type: "geography", nullable: false, oldClrType: typeof(string), oldType: "geometry")""",
    });

    [Theory, MemberData(nameof(Narrowing))]
    public Task NarrowingAlterColumn_IsReported(EfVersion ef, string call, string from, string to) =>
        Verify.VerifyAsync(ef, Up($$"""        {|#0:migrationBuilder.{{call}}|};"""),
            Verify.Diagnostic(Descriptors.SM1004).WithLocation(0).WithArguments("Customers", "Name", from, to));

    [Theory, MemberData(nameof(NotNarrowing))]
    public Task WideningOrNonTypeChange_IsNotReported(EfVersion ef, string call) =>
        Verify.VerifyAsync(ef, Up($"        migrationBuilder.{call};"));

    [Theory, AllEfVersions]
    public Task NarrowingATableCreatedEarlier_IsNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.CreateTable("Customers", table => new { Name = table.Column<string>(nullable: true) });
                migrationBuilder.AlterColumn<string>("Name", "Customers", maxLength: 50, oldMaxLength: 200);
        """));
}

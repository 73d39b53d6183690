using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using static SafeMigrations.Analyzers.Tests.Migrations.MigrationSource;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Migrations.AvailabilityAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.Migrations;

public class SM3006ForeignKeyOnExistingTableTests
{
    [Theory, AllEfVersions]
    public Task ForeignKeyOnExistingTable_IsReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.AddForeignKey(
                    name: "FK_Orders_Customers_CustomerId",
                    table: "Orders",
                    column: "CustomerId",
                    principalTable: "Customers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade)|};
        """),
        Verify.Diagnostic(Descriptors.SM3006).WithLocation(0).WithArguments("FK_Orders_Customers_CustomerId", "Orders"));

    [Theory, AllEfVersions]
    public Task ForeignKeyOnNewTable_IsNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.CreateTable("Lines", table => new { OrderId = table.Column<int>(nullable: false) });
                migrationBuilder.AddForeignKey("FK_Lines_Orders", "Lines", "OrderId", "Orders", principalColumn: "Id");
        """));
}

public class SM3007UniqueOnExistingDataTests
{
    [Theory, AllEfVersions]
    public Task UniqueIndexConstraintAndPrimaryKey_AreReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.CreateIndex(name: "IX_Users_Email", table: "Users", column: "Email", unique: true)|};
                {|#1:migrationBuilder.AddUniqueConstraint("AK_Users_Code", "Users", "Code")|};
                migrationBuilder.DropPrimaryKey("PK_Users", "Users");
                {|#2:migrationBuilder.AddPrimaryKey("PK_Users", "Users", new[] { "TenantId", "Id" })|};
        """),
        Verify.Diagnostic(Descriptors.SM3007).WithLocation(0).WithArguments("Unique index", "IX_Users_Email", "Users"),
        Verify.Diagnostic(Descriptors.SM3007).WithLocation(1).WithArguments("Unique constraint", "AK_Users_Code", "Users"),
        Verify.Diagnostic(Descriptors.SM3007).WithLocation(2).WithArguments("Primary key", "PK_Users", "Users"));

    [Theory, AllEfVersions]
    public Task NonUniqueIndexOrNewTable_IsNotReported(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                migrationBuilder.CreateIndex(name: "IX_Users_Name", table: "Users", column: "Name", unique: false);
                migrationBuilder.CreateTable("Tags", table => new { Id = table.Column<int>(nullable: false) });
                migrationBuilder.CreateIndex("IX_Tags_Id", "Tags", "Id", unique: true);
                migrationBuilder.AddPrimaryKey("PK_Tags", "Tags", "Id");
        """));
}

public class SM3008TypeChangeRewritesTableTests
{
    public static TheoryData<EfVersion, string, string, string> Rewrites() => PerEfVersion(new[]
    {
        ("""AlterColumn<long>(name: "Total", table: "Orders", type: "bigint", nullable: false, oldClrType: typeof(int), oldType: "integer")""", "integer", "bigint"),
        ("""AlterColumn<long>("Total", "Orders", oldClrType: typeof(int))""", "int", "long"),
        ("""AlterColumn<decimal>(name: "Total", table: "Orders", type: "decimal(20,4)", nullable: false, oldClrType: typeof(decimal), oldType: "decimal(18,4)")""", "decimal(18,4)", "decimal(20,4)"),
        ("""AlterColumn<string>(name: "Total", table: "Orders", type: "nvarchar(20)", nullable: false, oldClrType: typeof(string), oldType: "varchar(20)")""", "varchar(20)", "nvarchar(20)"),
        ("""AlterColumn<DateTimeOffset>(name: "Total", table: "Orders", type: "datetimeoffset", nullable: false, oldClrType: typeof(DateTime), oldType: "datetime2")""", "datetime2", "datetimeoffset"),
        ("""AlterColumn<string>(name: "Total", table: "Orders", type: "jsonb", nullable: false, oldClrType: typeof(string), oldType: "json")""", "json", "jsonb"),
    });

    public static TheoryData<EfVersion, string> NoRewrite() => PerEfVersion(new[]
    {
        """AlterColumn<string>(name: "Total", table: "Orders", type: "character varying(200)", maxLength: 200, nullable: false, oldClrType: typeof(string), oldType: "character varying(50)", oldMaxLength: 50)""",
        """AlterColumn<string>(name: "Total", table: "Orders", type: "text", nullable: false, oldClrType: typeof(string), oldType: "character varying(50)", oldMaxLength: 50)""",
        """AlterColumn<string>(name: "Total", table: "Orders", type: "nvarchar(max)", nullable: false, oldClrType: typeof(string), oldType: "nvarchar(100)", oldMaxLength: 100)""",
        """AlterColumn<decimal>(name: "Total", table: "Orders", type: "numeric(20,4)", nullable: false, oldClrType: typeof(decimal), oldType: "numeric(18,4)")""",
        """AlterColumn<int>(name: "Total", table: "Orders", type: "integer", nullable: false, oldClrType: typeof(long), oldType: "bigint")""",
        """AlterColumn<int>(name: "Total", table: "Orders", type: "int", nullable: false, comment: "Sum", oldClrType: typeof(int), oldType: "int", oldComment: "Total")""",
        """AlterColumn<int>(name: "Total", table: "Orders", type: "int", nullable: true, oldClrType: typeof(int), oldType: "int")""",
    });

    [Theory, MemberData(nameof(Rewrites))]
    public Task RewritingTypeChange_IsReported(EfVersion ef, string call, string from, string to) =>
        Verify.VerifyAsync(ef, Up($$"""        {|#0:migrationBuilder.{{call}}|};"""),
            Verify.Diagnostic(Descriptors.SM3008).WithLocation(0).WithArguments("Orders", "Total", from, to));

    [Theory, MemberData(nameof(NoRewrite))]
    public Task MetadataOnlyNarrowingOrNonTypeChange_IsNotReported(EfVersion ef, string call) =>
        Verify.VerifyAsync(ef, Up($"        migrationBuilder.{call};"));

    [Theory, AllEfVersions]
    public Task PostgreSqlNumericWidening_IsMetadataOnly_ButNotOnSqlServer(EfVersion ef) => Task.WhenAll(
        Verify.VerifyAsync(ef, Up("""migrationBuilder.AlterColumn<decimal>("Total", "Orders", precision: 20, scale: 2, oldPrecision: 18, oldScale: 2);"""),
            Settings(("SafeMigrationsProvider", "PostgreSQL"))),
        Verify.VerifyAsync(ef, Up("""{|#0:migrationBuilder.AlterColumn<decimal>("Total", "Orders", precision: 20, scale: 2, oldPrecision: 18, oldScale: 2)|};"""),
            Settings(("SafeMigrationsProvider", "SqlServer")),
            Verify.Diagnostic(Descriptors.SM3008).WithLocation(0).WithArguments("Orders", "Total", "decimal(18,2)", "decimal(20,2)")));
}

public class SM3009VolatileDefaultRewritesTableTests
{
    [Theory, AllEfVersions]
    public Task PostgreSqlVolatileDefault_IsReported_StableNowIsNot(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                {|#0:migrationBuilder.AddColumn<Guid>(name: "PublicId", table: "Orders", type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()")|};
                {|#1:migrationBuilder.AddColumn<DateTime>("Touched", "Orders", nullable: true, defaultValueSql: "clock_timestamp()")|};
                migrationBuilder.AddColumn<DateTime>("Created", "Orders", nullable: false, defaultValueSql: "now()");
                migrationBuilder.AddColumn<int>("Flag", "Orders", nullable: false, defaultValueSql: "0");
        """),
        Settings(("SafeMigrationsProvider", "PostgreSQL")),
        Verify.Diagnostic(Descriptors.SM3009).WithLocation(0).WithArguments("Orders", "PublicId", "gen_random_uuid()"),
        Verify.Diagnostic(Descriptors.SM3009).WithLocation(1).WithArguments("Orders", "Touched", "clock_timestamp()"));

    [Theory, AllEfVersions]
    public Task SqlServerNewIdOnRequiredColumn_IsReported_NullableOrRuntimeConstantIsNot(EfVersion ef) => Verify.VerifyAsync(ef, Up("""
                if (migrationBuilder.IsSqlServer())
                {
                    {|#0:migrationBuilder.AddColumn<Guid>("PublicId", "Orders", nullable: false, defaultValueSql: "NEWID()")|};
                    migrationBuilder.AddColumn<Guid>("OtherId", "Orders", nullable: true, defaultValueSql: "NEWID()");
                    migrationBuilder.AddColumn<DateTime>("Created", "Orders", nullable: false, defaultValueSql: "GETUTCDATE()");
                }
        """),
        Verify.Diagnostic(Descriptors.SM3009).WithLocation(0).WithArguments("Orders", "PublicId", "NEWID()"));

    [Theory, AllEfVersions]
    public Task UnknownProviderOrNewTable_IsSilent(EfVersion ef) => Task.WhenAll(
        Verify.VerifyAsync(ef, Up("""migrationBuilder.AddColumn<Guid>("PublicId", "Orders", nullable: false, defaultValueSql: "gen_random_uuid()");""")),
        Verify.VerifyAsync(ef, Up("""
                migrationBuilder.CreateTable("Orders", table => new { Id = table.Column<int>(nullable: false) });
                migrationBuilder.AddColumn<Guid>("PublicId", "Orders", nullable: false, defaultValueSql: "gen_random_uuid()");
        """), Settings(("SafeMigrationsProvider", "PostgreSQL"))));
}

using SafeMigrations.Analyzers.CodeFixes;
using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using static SafeMigrations.Analyzers.Tests.Migrations.MigrationSource;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.CodeFixVerifier<
    SafeMigrations.Analyzers.Migrations.AvailabilityAnalyzer,
    SafeMigrations.Analyzers.CodeFixes.RequiredColumnCodeFixProvider>;

namespace SafeMigrations.Analyzers.Tests.CodeFixes;

public class RequiredColumnCodeFixTests
{
    private const string Scaffolded = """
                {|#0:migrationBuilder.AddColumn<int>(
                    name: "Rank",
                    table: "Users",
                    type: "int",
                    nullable: false)|};
        """;

    /// <summary>The default goes after <c>nullable</c>, where EF scaffolds it; "nullable" flips the flag.</summary>
    [Theory]
    [InlineData(RequiredColumnCodeFixProvider.DefaultValueKey, "nullable: false,\n            defaultValue: 0);")]
    [InlineData(RequiredColumnCodeFixProvider.NullableKey, "nullable: true);")]
    public Task ScaffoldedAddColumn_KeepsOneArgumentPerLine(string key, string fixedEnd) => Verify.VerifyAsync(
        EfVersion.Ef10,
        Up(Scaffolded),
        Up(Scaffolded.Replace("{|#0:", "").Replace("nullable: false)|};", fixedEnd)),
        null, key,
        Verify.Diagnostic(Descriptors.SM3003).WithLocation(0).WithArguments("Users", "Rank"));

    [Fact]
    public Task DefaultValues_OfEachClrType_FixAll() => Verify.VerifyAsync(
        EfVersion.Ef10,
        Up("""
                    {|#0:migrationBuilder.AddColumn<bool>("Active", "Users", nullable: false)|};
                    {|#1:migrationBuilder.AddColumn<string>("Code", "Users", maxLength: 10)|};
                    {|#2:migrationBuilder.AddColumn<decimal>("Credit", "Users", nullable: false)|};
                    {|#3:migrationBuilder.AddColumn<long>("Visits", "Users", nullable: false)|};
                    {|#4:migrationBuilder.AddColumn<DateTime>("Joined", "Users", nullable: false)|};
                    {|#5:migrationBuilder.AddColumn<Guid>("PublicId", "Users", nullable: false)|};
                    {|#6:migrationBuilder.AddColumn<DateTimeOffset>("SeenAt", "Users", nullable: false)|};
            """),
        Up("""
                    migrationBuilder.AddColumn<bool>("Active", "Users", nullable: false, defaultValue: false);
                    migrationBuilder.AddColumn<string>("Code", "Users", maxLength: 10, defaultValue: "");
                    migrationBuilder.AddColumn<decimal>("Credit", "Users", nullable: false, defaultValue: 0m);
                    migrationBuilder.AddColumn<long>("Visits", "Users", nullable: false, defaultValue: 0L);
                    migrationBuilder.AddColumn<DateTime>("Joined", "Users", nullable: false, defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));
                    migrationBuilder.AddColumn<Guid>("PublicId", "Users", nullable: false, defaultValue: Guid.Empty);
                    migrationBuilder.AddColumn<DateTimeOffset>("SeenAt", "Users", nullable: false, defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));
            """),
        null, RequiredColumnCodeFixProvider.DefaultValueKey,
        Verify.Diagnostic(Descriptors.SM3003).WithLocation(0).WithArguments("Users", "Active"),
        Verify.Diagnostic(Descriptors.SM3003).WithLocation(1).WithArguments("Users", "Code"),
        Verify.Diagnostic(Descriptors.SM3003).WithLocation(2).WithArguments("Users", "Credit"),
        Verify.Diagnostic(Descriptors.SM3003).WithLocation(3).WithArguments("Users", "Visits"),
        Verify.Diagnostic(Descriptors.SM3003).WithLocation(4).WithArguments("Users", "Joined"),
        Verify.Diagnostic(Descriptors.SM3003).WithLocation(5).WithArguments("Users", "PublicId"),
        Verify.Diagnostic(Descriptors.SM3003).WithLocation(6).WithArguments("Users", "SeenAt"));

    [Fact]
    public Task ImplicitNotNull_NullableActionAddsTheArgument() => Verify.VerifyAsync(
        EfVersion.Ef10,
        Up("""
                    {|#0:migrationBuilder.AddColumn<string>("Code", "Users", maxLength: 10)|};
            """),
        Up("""
                    migrationBuilder.AddColumn<string>("Code", "Users", maxLength: 10, nullable: true);
            """),
        null, RequiredColumnCodeFixProvider.NullableKey,
        Verify.Diagnostic(Descriptors.SM3003).WithLocation(0).WithArguments("Users", "Code"));

    [Fact]
    public Task UnknownClrType_OffersNoDefaultValue() => Verify.VerifyNoFixAsync(
        EfVersion.Ef10,
        Up("""
                    {|#0:migrationBuilder.AddColumn<System.Net.IPAddress>("Ip", "Users", nullable: false)|};
            """),
        RequiredColumnCodeFixProvider.DefaultValueKey,
        Verify.Diagnostic(Descriptors.SM3003).WithLocation(0).WithArguments("Users", "Ip"));

    [Fact]
    public Task ExplicitNullDefault_IsReplacedNotDuplicated() => Verify.VerifyAsync(
        EfVersion.Ef10,
        Up("""
                    {|#0:migrationBuilder.AddColumn<int>("Rank", "Users", nullable: false, defaultValue: null)|};
            """),
        Up("""
                    migrationBuilder.AddColumn<int>("Rank", "Users", nullable: false, defaultValue: 0);
            """),
        null, RequiredColumnCodeFixProvider.DefaultValueKey,
        Verify.Diagnostic(Descriptors.SM3003).WithLocation(0).WithArguments("Users", "Rank"));
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Runtime;
using SafeMigrations.Analyzers.Tests.Infrastructure;
using Verify = SafeMigrations.Analyzers.Tests.Infrastructure.AnalyzerVerifier<SafeMigrations.Analyzers.Runtime.RuntimeDatabaseCallAnalyzer>;

namespace SafeMigrations.Analyzers.Tests.Runtime;

public class SM4001EnsureDeletedTests
{
    private const string Source = /* lang=c#-test */ """
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;

        public class AppDb : DbContext
        {
        }

        public class Seeder
        {
            public async Task ResetAsync(AppDb db)
            {
                {|#0:db.Database.EnsureDeleted()|};
                await {|#1:db.Database.EnsureDeletedAsync()|};
                db?.Database.EnsureCreated();
            }
        }
        """;

    [Theory, AllEfVersions]
    public Task EnsureDeleted_IsReportedInApplicationCode(EfVersion ef) => Verify.VerifyAsync(ef, Source,
        Verify.Diagnostic(Descriptors.SM4001).WithLocation(0).WithArguments("EnsureDeleted"),
        Verify.Diagnostic(Descriptors.SM4001).WithLocation(1).WithArguments("EnsureDeletedAsync"));

    [Theory, AllEfVersions]
    public Task EnsureDeleted_IsNotReportedInTestProjects(EfVersion ef) => Verify.VerifyAsync(ef,
        Source.Replace("{|#0:", "").Replace("{|#1:", "").Replace("|}", ""),
        new Dictionary<string, string> { ["IsTestProject"] = "true" });

    [Theory, AllEfVersions]
    public Task LookAlikes_AreNotReported(EfVersion ef) => Verify.VerifyAsync(ef, /* lang=c#-test */ """
        public class Database
        {
            public void EnsureDeleted() { }
        }

        public class Cleaner
        {
            public void Run(Database database) => database.EnsureDeleted();
        }
        """);

    [Theory, AllEfVersions]
    public Task EnsureDeleted_IsNotReported_WhenATestFrameworkIsReferenced(EfVersion ef)
    {
        var xunit = CSharpCompilation.Create(
            "xunit.core",
            new[] { CSharpSyntaxTree.ParseText("namespace Xunit { public sealed class FactAttribute : System.Attribute { } }") },
            EfReferenceSets.Get(ef),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(xunit.Emit(image).Success);
        var reference = MetadataReference.CreateFromImage(image.ToArray());

        return CustomAnalyzerRun<RuntimeDatabaseCallAnalyzer>.VerifyAsync(
            ef, Source.Replace("{|#0:", "").Replace("{|#1:", "").Replace("|}", ""), test => test.TestState.AdditionalReferences.Add(reference));
    }
}

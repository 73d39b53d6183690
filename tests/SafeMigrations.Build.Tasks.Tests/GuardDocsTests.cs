using SafeMigrations.Core.Guard;

namespace SafeMigrations.Build.Tasks.Tests;

/// <summary>Every guard code has its doc page, titled as the code's catalog entry, with the right default severity.</summary>
public class GuardDocsTests
{
    public static TheoryData<string> Codes => new(GuardCodes.All.Select(c => c.Code));

    [Theory, MemberData(nameof(Codes))]
    public void Code_HasItsDocPage(string code)
    {
        var (_, title, severity) = GuardCodes.All.Single(c => c.Code == code);
        var page = Path.Combine(RepositoryRoot(), "docs", "rules", code + ".md");

        Assert.True(File.Exists(page), $"{page} is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {code}: {title}\n", text.ReplaceLineEndings("\n"));
        Assert.Contains($"| Default severity | {severity}", text);
    }

    [Fact]
    public void Codes_AreUnique() => Assert.Equal(GuardCodes.All.Length, GuardCodes.All.Select(c => c.Code).Distinct().Count());

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SafeMigrations.Analyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}

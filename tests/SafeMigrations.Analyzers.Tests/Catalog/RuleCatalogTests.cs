using System.Text.RegularExpressions;
using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Tests.Infrastructure;

namespace SafeMigrations.Analyzers.Tests.Catalog;

/// <summary>The rule catalog's invariants: help links, doc pages, release tracking, unique IDs.</summary>
public class RuleCatalogTests
{
    public static IEnumerable<object[]> RuleIds => AnalyzerCatalog.RuleIds;

    [Fact]
    public void EveryExportedAnalyzer_SupportsAtLeastOneRule() =>
        Assert.All(AnalyzerCatalog.All, analyzer => Assert.NotEmpty(analyzer.SupportedDiagnostics));

    [Fact]
    public void EachRuleId_IsReportedByExactlyOneAnalyzer()
    {
        var owners = AnalyzerCatalog.All
            .SelectMany(a => a.SupportedDiagnostics.Select(d => (d.Id, Analyzer: a.GetType().Name)))
            .GroupBy(x => x.Id)
            .Where(g => g.Select(x => x.Analyzer).Distinct().Count() > 1)
            .Select(g => g.Key);
        Assert.Empty(owners);
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void Rule_HasHelpLinkToItsExistingDocPage(string id)
    {
        var descriptor = AnalyzerCatalog.Descriptor(id);
        Assert.EndsWith($"/docs/rules/{id}.md", descriptor.HelpLinkUri);
        Assert.StartsWith("https://", descriptor.HelpLinkUri);
        var page = Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        Assert.StartsWith($"# {id}: ", File.ReadAllText(page));
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void Rule_IsListedInAnalyzerReleasesWithItsSeverity(string id)
    {
        var descriptor = AnalyzerCatalog.Descriptor(id);
        var releases = string.Concat(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "SafeMigrations.Analyzers", "AnalyzerReleases.Shipped.md")),
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "SafeMigrations.Analyzers", "AnalyzerReleases.Unshipped.md")));
        Assert.Matches(new Regex($@"^{id}\s*\|\s*{"SafeMigrations"}\s*\|\s*{descriptor.DefaultSeverity}\s*\|", RegexOptions.Multiline), releases);
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void Rule_TitleAndMessageFollowTheCatalogStyle(string id)
    {
        var descriptor = AnalyzerCatalog.Descriptor(id);
        var title = descriptor.Title.ToString();
        var message = descriptor.MessageFormat.ToString();
        Assert.Matches(@"^SM[1-8]\d{3}$", id);
        Assert.False(title.EndsWith('.'), "titles do not end with a period");
        Assert.True(message.EndsWith('.'), "messages are full sentences");

        // Each message says what breaks and what to do instead: at least two sentences.
        Assert.True(Regex.Matches(message, @"[.:;] [A-Z']").Count >= 1, message);
        Assert.Equal("SafeMigrations", descriptor.Category);
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Fact]
    public void RulesMarkdown_RowsInTheReadmeMatchTheCatalog()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        foreach (var id in AnalyzerCatalog.RuleIds.Select(r => (string)r[0]))
        {
            Assert.Contains($"[{id}](docs/rules/{id}.md)", readme);
        }
    }
}

using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SafeMigrations.Analyzers.Tests.Infrastructure;

namespace SafeMigrations.Analyzers.Tests.Catalog;

/// <summary>
/// Every shipped fixer is loadable by the IDE and by `dotnet format`: exported, shared, fixing only rules the
/// analyzers report, and with a Fix All provider that supports solution scope (dotnet format needs it).
/// </summary>
public class CodeFixCatalogTests
{
    public static IEnumerable<object[]> FixerNames => Fixers.Select(f => new object[] { f.GetType().Name });

    private static IReadOnlyList<CodeFixProvider> Fixers { get; } = typeof(SafeMigrations.Analyzers.CodeFixes.AcknowledgeDataLossCodeFixProvider).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToList();

    /// <summary>
    /// With SafeMigrationsAnalyzeGeneratedCode the build compiles with SafeMigrations.Analyzers.GeneratedCode.dll and
    /// SafeMigrations.Analyzers.dll is no analyzer reference, so an IDE would not load it for the fixers: they may use
    /// its constants (RuleIds, inlined) but nothing that needs the assembly at run time.
    /// </summary>
    [Fact]
    public void Fixers_DoNotNeedTheAnalyzerAssemblyAtRunTime() =>
        Assert.DoesNotContain(
            typeof(SafeMigrations.Analyzers.CodeFixes.AcknowledgeDataLossCodeFixProvider).Assembly.GetReferencedAssemblies(),
            reference => reference.Name == typeof(Rules.RuleIds).Assembly.GetName().Name);

    [Theory, MemberData(nameof(FixerNames))]
    public void Fixer_IsExportedSharedAndFixesReportedRules(string name)
    {
        var fixer = Fixers.Single(f => f.GetType().Name == name);
        var export = Assert.Single(fixer.GetType().GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), inherit: false).Cast<ExportCodeFixProviderAttribute>());
        Assert.Equal(new[] { LanguageNames.CSharp }, export.Languages);
        Assert.NotEmpty(fixer.GetType().GetCustomAttributes(typeof(SharedAttribute), inherit: false));

        var reported = AnalyzerCatalog.All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
        Assert.NotEmpty(fixer.FixableDiagnosticIds);
        Assert.All(fixer.FixableDiagnosticIds, id => Assert.Contains(id, reported));

        var fixAll = fixer.GetFixAllProvider();
        Assert.NotNull(fixAll);
        Assert.Contains(FixAllScope.Solution, fixAll.GetSupportedFixAllScopes());
        Assert.Contains(FixAllScope.Project, fixAll.GetSupportedFixAllScopes());
        Assert.Contains(FixAllScope.Document, fixAll.GetSupportedFixAllScopes());
    }

    [Fact]
    public void EachRuleHasAtMostOneFixer()
    {
        var ids = Fixers.SelectMany(f => f.FixableDiagnosticIds).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SafeMigrations.Analyzers.Tests.Infrastructure;

/// <summary>Every analyzer the package exports, found by reflection as the compiler finds them.</summary>
public static class AnalyzerCatalog
{
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = typeof(Rules.Descriptors).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                    && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static IEnumerable<object[]> AnalyzerNames => All.Select(a => new object[] { a.GetType().Name });

    public static IEnumerable<object[]> RuleIds =>
        All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).Select(id => new object[] { id });

    public static DiagnosticAnalyzer ByName(string name) => All.Single(a => a.GetType().Name == name);

    public static DiagnosticDescriptor Descriptor(string id) =>
        All.SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);
}

using Microsoft.CodeAnalysis.Diagnostics;

namespace SafeMigrations.Analyzers.Infrastructure;

/// <summary>
/// Whether the migration analyzers (and SM8001) look into code marked generated (<c>// &lt;auto-generated/&gt;</c>,
/// <c>generated_code = true</c>, <c>*.Designer.cs</c>). EF Core scaffolds migration files unmarked, so by default
/// they skip it: one analyzer that opts in makes the compiler's analyzer driver build syntax-node lists and operation
/// trees of every generated declaration for all the other analyzers' sake (EF Core's own included), +13% allocations
/// and about +8% CPU on a 2,000-migration project (docs/performance.md). Teams that mark their migrations generated set
/// <c>SafeMigrationsAnalyzeGeneratedCode=true</c>; the package then compiles with the variant of this assembly that is
/// built with <c>ANALYZE_GENERATED_CODE</c> (src/SafeMigrations.Analyzers.GeneratedCode). The connection-string and
/// runtime-call analyzers never look into generated code.
/// </summary>
internal static class GeneratedCodePolicy
{
#if ANALYZE_GENERATED_CODE
    public const GeneratedCodeAnalysisFlags Migrations = GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;
#else
    // Not None: reporting would then check every diagnostic's enclosing symbols for [GeneratedCode], about half of
    // what reporting costs; migration classes never carry it, and generated files are still not analyzed.
    public const GeneratedCodeAnalysisFlags Migrations = GeneratedCodeAnalysisFlags.ReportDiagnostics;
#endif
}

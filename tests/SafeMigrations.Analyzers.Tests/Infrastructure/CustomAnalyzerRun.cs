using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SafeMigrations.Analyzers.Tests.Infrastructure;

/// <summary>
/// An analyzer test on one EF Core version that a test adjusts before it runs (references, test behaviours),
/// for the few cases <see cref="AnalyzerVerifier{TAnalyzer}"/> does not cover.
/// </summary>
public static class CustomAnalyzerRun<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static async Task VerifyAsync(EfVersion ef, string source, Action<CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>> adjust, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>();
        TestProjectSetup.Configure(test, ef);
        test.TestState.Sources.Add(source);
        test.ExpectedDiagnostics.AddRange(expected);
        adjust(test);
        await test.RunAsync();
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SafeMigrations.Analyzers.Tests.Infrastructure;

/// <summary>
/// Code-fix tests compiled against the real EF Core assemblies of one version. The testing library also applies
/// the fix through its FixAll provider at document, project and solution scope and checks the same result.
/// </summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAsync(EfVersion ef, string source, string fixedSource, params DiagnosticResult[] expected) =>
        VerifyAsync(ef, source, fixedSource, settings: null, expected);

    public static Task VerifyAsync(
        EfVersion ef, string source, string fixedSource, IReadOnlyDictionary<string, string>? settings, params DiagnosticResult[] expected) =>
        VerifyAsync(ef, source, fixedSource, settings, equivalenceKey: null, expected);

    /// <summary>Applies the action with <paramref name="equivalenceKey"/> (null: the first offered) to every diagnostic.</summary>
    public static async Task VerifyAsync(
        EfVersion ef, string source, string fixedSource, IReadOnlyDictionary<string, string>? settings, string? equivalenceKey,
        params DiagnosticResult[] expected)
    {
        var test = new Test(ef) { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };
        if (settings is { Count: > 0 })
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", AnalyzerVerifier<TAnalyzer>.GlobalConfig(settings)));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>The diagnostics are reported but no fix is offered (the code would stop compiling).</summary>
    public static Task VerifyNoFixAsync(EfVersion ef, string source, params DiagnosticResult[] expected) =>
        VerifyNoFixAsync(ef, source, equivalenceKey: null, expected);

    /// <summary>The diagnostics are reported but no action with <paramref name="equivalenceKey"/> is offered.</summary>
    public static async Task VerifyNoFixAsync(EfVersion ef, string source, string? equivalenceKey, params DiagnosticResult[] expected)
    {
        var test = new Test(ef) { TestCode = source, FixedCode = source, CodeActionEquivalenceKey = equivalenceKey };
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.InheritanceMode = StateInheritanceMode.AutoInheritAll;
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        await test.RunAsync();
    }

    private sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test(EfVersion ef)
        {
            TestProjectSetup.Configure(this, ef);
        }
    }
}

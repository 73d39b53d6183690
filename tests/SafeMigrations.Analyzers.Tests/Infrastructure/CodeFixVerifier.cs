using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SafeMigrations.Analyzers.Tests.Infrastructure;

/// <summary>
/// Code-fix tests on EF Core 10: the analyzer reports, the fix is applied once per diagnostic, and the testing
/// library also runs Fix All at document, project and solution scope and checks each gives the fixed code.
/// </summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>Applies the fix with <paramref name="equivalenceKey"/> (or the first offered) to every diagnostic.</summary>
    public static Task VerifyAsync(string source, string fixedSource, string? equivalenceKey, params DiagnosticResult[] expected) =>
        VerifyAsync(source, fixedSource, equivalenceKey, remaining: Array.Empty<DiagnosticResult>(), expected);

    /// <summary>As above; <paramref name="remaining"/> are the diagnostics the fixed code still has.</summary>
    public static async Task VerifyAsync(string source, string fixedSource, string? equivalenceKey, DiagnosticResult[] remaining, params DiagnosticResult[] expected)
    {
        var test = new Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        await test.RunAsync();
    }

    /// <summary>The diagnostics are reported but no fix is offered for them.</summary>
    public static Task VerifyNoFixAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, source, equivalenceKey: null, expected, expected);

    private sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            TestProjectSetup.Configure(this, EfVersion.Ef10);
        }
    }
}

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
    public static Task VerifyAsync(string source, string fixedSource, string? equivalenceKey, DiagnosticResult[] remaining, params DiagnosticResult[] expected) =>
        VerifyAsync(source, fixedSource, equivalenceKey, settings: null, remaining, expected);

    /// <summary>As above, with SafeMigrations* build properties (e.g. SafeMigrationsProvider).</summary>
    public static async Task VerifyAsync(
        string source, string fixedSource, string? equivalenceKey, IReadOnlyDictionary<string, string>? settings,
        DiagnosticResult[] remaining, params DiagnosticResult[] expected)
    {
        var test = new Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        if (settings is { Count: > 0 })
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", AnalyzerVerifier<TAnalyzer>.GlobalConfig(settings)));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        await test.RunAsync();
    }

    /// <summary>The diagnostics are reported but no fix with <paramref name="equivalenceKey"/> is offered for them.</summary>
    public static Task VerifyNoFixAsync(string source, string equivalenceKey, params DiagnosticResult[] expected) =>
        VerifyAsync(source, source, equivalenceKey, expected, expected);

    private sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            TestProjectSetup.Configure(this, EfVersion.Ef10);
        }
    }
}

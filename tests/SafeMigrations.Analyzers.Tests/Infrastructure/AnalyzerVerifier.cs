using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SafeMigrations.Analyzers.Tests.Infrastructure;

/// <summary>
/// Analyzer tests compiled against the real EF Core assemblies of one version. Settings become
/// build_property.* entries of a global analyzer config, exactly as the package's CompilerVisibleProperty items.
/// </summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAsync(EfVersion ef, string source, params DiagnosticResult[] expected) =>
        VerifyAsync(ef, source, settings: null, expected);

    public static Task VerifyAsync(EfVersion ef, string source, IReadOnlyDictionary<string, string>? settings, params DiagnosticResult[] expected) =>
        VerifyAsync(ef, new[] { ("/0/Test0.cs", source) }, settings, expected);

    public static async Task VerifyAsync(
        EfVersion ef, IEnumerable<(string Path, string Source)> sources, IReadOnlyDictionary<string, string>? settings,
        params DiagnosticResult[] expected)
    {
        var test = new Test(ef);
        foreach (var (path, source) in sources)
        {
            test.TestState.Sources.Add((path, source));
        }

        if (settings is { Count: > 0 })
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GlobalConfig(settings)));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static string GlobalConfig(IReadOnlyDictionary<string, string> settings)
    {
        var text = new StringBuilder("is_global = true\n");
        foreach (var (key, value) in settings)
        {
            text.Append("build_property.").Append(key).Append(" = ").Append(value).Append('\n');
        }

        return text.ToString();
    }

    private sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test(EfVersion ef)
        {
            TestProjectSetup.Configure(this, ef);
        }
    }
}

/// <summary>Project setup shared by analyzer and code-fix tests.</summary>
public static class TestProjectSetup
{
    public static void Configure(AnalyzerTest<DefaultVerifier> test, EfVersion ef)
    {
        // No package resolution at test time: the reference set already holds the .NET reference pack.
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(EfReferenceSets.Get(ef));
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var options = (CSharpCompilationOptions)project.CompilationOptions!;
            options = options.WithNullableContextOptions(NullableContextOptions.Enable);
            return solution.WithProjectCompilationOptions(projectId, options)
                .WithProjectParseOptions(projectId, ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.Latest));
        });
    }
}

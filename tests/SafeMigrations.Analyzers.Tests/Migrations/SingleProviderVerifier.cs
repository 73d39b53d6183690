using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SafeMigrations.Analyzers.Tests.Infrastructure;

namespace SafeMigrations.Analyzers.Tests.Migrations;

/// <summary>
/// Runs an analyzer on a project that references only one EF Core provider (the shared reference sets hold
/// SQL Server, PostgreSQL and SQLite), to test provider inference from the referenced assembly.
/// </summary>
public static class SingleProviderVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    private static readonly string[] ProviderAssemblies =
    {
        "Microsoft.EntityFrameworkCore.SqlServer.dll", "Npgsql.EntityFrameworkCore.PostgreSQL.dll", "Microsoft.EntityFrameworkCore.Sqlite.dll",
    };

    public static Task VerifyAsync(EfVersion ef, string keepProviderAssembly, string source, params DiagnosticResult[] expected) =>
        CustomAnalyzerRun<TAnalyzer>.VerifyAsync(ef, source, test =>
        {
            var references = test.TestState.AdditionalReferences.ToList();
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(references.Where(reference =>
            {
                var file = Path.GetFileName(reference.Display ?? "");
                return file == keepProviderAssembly || !ProviderAssemblies.Contains(file);
            }));
        }, expected);
}

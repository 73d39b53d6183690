using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SafeMigrations.Analyzers.Rules;

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>SM1xxx: typed migration operations that delete data.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DataLossAnalyzer : MigrationAnalyzerBase
{
    private static readonly ImmutableHashSet<string> Names = ImmutableHashSet.Create(
        "CreateTable", "DropTable");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SM1001);

    private protected override ImmutableHashSet<string> CandidateNames => Names;

    private protected override void AnalyzeMigration(MigrationContext context)
    {
        var created = new CreatedTables();
        foreach (var call in context.Calls)
        {
            if (created.Observe(call))
            {
                continue;
            }

            if (call.Name == "DropTable" && call.Method.ContainingType.Name == "MigrationBuilder")
            {
                var table = TableName.From(call);
                if (created.IsExisting(table))
                {
                    context.Report(Descriptors.SM1001, call.Location, Describe(table, call, "name"));
                }
            }
        }
    }

    private static string Describe(TableName? table, BuilderCall call, string parameter) =>
        table?.ToString() ?? call.Argument(parameter)?.ToString() ?? "?";
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Sql;
using SafeMigrations.Core.Sql;

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>SM2xxx: destructive statements in migrationBuilder.Sql(...), found by Core's SQL classifier.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RawSqlAnalyzer : MigrationAnalyzerBase
{
    internal static readonly ImmutableHashSet<string> Names = ImmutableHashSet.Create("Sql", "CreateTable");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SM2001, Descriptors.SM2002, Descriptors.SM2003, Descriptors.SM2004);

    private protected override ImmutableHashSet<string> CandidateNames => Names;

    private protected override void AnalyzeMigration(MigrationContext context)
    {
        // Tables this migration creates (typed or in SQL) are scratch tables: dropping them later loses nothing.
        var created = new SqlCreatedTables();
        foreach (var call in context.Calls)
        {
            if (!SymbolEqualityComparer.Default.Equals(call.Method.ContainingType, context.Ef.MigrationBuilder))
            {
                continue;
            }

            if (call.Name == "CreateTable")
            {
                if (TableName.From(call) is { } table)
                {
                    created.Add(table.Name);
                }

                continue;
            }

            if (!call.HasNonNullArgument("sql") || call.Argument("sql") is not { } argument)
            {
                continue;
            }

            var sql = SqlTextFolder.Fold(argument, call.Model, context.CancellationToken);
            if (sql is null)
            {
                context.Report(Descriptors.SM2004, argument.GetLocation(), call.Name);
                continue;
            }

            var dialect = DatabaseProviders.ToSqlDialect(context.ProviderOf(call));
            foreach (var finding in SqlClassifier.Analyze(sql.Text, dialect, created))
            {
                var (descriptor, arguments) = SqlFindingMessages.ForMigration(finding);
                context.Report(descriptor, sql.Locate(finding), arguments);
            }
        }
    }
}

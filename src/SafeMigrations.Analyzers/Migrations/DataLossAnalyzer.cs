using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SafeMigrations.Analyzers.Rules;

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>SM1xxx: typed migration operations that delete data.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DataLossAnalyzer : MigrationAnalyzerBase
{
    private const string TemporalAnnotation = "SqlServer:IsTemporal";

    internal static readonly ImmutableHashSet<string> Names = ImmutableHashSet.Create(
        "CreateTable", "DropTable", "DropColumn", "AddColumn", "AlterColumn", "Sql", "DropSchema", "DropSequence",
        "RestartSequence", "DeleteData", "UpdateData", "AlterTable");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.SM1001, Descriptors.SM1002, Descriptors.SM1003, Descriptors.SM1004,
        Descriptors.SM1005, Descriptors.SM1006, Descriptors.SM1007, Descriptors.SM1008);

    private protected override ImmutableHashSet<string> CandidateNames => Names;

    private protected override void AnalyzeMigration(MigrationContext context)
    {
        var renames = ColumnRenamePairs.Find(context);
        var created = new CreatedTables();
        var backfills = new BackfilledColumns();
        foreach (var call in context.Calls)
        {
            if (created.Observe(call) || !context.IsOperation(call))
            {
                continue;
            }

            backfills.Observe(call);
            switch (call.Name)
            {
                case "DropTable" when created.IsExisting(TableName.From(call)):
                    context.Report(Descriptors.SM1001, call.Location, CallText.Table(call, "name"));
                    break;
                case "DropColumn" when created.IsExisting(TableName.From(call, "table")):
                    ReportDropColumn(context, call, renames);
                    break;
                case "AlterColumn" when created.IsExisting(TableName.From(call, "table")):
                    AnalyzeAlterColumn(context, call, backfills);
                    break;
                case "DropSchema":
                    context.Report(Descriptors.SM1006, call.Location, "drops schema", CallText.Name(call, "name"));
                    break;
                case "DropSequence" or "RestartSequence":
                    var verb = call.Name == "DropSequence" ? "drops sequence" : "restarts sequence";
                    context.Report(Descriptors.SM1006, call.Location, verb, CallText.Table(call, "name"));
                    break;
                case "DeleteData" or "UpdateData" when created.IsExisting(TableName.From(call, "table")):
                    context.Report(Descriptors.SM1007, call.Location, call.Name == "DeleteData" ? "deletes" : "overwrites", CallText.Table(call, "table"));
                    break;
                case "AlterTable" when call.HasTrueAnnotation(TemporalAnnotation, "OldAnnotation") && !call.HasTrueAnnotation(TemporalAnnotation):
                    context.Report(Descriptors.SM1008, call.Location, CallText.Table(call, "name"));
                    break;
            }
        }
    }

    private static void ReportDropColumn(MigrationContext context, BuilderCall drop, IReadOnlyDictionary<BuilderCall, BuilderCall> renames)
    {
        var table = CallText.Table(drop, "table");
        var column = CallText.Name(drop, "name");
        if (renames.TryGetValue(drop, out var add))
        {
            context.Report(Descriptors.SM1003, drop.Location, table, column, CallText.Name(add, "name"));
        }
        else
        {
            context.Report(Descriptors.SM1002, drop.Location, table, column);
        }
    }

    private static void AnalyzeAlterColumn(MigrationContext context, BuilderCall call, BackfilledColumns backfills)
    {
        var table = CallText.Table(call, "table");
        var column = CallText.Name(call, "name");
        // Narrowing does not depend on the provider (only the metadata-only exceptions of SM3008 do).
        var change = ColumnTypeChange.Classify(call, DatabaseProvider.None);
        if (change.Kind == TypeChangeKind.Narrowing)
        {
            context.Report(Descriptors.SM1004, call.Location, table, column, change.From, change.To);
        }

        // EF's AlterColumn defaults: an omitted nullable/oldNullable means NOT NULL.
        var nullable = call.HasArgument("nullable") ? call.Bool("nullable") : false;
        if (nullable == false && call.Bool("oldNullable") == true && !backfills.IsBackfilled(call))
        {
            var effect = call.HasNonNullArgument("defaultValue")
                ? "existing NULLs are silently replaced with the default " + call.Argument("defaultValue")
                : "existing NULLs make it fail";
            context.Report(Descriptors.SM1005, call.Location, table, column, effect);
        }
    }
}

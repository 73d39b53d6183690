using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SafeMigrations.Analyzers.Rules;

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>SM3xxx: operations that lock or rewrite existing tables, or break instances still running the previous release.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AvailabilityAnalyzer : MigrationAnalyzerBase
{
    private const string NpgsqlConcurrently = "Npgsql:CreatedConcurrently";
    private const string SqlServerOnline = "SqlServer:Online";

    // Every MigrationBuilder operation: SM3005 needs to see all of them to tell whether an index is alone.
    internal static readonly ImmutableHashSet<string> Names = ImmutableHashSet.Create(
        "AddCheckConstraint", "AddColumn", "AddForeignKey", "AddPrimaryKey", "AddUniqueConstraint", "AlterColumn",
        "AlterDatabase", "AlterSequence", "AlterTable", "CreateCheckConstraint", "CreateIndex", "CreateSequence",
        "CreateTable", "DeleteData", "DropCheckConstraint", "DropColumn", "DropForeignKey", "DropIndex",
        "DropPrimaryKey", "DropSchema", "DropSequence", "DropTable", "DropUniqueConstraint", "EnsureSchema",
        "InsertData", "RenameColumn", "RenameIndex", "RenameSequence", "RenameTable", "RestartSequence", "Sql",
        "UpdateData");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.SM3001, Descriptors.SM3002, Descriptors.SM3003, Descriptors.SM3004, Descriptors.SM3005,
        Descriptors.SM3006, Descriptors.SM3007, Descriptors.SM3008, Descriptors.SM3009);

    /// <summary>SM3004's diagnostic property naming the annotation to add (read by the code fix).</summary>
    public const string AnnotationProperty = "Annotation";

    private protected override ImmutableHashSet<string> CandidateNames => Names;

    private protected override void AnalyzeMigration(MigrationContext context)
    {
        var created = new CreatedTables();
        foreach (var call in context.Calls)
        {
            if (created.Observe(call) || !context.IsOperation(call))
            {
                continue;
            }

            var tableParameter = call.Name is "RenameTable" ? "name" : "table";
            if (!created.IsExisting(TableName.From(call, tableParameter)))
            {
                continue;
            }

            switch (call.Name)
            {
                case "RenameColumn":
                    context.Report(Descriptors.SM3001, call.Location, CallText.Table(call, "table"), CallText.Name(call, "name"), CallText.Name(call, "newName"));
                    break;
                case "RenameTable":
                    context.Report(Descriptors.SM3002, call.Location, CallText.Table(call, "name"), NewTableName(call));
                    break;
                case "AddColumn":
                    AnalyzeAddColumn(context, call);
                    break;
                case "CreateIndex":
                    AnalyzeCreateIndex(context, call);
                    break;
                case "AddForeignKey":
                    context.Report(Descriptors.SM3006, call.Location, CallText.Name(call, "name"), CallText.Table(call, "table"));
                    break;
                case "AddUniqueConstraint":
                    context.Report(Descriptors.SM3007, call.Location, "Unique constraint", CallText.Name(call, "name"), CallText.Table(call, "table"));
                    break;
                case "AddPrimaryKey":
                    context.Report(Descriptors.SM3007, call.Location, "Primary key", CallText.Name(call, "name"), CallText.Table(call, "table"));
                    break;
                case "AlterColumn":
                    var change = ColumnTypeChange.Classify(call, context.ProviderOf(call));
                    if (change.Kind == TypeChangeKind.Rewrite)
                    {
                        context.Report(Descriptors.SM3008, call.Location, CallText.Table(call, "table"), CallText.Name(call, "name"), change.From, change.To);
                    }

                    break;
            }
        }

        ReportConcurrentIndexesSharingAMigration(context);
    }

    private static void AnalyzeAddColumn(MigrationContext context, BuilderCall call)
    {
        // EF's default for an omitted nullable is NOT NULL; a non-constant argument is not judged.
        var nullable = call.HasArgument("nullable") ? call.Bool("nullable") : false;
        if (nullable == false
            && !call.HasNonNullArgument("defaultValue") && !call.HasNonNullArgument("defaultValueSql") && !call.HasNonNullArgument("computedColumnSql")
            && call.Bool("rowVersion") != true && !IsGeneratedByDatabase(call))
        {
            context.Report(Descriptors.SM3003, call.Location, CallText.Table(call, "table"), CallText.Name(call, "name"));
        }

        if (call.String("defaultValueSql") is { } defaultSql && nullable is { } isNullable
            && VolatileDefaults.RewritesTable(defaultSql, context.ProviderOf(call), isNullable))
        {
            context.Report(Descriptors.SM3009, call.Location, CallText.Table(call, "table"), CallText.Name(call, "name"), defaultSql);
        }
    }

    private static void AnalyzeCreateIndex(MigrationContext context, BuilderCall call)
    {
        var table = CallText.Table(call, "table");
        var name = CallText.Name(call, "name");
        if (call.Bool("unique") == true)
        {
            context.Report(Descriptors.SM3007, call.Location, "Unique index", name, table);
        }

        var provider = context.ProviderOf(call);
        var annotation = provider switch
        {
            DatabaseProvider.PostgreSql => NpgsqlConcurrently,
            DatabaseProvider.SqlServer => SqlServerOnline,
            _ => null,
        };
        if (annotation is not null && !call.HasTrueAnnotation(annotation))
        {
            context.Report(
                Descriptors.SM3004, call.Location, ImmutableDictionary<string, string?>.Empty.Add(AnnotationProperty, annotation),
                name, table, DatabaseProviders.DisplayName(provider), $".Annotation(\"{annotation}\", true)");
        }
    }

    /// <summary>SM3005: a concurrent/online index build must not share its migration (and transaction) with anything else.</summary>
    private static void ReportConcurrentIndexesSharingAMigration(MigrationContext context)
    {
        List<(BuilderCall Call, DatabaseProvider Provider)>? indexes = null;
        foreach (var call in context.Calls)
        {
            if (call.Name == "CreateIndex" && ConcurrentProvider(context, call) is var provider and not DatabaseProvider.None)
            {
                (indexes ??= new()).Add((call, provider));
            }
        }

        if (indexes is null)
        {
            return;
        }

        foreach (var (index, provider) in indexes)
        {
            var others = new List<string>();
            foreach (var call in context.Calls)
            {
                if (call != index && IsOtherOperation(context, call, provider) && !indexes.Exists(i => i.Call == call) && !others.Contains(call.Name))
                {
                    others.Add(call.Name);
                }
            }

            if (others.Count > 0)
            {
                context.Report(Descriptors.SM3005, index.Location, CallText.Name(index, "name"), string.Join(", ", others));
            }
        }
    }

    /// <summary>
    /// The provider for which the index is built concurrently/online. The annotation itself names its provider,
    /// so it counts when the call's provider is that one or cannot be told.
    /// </summary>
    private static DatabaseProvider ConcurrentProvider(MigrationContext context, BuilderCall call)
    {
        if (!context.IsOperation(call))
        {
            return DatabaseProvider.None;
        }

        var provider = context.ProviderOf(call);
        if (call.HasTrueAnnotation(NpgsqlConcurrently) && provider is DatabaseProvider.PostgreSql or DatabaseProvider.None)
        {
            return DatabaseProvider.PostgreSql;
        }

        return call.HasTrueAnnotation(SqlServerOnline) && provider is DatabaseProvider.SqlServer or DatabaseProvider.None
            ? DatabaseProvider.SqlServer
            : DatabaseProvider.None;
    }

    private static bool IsOtherOperation(MigrationContext context, BuilderCall call, DatabaseProvider provider) =>
        context.IsOperation(call) && (context.ProviderBranchesOf(call) & provider) != DatabaseProvider.None;

    /// <summary>Identity/serial columns are filled by the database, so a NOT NULL add without default is fine.</summary>
    private static bool IsGeneratedByDatabase(BuilderCall call)
    {
        foreach (var annotation in call.ChainedAnnotations())
        {
            if (annotation.Key is "SqlServer:Identity" or "Npgsql:ValueGenerationStrategy" or "Sqlite:Autoincrement" or "MySql:ValueGenerationStrategy")
            {
                return true;
            }
        }

        return false;
    }

    private static string NewTableName(BuilderCall call)
    {
        var name = call.String("newName") ?? call.String("name") ?? call.Argument("newName")?.ToString() ?? "?";
        return call.String("newSchema") is { } schema ? schema + "." + name : name;
    }
}

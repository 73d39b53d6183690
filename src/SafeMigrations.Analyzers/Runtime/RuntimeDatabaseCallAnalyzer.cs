using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SafeMigrations.Analyzers.Infrastructure;
using SafeMigrations.Analyzers.Migrations;
using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Analyzers.Sql;
using SafeMigrations.Core.Sql;

namespace SafeMigrations.Analyzers.Runtime;

/// <summary>
/// SM4xxx: database calls in application code that delete the database, revert every migration, migrate at
/// start-up or run destructive SQL. Cost model: EF types resolved once per compilation (nothing registered when
/// EF Core is absent); one callback per file, which returns after a scan of the raw text unless it contains one of
/// the trigger words; then one syntactic pass over that file's invocations, and the semantic model asked only
/// about the dozen method names below. (A callback per invocation node costs more than EF's own analyzers.)
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuntimeDatabaseCallAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Every name in <see cref="Names"/> contains one of these.</summary>
    private static readonly string[] TriggerWords = { "EnsureDeleted", "Migrate", "ExecuteSql" };

    private static readonly ImmutableHashSet<string> Names = ImmutableHashSet.Create(
        "EnsureDeleted", "EnsureDeletedAsync", "Migrate", "MigrateAsync",
        "ExecuteSqlRaw", "ExecuteSqlRawAsync", "ExecuteSql", "ExecuteSqlAsync",
        "ExecuteSqlInterpolated", "ExecuteSqlInterpolatedAsync", "ExecuteSqlCommand", "ExecuteSqlCommandAsync");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SM4001, Descriptors.SM4002, Descriptors.SM4003, Descriptors.SM4004);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var compilation = start.Compilation;
            if (!DatabaseReferences.IsReferenced(compilation, DatabaseReferences.EfCore))
            {
                return;
            }

            var settings = AnalyzerSettings.From(start.Options);
            var state = new State(
                new System.Lazy<RuntimeSymbols?>(() => RuntimeSymbols.TryCreate(compilation), System.Threading.LazyThreadSafetyMode.PublicationOnly),
                RuntimeSymbols.IsTestProject(start.Compilation, settings),
                DialectOf(start.Compilation, settings));
            start.RegisterSemanticModelAction(file => AnalyzeFile(file, state));
        });
    }

    /// <summary>The single EF provider referenced, else SafeMigrationsProvider; Unknown reads every dialect.</summary>
    private static SqlDialect DialectOf(Compilation compilation, AnalyzerSettings settings)
    {
        var provider = DatabaseProviders.Single(DatabaseProviders.Referenced(compilation));
        return DatabaseProviders.ToSqlDialect(provider != DatabaseProvider.None ? provider : DatabaseProviders.FromSetting(settings.Provider));
    }

    private static void AnalyzeFile(SemanticModelAnalysisContext file, State state)
    {
        var tree = file.SemanticModel.SyntaxTree;
        if (!SourceTextScan.ContainsAny(tree, TriggerWords, file.CancellationToken))
        {
            return;
        }

        var context = new CallContext(file.SemanticModel, file.ReportDiagnostic, file.CancellationToken);
        foreach (var node in tree.GetRoot(file.CancellationToken).DescendantNodes())
        {
            if (node is InvocationExpressionSyntax invocation)
            {
                Analyze(context, invocation, state);
            }
        }
    }

    private static void Analyze(CallContext context, InvocationExpressionSyntax invocation, State state)
    {
        var name = MigrationCallCollector.InvokedName(invocation.Expression);
        if (name is null || !Names.Contains(name)
            || context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method)
        {
            return;
        }

        if (state.Symbols.Value is not { } symbols)
        {
            return;
        }

        if (name.StartsWith("EnsureDeleted", System.StringComparison.Ordinal))
        {
            if (symbols.IsDatabaseFacadeMethod(method) && !state.IsTestProject)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.SM4001, invocation.GetLocation(), name));
            }

            return;
        }

        var isFacadeCall = symbols.IsRelationalExtension(method) || symbols.IsDatabaseFacadeMethod(method);
        if (name.StartsWith("Migrate", System.StringComparison.Ordinal))
        {
            if (isFacadeCall || symbols.IsMigratorMethod(method))
            {
                AnalyzeMigrate(context, invocation, name, isFacadeCall);
            }
        }
        else if (isFacadeCall)
        {
            AnalyzeExecuteSql(context, invocation, name, state.Dialect);
        }
    }

    private static void AnalyzeMigrate(CallContext context, InvocationExpressionSyntax invocation, string name, bool isFacadeCall)
    {
        // The target is the string parameter (targetMigration) of whichever overload this EF version has.
        if (Argument(context, invocation, p => p.Type.SpecialType == SpecialType.System_String) is { } target)
        {
            if (target.Value.ConstantValue is { HasValue: true, Value: "0" })
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.SM4002, invocation.GetLocation(), name, "0"));
            }

            return;
        }

        if (isFacadeCall && !EnvironmentGuard.IsGuarded(invocation))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SM4003, invocation.GetLocation(), name));
        }
    }

    private static void AnalyzeExecuteSql(CallContext context, InvocationExpressionSyntax invocation, string name, SqlDialect dialect)
    {
        if (Argument(context, invocation, p => p.Name == "sql") is not { Syntax: ArgumentSyntax { Expression: var expression } } sqlArgument)
        {
            return;
        }

        // ExecuteSql(FormattableString) sends holes as parameters, so they never change the statement.
        var formattable = sqlArgument.Parameter?.Type.Name == "FormattableString";
        var sql = SqlTextFolder.Fold(expression, context.SemanticModel, context.CancellationToken, holesAsParameters: formattable);
        if (sql is null)
        {
            return;
        }

        foreach (var finding in SqlClassifier.Analyze(sql.Text, dialect))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SM4004, sql.Locate(finding), name, SqlFindingMessages.Describe(finding)));
        }
    }

    /// <summary>The explicitly written argument bound to the first parameter that matches, via the invocation operation.</summary>
    private static IArgumentOperation? Argument(CallContext context, InvocationExpressionSyntax invocation, System.Func<IParameterSymbol, bool> parameter)
    {
        if (context.SemanticModel.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation operation)
        {
            return null;
        }

        foreach (var argument in operation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter is { } p && parameter(p))
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>What the compilation-start callback learned once, shared by every file callback (symbols on first need).</summary>
    private sealed record State(System.Lazy<RuntimeSymbols?> Symbols, bool IsTestProject, SqlDialect Dialect);

    /// <summary>The file being analyzed: its semantic model and where diagnostics go.</summary>
    private sealed record CallContext(SemanticModel SemanticModel, System.Action<Diagnostic> ReportDiagnostic, System.Threading.CancellationToken CancellationToken);
}

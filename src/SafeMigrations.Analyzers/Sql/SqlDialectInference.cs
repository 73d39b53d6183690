using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SafeMigrations.Analyzers.Infrastructure;
using SafeMigrations.Core.Sql;

namespace SafeMigrations.Analyzers.Sql;

/// <summary>
/// The SQL dialect of raw SQL: from an enclosing provider branch (ActiveProvider == "…", IsSqlServer()), else
/// from the single EF provider the project references, else from SafeMigrationsProvider, else Unknown (which
/// accepts every dialect's syntax).
/// </summary>
internal static class SqlDialectInference
{
    public static SqlDialect FromCompilation(Compilation compilation, AnalyzerSettings settings)
    {
        var found = SqlDialect.Unknown;
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            // EF providers only: an ADO.NET driver or a SQL Server cache package says nothing about migrations.
            var dialect = Contains(assembly.Name, "EntityFrameworkCore") ? FromProviderName(assembly.Name) : SqlDialect.Unknown;
            if (dialect == SqlDialect.Unknown)
            {
                continue;
            }

            if (found != SqlDialect.Unknown && found != dialect)
            {
                found = SqlDialect.Unknown;
                break;
            }

            found = dialect;
        }

        return found != SqlDialect.Unknown ? found : FromProviderName(settings.Provider);
    }

    /// <summary>The dialect of the innermost provider branch around <paramref name="node"/>, or null.</summary>
    public static SqlDialect? FromEnclosingBranch(SyntaxNode node, SemanticModel model)
    {
        for (var current = node; current.Parent is { } parent; current = parent)
        {
            if (parent is IfStatementSyntax branch && branch.Statement == current && FromCondition(branch.Condition, model) is { } dialect)
            {
                return dialect;
            }

            if (parent is MemberDeclarationSyntax)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Maps EF provider names (assembly or ActiveProvider) and SafeMigrationsProvider values to a dialect.</summary>
    public static SqlDialect FromProviderName(string? name)
    {
        if (name is null)
        {
            return SqlDialect.Unknown;
        }

        if (Contains(name, "SqlServer"))
        {
            return SqlDialect.SqlServer;
        }

        if (Contains(name, "Npgsql") || Contains(name, "PostgreSQL"))
        {
            return SqlDialect.PostgreSql;
        }

        if (Contains(name, "Sqlite"))
        {
            return SqlDialect.Sqlite;
        }

        if (Contains(name, "MySql"))
        {
            return SqlDialect.MySql;
        }

        return Contains(name, "Oracle") ? SqlDialect.Oracle : SqlDialect.Unknown;
    }

    private static SqlDialect? FromCondition(ExpressionSyntax condition, SemanticModel model)
    {
        switch (condition)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }
                when member.Name.Identifier.ValueText.StartsWith("Is", System.StringComparison.Ordinal):
                var dialect = FromProviderName(member.Name.Identifier.ValueText.Substring(2));
                return dialect == SqlDialect.Unknown ? null : dialect;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression):
                var value = model.GetConstantValue(binary.Right).Value as string ?? model.GetConstantValue(binary.Left).Value as string;
                var text = binary.Left.ToString() + binary.Right;
                return value is not null && text.Contains("ActiveProvider") && FromProviderName(value) is var d && d != SqlDialect.Unknown
                    ? d
                    : null;
            default:
                return null;
        }
    }

    private static bool Contains(string text, string part) => text.IndexOf(part, System.StringComparison.OrdinalIgnoreCase) >= 0;
}

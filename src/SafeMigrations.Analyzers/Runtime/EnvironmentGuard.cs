using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SafeMigrations.Analyzers.Runtime;

/// <summary>
/// Whether a call only runs after an environment check: inside an if/?:/&&/switch that tests the environment,
/// or after an early return/throw guarded by one. Syntactic: names like IsDevelopment(), IsEnvironment(…),
/// EnvironmentName, ASPNETCORE_ENVIRONMENT or an environment-name literal in the condition count.
/// </summary>
internal static class EnvironmentGuard
{
    private static readonly string[] CheckMethods = { "IsDevelopment", "IsStaging", "IsProduction", "IsEnvironment" };

    private static readonly string[] EnvironmentWords =
    {
        "EnvironmentName", "Development", "Staging", "Production", "Testing", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT",
    };

    public static bool IsGuarded(SyntaxNode call)
    {
        for (var node = call; node.Parent is { } parent; node = parent)
        {
            switch (parent)
            {
                case IfStatementSyntax branch when branch.Condition != node && MentionsEnvironment(branch.Condition):
                case ConditionalExpressionSyntax conditional when conditional.Condition != node && MentionsEnvironment(conditional.Condition):
                case BinaryExpressionSyntax binary when binary.Right == node && binary.IsKind(SyntaxKind.LogicalAndExpression) && MentionsEnvironment(binary.Left):
                case SwitchSectionSyntax { Parent: SwitchStatementSyntax switchStatement } when MentionsEnvironment(switchStatement.Expression):
                    return true;
                case BlockSyntax block when HasEarlyExitBefore(block.Statements, node):
                    return true;
                case CompilationUnitSyntax unit when HasEarlyExitBefore(unit.Members, node):
                    return true;
            }
        }

        return false;
    }

    /// <summary>if (env.IsProduction()) return; … before the statement holding the call.</summary>
    private static bool HasEarlyExitBefore<T>(SyntaxList<T> statements, SyntaxNode current)
        where T : SyntaxNode
    {
        foreach (var statement in statements)
        {
            if (statement == current)
            {
                return false;
            }

            SyntaxNode check = statement is GlobalStatementSyntax global ? global.Statement : statement;
            if (check is IfStatementSyntax branch && Exits(branch.Statement) && MentionsEnvironment(branch.Condition))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Exits(StatementSyntax statement) => statement switch
    {
        ReturnStatementSyntax or ThrowStatementSyntax => true,
        ExpressionStatementSyntax { Expression: ThrowExpressionSyntax } => true,
        BlockSyntax block => block.Statements.Count > 0 && Exits(block.Statements[block.Statements.Count - 1]),
        _ => false,
    };

    private static bool MentionsEnvironment(ExpressionSyntax condition)
    {
        foreach (var node in condition.DescendantNodesAndSelf())
        {
            var text = node switch
            {
                InvocationExpressionSyntax invocation => Migrations.MigrationCallCollector.InvokedName(invocation.Expression),
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
                _ => null,
            };
            if (text is not null && (IsOneOf(text, CheckMethods) || IsOneOf(text, EnvironmentWords)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (string.Equals(text, word, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

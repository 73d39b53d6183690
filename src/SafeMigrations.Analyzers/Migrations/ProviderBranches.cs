using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>
/// Reads which providers a builder call can run for from the branches around it:
/// <c>if (migrationBuilder.IsNpgsql())</c>, <c>ActiveProvider == "…"</c> / <c>!=</c> / <c>is "…"</c> / <c>Equals</c>,
/// their else branches, early <c>if (…) return;</c> guards, and switches on <c>ActiveProvider</c>.
/// Purely syntactic apart from folding the compared string to a constant.
/// </summary>
internal static class ProviderBranches
{
    /// <summary>The set of providers for which the call can execute (All when no branch constrains it).</summary>
    public static DatabaseProvider Constrain(SyntaxNode node, SemanticModel model)
    {
        var set = DatabaseProvider.All;
        for (SyntaxNode? current = node, parent = node.Parent; parent is not null && set != DatabaseProvider.None; current = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IfStatementSyntax ifStatement when current == ifStatement.Statement:
                    set &= Evaluate(ifStatement.Condition, model).WhenTrue;
                    break;
                case ElseClauseSyntax { Parent: IfStatementSyntax elseOf }:
                    set &= Evaluate(elseOf.Condition, model).WhenFalse;
                    break;
                case ConditionalExpressionSyntax conditional when current == conditional.WhenTrue:
                    set &= Evaluate(conditional.Condition, model).WhenTrue;
                    break;
                case ConditionalExpressionSyntax conditional when current == conditional.WhenFalse:
                    set &= Evaluate(conditional.Condition, model).WhenFalse;
                    break;
                case BlockSyntax block when current is StatementSyntax statement:
                    set &= AfterGuards(block, statement, model);
                    break;
                case SwitchSectionSyntax section when section.Parent is SwitchStatementSyntax switchStatement && IsActiveProvider(switchStatement.Expression):
                    set &= SwitchSection(switchStatement, section, model);
                    break;
                case SwitchExpressionArmSyntax arm when arm.Parent is SwitchExpressionSyntax switchExpression && current == arm.Expression && IsActiveProvider(switchExpression.GoverningExpression):
                    set &= SwitchArm(switchExpression, arm, model);
                    break;
                case BaseMethodDeclarationSyntax:
                    return set;
            }
        }

        return set;
    }

    private static DatabaseProvider AfterGuards(BlockSyntax block, StatementSyntax statement, SemanticModel model)
    {
        var set = DatabaseProvider.All;
        foreach (var earlier in block.Statements)
        {
            if (earlier == statement)
            {
                break;
            }

            if (earlier is IfStatementSyntax { Else: null } guard && Exits(guard.Statement))
            {
                set &= Evaluate(guard.Condition, model).WhenFalse;
            }
        }

        return set;
    }

    private static bool Exits(StatementSyntax statement) => statement switch
    {
        ReturnStatementSyntax or ThrowStatementSyntax => true,
        BlockSyntax { Statements.Count: > 0 } block => Exits(block.Statements[block.Statements.Count - 1]),
        _ => false,
    };

    private static DatabaseProvider SwitchSection(SwitchStatementSyntax switchStatement, SwitchSectionSyntax section, SemanticModel model)
    {
        var own = DatabaseProvider.None;
        var hasDefault = false;
        foreach (var label in section.Labels)
        {
            if (label is DefaultSwitchLabelSyntax)
            {
                hasDefault = true;
            }
            else
            {
                own |= LabelProvider(label, model);
            }
        }

        if (!hasDefault)
        {
            return own;
        }

        var others = DatabaseProvider.None;
        foreach (var other in switchStatement.Sections)
        {
            if (other != section)
            {
                foreach (var label in other.Labels)
                {
                    others |= LabelProvider(label, model);
                }
            }
        }

        return own | (DatabaseProvider.All & ~others);
    }

    private static DatabaseProvider LabelProvider(SwitchLabelSyntax label, SemanticModel model) => label switch
    {
        CaseSwitchLabelSyntax caseLabel => ProviderConstant(caseLabel.Value, model),
        CasePatternSwitchLabelSyntax { Pattern: ConstantPatternSyntax constant, WhenClause: null } => ProviderConstant(constant.Expression, model),
        _ => DatabaseProvider.None,
    };

    private static DatabaseProvider SwitchArm(SwitchExpressionSyntax switchExpression, SwitchExpressionArmSyntax arm, SemanticModel model)
    {
        if (arm.Pattern is ConstantPatternSyntax constant && arm.WhenClause is null)
        {
            return ProviderConstant(constant.Expression, model);
        }

        if (arm.Pattern is not DiscardPatternSyntax)
        {
            return DatabaseProvider.All;
        }

        var earlier = DatabaseProvider.None;
        foreach (var other in switchExpression.Arms)
        {
            if (other == arm)
            {
                break;
            }

            if (other.Pattern is ConstantPatternSyntax otherConstant)
            {
                earlier |= ProviderConstant(otherConstant.Expression, model);
            }
        }

        return DatabaseProvider.All & ~earlier;
    }

    /// <summary>The providers for which the condition is true, and those for which it is false.</summary>
    private static (DatabaseProvider WhenTrue, DatabaseProvider WhenFalse) Evaluate(ExpressionSyntax condition, SemanticModel model)
    {
        const DatabaseProvider all = DatabaseProvider.All;
        switch (condition)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Evaluate(parenthesized.Expression, model);
            case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.LogicalNotExpression):
                var inner = Evaluate(prefix.Operand, model);
                return (inner.WhenFalse, inner.WhenTrue);
            case BinaryExpressionSyntax conjunction when conjunction.IsKind(SyntaxKind.LogicalAndExpression):
                var (leftTrue, leftFalse) = Evaluate(conjunction.Left, model);
                var (rightTrue, rightFalse) = Evaluate(conjunction.Right, model);
                return (leftTrue & rightTrue, leftFalse | rightFalse);
            case BinaryExpressionSyntax disjunction when disjunction.IsKind(SyntaxKind.LogicalOrExpression):
                var (orLeftTrue, orLeftFalse) = Evaluate(disjunction.Left, model);
                var (orRightTrue, orRightFalse) = Evaluate(disjunction.Right, model);
                return (orLeftTrue | orRightTrue, orLeftFalse & orRightFalse);
            case BinaryExpressionSyntax equality when equality.IsKind(SyntaxKind.EqualsExpression) || equality.IsKind(SyntaxKind.NotEqualsExpression):
                var compared = ComparedProvider(equality.Left, equality.Right, model);
                if (compared is not { } provider)
                {
                    return (all, all);
                }

                return equality.IsKind(SyntaxKind.EqualsExpression) ? (provider, all & ~provider) : (all & ~provider, provider);
            case IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax constant } isPattern when IsActiveProvider(isPattern.Expression):
                var matched = ProviderConstant(constant.Expression, model);
                return (matched, all & ~matched);
            case IsPatternExpressionSyntax { Pattern: UnaryPatternSyntax { Pattern: ConstantPatternSyntax negated } } isNot when IsActiveProvider(isNot.Expression):
                var excluded = ProviderConstant(negated.Expression, model);
                return (all & ~excluded, excluded);
            case InvocationExpressionSyntax invocation:
                var tested = TestedProvider(invocation, model);
                return tested is { } p ? (p, all & ~p) : (all, all);
            default:
                return (all, all);
        }
    }

    /// <summary><c>IsNpgsql()</c>-style tests, <c>ActiveProvider.Equals("…")</c> and <c>string.Equals(ActiveProvider, "…")</c>.</summary>
    private static DatabaseProvider? TestedProvider(InvocationExpressionSyntax invocation, SemanticModel model)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax access)
        {
            return null;
        }

        var arguments = invocation.ArgumentList.Arguments;
        var name = access.Name.Identifier.ValueText;
        if (arguments.Count == 0)
        {
            var tested = DatabaseProviders.FromTestMethod(name);
            return tested == DatabaseProvider.None ? null : tested;
        }

        if (name != "Equals")
        {
            return null;
        }

        if (arguments.Count == 1 && IsActiveProvider(access.Expression))
        {
            return ProviderConstant(arguments[0].Expression, model);
        }

        return arguments.Count >= 2 ? ComparedProvider(arguments[0].Expression, arguments[1].Expression, model) : null;
    }

    private static DatabaseProvider? ComparedProvider(ExpressionSyntax left, ExpressionSyntax right, SemanticModel model)
    {
        if (IsActiveProvider(left))
        {
            return ProviderConstant(right, model);
        }

        return IsActiveProvider(right) ? ProviderConstant(left, model) : null;
    }

    private static bool IsActiveProvider(ExpressionSyntax expression) =>
        expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ActiveProvider" }
        || expression is ConditionalAccessExpressionSyntax { WhenNotNull: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "ActiveProvider" } };

    /// <summary>A literal is read from its token: the semantic model would bind the whole if/switch statement.</summary>
    private static DatabaseProvider ProviderConstant(ExpressionSyntax expression, SemanticModel model)
    {
        var value = expression is LiteralExpressionSyntax literal ? literal.Token.Value : model.GetConstantValue(expression).Value;
        return value is string name ? DatabaseProviders.FromAssemblyName(name) : DatabaseProvider.None;
    }
}

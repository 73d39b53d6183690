using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SafeMigrations.Analyzers.ConnectionStrings;

/// <summary>
/// The name a connection string is stored under, read from the syntax around it: the variable, field, property or
/// parameter it initializes or is assigned to, or the key beside it (<c>["ConnectionStrings:Prod"] = "…"</c>,
/// <c>{ "Prod", "…" }</c>, <c>Add("Prod", "…")</c>). RULES.md counts production tokens in this name.
/// </summary>
internal static class ConnectionStringName
{
    public static string? Of(ExpressionSyntax node)
    {
        SyntaxNode current = node;
        while (current.Parent is ParenthesizedExpressionSyntax)
        {
            current = current.Parent;
        }

        switch (current.Parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable }:
                return variable.Identifier.ValueText;
            case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                return property.Identifier.ValueText;
            case EqualsValueClauseSyntax { Parent: ParameterSyntax parameter }:
                return parameter.Identifier.ValueText;
            case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                return property.Identifier.ValueText;
            case AssignmentExpressionSyntax assignment when assignment.Right == current:
                return NameOfTarget(assignment.Left);
            case InitializerExpressionSyntax { Expressions: [LiteralExpressionSyntax key, var value] } when value == current:
                return StringValue(key);
            case ArgumentSyntax { Parent: ArgumentListSyntax { Arguments: [{ Expression: LiteralExpressionSyntax key }, var value, ..] } } when value.Expression == current:
                return StringValue(key);
            default:
                return null;
        }
    }

    private static string? NameOfTarget(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        ElementAccessExpressionSyntax { ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax key }] } => StringValue(key),
        ImplicitElementAccessSyntax { ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax key }] } => StringValue(key),
        _ => null,
    };

    private static string? StringValue(LiteralExpressionSyntax literal) =>
        literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
}

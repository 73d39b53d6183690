using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SafeMigrations.Analyzers.ConnectionStrings;

/// <summary>
/// The text of a string expression built from constants: literals (regular, verbatim, raw), interpolations and
/// <c>+</c> chains. Parts that are not constant become <c>{n}</c> holes, which the parser treats as placeholders,
/// so <c>$"Server=prod-db;Password={pwd}"</c> still shows its hard-coded host but no password.
/// </summary>
internal static class StringConstantText
{
    /// <summary>False for a literal or interpolation inside a <c>+</c> chain: the chain is analyzed as a whole.</summary>
    public static bool IsOutermost(ExpressionSyntax node)
    {
        var parent = node.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return !parent.IsKind(SyntaxKind.AddExpression);
    }

    /// <summary>
    /// Allocation-free look at the literal parts: every connection string has an '=' or a "://", so parts without
    /// '=' or ':' cannot make one (constants they reference are analyzed where they are declared).
    /// </summary>
    public static bool HasCandidateText(ExpressionSyntax node) => node switch
    {
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) => HasCandidateText(binary.Left) || HasCandidateText(binary.Right),
        ParenthesizedExpressionSyntax parenthesized => HasCandidateText(parenthesized.Expression),
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression) && IsCandidate(literal.Token.ValueText),
        InterpolatedStringExpressionSyntax interpolated => interpolated.Contents.Any(
            content => content is InterpolatedStringTextSyntax text && IsCandidate(text.TextToken.ValueText)),
        _ => false,
    };

    private static bool IsCandidate(string text) => text.IndexOf('=') >= 0 || text.IndexOf(':') >= 0;

    /// <param name="model">Resolves constant identifiers; without it every non-literal part is a hole.</param>
    public static string Build(ExpressionSyntax node, SemanticModel? model, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var holes = 0;
        Append(node, model, text, ref holes, cancellationToken);
        return text.ToString();
    }

    private static void Append(ExpressionSyntax node, SemanticModel? model, StringBuilder text, ref int holes, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                text.Append(literal.Token.ValueText);
                return;
            case ParenthesizedExpressionSyntax parenthesized:
                Append(parenthesized.Expression, model, text, ref holes, cancellationToken);
                return;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                Append(binary.Left, model, text, ref holes, cancellationToken);
                Append(binary.Right, model, text, ref holes, cancellationToken);
                return;
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax part)
                    {
                        text.Append(part.TextToken.ValueText);
                    }
                    else if (content is InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole)
                    {
                        Append(hole.Expression, model, text, ref holes, cancellationToken);
                    }
                    else
                    {
                        text.Append('{').Append(holes++).Append('}');
                    }
                }

                return;
        }

        var constant = model?.GetConstantValue(node, cancellationToken);
        if (constant is { HasValue: true, Value: string or char })
        {
            text.Append(constant.Value.Value);
        }
        else
        {
            text.Append('{').Append(holes++).Append('}');
        }
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SafeMigrations.Core.Sql;

namespace SafeMigrations.Analyzers.Sql;

/// <summary>
/// SQL text folded from a C# expression. When it came from one string literal, findings are located on the
/// keyword inside the literal; otherwise on the whole expression.
/// </summary>
internal sealed class FoldedSql
{
    private readonly ExpressionSyntax _expression;
    private readonly SyntaxToken? _literal;
    private int[]? _offsets;

    public FoldedSql(string text, ExpressionSyntax expression, SyntaxToken? literal)
    {
        Text = text;
        _expression = expression;
        _literal = literal;
    }

    public string Text { get; }

    public Location Locate(SqlFinding finding)
    {
        if (_literal is { } literal)
        {
            _offsets ??= StringLiteralOffsets.Map(literal) ?? System.Array.Empty<int>();
            if (_offsets.Length == Text.Length + 1 && finding.Offset + finding.Length < _offsets.Length)
            {
                var span = TextSpan.FromBounds(_offsets[finding.Offset], _offsets[finding.Offset + finding.Length]);
                return Location.Create(_expression.SyntaxTree, span);
            }
        }

        return _expression.GetLocation();
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SafeMigrations.Analyzers.Sql;

/// <summary>
/// Folds a C# expression to the SQL text it always produces: literals (regular, verbatim, raw, UTF-8 through
/// Encoding.UTF8.GetString), constants, nameof, interpolated strings with constant holes, + concatenation,
/// and string.Replace/Trim/ToUpper/ToLower/Format/Concat/Join on constants. Returns null otherwise.
/// Purely syntactic plus constant values and method symbols from the semantic model; nothing is executed.
/// </summary>
internal sealed class SqlTextFolder
{
    private const int MaxDepth = 32;

    private readonly SemanticModel _model;
    private readonly CancellationToken _cancellationToken;
    private readonly bool _holesAsParameters;
    private int _parameters;

    private SqlTextFolder(SemanticModel model, CancellationToken cancellationToken, bool holesAsParameters)
    {
        _model = model;
        _cancellationToken = cancellationToken;
        _holesAsParameters = holesAsParameters;
    }

    /// <param name="holesAsParameters">
    /// For FormattableString APIs (ExecuteSql): EF sends interpolation holes as parameters, so they become @p0, @p1….
    /// </param>
    public static FoldedSql? Fold(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken, bool holesAsParameters = false)
    {
        var text = new SqlTextFolder(model, cancellationToken, holesAsParameters).Fold(expression, 0);
        if (text is null)
        {
            return null;
        }

        var literal = Unwrap(expression) switch
        {
            LiteralExpressionSyntax l when l.Token.Value is string => l.Token,
            InvocationExpressionSyntax { ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax utf8 }] }
                when utf8.IsKind(SyntaxKind.Utf8StringLiteralExpression) => utf8.Token,
            _ => (SyntaxToken?)null,
        };
        return new FoldedSql(text, expression, literal);
    }

    private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    private string? Fold(ExpressionSyntax expression, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        expression = Unwrap(expression);

        // A constant interpolated string passed as FormattableString still sends its holes as parameters.
        var constant = _holesAsParameters && expression is InterpolatedStringExpressionSyntax
            ? default
            : _model.GetConstantValue(expression, _cancellationToken);
        if (constant.HasValue)
        {
            return constant.Value is null ? null : Convert.ToString(constant.Value, CultureInfo.InvariantCulture);
        }

        return expression switch
        {
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.Utf8StringLiteralExpression) => literal.Token.ValueText,
            InterpolatedStringExpressionSyntax interpolated => Interpolated(interpolated, depth),
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) => Concatenation(binary, depth),
            InvocationExpressionSyntax invocation => Invocation(invocation, depth),
            _ => null,
        };
    }

    private string? Interpolated(InterpolatedStringExpressionSyntax interpolated, int depth)
    {
        var text = new StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            if (content is InterpolatedStringTextSyntax part)
            {
                text.Append(part.TextToken.ValueText);
            }
            else if (content is InterpolationSyntax hole)
            {
                if (_holesAsParameters)
                {
                    text.Append("@p").Append(_parameters++);
                }
                else if (hole.AlignmentClause is null && hole.FormatClause is null && Fold(hole.Expression, depth + 1) is { } value)
                {
                    text.Append(value);
                }
                else
                {
                    return null;
                }
            }
        }

        return text.ToString();
    }

    /// <summary>a + b + c is left-nested: walk the left spine iteratively so long chains cannot overflow the stack.</summary>
    private string? Concatenation(BinaryExpressionSyntax binary, int depth)
    {
        var operands = new Stack<ExpressionSyntax>();
        ExpressionSyntax current = binary;
        while (Unwrap(current) is BinaryExpressionSyntax add && add.IsKind(SyntaxKind.AddExpression)
               && !_model.GetConstantValue(add, _cancellationToken).HasValue)
        {
            operands.Push(add.Right);
            current = add.Left;
        }

        operands.Push(current);
        var text = new StringBuilder();
        while (operands.Count > 0)
        {
            if (Fold(operands.Pop(), depth + 1) is not { } value)
            {
                return null;
            }

            text.Append(value);
        }

        return text.ToString();
    }

    private string? Invocation(InvocationExpressionSyntax invocation, int depth)
    {
        if (_model.GetSymbolInfo(invocation, _cancellationToken).Symbol is not IMethodSymbol method)
        {
            return null;
        }

        var arguments = invocation.ArgumentList.Arguments;
        if (method.Name == "GetString" && method.ContainingType.ToDisplayString() == "System.Text.Encoding"
            && arguments.Count == 1 && arguments[0].Expression.IsKind(SyntaxKind.Utf8StringLiteralExpression))
        {
            return ((LiteralExpressionSyntax)arguments[0].Expression).Token.ValueText;
        }

        if (method.ContainingType.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        var values = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument.NameColon is not null || FoldArgument(argument.Expression, values, depth) is false)
            {
                return null;
            }
        }

        if (method.IsStatic)
        {
            return Static(method.Name, values);
        }

        return invocation.Expression is MemberAccessExpressionSyntax member && Fold(member.Expression, depth + 1) is { } receiver
            ? Instance(receiver, method.Name, values)
            : null;
    }

    /// <summary>Folds an argument; a new[] { … } array (params passed explicitly) adds each element.</summary>
    private bool FoldArgument(ExpressionSyntax expression, List<string> values, int depth)
    {
        var initializer = Unwrap(expression) switch
        {
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer,
            ArrayCreationExpressionSyntax array => array.Initializer,
            _ => null,
        };
        var elements = initializer is null ? new[] { expression } : (IEnumerable<ExpressionSyntax>)initializer.Expressions;
        foreach (var element in elements)
        {
            if (Fold(element, depth + 1) is not { } value)
            {
                return false;
            }

            values.Add(value);
        }

        return true;
    }

    private static string? Static(string name, List<string> values)
    {
        switch (name)
        {
            case "Concat":
                return string.Concat(values);
            case "Join" when values.Count >= 1:
                return string.Join(values[0], values.GetRange(1, values.Count - 1));
            case "Format" when values.Count >= 1:
                try
                {
                    return string.Format(CultureInfo.InvariantCulture, values[0], values.GetRange(1, values.Count - 1).ToArray());
                }
                catch (FormatException)
                {
                    return null;
                }

            default:
                return null;
        }
    }

    private static string? Instance(string receiver, string name, List<string> values) => (name, values.Count) switch
    {
        ("Replace", 2) when values[0].Length > 0 => receiver.Replace(values[0], values[1]),
        ("Trim", 0) => receiver.Trim(),
        ("TrimStart", 0) => receiver.TrimStart(),
        ("TrimEnd", 0) => receiver.TrimEnd(),
        ("Trim", _) when AllChars(values) => receiver.Trim(Chars(values)),
        ("TrimStart", _) when AllChars(values) => receiver.TrimStart(Chars(values)),
        ("TrimEnd", _) when AllChars(values) => receiver.TrimEnd(Chars(values)),
        ("ToUpper" or "ToUpperInvariant", 0) => receiver.ToUpperInvariant(),
        ("ToLower" or "ToLowerInvariant", 0) => receiver.ToLowerInvariant(),
        _ => null,
    };

    private static bool AllChars(List<string> values) => values.TrueForAll(v => v.Length == 1);

    private static char[] Chars(List<string> values) => values.ConvertAll(v => v[0]).ToArray();
}

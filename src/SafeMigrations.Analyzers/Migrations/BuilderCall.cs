using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>
/// One call of a MigrationBuilder API (or of a builder it returns) inside a migration, with its arguments
/// mapped to parameters by name or position. Argument values are read from syntax and the semantic model
/// on demand; no IOperation tree is built.
/// </summary>
internal sealed class BuilderCall
{
    private readonly ExpressionSyntax?[] _arguments;

    internal BuilderCall(InvocationExpressionSyntax syntax, IMethodSymbol method, SemanticModel model, IMethodSymbol? containingMember)
    {
        Syntax = syntax;
        Method = method;
        Model = model;
        ContainingMember = containingMember;
        _arguments = MapArguments(syntax.ArgumentList, method);
    }

    public InvocationExpressionSyntax Syntax { get; }

    /// <summary>The called method (reduced form for extension methods).</summary>
    public IMethodSymbol Method { get; }

    public string Name => Method.Name;

    public SemanticModel Model { get; }

    /// <summary>The method of the migration class whose body contains the call (Up, Down or a helper).</summary>
    public IMethodSymbol? ContainingMember { get; }

    public Location Location => Syntax.GetLocation();

    /// <summary>The single type argument of generic calls such as AddColumn&lt;T&gt; or AlterColumn&lt;T&gt;.</summary>
    public ITypeSymbol? TypeArgument => Method.TypeArguments.Length == 1 ? Method.TypeArguments[0] : null;

    /// <summary>The argument expression passed for a parameter, or null when the caller left it out.</summary>
    public ExpressionSyntax? Argument(string parameterName)
    {
        var parameters = Method.Parameters;
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].Name == parameterName)
            {
                return _arguments[i];
            }
        }

        return null;
    }

    public bool HasArgument(string parameterName) => Argument(parameterName) is not null;

    /// <summary>The compile-time constant passed for a parameter, if any (a null literal is a constant null).</summary>
    public Optional<object?> Constant(string parameterName)
    {
        var argument = Argument(parameterName);
        return argument is null ? default : ConstantOf(argument);
    }

    /// <summary>
    /// The constant value of an expression. Literals are read from their token: asking the semantic model binds
    /// the whole enclosing statement (for CreateTable, its column lambda), so it is only asked about the rest.
    /// </summary>
    public Optional<object?> ConstantOf(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal when !literal.IsKind(SyntaxKind.DefaultLiteralExpression) && !literal.IsKind(SyntaxKind.ArgListExpression) =>
            new Optional<object?>(literal.Token.Value),
        _ => Model.GetConstantValue(expression),
    };

    public string? String(string parameterName) => Constant(parameterName) is { HasValue: true, Value: string s } ? s : null;

    public bool? Bool(string parameterName) => Constant(parameterName) is { HasValue: true, Value: bool b } ? b : null;

    public int? Int(string parameterName) => Constant(parameterName) is { HasValue: true, Value: int i } ? i : null;

    /// <summary>True when the argument is present and is not the literal null.</summary>
    public bool HasNonNullArgument(string parameterName)
    {
        var argument = Argument(parameterName);
        return argument is not null && !argument.IsKind(SyntaxKind.NullLiteralExpression)
            && !(argument is PostfixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax literal } && literal.IsKind(SyntaxKind.NullLiteralExpression));
    }

    /// <summary>
    /// Annotations chained onto the returned operation builder: <c>.Annotation("Npgsql:CreatedConcurrently", true)</c>.
    /// Values that are not constants are returned as null.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, object?>> ChainedAnnotations() => ChainedAnnotations("Annotation");

    /// <summary>
    /// Annotations chained with the named builder method: "Annotation" for the new state, "OldAnnotation" for
    /// the state an Alter* operation replaces.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, object?>> ChainedAnnotations(string builderMethod)
    {
        List<KeyValuePair<string, object?>>? result = null;
        SyntaxNode current = Syntax;
        while (current.Parent is MemberAccessExpressionSyntax memberAccess
               && memberAccess.Expression == current
               && memberAccess.Parent is InvocationExpressionSyntax chained)
        {
            if (memberAccess.Name.Identifier.ValueText == builderMethod && chained.ArgumentList.Arguments.Count == 2
                && ConstantOf(chained.ArgumentList.Arguments[0].Expression) is { HasValue: true, Value: string name })
            {
                var value = ConstantOf(chained.ArgumentList.Arguments[1].Expression);
                (result ??= new()).Add(new KeyValuePair<string, object?>(name, value.HasValue ? value.Value : null));
            }

            current = chained;
        }

        return result ?? (IReadOnlyList<KeyValuePair<string, object?>>)System.Array.Empty<KeyValuePair<string, object?>>();
    }

    /// <summary>True when an annotation with this name and the constant value true is chained with the builder method.</summary>
    public bool HasTrueAnnotation(string name, string builderMethod = "Annotation")
    {
        foreach (var annotation in ChainedAnnotations(builderMethod))
        {
            if (annotation.Key == name && annotation.Value is true)
            {
                return true;
            }
        }

        return false;
    }

    private static ExpressionSyntax?[] MapArguments(ArgumentListSyntax argumentList, IMethodSymbol method)
    {
        var parameters = method.Parameters;
        var mapped = new ExpressionSyntax?[parameters.Length];
        var arguments = argumentList.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            int index;
            if (argument.NameColon is { } nameColon)
            {
                index = IndexOf(parameters, nameColon.Name.Identifier.ValueText);
            }
            else
            {
                index = i < parameters.Length ? i : parameters.Length - 1;
            }

            if (index >= 0 && mapped[index] is null)
            {
                mapped[index] = argument.Expression;
            }
        }

        return mapped;
    }

    private static int IndexOf(System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters, string name)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}

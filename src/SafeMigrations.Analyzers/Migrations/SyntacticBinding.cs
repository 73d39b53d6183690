using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SafeMigrations.Analyzers.Infrastructure;

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>
/// Resolves <c>migrationBuilder.Op(...)</c> calls without binding the statement. Asking the semantic model about
/// any node of a statement binds the whole statement — for CreateTable that is a lambda building an anonymous
/// type, the most expensive thing in a migration — so the common shapes are resolved from syntax: the receiver is
/// a MigrationBuilder parameter of the method, the overload is chosen by argument names and shapes, type arguments
/// are keywords or System types. Anything else returns null and the caller falls back to the semantic model.
/// </summary>
internal static class SyntacticBinding
{
    public static IMethodSymbol? TryResolve(InvocationExpressionSyntax invocation, string name, IMethodSymbol owner, EfSymbols ef, Compilation compilation)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } access
            || !IsMigrationBuilderParameter(receiver, owner, ef))
        {
            return null;
        }

        IMethodSymbol? chosen = null;
        foreach (var member in ef.MigrationBuilder.GetMembers(name))
        {
            if (member is IMethodSymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public } method
                && Fits(method, invocation.ArgumentList, access.Name))
            {
                if (chosen is not null)
                {
                    return null;
                }

                chosen = method;
            }
        }

        if (chosen is null || !chosen.IsGenericMethod)
        {
            return chosen;
        }

        if (access.Name is not GenericNameSyntax generic)
        {
            // Inferred type arguments (CreateTable's anonymous column type): parameters are all the rules need.
            return chosen;
        }

        var typeArguments = new ITypeSymbol[generic.TypeArgumentList.Arguments.Count];
        for (var i = 0; i < typeArguments.Length; i++)
        {
            if (Type(generic.TypeArgumentList.Arguments[i], compilation) is not { } type)
            {
                return null;
            }

            typeArguments[i] = type;
        }

        return typeArguments.Length == chosen.TypeParameters.Length ? chosen.Construct(typeArguments) : null;
    }

    /// <summary>Keyword types, System.* value types, their nullable forms and arrays; null for anything else.</summary>
    public static ITypeSymbol? Type(TypeSyntax syntax, Compilation compilation)
    {
        switch (syntax)
        {
            case PredefinedTypeSyntax predefined:
                var special = SpecialTypeOf(predefined.Keyword.Kind());
                return special == SpecialType.None ? null : compilation.GetSpecialType(special);
            case NullableTypeSyntax nullable when Type(nullable.ElementType, compilation) is { IsValueType: true } element:
                return compilation.GetSpecialType(SpecialType.System_Nullable_T).Construct(element);
            case ArrayTypeSyntax { RankSpecifiers.Count: 1 } array when Type(array.ElementType, compilation) is { } element:
                return compilation.CreateArrayTypeSymbol(element);
            case IdentifierNameSyntax identifier when identifier.Identifier.ValueText is "DateTime" or "DateTimeOffset" or "TimeSpan" or "Guid" or "DateOnly" or "TimeOnly":
                return compilation.GetTypeByMetadataName("System." + identifier.Identifier.ValueText);
            default:
                return null;
        }
    }

    /// <summary>
    /// True when the receiver names a MigrationBuilder parameter of the method owning the code block, read from
    /// the method symbol; names declared by a nested lambda or local function are left to the semantic model.
    /// </summary>
    private static bool IsMigrationBuilderParameter(IdentifierNameSyntax receiver, IMethodSymbol owner, EfSymbols ef)
    {
        var name = receiver.Identifier.ValueText;
        for (var node = receiver.Parent; node is not null && node is not MemberDeclarationSyntax; node = node.Parent)
        {
            var declares = node switch
            {
                LocalFunctionStatementSyntax local => Declares(local.ParameterList.Parameters, name),
                ParenthesizedLambdaExpressionSyntax lambda => Declares(lambda.ParameterList.Parameters, name),
                SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText == name,
                AnonymousMethodExpressionSyntax { ParameterList: { } list } => Declares(list.Parameters, name),
                _ => false,
            };
            if (declares)
            {
                return false;
            }
        }

        foreach (var parameter in owner.Parameters)
        {
            if (parameter.Name == name)
            {
                return SymbolEqualityComparer.Default.Equals(parameter.Type, ef.MigrationBuilder);
            }
        }

        return false;
    }

    private static bool Declares(SeparatedSyntaxList<ParameterSyntax> parameters, string name)
    {
        foreach (var parameter in parameters)
        {
            if (parameter.Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the arguments can bind to the overload: names exist, counts fit, array-ness of shapes agrees.</summary>
    private static bool Fits(IMethodSymbol method, ArgumentListSyntax argumentList, SimpleNameSyntax name)
    {
        if (name is GenericNameSyntax generic && generic.TypeArgumentList.Arguments.Count != method.TypeParameters.Length)
        {
            return false;
        }

        var parameters = method.Parameters;
        var arguments = argumentList.Arguments;
        if (arguments.Count > parameters.Length)
        {
            return false;
        }

        var supplied = new bool[parameters.Length];
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            var index = argument.NameColon is { } nameColon ? IndexOf(parameters, nameColon.Name.Identifier.ValueText) : i;
            if (index < 0 || supplied[index] || argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword) || !ShapeFits(argument.Expression, parameters[index].Type))
            {
                return false;
            }

            supplied[index] = true;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            if (!supplied[i] && !parameters[i].IsOptional)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Rejects what surely does not bind: array shapes for non-array parameters and vice versa (C# prefers the array
    /// overload), strings for non-string parameters. Other expressions (variables, calls) fit anything, so a call
    /// they make ambiguous falls back to the semantic model.
    /// </summary>
    private static bool ShapeFits(ExpressionSyntax expression, ITypeSymbol parameterType)
    {
        var rank = parameterType is IArrayTypeSymbol array ? array.Rank : 0;
        return expression switch
        {
            ArrayCreationExpressionSyntax creation => creation.Type.RankSpecifiers.Count == 1 && creation.Type.RankSpecifiers[0].Rank == rank,
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Commas.Count + 1 == rank,
            CollectionExpressionSyntax => rank == 1,
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) =>
                parameterType.SpecialType is SpecialType.System_String or SpecialType.System_Object,
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression) => !parameterType.IsValueType || IsNullable(parameterType),
            LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or TypeOfExpressionSyntax => rank == 0,
            _ => true,
        };
    }

    private static bool IsNullable(ITypeSymbol type) => type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

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

    private static SpecialType SpecialTypeOf(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.BoolKeyword => SpecialType.System_Boolean,
        SyntaxKind.ByteKeyword => SpecialType.System_Byte,
        SyntaxKind.SByteKeyword => SpecialType.System_SByte,
        SyntaxKind.ShortKeyword => SpecialType.System_Int16,
        SyntaxKind.UShortKeyword => SpecialType.System_UInt16,
        SyntaxKind.IntKeyword => SpecialType.System_Int32,
        SyntaxKind.UIntKeyword => SpecialType.System_UInt32,
        SyntaxKind.LongKeyword => SpecialType.System_Int64,
        SyntaxKind.ULongKeyword => SpecialType.System_UInt64,
        SyntaxKind.FloatKeyword => SpecialType.System_Single,
        SyntaxKind.DoubleKeyword => SpecialType.System_Double,
        SyntaxKind.DecimalKeyword => SpecialType.System_Decimal,
        SyntaxKind.StringKeyword => SpecialType.System_String,
        SyntaxKind.CharKeyword => SpecialType.System_Char,
        SyntaxKind.ObjectKeyword => SpecialType.System_Object,
        _ => SpecialType.None,
    };
}

using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SafeMigrations.Analyzers.CodeFixes.ConnectionStrings;

/// <summary>
/// An <c>IConfiguration</c> the code at a position can use: a local or parameter (closest first), else a field or
/// property of the type that the position may access (no instance members from static code or field initializers).
/// </summary>
internal static class ConfigurationInScope
{
    public const string InterfaceName = "Microsoft.Extensions.Configuration.IConfiguration";

    public static ISymbol? Find(SemanticModel model, SyntaxNode node)
    {
        var configuration = model.Compilation.GetTypeByMetadataName(InterfaceName);
        if (configuration is null)
        {
            return null;
        }

        var position = node.SpanStart;
        var context = ContextOf(node);
        return model.LookupSymbols(position)
            .Where(symbol => IsConfiguration(TypeOf(symbol), configuration) && IsUsable(symbol, position, context))
            .OrderBy(symbol => symbol is ILocalSymbol or IParameterSymbol ? 0 : 1)
            .FirstOrDefault();
    }

    /// <summary>The type of a local, parameter, field or property.</summary>
    public static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static bool IsConfiguration(ITypeSymbol? type, INamedTypeSymbol configuration) =>
        type is not null
        && (SymbolEqualityComparer.Default.Equals(type, configuration)
            || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, configuration)));

    private enum Context
    {
        Static,

        /// <summary>An instance field or property initializer: primary-constructor parameters, no instance members.</summary>
        Initializer,
        Instance,
    }

    private static bool IsUsable(ISymbol symbol, int position, Context context) => symbol switch
    {
        // A local is in scope in its whole block but usable only after its declaration.
        ILocalSymbol local => local.DeclaringSyntaxReferences.All(reference => reference.Span.End < position),
        IParameterSymbol parameter when IsPrimaryConstructorParameter(parameter) => context != Context.Static,
        IParameterSymbol => true,
        _ => symbol.IsStatic || context == Context.Instance,
    };

    private static bool IsPrimaryConstructorParameter(IParameterSymbol parameter) =>
        parameter.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax().Parent?.Parent is TypeDeclarationSyntax);

    /// <summary>Instance members are reachable from non-static methods, accessors, constructors and the lambdas in them.</summary>
    private static Context ContextOf(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } }:
                    return IsStatic(field.Modifiers) ? Context.Static : Context.Initializer;
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    return IsStatic(property.Modifiers) ? Context.Static : Context.Initializer;
                case AnonymousFunctionExpressionSyntax function when IsStatic(function.Modifiers):
                case LocalFunctionStatementSyntax local when IsStatic(local.Modifiers):
                    return Context.Static;
                case BaseMethodDeclarationSyntax method:
                    return IsStatic(method.Modifiers) ? Context.Static : Context.Instance;
                case BasePropertyDeclarationSyntax property:
                    return IsStatic(property.Modifiers) ? Context.Static : Context.Instance;
                case TypeDeclarationSyntax:
                    return Context.Static;
            }
        }

        return Context.Static;
    }

    private static bool IsStatic(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.StaticKeyword);
}

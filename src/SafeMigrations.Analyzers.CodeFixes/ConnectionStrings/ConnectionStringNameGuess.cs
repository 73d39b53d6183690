using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SafeMigrations.Analyzers.CodeFixes.ConnectionStrings;

/// <summary>
/// The configuration name a hard-coded connection string should move to: the DbContext it configures without its
/// "DbContext"/"Context" suffix (<c>ShopContext</c> → <c>Shop</c>), else <c>Default</c>.
/// </summary>
internal static class ConnectionStringNameGuess
{
    public const string Fallback = "Default";

    private static readonly string[] RegistrationMethods =
        { "AddDbContext", "AddDbContextPool", "AddDbContextFactory", "AddPooledDbContextFactory" };

    public static string For(SyntaxNode node, SemanticModel model)
    {
        var context = RegisteredContext(node, model) ?? EnclosingContext(node, model);
        return context is null ? Fallback : WithoutSuffix(context.Name);
    }

    /// <summary><c>services.AddDbContext&lt;ShopContext&gt;(o =&gt; o.UseSqlServer("…"))</c>.</summary>
    private static ITypeSymbol? RegisteredContext(SyntaxNode node, SemanticModel model)
    {
        foreach (var invocation in node.AncestorsAndSelf())
        {
            if (invocation is InvocationExpressionSyntax
                && model.GetSymbolInfo(invocation).Symbol is IMethodSymbol { TypeArguments.Length: > 0 } method
                && Array.IndexOf(RegistrationMethods, method.Name) >= 0)
            {
                return method.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>The DbContext the code sits in, or the one a design-time factory creates.</summary>
    private static ITypeSymbol? EnclosingContext(SyntaxNode node, SemanticModel model)
    {
        foreach (var declaration in node.Ancestors())
        {
            if (declaration is not TypeDeclarationSyntax || model.GetDeclaredSymbol(declaration) is not INamedTypeSymbol type)
            {
                continue;
            }

            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.ToDisplayString() == "Microsoft.EntityFrameworkCore.DbContext")
                {
                    return type;
                }
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (implemented.Name == "IDesignTimeDbContextFactory" && implemented.TypeArguments.Length == 1)
                {
                    return implemented.TypeArguments[0];
                }
            }
        }

        return null;
    }

    private static string WithoutSuffix(string name)
    {
        foreach (var suffix in new[] { "DbContext", "Context" })
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name.Substring(0, name.Length - suffix.Length);
            }
        }

        return name == "DbContext" || name == "Context" ? Fallback : name;
    }
}

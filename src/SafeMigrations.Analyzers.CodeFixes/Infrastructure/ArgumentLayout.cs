using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SafeMigrations.Analyzers.CodeFixes.Infrastructure;

/// <summary>
/// Builds argument lists laid out like the list they replace, so a fixed migration still looks scaffolded:
/// EF writes one named argument per line, and a hand-written call on one line stays on one line.
/// </summary>
internal static class ArgumentLayout
{
    public static ArgumentSyntax Named(string name, ExpressionSyntax value) =>
        Argument(NameColon(IdentifierName(name)), default, value.WithoutTrivia());

    /// <summary>A new list with <paramref name="template"/>'s parentheses, separators and argument indentation.</summary>
    public static ArgumentListSyntax Rebuild(ArgumentListSyntax template, IReadOnlyList<ArgumentSyntax> arguments)
    {
        var templateArguments = template.Arguments;
        var indentation = templateArguments.Count > 0 ? templateArguments[0].GetLeadingTrivia() : default;
        var separator = templateArguments.SeparatorCount > 0
            ? templateArguments.GetSeparator(0)
            : Token(SyntaxKind.CommaToken).WithTrailingTrivia(Space);
        var lastTrailing = templateArguments.Count > 0 ? templateArguments[templateArguments.Count - 1].GetTrailingTrivia() : default;

        var nodes = new List<SyntaxNodeOrToken>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            var isExisting = templateArguments.Contains(argument);
            argument = isExisting ? argument : argument.WithLeadingTrivia(indentation);
            argument = i == arguments.Count - 1 ? argument.WithTrailingTrivia(lastTrailing) : argument.WithoutTrailingTrivia();
            if (i > 0)
            {
                nodes.Add(separator);
            }

            nodes.Add(argument);
        }

        return template.WithArguments(SeparatedList<ArgumentSyntax>(nodes));
    }

    /// <summary>The list with <paramref name="argument"/> inserted at <paramref name="index"/> (appended when out of range).</summary>
    public static ArgumentListSyntax Insert(ArgumentListSyntax list, int index, ArgumentSyntax argument)
    {
        var arguments = list.Arguments.ToList();
        arguments.Insert(index < 0 || index > arguments.Count ? arguments.Count : index, argument);
        return Rebuild(list, arguments);
    }
}

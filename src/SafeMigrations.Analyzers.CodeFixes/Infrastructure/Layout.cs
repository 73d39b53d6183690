using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SafeMigrations.Analyzers.CodeFixes.Infrastructure;

/// <summary>Line endings and indentation read from the code being fixed, so inserted lines match it.</summary>
internal static class Layout
{
    /// <summary>The document's line ending (the first one found), or "\n".</summary>
    public static SyntaxTrivia EndOfLine(SyntaxNode node) =>
        node.SyntaxTree.GetRoot().DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is var eol
        && eol.IsKind(SyntaxKind.EndOfLineTrivia)
            ? eol
            : LineFeed;

    /// <summary>The whitespace that indents the line the node starts on (empty when it does not start a line).</summary>
    public static SyntaxTriviaList Indentation(SyntaxNode node)
    {
        var leading = node.GetLeadingTrivia();
        return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? TriviaList(leading[leading.Count - 1])
            : default;
    }

    /// <summary>One indentation level deeper than <paramref name="indentation"/> (four spaces, as EF scaffolds).</summary>
    public static SyntaxTriviaList Indent(SyntaxTriviaList indentation) =>
        TriviaList(Whitespace(indentation.ToFullString() + "    "));
}

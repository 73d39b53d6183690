using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SafeMigrations.Analyzers.CodeFixes.Infrastructure;

/// <summary>
/// Adds <c>[SuppressMessage("SafeMigrations", "SMxxxx:Title", Justification = "...")]</c> to a member. The name is
/// written fully qualified and annotated, so the fixer's clean-up adds <c>using System.Diagnostics.CodeAnalysis;</c>
/// and shortens it.
/// </summary>
internal static class SuppressionAttribute
{
    /// <summary>The type member whose attributes can suppress a diagnostic at <paramref name="node"/>.</summary>
    public static MemberDeclarationSyntax? SuppressibleMember(SyntaxNode node) =>
        node.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m.Parent is TypeDeclarationSyntax
            && m is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax);

    /// <summary>True when the member already carries a SuppressMessage attribute for the rule.</summary>
    public static bool IsSuppressed(MemberDeclarationSyntax member, string ruleId) =>
        member.AttributeLists.SelectMany(list => list.Attributes).Any(attribute =>
            IsSuppressMessage(attribute.Name)
            && attribute.ArgumentList?.Arguments.Count >= 2
            && attribute.ArgumentList.Arguments[1].Expression is LiteralExpressionSyntax literal
            && literal.Token.ValueText.StartsWith(ruleId, StringComparison.Ordinal));

    /// <summary>The member with the suppression added as its last attribute list, on its own line.</summary>
    public static MemberDeclarationSyntax Add(MemberDeclarationSyntax member, Diagnostic diagnostic, SyntaxTrivia endOfLine)
    {
        var id = diagnostic.Id;
        if (IsSuppressed(member, id))
        {
            return member;
        }

        var attribute = Attribute(
            ParseName("System.Diagnostics.CodeAnalysis.SuppressMessage").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
            AttributeArgumentList(SeparatedList(new[]
            {
                AttributeArgument(Literal(diagnostic.Descriptor.Category)),
                AttributeArgument(Literal(id + ":" + diagnostic.Descriptor.Title)),
                AttributeArgument(NameEquals(IdentifierName("Justification")), null, Literal(AcknowledgeDataLossCodeFixProvider.PlaceholderJustification)),
            })));
        var list = AttributeList(SingletonSeparatedList(attribute)).NormalizeWhitespace();

        if (member.AttributeLists.Count > 0)
        {
            // Existing attributes keep their lines; the new one goes last, indented like the first.
            var indentation = Layout.Indentation(member.AttributeLists[0]);
            return member.AddAttributeLists(list.WithLeadingTrivia(indentation).WithTrailingTrivia(endOfLine));
        }

        // The member's leading trivia (blank line, doc comment, indentation) moves above the attribute.
        var leading = member.GetLeadingTrivia();
        return member.WithoutLeadingTrivia()
            .WithLeadingTrivia(Layout.Indentation(member))
            .WithAttributeLists(SingletonList(list.WithLeadingTrivia(leading).WithTrailingTrivia(endOfLine)));
    }

    private static LiteralExpressionSyntax Literal(string value) =>
        LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

    private static bool IsSuppressMessage(NameSyntax name)
    {
        var text = name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText : (name as SimpleNameSyntax)?.Identifier.ValueText;
        return text is "SuppressMessage" or "SuppressMessageAttribute";
    }
}

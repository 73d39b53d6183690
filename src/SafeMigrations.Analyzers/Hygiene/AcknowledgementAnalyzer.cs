using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SafeMigrations.Analyzers.Infrastructure;
using SafeMigrations.Analyzers.Rules;

namespace SafeMigrations.Analyzers.Hygiene;

/// <summary>
/// SM8001: a <c>[SuppressMessage]</c> or <c>#pragma warning disable</c> of a SafeMigrations rule must say why.
/// Syntax only, one callback per file: directives are found through nodes that contain them, attributes
/// through declarations without entering member bodies.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AcknowledgementAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SM8001);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodePolicy.Migrations);
        context.RegisterCompilationStartAction(start =>
        {
            // Acknowledgements matter only where SafeMigrations rules can report.
            if (DatabaseReferences.AnyReferenced(start.Compilation))
            {
                start.RegisterSyntaxTreeAction(AnalyzeTree);
            }
        });
    }

    /// <summary>An acknowledgement names a rule ID; files without one (nearly all) are skipped on their raw text.</summary>
    private static readonly string[] RuleIdPrefixes = { "SM1", "SM2", "SM3", "SM4", "SM5", "SM8", "SM9" };

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context)
    {
        if (!SourceTextScan.ContainsAny(context.Tree, RuleIdPrefixes, context.CancellationToken))
        {
            return;
        }

        var root = context.Tree.GetRoot(context.CancellationToken);
        foreach (var pragma in PragmaDirectives(root))
        {
            if (pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword))
            {
                AnalyzePragma(context, pragma);
            }
        }

        foreach (var node in root.DescendantNodes(static n => n is CompilationUnitSyntax or MemberDeclarationSyntax or AttributeListSyntax))
        {
            if (node is AttributeSyntax attribute && IsSuppressMessage(attribute.Name))
            {
                AnalyzeAttribute(context, attribute);
            }
        }
    }

    /// <summary>
    /// Pragmas in document order, descending only into nodes that contain directives (GetNextDirective would walk
    /// every token after each directive: all of a Designer's BuildTargetModel, between its two pragmas).
    /// </summary>
    private static IEnumerable<PragmaWarningDirectiveTriviaSyntax> PragmaDirectives(SyntaxNode node)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (!child.ContainsDirectives)
            {
                continue;
            }

            if (child.AsNode() is { } childNode)
            {
                foreach (var pragma in PragmaDirectives(childNode))
                {
                    yield return pragma;
                }
            }
            else
            {
                foreach (var trivia in child.AsToken().LeadingTrivia)
                {
                    if (trivia.GetStructure() is PragmaWarningDirectiveTriviaSyntax pragma)
                    {
                        yield return pragma;
                    }
                }
            }
        }
    }

    private static void AnalyzePragma(SyntaxTreeAnalysisContext context, PragmaWarningDirectiveTriviaSyntax pragma)
    {
        string? problem = null;
        foreach (var code in pragma.ErrorCodes)
        {
            if (code is IdentifierNameSyntax identifier && Justification.IsSafeMigrationsRule(identifier.Identifier.ValueText, out var id))
            {
                problem ??= Justification.Problem(PragmaReason(pragma), "reason comment") ?? "";
                if (problem.Length > 0)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.SM8001, code.GetLocation(), id, problem));
                }
            }
        }
    }

    /// <summary>The comment after the pragma on its line, else a comment on the line just above it.</summary>
    private static string? PragmaReason(PragmaWarningDirectiveTriviaSyntax pragma)
    {
        foreach (var trivia in pragma.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
            {
                return CommentText(trivia);
            }
        }

        var siblings = pragma.ParentTrivia.Token.LeadingTrivia;
        var index = siblings.IndexOf(pragma.ParentTrivia);
        var lineBreaks = 0;
        for (var i = index - 1; i >= 0; i--)
        {
            var trivia = siblings[i];
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
            {
                return CommentText(trivia);
            }

            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia) && ++lineBreaks > 1)
            {
                break;
            }

            if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia) && !trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                break;
            }
        }

        return null;
    }

    private static string CommentText(SyntaxTrivia comment) => comment.ToString().Substring(2);

    private static void AnalyzeAttribute(SyntaxTreeAnalysisContext context, AttributeSyntax attribute)
    {
        if (attribute.ArgumentList?.Arguments is not { Count: >= 2 } list
            || CheckId(list) is not { } checkId || !Justification.IsSafeMigrationsRule(StringLiteral(checkId), out var id))
        {
            return;
        }

        ExpressionSyntax? justification = null;
        foreach (var argument in list)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == "Justification")
            {
                justification = argument.Expression;
            }
        }

        // A justification that is not a literal (a constant, a concatenation) is taken as given.
        if (justification is not null && justification is not LiteralExpressionSyntax)
        {
            return;
        }

        var problem = Justification.Problem(justification is null ? null : StringLiteral(justification) ?? "", "justification");
        if (problem is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SM8001, attribute.GetLocation(), id, problem));
        }
    }

    /// <summary>The checkId argument: named <c>checkId:</c>, else the second positional one.</summary>
    private static ExpressionSyntax? CheckId(SeparatedSyntaxList<AttributeArgumentSyntax> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.NameColon?.Name.Identifier.ValueText == "checkId")
            {
                return argument.Expression;
            }
        }

        return arguments[1].NameEquals is null && arguments[1].NameColon is null ? arguments[1].Expression : null;
    }

    private static bool IsSuppressMessage(NameSyntax name)
    {
        var simple = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right,
            AliasQualifiedNameSyntax alias => alias.Name,
            SimpleNameSyntax s => s,
            _ => null,
        };
        return simple?.Identifier.ValueText is "SuppressMessage" or "SuppressMessageAttribute";
    }

    private static string? StringLiteral(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
}

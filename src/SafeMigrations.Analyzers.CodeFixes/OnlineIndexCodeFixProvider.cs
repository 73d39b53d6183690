using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using SafeMigrations.Analyzers.CodeFixes.Infrastructure;
using SafeMigrations.Analyzers.Rules;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SafeMigrations.Analyzers.CodeFixes;

/// <summary>
/// SM3004: appends the provider's non-blocking index annotation to the CreateIndex
/// (<c>Npgsql:CreatedConcurrently</c> on PostgreSQL, <c>SqlServer:Online</c> on SQL Server). The provider is the
/// one the analyzer decided on: the diagnostic's "Annotation" property.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(OnlineIndexCodeFixProvider)), Shared]
public sealed class OnlineIndexCodeFixProvider : MigrationCodeFixProvider
{
    public const string EquivalenceKey = "SafeMigrations.SM3004.OnlineIndex";

    private static readonly string[] KnownAnnotations = { "Npgsql:CreatedConcurrently", "SqlServer:Online" };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.BlockingIndex);

    private protected override IEnumerable<FixAction> Offer(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (Annotation(diagnostic) is { } annotation
            && CallSite.At(root, model, diagnostic, cancellationToken) is { Name: "CreateIndex" })
        {
            yield return new FixAction($"Build the index without blocking writes ({annotation})", EquivalenceKey);
        }
    }

    private protected override void Fix(DocumentEditor editor, Diagnostic diagnostic, string equivalenceKey, ISet<SyntaxNode> claimed, CancellationToken cancellationToken)
    {
        if (Annotation(diagnostic) is not { } annotation
            || CallSite.At(editor.OriginalRoot, editor.SemanticModel, diagnostic, cancellationToken) is not { Name: "CreateIndex" } call)
        {
            return;
        }

        var chain = call.Chain;
        if (!claimed.Add(chain))
        {
            return;
        }

        // An existing `.Annotation("SqlServer:Online", false)` is switched on: EF rejects a second one.
        if (ExistingAnnotationValue(call, annotation) is { } existing)
        {
            editor.ReplaceNode(existing, LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(existing));
            return;
        }

        var multiline = chain.GetLocation().GetLineSpan() is var span && span.StartLinePosition.Line != span.EndLinePosition.Line;
        var dotTrivia = multiline && call.Statement is { } statement
            ? TriviaList(Layout.EndOfLine(chain)).AddRange(Layout.Indent(Layout.Indentation(statement)))
            : default;
        editor.ReplaceNode(chain, (current, _) =>
            InvocationExpression(
                    MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression,
                        ((ExpressionSyntax)current).WithoutTrailingTrivia(),
                        Token(dotTrivia, SyntaxKind.DotToken, default),
                        IdentifierName("Annotation")),
                    ArgumentList(SeparatedList(new[]
                    {
                        Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(annotation))),
                        Argument(LiteralExpression(SyntaxKind.TrueLiteralExpression)).WithLeadingTrivia(Space),
                    })))
                .WithTrailingTrivia(current.GetTrailingTrivia()));
    }

    private static ExpressionSyntax? ExistingAnnotationValue(CallSite call, string annotation)
    {
        for (SyntaxNode current = call.Syntax; current.Parent is MemberAccessExpressionSyntax access && access.Parent is InvocationExpressionSyntax chained; current = chained)
        {
            if (access.Name.Identifier.ValueText == "Annotation" && chained.ArgumentList.Arguments.Count == 2
                && chained.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax name && name.Token.ValueText == annotation)
            {
                return chained.ArgumentList.Arguments[1].Expression;
            }
        }

        return null;
    }

    /// <summary>The annotation the analyzer chose for this provider, carried as a diagnostic property.</summary>
    private static string? Annotation(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(Migrations.AvailabilityAnalyzer.AnnotationProperty, out var value) && Array.IndexOf(KnownAnnotations, value) >= 0 ? value : null;
}

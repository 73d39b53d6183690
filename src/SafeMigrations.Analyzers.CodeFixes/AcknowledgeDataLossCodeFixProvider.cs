using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using SafeMigrations.Analyzers.CodeFixes.Infrastructure;
using SafeMigrations.Analyzers.Rules;

namespace SafeMigrations.Analyzers.CodeFixes;

/// <summary>
/// "Acknowledge data loss": suppresses the rule on the migration method with a placeholder justification.
/// The placeholder is deliberate: SM8001 keeps warning until a person writes why the loss is acceptable, so the
/// acknowledgement shows up in review instead of silently turning the build green.
/// </summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(AcknowledgeDataLossCodeFixProvider)), Shared]
public sealed class AcknowledgeDataLossCodeFixProvider : MigrationCodeFixProvider
{
    public const string EquivalenceKey = "SafeMigrations.AcknowledgeDataLoss";

    /// <summary>
    /// The justification the fix writes. SM8001 reports it (a "TODO" justification is a placeholder) until a
    /// person replaces it with the reason the data loss is acceptable.
    /// </summary>
    public const string PlaceholderJustification = "TODO: why is this data loss acceptable?";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.DropTable, RuleIds.DropColumn, RuleIds.NarrowingAlterColumn, RuleIds.SqlDropsTable, RuleIds.SqlDropsColumn);

    private protected override IEnumerable<FixAction> Offer(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (Member(root, diagnostic) is { } member && !SuppressionAttribute.IsSuppressed(member, diagnostic.Id))
        {
            yield return new FixAction($"Acknowledge data loss ({diagnostic.Id})", EquivalenceKey);
        }
    }

    private protected override void Fix(DocumentEditor editor, Diagnostic diagnostic, string equivalenceKey, ISet<SyntaxNode> claimed, CancellationToken cancellationToken)
    {
        if (Member(editor.OriginalRoot, diagnostic) is not { } member)
        {
            return;
        }

        var endOfLine = Layout.EndOfLine(member);
        editor.ReplaceNode(member, (current, _) => SuppressionAttribute.Add((MemberDeclarationSyntax)current, diagnostic, endOfLine));
    }

    private static MemberDeclarationSyntax? Member(SyntaxNode root, Diagnostic diagnostic) =>
        root.FullSpan.Contains(diagnostic.Location.SourceSpan)
            ? SuppressionAttribute.SuppressibleMember(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true))
            : null;
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace SafeMigrations.Analyzers.CodeFixes.Infrastructure;

/// <summary>One code action a fixer offers for a diagnostic: its title and its stable equivalence key.</summary>
public readonly struct FixAction
{
    public FixAction(string title, string equivalenceKey)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
    }

    public string Title { get; }

    public string EquivalenceKey { get; }
}

/// <summary>
/// Base of every SafeMigrations fixer. A single fix and Fix All run the same path: all diagnostics of one
/// document are applied to one <see cref="DocumentEditor"/> (edits compose, so two fixes in one method do not
/// conflict as they can with the batch fixer), then imports are added and annotated nodes simplified and
/// formatted. Fix All supports document, project and solution scope (dotnet format needs solution scope).
/// </summary>
public abstract class MigrationCodeFixProvider : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
            context.CodeActionEquivalenceKey is { } key
                ? await ApplyAsync(document, diagnostics, key, context.CancellationToken).ConfigureAwait(false)
                : null);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var action in Offer(root, model, diagnostic, context.CancellationToken))
            {
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(action.Title, ct => ApplyAsync(document, ImmutableArray.Create(diagnostic), action.EquivalenceKey, ct), action.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The actions that apply to this diagnostic (none when the code does not have the expected shape).</summary>
    private protected abstract IEnumerable<FixAction> Offer(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <summary>
    /// Records the edits for one diagnostic; does nothing when the code does not have the expected shape.
    /// <paramref name="claimed"/> holds the nodes earlier diagnostics of the batch already rewrote or removed.
    /// </summary>
    private protected abstract void Fix(DocumentEditor editor, Diagnostic diagnostic, string equivalenceKey, ISet<SyntaxNode> claimed, CancellationToken cancellationToken);

    private async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string equivalenceKey, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var claimed = new HashSet<SyntaxNode>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            Fix(editor, diagnostic, equivalenceKey, claimed, cancellationToken);
        }

        var changed = editor.GetChangedDocument();
        changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}

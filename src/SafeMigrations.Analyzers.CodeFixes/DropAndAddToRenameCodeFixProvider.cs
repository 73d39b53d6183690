using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
/// SM1003: EF scaffolded a renamed property as DropColumn + AddColumn. Rewrites the DropColumn into
/// <c>RenameColumn(name: old, table: t, newName: new[, schema: s])</c> and removes the AddColumn statement, so the
/// data stays. The pair is found as the analyzer pairs it: the AddColumn of another name on the same table.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DropAndAddToRenameCodeFixProvider)), Shared]
public sealed class DropAndAddToRenameCodeFixProvider : MigrationCodeFixProvider
{
    public const string EquivalenceKey = "SafeMigrations.SM1003.RenameColumn";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.DropAndAddColumn);

    private protected override IEnumerable<FixAction> Offer(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (Pair.Find(root, model, diagnostic, cancellationToken) is { } pair)
        {
            yield return new FixAction($"Rename column '{pair.OldName}' to '{pair.NewName}' instead of dropping it", EquivalenceKey);
        }
    }

    private protected override void Fix(DocumentEditor editor, Diagnostic diagnostic, string equivalenceKey, ISet<SyntaxNode> claimed, CancellationToken cancellationToken)
    {
        if (Pair.Find(editor.OriginalRoot, editor.SemanticModel, diagnostic, cancellationToken) is not { } pair)
        {
            return;
        }

        if (!Rewrite(editor, pair, claimed))
        {
            return;
        }

        // EF scaffolds the mirror image in Down (drop the new column, re-add the old one): make it a rename back.
        if (pair.MirrorInDown(cancellationToken) is { } mirror)
        {
            Rewrite(editor, mirror, claimed);
        }
    }

    private static bool Rewrite(DocumentEditor editor, Pair pair, ISet<SyntaxNode> claimed)
    {
        if (claimed.Contains(pair.Drop.Syntax) || claimed.Contains(pair.AddStatement))
        {
            return false;
        }

        claimed.Add(pair.Drop.Syntax);
        claimed.Add(pair.AddStatement);
        var rename = RenameColumn(pair);
        editor.ReplaceNode(pair.Drop.Syntax, (_, _) => rename);

        // The statement after the removed AddColumn takes its leading trivia, so no blank line is left behind.
        var addStatement = pair.AddStatement;
        if (addStatement.Parent is BlockSyntax block && block.Statements.IndexOf(addStatement) is var index
            && index + 1 < block.Statements.Count && !claimed.Contains(block.Statements[index + 1]))
        {
            var leading = addStatement.GetLeadingTrivia();
            editor.ReplaceNode(block.Statements[index + 1], (current, _) => current.WithLeadingTrivia(leading));
        }

        editor.RemoveNode(addStatement, SyntaxRemoveOptions.KeepNoTrivia);
        return true;
    }

    private static InvocationExpressionSyntax RenameColumn(Pair pair)
    {
        var drop = pair.Drop;
        var arguments = new List<ArgumentSyntax>
        {
            ArgumentLayout.Named("name", drop.Expression("name")!),
            ArgumentLayout.Named("table", drop.Expression("table")!),
            ArgumentLayout.Named("newName", pair.Add.Expression("name")!),
        };
        if ((drop.Expression("schema") ?? pair.Add.Expression("schema")) is { } schema)
        {
            arguments.Add(ArgumentLayout.Named("schema", schema));
        }

        var callee = drop.Syntax.Expression is MemberAccessExpressionSyntax access
            ? access.WithName(IdentifierName("RenameColumn").WithTriviaFrom(access.Name))
            : (ExpressionSyntax)IdentifierName("RenameColumn").WithTriviaFrom(drop.Syntax.Expression);
        return drop.Syntax
            .WithExpression(callee)
            .WithArgumentList(ArgumentLayout.Rebuild(drop.Syntax.ArgumentList, arguments));
    }

    /// <summary>The reported DropColumn and the AddColumn statement it pairs with.</summary>
    private sealed class Pair
    {
        private Pair(CallSite drop, CallSite add, ExpressionStatementSyntax addStatement)
        {
            Drop = drop;
            Add = add;
            AddStatement = addStatement;
        }

        public CallSite Drop { get; }

        public CallSite Add { get; }

        public ExpressionStatementSyntax AddStatement { get; }

        public string OldName => Drop.Constant("name") as string ?? "?";

        public string NewName => Add.Constant("name") as string ?? "?";

        public static Pair? Find(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (CallSite.At(root, model, diagnostic, cancellationToken) is not { Name: "DropColumn" } drop
                || drop.Expression("name") is null || drop.Expression("table") is null
                || drop.Constant("name") is not string oldName)
            {
                return null;
            }

            // Among AddColumns of another name on the same table, prefer the one the message names.
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            var candidates = drop.Siblings("AddColumn", cancellationToken)
                .Where(add => drop.SameTable(add) && add.Constant("name") is string name && name != oldName
                              && add.Statement is { Parent: BlockSyntax })
                .ToList();
            var add = candidates.FirstOrDefault(c => message.Contains("'" + (string)c.Constant("name")! + "'")) ?? candidates.FirstOrDefault();
            return add is null ? null : new Pair(drop, add, add.Statement!);
        }

        /// <summary>In Down: DropColumn of the new name and AddColumn of the old name on the same table, if both are there.</summary>
        public Pair? MirrorInDown(CancellationToken cancellationToken)
        {
            var type = Drop.Syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            var down = type?.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.ValueText == "Down");
            if (down is null || down.Contains(Drop.Syntax))
            {
                return null;
            }

            var calls = down.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Select(invocation => CallSite.From(invocation, Drop.Model, cancellationToken))
                .Where(call => call is not null && call.SameTable(Drop))
                .ToList();
            var drop = calls.FirstOrDefault(c => c!.Name == "DropColumn" && Equals(c.Constant("name"), NewName) && c.Expression("table") is not null);
            var add = calls.FirstOrDefault(c => c!.Name == "AddColumn" && Equals(c.Constant("name"), OldName) && c.Statement is { Parent: BlockSyntax });
            return drop is null || add is null ? null : new Pair(drop, add, add.Statement!);
        }
    }
}

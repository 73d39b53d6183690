using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using SafeMigrations.Analyzers.CodeFixes.Infrastructure;
using SafeMigrations.Analyzers.Rules;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SafeMigrations.Analyzers.CodeFixes;

/// <summary>
/// SM3003: a required AddColumn without a default. Two ways out: give existing rows a value
/// (<c>defaultValue:</c> of the column's CLR type, written as EF scaffolds it), or add the column nullable and
/// tighten it after a backfill.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequiredColumnCodeFixProvider)), Shared]
public sealed class RequiredColumnCodeFixProvider : MigrationCodeFixProvider
{
    public const string DefaultValueKey = "SafeMigrations.SM3003.DefaultValue";
    public const string NullableKey = "SafeMigrations.SM3003.Nullable";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.RequiredColumnWithoutDefault);

    private protected override IEnumerable<FixAction> Offer(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (AddColumn(root, model, diagnostic, cancellationToken) is not { } call)
        {
            yield break;
        }

        if (DefaultValue(call) is { } value)
        {
            yield return new FixAction("Add the column with a default value for existing rows", DefaultValueKey);
        }

        yield return new FixAction("Add the column as nullable (backfill, then make it required)", NullableKey);
    }

    private protected override void Fix(DocumentEditor editor, Diagnostic diagnostic, string equivalenceKey, ISet<SyntaxNode> claimed, CancellationToken cancellationToken)
    {
        if (AddColumn(editor.OriginalRoot, editor.SemanticModel, diagnostic, cancellationToken) is not { } call)
        {
            return;
        }

        var list = call.Syntax.ArgumentList;
        ArgumentListSyntax? fixedList = equivalenceKey switch
        {
            DefaultValueKey when DefaultValue(call) is { } value => SetArgument(
                list, call, "defaultValue", ParseExpression(value).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation)),
            NullableKey => SetArgument(list, call, "nullable", LiteralExpression(SyntaxKind.TrueLiteralExpression)),
            _ => null,
        };
        if (fixedList is not null && claimed.Add(list))
        {
            editor.ReplaceNode(list, fixedList);
        }
    }

    /// <summary>
    /// Replaces the argument's value when the call has it (e.g. <c>defaultValue: null</c>), else inserts it
    /// after <c>nullable</c> (EF's order) or at the end.
    /// </summary>
    private static ArgumentListSyntax SetArgument(ArgumentListSyntax list, CallSite call, string parameter, ExpressionSyntax value)
    {
        if (call.Argument(parameter) is { } existing)
        {
            return list.ReplaceNode(existing.Expression, value.WithTriviaFrom(existing.Expression));
        }

        var index = call.Argument("nullable") is { } nullable ? list.Arguments.IndexOf(nullable) + 1 : list.Arguments.Count;
        return ArgumentLayout.Insert(list, index, ArgumentLayout.Named(parameter, value));
    }

    private static CallSite? AddColumn(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        CallSite.At(root, model, diagnostic, cancellationToken) is { Name: "AddColumn", Method.TypeArguments.Length: 1 } call ? call : null;

    /// <summary>The CLR default of the column's type, as EF's scaffolder writes it (qualified; the clean-up shortens it).</summary>
    private static string? DefaultValue(CallSite call)
    {
        var type = call.Method.TypeArguments[0];
        if (type.TypeKind == TypeKind.Enum)
        {
            return "0";
        }

        return type.SpecialType switch
        {
            SpecialType.System_Boolean => "false",
            SpecialType.System_String => "\"\"",
            SpecialType.System_Int32 => "0",
            SpecialType.System_Int64 => "0L",
            SpecialType.System_Int16 => "(short)0",
            SpecialType.System_Byte => "(byte)0",
            SpecialType.System_SByte => "(sbyte)0",
            SpecialType.System_UInt16 => "(ushort)0",
            SpecialType.System_UInt32 => "0u",
            SpecialType.System_UInt64 => "0ul",
            SpecialType.System_Decimal => "0m",
            SpecialType.System_Double => "0.0",
            SpecialType.System_Single => "0f",
            SpecialType.System_Char => "' '",
            SpecialType.System_DateTime => "new System.DateTime(1, 1, 1, 0, 0, 0, 0, System.DateTimeKind.Unspecified)",
            _ => type.ToDisplayString() switch
            {
                "System.Guid" => "System.Guid.Empty",
                "System.DateTimeOffset" => "new System.DateTimeOffset(new System.DateTime(1, 1, 1, 0, 0, 0, 0, System.DateTimeKind.Unspecified), new System.TimeSpan(0, 0, 0, 0, 0))",
                "System.TimeSpan" => "System.TimeSpan.Zero",
                "System.DateOnly" => "new System.DateOnly(1, 1, 1)",
                "System.TimeOnly" => "new System.TimeOnly(0, 0, 0)",
                "byte[]" => "new byte[0]",
                _ => null,
            },
        };
    }
}

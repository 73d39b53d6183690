using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using SafeMigrations.Analyzers.Rules;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SafeMigrations.Analyzers.CodeFixes.ConnectionStrings;

/// <summary>
/// SM5001–SM5003: replaces a hard-coded connection string with <c>configuration.GetConnectionString("Name")</c> when an
/// IConfiguration is in scope, else <c>Environment.GetEnvironmentVariable("ConnectionStrings__Name")</c> (the variable
/// configuration binds to <c>ConnectionStrings:Name</c>). Both end in <c>?? throw</c>, so a missing setting fails
/// loudly and the result stays a non-null string. Not offered where a constant is required (const, attributes).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadFromConfigurationCodeFix)), Shared]
public sealed class ReadFromConfigurationCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "SafeMigrations.ReadConnectionStringFromConfiguration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIds.ProductionConnectionString, RuleIds.PasswordInConnectionString, RuleIds.HardCodedRemoteHost);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression
                || RequiresConstant(expression))
            {
                continue;
            }

            var configuration = ConfigurationInScope.Find(model, expression);
            var title = configuration is null
                ? "Read the connection string from an environment variable"
                : $"Read the connection string from '{configuration.Name}'";
            context.RegisterCodeFix(
                CodeAction.Create(title, token => ReplaceAsync(context.Document, expression, token), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        var root = (CompilationUnitSyntax?)await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var name = ConnectionStringNameGuess.For(expression, model);
        var configuration = ConfigurationInScope.Find(model, expression);
        var lookup = configuration is null
            ? $"{TypeName(model, expression, "System", "Environment")}.GetEnvironmentVariable(\"ConnectionStrings__{name}\")"
            : $"{configuration.Name}.GetConnectionString(\"{name}\")";
        var exception = TypeName(model, expression, "System", "InvalidOperationException");
        var replacement = ParseExpression($"{lookup} ?? throw new {exception}(\"Connection string '{name}' is not configured.\")")
            .WithTriviaFrom(expression);

        var newRoot = root.ReplaceNode(expression, replacement);
        if (configuration is not null && !GetConnectionStringIsVisible(model, expression, configuration))
        {
            newRoot = newRoot.AddUsings(UsingDirective(ParseName("Microsoft.Extensions.Configuration")).WithAdditionalAnnotations(Formatter.Annotation));
        }

        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>The short type name where it binds to the intended type at this position, else the qualified one.</summary>
    private static string TypeName(SemanticModel model, SyntaxNode node, string ns, string name)
    {
        var visible = model.LookupNamespacesAndTypes(node.SpanStart, name: name);
        return visible.Length == 1 && visible[0].ContainingNamespace?.ToDisplayString() == ns ? name : ns + "." + name;
    }

    /// <summary>GetConnectionString is an extension method: its namespace may need importing.</summary>
    private static bool GetConnectionStringIsVisible(SemanticModel model, SyntaxNode node, ISymbol configuration)
    {
        var type = ConfigurationInScope.TypeOf(configuration);
        return type is not null
            && !model.LookupSymbols(node.SpanStart, type, "GetConnectionString", includeReducedExtensionMethods: true).IsEmpty;
    }

    /// <summary>Constants stay constants: a method call cannot initialize a const or be an attribute argument.</summary>
    private static bool RequiresConstant(ExpressionSyntax expression) =>
        expression.Ancestors().Any(ancestor => ancestor switch
        {
            AttributeArgumentSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax => true,
            ParameterSyntax => true, // default value
            FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
            LocalDeclarationStatementSyntax local => local.IsConst,
            _ => false,
        });
}

using Microsoft.CodeAnalysis;
using SafeMigrations.Core;

namespace SafeMigrations.Analyzers.Rules;

/// <summary>The one way to create a descriptor: category, severity and a help link to docs/rules/&lt;ID&gt;.md.</summary>
internal static class RuleDescriptor
{
    public const string Category = "SafeMigrations";

    public static DiagnosticDescriptor Create(
        string id, string title, string messageFormat, DiagnosticSeverity severity, string description,
        params string[] customTags) =>
        new(id, title, messageFormat, Category, severity, isEnabledByDefault: true, description, RuleHelp.Link(id), customTags);
}

using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SafeMigrations.Analyzers.Rules;

/// <summary>The one way to create a descriptor: category, severity and a help link to docs/rules/&lt;ID&gt;.md.</summary>
internal static class RuleDescriptor
{
    public const string Category = "SafeMigrations";

    private static readonly string RepositoryUrl =
        typeof(RuleDescriptor).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefaultValue("SafeMigrationsRepositoryUrl") ?? "https://github.com/safemigrations/SafeMigrations.Analyzers";

    public static string HelpLink(string id) => $"{RepositoryUrl}/blob/main/docs/rules/{id}.md";

    public static DiagnosticDescriptor Create(
        string id, string title, string messageFormat, DiagnosticSeverity severity, string description,
        params string[] customTags) =>
        new(id, title, messageFormat, Category, severity, isEnabledByDefault: true, description, HelpLink(id), customTags);

    private static string? FirstOrDefaultValue(this System.Collections.Generic.IEnumerable<AssemblyMetadataAttribute> attributes, string key)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Key == key)
            {
                return attribute.Value;
            }
        }

        return null;
    }
}

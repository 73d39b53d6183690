using System.Reflection;

namespace SafeMigrations.Core;

/// <summary>
/// Help links for every rule, analyzer diagnostics and guard errors alike: docs/rules/&lt;ID&gt;.md in the repository
/// whose address the build stamps on the assembly this source is compiled into (AssemblyMetadata
/// "SafeMigrationsRepositoryUrl", from src/Directory.Build.props).
/// </summary>
public static class RuleHelp
{
    private const string DefaultRepositoryUrl = "https://github.com/safemigrations/SafeMigrations.Analyzers";

    private static readonly string RepositoryUrl = ReadRepositoryUrl();

    public static string Link(string id) => $"{RepositoryUrl}/blob/main/docs/rules/{id}.md";

    private static string ReadRepositoryUrl()
    {
        foreach (var attribute in typeof(RuleHelp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (attribute.Key == "SafeMigrationsRepositoryUrl" && !string.IsNullOrEmpty(attribute.Value))
            {
                return attribute.Value!;
            }
        }

        return DefaultRepositoryUrl;
    }
}

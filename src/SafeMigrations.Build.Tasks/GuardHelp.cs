using System.Linq;
using System.Reflection;

namespace SafeMigrations.Build.Tasks;

/// <summary>Help links for the guard's codes: docs/rules/&lt;code&gt;.md in the repository, as the analyzers' descriptors use.</summary>
internal static class GuardHelp
{
    private static readonly string RepositoryUrl =
        typeof(GuardHelp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "SafeMigrationsRepositoryUrl")?.Value
        ?? "https://github.com/safemigrations/SafeMigrations.Analyzers";

    public static string Link(string code) => $"{RepositoryUrl}/blob/main/docs/rules/{code}.md";
}

using System;
using System.IO;

namespace SafeMigrations.Core.Configuration;

/// <summary>The environment name and the per-environment file names, as the EF tools and the .NET host use them.</summary>
public static class HostingEnvironment
{
    public const string Development = "Development";

    /// <summary>
    /// The environment `dotnet ef` runs the app in (without <c>--environment</c>): ASPNETCORE_ENVIRONMENT, else
    /// DOTNET_ENVIRONMENT, else Development (EF Core's AppServiceProviderFactory). An empty variable counts as unset.
    /// </summary>
    public static (string Name, string Source) Resolve(Func<string, string?> getVariable)
    {
        foreach (var variable in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
        {
            if (getVariable(variable) is { Length: > 0 } value)
            {
                return (value.Trim(), variable);
            }
        }

        return (Development, "the EF tools' default");
    }

    public static bool IsDevelopment(string name) => string.Equals(name, Development, StringComparison.OrdinalIgnoreCase);

    /// <summary>An environment name must be usable in <c>appsettings.{name}.json</c>.</summary>
    public static bool IsValidName(string name) =>
        name.Length > 0 && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && name.IndexOfAny(new[] { '/', '\\', ':', '*', '?' }) < 0 && name != "." && name != "..";

    public static string AppSettingsFileName(string? environment) =>
        environment is null ? "appsettings.json" : $"appsettings.{environment}.json";
}

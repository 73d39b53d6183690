using System;
using System.IO;

namespace SafeMigrations.Core.Configuration;

/// <summary>
/// Where <c>AddUserSecrets</c> looks for secrets.json, mirroring Microsoft.Extensions.Configuration.UserSecrets'
/// PathHelper: <c>%APPDATA%\Microsoft\UserSecrets\&lt;id&gt;\secrets.json</c> when APPDATA is set (Windows),
/// otherwise <c>$HOME/.microsoft/usersecrets/&lt;id&gt;/secrets.json</c>.
/// </summary>
public static class UserSecretsPath
{
    /// <summary>Null with <paramref name="error"/> set when the id holds a character a folder name cannot.</summary>
    public static string? Resolve(string userSecretsId, Func<string, string?> getVariable, string? userProfileFallback, out string? error)
    {
        error = null;
        int bad = userSecretsId.IndexOfAny(Path.GetInvalidFileNameChars());
        if (bad >= 0 || userSecretsId.IndexOfAny(new[] { '/', '\\' }) >= 0)
        {
            error = $"UserSecretsId '{userSecretsId}' contains a character that cannot appear in a folder name.";
            return null;
        }

        string? appData = getVariable("APPDATA");
        if (!string.IsNullOrEmpty(appData))
        {
            return Path.Combine(appData, "Microsoft", "UserSecrets", userSecretsId, "secrets.json");
        }

        string? root = NonEmpty(getVariable("HOME")) ?? NonEmpty(userProfileFallback) ?? NonEmpty(getVariable("DOTNET_USER_SECRETS_FALLBACK_DIR"));
        if (root is null)
        {
            error = "Neither APPDATA nor HOME is set, so the user secrets folder cannot be found.";
            return null;
        }

        return Path.Combine(root, ".microsoft", "usersecrets", userSecretsId, "secrets.json");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

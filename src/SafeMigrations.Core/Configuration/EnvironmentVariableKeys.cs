using System;
using System.Collections.Generic;
using System.Linq;

namespace SafeMigrations.Core.Configuration;

/// <summary>
/// Maps environment variables to configuration keys as EnvironmentVariablesConfigurationProvider does:
/// <c>__</c> becomes <c>:</c>, and the Azure App Service prefixes (<c>SQLCONNSTR_</c>, <c>SQLAZURECONNSTR_</c>,
/// <c>MYSQLCONNSTR_</c>, <c>POSTGRESQLCONNSTR_</c>, <c>CUSTOMCONNSTR_</c>, any case) become <c>ConnectionStrings:</c>.
/// </summary>
public static class EnvironmentVariableKeys
{
    private static readonly string[] ConnectionStringPrefixes =
    {
        "SQLCONNSTR_", "SQLAZURECONNSTR_", "MYSQLCONNSTR_", "POSTGRESQLCONNSTR_", "CUSTOMCONNSTR_",
    };

    public readonly record struct MappedVariable(string Key, string Value, string Variable);

    /// <summary>
    /// The provider's order is the process environment's (unspecified); variables are sorted by name so that a
    /// key set twice (say by <c>ConnectionStrings__Db</c> and <c>SQLCONNSTR_Db</c>) resolves the same way every build.
    /// With a <paramref name="prefix"/> (<c>DOTNET_</c>), only variables starting with it count, without it, and
    /// the Azure prefixes do not apply (as in <c>AddEnvironmentVariables(prefix)</c>).
    /// </summary>
    public static IEnumerable<MappedVariable> Map(IEnumerable<KeyValuePair<string, string>> variables, string prefix = "")
    {
        foreach (var variable in variables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            string name = variable.Key;
            string? azurePrefix = ConnectionStringPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
            string key = (azurePrefix is null ? name : "ConnectionStrings:" + name.Substring(azurePrefix.Length)).Replace("__", ":");
            if (prefix.Length == 0)
            {
                yield return new MappedVariable(key, variable.Value ?? "", name);
            }
            else if (azurePrefix is null && key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                yield return new MappedVariable(key.Substring(prefix.Length), variable.Value ?? "", name);
            }
        }
    }
}

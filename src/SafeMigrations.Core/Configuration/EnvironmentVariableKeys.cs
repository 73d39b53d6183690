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
    /// </summary>
    public static IEnumerable<MappedVariable> Map(IEnumerable<KeyValuePair<string, string>> variables)
    {
        foreach (var variable in variables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            string name = variable.Key;
            string? prefix = ConnectionStringPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
            string key = prefix is null ? name : "ConnectionStrings:" + name.Substring(prefix.Length);
            yield return new MappedVariable(key.Replace("__", ":"), variable.Value ?? "", name);
        }
    }
}

using System;
using System.Collections.Generic;

namespace SafeMigrations.Core.Configuration;

/// <summary>
/// Configuration sources layered as the .NET host layers them: each source added later overrides earlier ones
/// key by key (keys compare case-insensitively), and every value remembers the source that supplied it.
/// </summary>
public sealed class LayeredConfiguration
{
    private readonly Dictionary<string, ConfigurationValue> _values = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<ConfigurationValue> Values => _values.Values;

    public bool TryGet(string key, out ConfigurationValue value) => _values.TryGetValue(key, out value!);

    public void AddJson(ConfigurationSourceKind kind, string file, string displayName, IEnumerable<ConfigurationEntry> entries)
    {
        foreach (var entry in entries)
        {
            Set(entry.Key, entry.Value, ConfigurationOrigin.Json(kind, file, displayName, entry));
        }
    }

    public void AddEnvironmentVariables(IEnumerable<KeyValuePair<string, string>> variables, string prefix = "")
    {
        foreach (var mapped in EnvironmentVariableKeys.Map(variables, prefix))
        {
            Set(mapped.Key, mapped.Value, ConfigurationOrigin.Variable(mapped.Variable));
        }
    }

    private void Set(string key, string value, ConfigurationOrigin origin)
    {
        _values.TryGetValue(key, out var previous);
        _values[key] = new ConfigurationValue(previous?.Key ?? key, value, origin, previous?.Origin);
    }
}

namespace SafeMigrations.Core.Configuration;

/// <summary>The kinds of configuration source the .NET host layers, in the order it layers them.</summary>
public enum ConfigurationSourceKind
{
    JsonFile,
    UserSecrets,
    EnvironmentVariable,
}

/// <summary>
/// Where a configuration value came from: a JSON file (with the value's 1-based line and column) or an
/// environment variable (<see cref="Name"/> is the variable's name; no file).
/// </summary>
public sealed record ConfigurationOrigin(ConfigurationSourceKind Kind, string Name, string? File, int Line, int Column)
{
    public static ConfigurationOrigin Json(ConfigurationSourceKind kind, string file, string displayName, ConfigurationEntry entry) =>
        new(kind, displayName, file, entry.Line, entry.Column);

    public static ConfigurationOrigin Variable(string name) => new(ConfigurationSourceKind.EnvironmentVariable, name, null, 0, 0);

    /// <summary>How messages name the source, e.g. "appsettings.Development.json (line 3)" or "environment variable X".</summary>
    public string Describe() => Kind switch
    {
        ConfigurationSourceKind.EnvironmentVariable => $"environment variable {Name}",
        ConfigurationSourceKind.UserSecrets => $"user secrets {File} (line {Line})",
        _ => $"{Name} (line {Line})",
    };
}

/// <summary>A key's winning value, where it came from, and which source it overrode (if any).</summary>
public sealed record ConfigurationValue(string Key, string Value, ConfigurationOrigin Origin, ConfigurationOrigin? Overrides);

using System;
using System.Collections.Generic;

namespace SafeMigrations.Core.Guard;

/// <summary>What the guard needs from the build, with all IO behind <see cref="ReadFile"/> so it stays testable.</summary>
public sealed class GuardInputs
{
    public string ProjectDirectory { get; init; } = "";

    public string? UserSecretsId { get; init; }

    /// <summary>The build's environment variables (the task picks the comparer the OS uses).</summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; init; } = new Dictionary<string, string>();

    /// <summary>Folder used for user secrets when neither APPDATA nor HOME is set (the user profile).</summary>
    public string? UserProfileDirectory { get; init; }

    /// <summary>SafeMigrationsConfigurationFile items, layered after environment variables in item order.</summary>
    public IReadOnlyList<string> ExtraConfigurationFiles { get; init; } = Array.Empty<string>();

    /// <summary>The project's Compile items; only their paths are looked at (for SM9005).</summary>
    public IReadOnlyList<string> SourceFiles { get; init; } = Array.Empty<string>();

    public Func<string, FileContent> ReadFile { get; init; } = _ => FileContent.Missing;

    // Settings as the MSBuild properties hold them (validated by GuardSettings).
    public string? Environments { get; init; }

    public string? ConnectionStringKeys { get; init; }

    public string? ProductionHosts { get; init; }

    public string? SafeHosts { get; init; }

    public string? AllowProductionHost { get; init; }

    public string? BlockRemoteHosts { get; init; }
}

/// <summary>A file's text, or that it does not exist, or why it could not be read.</summary>
public sealed record FileContent(string? Text, string? Error)
{
    public static FileContent Missing { get; } = new(null, null);

    public static FileContent Of(string text) => new(text, null);

    public static FileContent Unreadable(string error) => new(null, error);
}

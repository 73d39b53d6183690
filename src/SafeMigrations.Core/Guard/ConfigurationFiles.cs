using System;
using System.Collections.Generic;
using System.IO;
using SafeMigrations.Core.Configuration;

namespace SafeMigrations.Core.Guard;

/// <summary>
/// Reads and layers the guard's configuration sources for one environment, as the .NET host does:
/// DOTNET_/ASPNETCORE_-prefixed environment variables, appsettings.json, appsettings.{Environment}.json, user secrets (Development only), environment variables,
/// then SafeMigrationsConfigurationFile items (where <c>{Environment}</c> stands for the environment name). Each file is read and parsed once per build, and each bad file is
/// reported once (SM9003) however many environments use it. A missing file is skipped, as the host skips it.
/// </summary>
internal sealed class ConfigurationFiles
{
    private readonly GuardInputs _inputs;
    private readonly List<GuardFinding> _findings;
    private readonly Dictionary<string, IReadOnlyList<ConfigurationEntry>> _entriesByPath = new(StringComparer.Ordinal);

    public ConfigurationFiles(GuardInputs inputs, List<GuardFinding> findings)
    {
        _inputs = inputs;
        _findings = findings;
    }

    public LayeredConfiguration Layer(string environment, Func<string, string?> variable)
    {
        var configuration = new LayeredConfiguration();

        // Host settings come first and lose to everything else: DOTNET_ (generic host), ASPNETCORE_ (web host).
        configuration.AddEnvironmentVariables(_inputs.EnvironmentVariables, "DOTNET_");
        configuration.AddEnvironmentVariables(_inputs.EnvironmentVariables, "ASPNETCORE_");
        AddFile(configuration, ConfigurationSourceKind.JsonFile, Path.Combine(_inputs.ProjectDirectory, HostingEnvironment.AppSettingsFileName(null)));
        AddFile(configuration, ConfigurationSourceKind.JsonFile, Path.Combine(_inputs.ProjectDirectory, HostingEnvironment.AppSettingsFileName(environment)));
        if (HostingEnvironment.IsDevelopment(environment) && !string.IsNullOrWhiteSpace(_inputs.UserSecretsId))
        {
            AddUserSecrets(configuration, _inputs.UserSecretsId!.Trim(), variable);
        }

        configuration.AddEnvironmentVariables(_inputs.EnvironmentVariables);
        foreach (var file in _inputs.ExtraConfigurationFiles)
        {
            // "dbsettings.{Environment}.json" mirrors AddJsonFile($"dbsettings.{env.EnvironmentName}.json").
            string path = file.Replace("{Environment}", environment);
            AddFile(configuration, ConfigurationSourceKind.JsonFile, Path.Combine(_inputs.ProjectDirectory, path));
        }

        return configuration;
    }

    private void AddUserSecrets(LayeredConfiguration configuration, string id, Func<string, string?> variable)
    {
        string? path = UserSecretsPath.Resolve(id, variable, _inputs.UserProfileDirectory, out var error);
        if (path is null)
        {
            if (_entriesByPath.ContainsKey("user-secrets:" + id))
            {
                return;
            }

            _entriesByPath["user-secrets:" + id] = Array.Empty<ConfigurationEntry>();
            _findings.Add(new GuardFinding(GuardCodes.UnreadableConfiguration, GuardSeverity.Error,
                $"User secrets cannot be located: {error} The guard cannot tell which database migrations would use in Development; fix the UserSecretsId property (or the environment)."));
            return;
        }

        AddFile(configuration, ConfigurationSourceKind.UserSecrets, path);
    }

    private void AddFile(LayeredConfiguration configuration, ConfigurationSourceKind kind, string path)
    {
        if (!_entriesByPath.TryGetValue(path, out var entries))
        {
            entries = Read(kind, path);
            _entriesByPath[path] = entries;
        }

        configuration.AddJson(kind, path, DisplayName(path), entries);
    }

    private IReadOnlyList<ConfigurationEntry> Read(ConfigurationSourceKind kind, string path)
    {
        string what = kind == ConfigurationSourceKind.UserSecrets ? "The user secrets file" : "This configuration file";
        const string consequence = "Until it is fixed the guard cannot tell which database migrations would use (the .NET host would fail on this file too).";
        FileContent content;
        try
        {
            content = _inputs.ReadFile(path);
        }
        catch (Exception exception)
        {
            content = FileContent.Unreadable(exception.Message);
        }

        if (content.Error is { } readError)
        {
            _findings.Add(new GuardFinding(GuardCodes.UnreadableConfiguration, GuardSeverity.Error,
                $"{what} could not be read ({readError}). {consequence}", path));
            return Array.Empty<ConfigurationEntry>();
        }

        if (content.Text is null)
        {
            return Array.Empty<ConfigurationEntry>();
        }

        var document = JsonConfigurationReader.Read(content.Text);
        if (document.Error is { } jsonError)
        {
            _findings.Add(new GuardFinding(GuardCodes.UnreadableConfiguration, GuardSeverity.Error,
                $"{what} is not valid configuration JSON: {jsonError.Message} {consequence}", path, jsonError.Line, jsonError.Column));
        }

        return document.Entries;
    }

    /// <summary>Files in the project folder by name; anything else (secrets, extra files elsewhere) by full path.</summary>
    private string DisplayName(string path)
    {
        string? directory = Path.GetDirectoryName(path);
        return string.Equals(directory?.TrimEnd('/', '\\'), _inputs.ProjectDirectory.TrimEnd('/', '\\'), StringComparison.Ordinal)
            ? Path.GetFileName(path)
            : path;
    }
}

using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace SafeMigrations.Build.Tasks.Tests.Infrastructure;

/// <summary>
/// A project folder in a temporary directory with real configuration files, an isolated HOME (user secrets) and a
/// controlled process environment, on which the real task runs. Tests in this assembly run one at a time
/// because the task reads the process environment.
/// </summary>
public sealed class GuardProject : IDisposable
{
    /// <summary>Variables that would change the outcome, cleared for every run unless a test sets them.</summary>
    private static readonly string[] ClearedPrefixes = { "ASPNETCORE_", "DOTNET_ENVIRONMENT", "SAFEMIGRATIONS_", "ConnectionStrings__", "DOTNET_ConnectionStrings__", "APPDATA" };

    private readonly Dictionary<string, string?> _environment = new();

    public GuardProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "sm-guard-" + Guid.NewGuid().ToString("N")[..10]);
        Directory = Path.Combine(Root, "App");
        Home = Path.Combine(Root, "home");
        System.IO.Directory.CreateDirectory(Directory);
        System.IO.Directory.CreateDirectory(Home);
        _environment["HOME"] = Home;
    }

    public string Root { get; }

    public string Directory { get; }

    public string Home { get; }

    public string ProjectFile => Path.Combine(Directory, "App.csproj");

    public GuardProject WithFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    /// <summary>Writes secrets.json where AddUserSecrets looks for it under the isolated HOME.</summary>
    public GuardProject WithUserSecrets(string id, string json)
    {
        var path = SecretsPath(id);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return this;
    }

    public string SecretsPath(string id) => Path.Combine(Home, ".microsoft", "usersecrets", id, "secrets.json");

    public GuardProject WithVariable(string name, string? value)
    {
        _environment[name] = value;
        return this;
    }

    public GuardRun Run(Action<MigrationGuardTask>? configure = null)
    {
        var engine = new RecordingBuildEngine(Path.Combine(Directory, "SafeMigrations.Analyzers.targets"));
        var task = new MigrationGuardTask { BuildEngine = engine, ProjectDirectory = Directory, ProjectFile = ProjectFile };
        configure?.Invoke(task);
        var saved = ApplyEnvironment();
        try
        {
            bool result = task.Execute();
            return new GuardRun(result, engine.Diagnostics);
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }

    public static ITaskItem[] Items(params string[] specs) => specs.Select(s => (ITaskItem)new TaskItem(s)).ToArray();

    private Dictionary<string, string?> ApplyEnvironment()
    {
        var saved = new Dictionary<string, string?>();
        var current = Environment.GetEnvironmentVariables().Keys.Cast<string>().ToList();
        foreach (var name in current.Where(n => ClearedPrefixes.Any(p => n.StartsWith(p, StringComparison.OrdinalIgnoreCase)) || n.Contains("CONNSTR_", StringComparison.OrdinalIgnoreCase)))
        {
            saved[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, null);
        }

        foreach (var (name, value) in _environment)
        {
            saved.TryAdd(name, Environment.GetEnvironmentVariable(name));
            Environment.SetEnvironmentVariable(name, value);
        }

        return saved;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

public sealed record GuardRun(bool Succeeded, IReadOnlyList<LoggedDiagnostic> Diagnostics)
{
    public LoggedDiagnostic Single(string code)
    {
        var matching = Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got:\n{this}");
        return matching[0];
    }

    public override string ToString() => $"succeeded={Succeeded}\n" + string.Join("\n", Diagnostics);
}

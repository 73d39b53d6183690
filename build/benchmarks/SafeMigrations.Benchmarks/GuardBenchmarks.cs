using System.Collections;
using BenchmarkDotNet.Attributes;
using Microsoft.Build.Framework;
using SafeMigrations.Build.Tasks;
using SafeMigrations.Core.Guard;

namespace SafeMigrations.Benchmarks;

/// <summary>
/// The build guard on a typical project: appsettings.json + appsettings.Development.json + user secrets, three
/// connection strings, the process environment. Budget: at most 30 ms per build. "Evaluate" is Core's layering and
/// classification from memory; "Execute" is the MSBuild task itself, reading the files from disk.
/// </summary>
[MemoryDiagnoser]
public class GuardBenchmarks
{
    private const string SecretsId = "b7f1c2d3-perf-guard";
    private string _project = "";
    private string _home = "";
    private GuardInputs _inputs = new();

    [GlobalSetup]
    public void Setup()
    {
        _project = Directory.CreateTempSubdirectory("sm-guard-project").FullName;
        _home = Directory.CreateTempSubdirectory("sm-guard-home").FullName;
        var files = new Dictionary<string, string>
        {
            [Path.Combine(_project, "appsettings.json")] = """
                {
                  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
                  "AllowedHosts": "*",
                  "ConnectionStrings": {
                    "Default": "Server=localhost;Database=Shop;Trusted_Connection=True;TrustServerCertificate=True",
                    "Reporting": "Host=localhost;Database=reports;Username=postgres",
                    "Cache": "localhost:6379"
                  },
                  "Features": { "Checkout": true, "Search": { "Endpoint": "https://search.example.com", "Timeout": 30 } }
                }
                """,
            [Path.Combine(_project, "appsettings.Development.json")] = """
                { "ConnectionStrings": { "Default": "Server=(localdb)\\mssqllocaldb;Database=Shop_Dev;Trusted_Connection=True" } }
                """,
            [Path.Combine(_home, ".microsoft", "usersecrets", SecretsId, "secrets.json")] = """
                { "ConnectionStrings:Reporting": "Host=127.0.0.1;Database=reports;Username=me;Password=dev" }
                """,
        };
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        _inputs = new GuardInputs
        {
            ProjectDirectory = _project,
            UserSecretsId = SecretsId,
            EnvironmentVariables = new Dictionary<string, string> { ["HOME"] = _home, ["ASPNETCORE_ENVIRONMENT"] = "Development" },
            UserProfileDirectory = _home,
            SourceFiles = Enumerable.Range(0, 200).Select(i => $"Migrations/2024010100{i:D4}_M{i}.cs").ToList(),
            ReadFile = path => files.TryGetValue(path, out var text) ? FileContent.Of(text) : FileContent.Missing,
        };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Directory.Delete(_project, recursive: true);
        Directory.Delete(_home, recursive: true);
    }

    [Benchmark(Description = "guard: layering + classification (Core, in memory)")]
    public int Evaluate() => MigrationGuard.Evaluate(_inputs).Count;

    [Benchmark(Description = "guard: MigrationGuardTask.Execute (files on disk)")]
    public bool Execute() => new MigrationGuardTask
    {
        BuildEngine = new SilentBuildEngine(),
        ProjectDirectory = _project,
        UserSecretsId = SecretsId,
    }.Execute();

    /// <summary>The least an MSBuild host provides: logging goes nowhere.</summary>
    private sealed class SilentBuildEngine : IBuildEngine
    {
        public bool ContinueOnError => false;
        public int LineNumberOfTaskNode => 0;
        public int ColumnNumberOfTaskNode => 0;
        public string ProjectFileOfTaskNode => "perf.csproj";
        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => true;
        public void LogCustomEvent(CustomBuildEventArgs e) { }
        public void LogErrorEvent(BuildErrorEventArgs e) { }
        public void LogMessageEvent(BuildMessageEventArgs e) { }
        public void LogWarningEvent(BuildWarningEventArgs e) { }
    }
}

using SafeMigrations.Build.Tasks.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SafeMigrations.Build.Tasks.Tests;

/// <summary>The guard runs in every build, so it must stay cheap (issue 6: a few tens of milliseconds at most).</summary>
public sealed class CostTests(ITestOutputHelper output) : IDisposable
{
    private readonly GuardProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void An_ordinary_project_is_checked_in_milliseconds()
    {
        _project
            .WithFile("appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information" } }, "ConnectionStrings": { "Default": "Host=localhost;Database=app" } }""")
            .WithFile("appsettings.Development.json", """{ "ConnectionStrings": { "Default": "Host=localhost;Database=app_dev" } }""")
            .WithUserSecrets("cost", """{ "ConnectionStrings:Default": "Host=localhost;Database=mine" }""");
        var sources = GuardProject.Items(Enumerable.Range(0, 2_000).Select(i => $"Features/F{i}/Handler.cs").ToArray());

        _project.Run(t => t.UserSecretsId = "cost"); // first run pays JIT, as the first build of a session does
        var durations = Enumerable.Range(0, 20).Select(_ =>
        {
            Assert.True(_project.Run(t => { t.UserSecretsId = "cost"; t.SourceFiles = sources; t.Environments = "Staging"; }).Succeeded);
            return _project.LastDuration.TotalMilliseconds;
        }).OrderBy(d => d).ToList();

        output.WriteLine($"guard task: median {durations[10]:F2} ms, max {durations[^1]:F2} ms over 20 warm runs");
        Assert.True(durations[10] < 20, $"median {durations[10]} ms");
    }
}

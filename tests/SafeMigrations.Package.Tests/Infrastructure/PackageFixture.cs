namespace SafeMigrations.Package.Tests.Infrastructure;

/// <summary>
/// Packs SafeMigrations.Analyzers once per test run into a temporary folder feed, under a version no cache
/// can have seen, so consumers always restore the package built from this tree.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public const string PackageId = "SafeMigrations.Analyzers";

    public PackageFixture()
    {
        Version = $"0.0.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}.{Random.Shared.Next(100000)}";
        WorkDirectory = Path.Combine(Path.GetTempPath(), "safemigrations-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        Directory.CreateDirectory(FeedDirectory);

        var project = Path.Combine(RepositoryRoot, "src", "SafeMigrations.Analyzers.Package", "SafeMigrations.Analyzers.Package.csproj");
        var pack = DotNet.Run(RepositoryRoot, new[] { "pack", project, "-c", "Release", "-o", FeedDirectory, "-p:PackageVersion=" + Version, "-nr:false" });
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        }

        PackagePath = Path.Combine(FeedDirectory, $"{PackageId}.{Version}.nupkg");
        if (!File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"{PackagePath} was not produced:\n{pack.Output}");
        }
    }

    public string Version { get; }

    public string WorkDirectory { get; }

    public string FeedDirectory { get; }

    public string PackagePath { get; }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>A fresh consumer project folder under this run's work directory.</summary>
    public ConsumerProject CreateConsumer(string name) => new(this, Path.Combine(WorkDirectory, name + "-" + Guid.NewGuid().ToString("N")[..6]), name);

    public void Dispose()
    {
        TryDelete(WorkDirectory);

        // Leave no e2e versions behind in the global packages folder.
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(globalPackages, PackageId.ToLowerInvariant(), Version));
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SafeMigrations.Analyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SafeMigrations.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    /// <summary>Every end-to-end test shares one packed package and runs sequentially (builds are CPU-heavy).</summary>
    public const string Name = "Packed package";
}

namespace SafeMigrations.Analyzers.Tests.Infrastructure;

/// <summary>Locates files of this repository from the test output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
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

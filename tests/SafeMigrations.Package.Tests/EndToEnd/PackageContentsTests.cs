using System.IO.Compression;
using System.Xml.Linq;
using SafeMigrations.Package.Tests.Infrastructure;

namespace SafeMigrations.Package.Tests.EndToEnd;

[Collection(PackageCollection.Name)]
public class PackageContentsTests(PackageFixture package)
{
    [Fact]
    public void Package_ContainsExactlyTheShippedFiles()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var files = zip.Entries
            .Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal)
                           && !name.StartsWith("package/services/", StringComparison.Ordinal)
                           && name != "[Content_Types].xml")
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
            new[]
            {
                "README.md",
                "SafeMigrations.Analyzers.nuspec",
                "analyzers/dotnet/cs/SafeMigrations.Analyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/SafeMigrations.Analyzers.dll",
                "build/SafeMigrations.Analyzers.props",
                "build/SafeMigrations.Analyzers.targets",
                "buildTransitive/SafeMigrations.Analyzers.props",
                "buildTransitive/SafeMigrations.Analyzers.targets",
                "tasks/net472/SafeMigrations.Build.Tasks.dll",
                "tasks/net8.0/SafeMigrations.Build.Tasks.dll",
                "tools/generated-code/SafeMigrations.Analyzers.GeneratedCode.dll",
            },
            files);
    }

    [Fact]
    public void Nuspec_IsADevelopmentDependencyWithMetadata()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var stream = zip.GetEntry("SafeMigrations.Analyzers.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("SafeMigrations.Analyzers", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.StartsWith("https://", Value("projectUrl"));
        Assert.Contains("migrations", Value("tags"));
        Assert.Null(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies"));
    }
}

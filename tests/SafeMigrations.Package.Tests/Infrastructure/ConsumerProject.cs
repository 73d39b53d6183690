using System.Text.RegularExpressions;

namespace SafeMigrations.Package.Tests.Infrastructure;

/// <summary>
/// A real consumer project on disk that references the packed package from the temporary feed (plus EF Core
/// packages, already in the global packages folder through tests/EfReferences/Ef10), built with `dotnet build`.
/// </summary>
public sealed class ConsumerProject
{
    public const string EfCoreVersion = "10.0.15";

    private readonly PackageFixture _package;
    private readonly List<string> _packageReferences = new();
    private readonly Dictionary<string, string> _properties = new();
    private bool _written;

    public ConsumerProject(PackageFixture package, string directory, string name)
    {
        _package = package;
        Directory = directory;
        Name = name;
        System.IO.Directory.CreateDirectory(directory);
    }

    public string Directory { get; }

    public string Name { get; }

    public string ProjectPath => Path.Combine(Directory, Name + ".csproj");

    /// <summary>References Microsoft.EntityFrameworkCore.{provider} at the EF Core version the tests restore.</summary>
    public ConsumerProject WithEfCore(string provider = "Sqlite")
    {
        _packageReferences.Add($"<PackageReference Include=\"Microsoft.EntityFrameworkCore.{provider}\" Version=\"{EfCoreVersion}\" />");
        return this;
    }

    public ConsumerProject WithPackageReference(string xml)
    {
        _packageReferences.Add(xml);
        return this;
    }

    public ConsumerProject WithProperty(string name, string value)
    {
        _properties[name] = value;
        return this;
    }

    /// <summary>Writes (or overwrites) a file relative to the project directory.</summary>
    public ConsumerProject WithFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>Writes the project and NuGet.Config (once), then runs `dotnet build` with the given environment.</summary>
    public BuildResult Build(IReadOnlyDictionary<string, string?>? environment = null, params string[] extraArguments)
    {
        WriteProject();
        var arguments = new List<string> { "build", ProjectPath, "-nr:false", "-v:m", "-clp:NoSummary" };
        arguments.AddRange(extraArguments);
        var result = DotNet.Run(Directory, arguments, environment);
        return new BuildResult(result.ExitCode, result.Output, BuildDiagnostic.Parse(result.Output));
    }

    public ProcessResult Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        WriteProject();
        return DotNet.Run(Directory, arguments, environment);
    }

    private void WriteProject()
    {
        if (_written)
        {
            return;
        }

        _written = true;
        var properties = string.Concat(_properties.Select(p => $"\n    <{p.Key}>{p.Value}</{p.Key}>"));
        var references = string.Concat(_packageReferences.Select(r => "\n    " + r));
        File.WriteAllText(ProjectPath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <NoWarn>$(NoWarn);NU1603;NU1608;NU1900;NU1901;NU1902;NU1903;NU1904</NoWarn>{properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackageFixture.PackageId}" Version="{_package.Version}" PrivateAssets="all" />{references}
              </ItemGroup>
            </Project>
            """);

        // The temporary feed is added beside the machine's configured sources; nothing remote is added.
        File.WriteAllText(Path.Combine(Directory, "NuGet.Config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="safemigrations-e2e" value="{_package.FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
    }
}

public sealed record BuildResult(int ExitCode, string Output, IReadOnlyList<BuildDiagnostic> Diagnostics)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Diagnostics whose code starts with "SM" (ours).</summary>
    public IReadOnlyList<BuildDiagnostic> SafeMigrationsDiagnostics =>
        Diagnostics.Where(d => d.Code.StartsWith("SM", StringComparison.Ordinal)).ToList();

    public override string ToString() => $"exit {ExitCode}\n{Output}";
}

/// <summary>One diagnostic line in MSBuild's canonical format: <c>file(line,col): error CODE: message [project]</c> (line and column 0 when absent).</summary>
public sealed partial record BuildDiagnostic(string File, int Line, int Column, string Severity, string Code, string Message)
{
    public string FileName => Path.GetFileName(File);

    public static IReadOnlyList<BuildDiagnostic> Parse(string output)
    {
        var seen = new HashSet<BuildDiagnostic>();
        var result = new List<BuildDiagnostic>();
        foreach (var line in output.Split('\n'))
        {
            var match = CanonicalLine().Match(line.TrimEnd('\r'));
            if (!match.Success)
            {
                continue;
            }

            var diagnostic = new BuildDiagnostic(
                match.Groups["file"].Value.Trim(),
                match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : 0,
                match.Groups["col"].Success ? int.Parse(match.Groups["col"].Value) : 0,
                match.Groups["severity"].Value,
                match.Groups["code"].Value,
                match.Groups["message"].Value.Trim());
            if (seen.Add(diagnostic))
            {
                result.Add(diagnostic);
            }
        }

        return result;
    }

    public override string ToString() => $"{FileName}({Line},{Column}): {Severity} {Code}: {Message}";

    // The position is optional: MSBuild prints "file : error CODE: …" for a diagnostic with no line (e.g. on the project file).
    [GeneratedRegex(@"^\s*(?<file>[^\s(][^(]*?)(?:\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\))?\s*:\s*(?<severity>error|warning|info|message)\s+(?<code>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\[[^\]]+\])?$")]
    private static partial Regex CanonicalLine();
}

using System.IO;

namespace SafeMigrations.Perf;

/// <summary>The build setup around the generated projects and their with/without project files.</summary>
internal static class SharedFiles
{
    public static void Write(string root)
    {
        Directory.CreateDirectory(root);

        // Stand-alone: nothing is inherited from the repository. WithSafeMigrations is set by each project file.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), """
            <Project>
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <NoWarn>$(NoWarn);NU1603;NU1608;NU1900;NU1901;NU1902;NU1903;NU1904</NoWarn>
                <SafeMigrationsVersion Condition="'$(SafeMigrationsVersion)' == ''">*-*</SafeMigrationsVersion>
                <!-- The SDK's CA analyzers are off unless asked for: they would dominate every build, and a
                     smaller denominator makes the package's relative cost stricter to meet. -->
                <EnableNETAnalyzers Condition="'$(EnableNETAnalyzers)' == ''">false</EnableNETAnalyzers>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), """
            <Project>
              <ItemGroup Condition="'$(WithSafeMigrations)' == 'true'">
                <PackageReference Include="SafeMigrations.Analyzers" Version="$(SafeMigrationsVersion)" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />\n");

        // Every rule still runs (nothing is suppressed) but reports as a warning, so a hazard the generator
        // writes on purpose never fails the build being measured.
        File.WriteAllText(Path.Combine(root, ".globalconfig"), """
            is_global = true
            dotnet_analyzer_diagnostic.category-SafeMigrations.severity = warning
            """ + "\n");
    }

    /// <summary>Writes with/X.csproj and without/X.csproj compiling ../src.</summary>
    public static void WriteVariants(string projectDir, string name, string extraItems)
    {
        foreach (var with in new[] { true, false })
        {
            var dir = Path.Combine(projectDir, with ? "with" : "without");
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <WithSafeMigrations>{(with ? "true" : "false")}</WithSafeMigrations>
                    <RootNamespace>{name}</RootNamespace>
                    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
                  </PropertyGroup>
                  <ItemGroup>
                    <Compile Include="../src/**/*.cs" />
                {extraItems}  </ItemGroup>
                </Project>
                """);
        }
    }
}

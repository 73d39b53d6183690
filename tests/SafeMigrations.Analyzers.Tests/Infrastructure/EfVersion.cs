using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SafeMigrations.Analyzers.Tests.Infrastructure;

/// <summary>The EF Core major versions every analyzer test runs against.</summary>
public enum EfVersion
{
    Ef8 = 8,
    Ef9 = 9,
    Ef10 = 10,
}

/// <summary>
/// Compile references for one EF Core version: the list that tests/EfReferences/EfN restored and wrote
/// (EF Core, relational, SQL Server, PostgreSQL, SQLite, their dependencies and the .NET reference pack).
/// </summary>
public static class EfReferenceSets
{
    private static readonly ConcurrentDictionary<EfVersion, ImmutableArray<MetadataReference>> Cache = new();

    public static ImmutableArray<MetadataReference> Get(EfVersion version) => Cache.GetOrAdd(version, Load);

    private static ImmutableArray<MetadataReference> Load(EfVersion version)
    {
        var n = (int)version;
        var list = Path.Combine(RepositoryPaths.Root, "tests", "EfReferences", $"Ef{n}", "obj", "ef-references.txt");
        if (!File.Exists(list))
        {
            throw new InvalidOperationException($"{list} is missing: build tests/EfReferences/Ef{n} (the test project's build does).");
        }

        return File.ReadAllLines(list)
            .Where(line => line.Length > 0)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}

/// <summary>Runs a theory once per EF Core version.</summary>
public sealed class AllEfVersionsAttribute : Xunit.Sdk.DataAttribute
{
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) =>
        new[] { new object[] { EfVersion.Ef8 }, new object[] { EfVersion.Ef9 }, new object[] { EfVersion.Ef10 } };
}

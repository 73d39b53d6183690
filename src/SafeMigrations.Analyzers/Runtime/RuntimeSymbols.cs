using Microsoft.CodeAnalysis;
using SafeMigrations.Analyzers.Infrastructure;

namespace SafeMigrations.Analyzers.Runtime;

/// <summary>
/// The EF Core types behind the runtime database calls, resolved once per compilation on the first candidate call
/// (the analyzer gates on the EF Core assembly name first); null when DatabaseFacade is missing.
/// </summary>
internal sealed class RuntimeSymbols
{
    /// <summary>Assemblies whose reference makes a project a test project (EnsureDeleted is normal there).</summary>
    private static readonly string[] TestFrameworks =
    {
        "xunit.core", "xunit.assert", "xunit.v3.core", "xunit.v3.assert", "nunit.framework",
        "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework", "TUnit.Core",
    };

    private RuntimeSymbols(INamedTypeSymbol databaseFacade, INamedTypeSymbol? relationalExtensions, INamedTypeSymbol? migrator)
    {
        DatabaseFacade = databaseFacade;
        RelationalExtensions = relationalExtensions;
        Migrator = migrator;
    }

    /// <summary>Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade (EnsureDeleted).</summary>
    public INamedTypeSymbol DatabaseFacade { get; }

    /// <summary>Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions (Migrate, ExecuteSql*).</summary>
    public INamedTypeSymbol? RelationalExtensions { get; }

    /// <summary>Microsoft.EntityFrameworkCore.Migrations.IMigrator.</summary>
    public INamedTypeSymbol? Migrator { get; }

    public static RuntimeSymbols? TryCreate(Compilation compilation)
    {
        var facade = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade");
        return facade is null
            ? null
            : new RuntimeSymbols(
                facade,
                compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions"),
                compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Migrations.IMigrator"));
    }

    public static bool IsTestProject(Compilation compilation, AnalyzerSettings settings)
    {
        if (settings.IsTestProject)
        {
            return true;
        }

        return ReferenceNames.ContainsAny(compilation, TestFrameworks);
    }

    public bool IsDatabaseFacadeMethod(IMethodSymbol method) => Is(method.ContainingType, DatabaseFacade);

    public bool IsRelationalExtension(IMethodSymbol method) =>
        Is((method.ReducedFrom ?? method).ContainingType, RelationalExtensions);

    /// <summary>A method of IMigrator, or of a class implementing it (Migrator).</summary>
    public bool IsMigratorMethod(IMethodSymbol method)
    {
        if (Migrator is null)
        {
            return false;
        }

        var type = method.ContainingType;
        if (Is(type, Migrator))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (Is(implemented, Migrator))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(INamedTypeSymbol? type, INamedTypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);
}

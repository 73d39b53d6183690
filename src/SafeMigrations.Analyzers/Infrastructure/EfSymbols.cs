using Microsoft.CodeAnalysis;

namespace SafeMigrations.Analyzers.Infrastructure;

/// <summary>
/// EF Core types resolved once per compilation, on the first file that needs them (analyzers gate on
/// <see cref="DatabaseReferences.EfCoreRelational"/> by name first). <see cref="TryCreate"/> returns null when
/// EF Core's migration types are missing.
/// </summary>
internal sealed class EfSymbols
{
    public const string MigrationsNamespace = "Microsoft.EntityFrameworkCore.Migrations";

    private EfSymbols(Compilation compilation, INamedTypeSymbol migration, INamedTypeSymbol migrationBuilder)
    {
        Compilation = compilation;
        Migration = migration;
        MigrationBuilder = migrationBuilder;
        MigrationAttribute = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute");
        ReferencedProviders = Migrations.DatabaseProviders.Referenced(compilation);
    }

    public Compilation Compilation { get; }

    /// <summary>The EF Core providers whose assemblies the compilation references.</summary>
    public Migrations.DatabaseProvider ReferencedProviders { get; }

    /// <summary>Microsoft.EntityFrameworkCore.Migrations.Migration.</summary>
    public INamedTypeSymbol Migration { get; }

    /// <summary>Microsoft.EntityFrameworkCore.Migrations.MigrationBuilder.</summary>
    public INamedTypeSymbol MigrationBuilder { get; }

    /// <summary>[Migration("id")], which EF places on the Designer partial of each migration.</summary>
    public INamedTypeSymbol? MigrationAttribute { get; }

    public static EfSymbols? TryCreate(Compilation compilation)
    {
        var migrationBuilder = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Migrations.MigrationBuilder");
        if (migrationBuilder is null)
        {
            return null;
        }

        var migration = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Migrations.Migration");
        return migration is null ? null : new EfSymbols(compilation, migration, migrationBuilder);
    }

    public bool IsMigrationType(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class)
        {
            return false;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, Migration))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The id in [Migration("id")] on any partial of the type, or null.</summary>
    public string? GetMigrationId(INamedTypeSymbol type)
    {
        if (MigrationAttribute is null)
        {
            return null;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, MigrationAttribute)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string id)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>
    /// True for methods of MigrationBuilder, of the operation builders it returns
    /// (Microsoft.EntityFrameworkCore.Migrations.Operations.Builders), and extension methods on them.
    /// </summary>
    public bool IsMigrationBuilderApi(IMethodSymbol method)
    {
        var type = method.ReducedFrom?.Parameters.Length > 0 ? method.ReducedFrom.Parameters[0].Type : method.ContainingType;
        if (method.IsExtensionMethod && method.ReducedFrom is null && method.Parameters.Length > 0)
        {
            type = method.Parameters[0].Type;
        }

        if (type is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, MigrationBuilder))
        {
            return true;
        }

        var ns = type.ContainingNamespace?.ToDisplayString();
        return ns is not null && ns.StartsWith(MigrationsNamespace, System.StringComparison.Ordinal);
    }
}

using System;
using Microsoft.CodeAnalysis;

namespace SafeMigrations.Analyzers.ConnectionStrings;

/// <summary>
/// Where a connection string configures a DbContext (SM5003): a <c>Use*</c> provider method of
/// DbContextOptionsBuilder (wherever it is called), and a DbConnection constructor or <c>ConnectionString</c>
/// setter inside <c>OnConfiguring</c> or an <c>IDesignTimeDbContextFactory&lt;T&gt;</c>.
/// </summary>
internal sealed class DbContextConfigurationSinks
{
    private readonly INamedTypeSymbol _optionsBuilder;
    private readonly INamedTypeSymbol? _dbContext;
    private readonly INamedTypeSymbol? _designTimeFactory;
    private readonly INamedTypeSymbol? _dbConnection;

    private DbContextConfigurationSinks(Compilation compilation, INamedTypeSymbol optionsBuilder)
    {
        _optionsBuilder = optionsBuilder;
        _dbContext = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");
        _designTimeFactory = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory`1");
        _dbConnection = compilation.GetTypeByMetadataName("System.Data.Common.DbConnection");
    }

    /// <summary>Null when EF Core is not referenced: there is no DbContext to configure.</summary>
    public static DbContextConfigurationSinks? TryCreate(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContextOptionsBuilder") is { } builder
            ? new DbContextConfigurationSinks(compilation, builder)
            : null;

    /// <summary><c>UseSqlServer</c>, <c>UseNpgsql</c>, <c>UseCosmos</c>… on DbContextOptionsBuilder (or its generic form).</summary>
    public bool IsProviderMethod(IMethodSymbol method)
    {
        if (!method.Name.StartsWith("Use", StringComparison.Ordinal))
        {
            return false;
        }

        var receiver = method.ReducedFrom is { Parameters.Length: > 0 } reduced ? reduced.Parameters[0].Type
            : method.IsExtensionMethod && method.Parameters.Length > 0 ? method.Parameters[0].Type
            : method.ContainingType;
        return DerivesFrom(receiver, _optionsBuilder);
    }

    public bool IsDbConnection(ITypeSymbol? type) => _dbConnection is not null && DerivesFrom(type, _dbConnection);

    /// <summary>True inside <c>OnConfiguring</c> of a DbContext or anywhere in a design-time factory.</summary>
    public bool ConfiguresDbContext(ISymbol? member)
    {
        var type = member?.ContainingType;
        if (type is null)
        {
            return false;
        }

        if (member is IMethodSymbol { Name: "OnConfiguring", IsOverride: true } && _dbContext is not null && DerivesFrom(type, _dbContext))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, _designTimeFactory))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }
}

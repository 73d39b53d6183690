using System;
using Microsoft.CodeAnalysis;

namespace SafeMigrations.Analyzers.Infrastructure;

/// <summary>
/// Which database assemblies a compilation references, by name (<see cref="ReferenceNames"/>: nothing is loaded), so
/// analyzers gate on it at compilation start for free. Type lookups wait for the first candidate file, when the
/// compiler has loaded the namespaces they need.
/// </summary>
internal static class DatabaseReferences
{
    /// <summary>Holds Migration and MigrationBuilder.</summary>
    public const string EfCoreRelational = "Microsoft.EntityFrameworkCore.Relational";

    /// <summary>Holds DbContext and DatabaseFacade.</summary>
    public const string EfCore = "Microsoft.EntityFrameworkCore";

    /// <summary>EF Core and the ADO.NET/MongoDB drivers, by assembly name.</summary>
    private static readonly string[] DatabaseAssemblies =
    {
        EfCore,
        "Microsoft.Data.SqlClient",
        "System.Data.SqlClient",
        "Npgsql",
        "MySqlConnector",
        "MySql.Data",
        "Microsoft.Data.Sqlite",
        "System.Data.SQLite",
        "Oracle.ManagedDataAccess",
        "MongoDB.Driver",
    };

    /// <summary>Whether the compilation can talk to a database at all: EF Core or a driver is referenced.</summary>
    public static bool AnyReferenced(Compilation compilation) =>
        ReferenceNames.ContainsAny(compilation, DatabaseAssemblies)
        || (ReferenceNames.Contains(compilation, "System.Data") && SystemDataHasSqlClient(compilation));

    public static bool IsReferenced(Compilation compilation, string assemblyName) => ReferenceNames.Contains(compilation, assemblyName);

    /// <summary>
    /// .NET Framework's (and Mono's) System.Data carries SqlClient; the System.Data of .NET and .NET Standard reference
    /// packs is a facade without it, and every such project references it. Only those two are told apart by where
    /// they live; any other System.Data is looked up.
    /// </summary>
    private static bool SystemDataHasSqlClient(Compilation compilation)
    {
        var path = ReferenceNames.PathOf(compilation, "System.Data")?.Replace('\\', '/');
        if (path is not null
            && (path.IndexOf("/Microsoft.NETCore.App.Ref/", StringComparison.OrdinalIgnoreCase) >= 0
                || path.IndexOf("/NETStandard.Library", StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return false;
        }

        return compilation.GetTypeByMetadataName("System.Data.SqlClient.SqlConnection") is not null;
    }
}

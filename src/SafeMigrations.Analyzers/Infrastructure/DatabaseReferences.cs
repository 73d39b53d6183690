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
    public static bool AnyReferenced(Compilation compilation)
    {
        var systemData = false;
        foreach (var name in ReferenceNames.Of(compilation))
        {
            if (Array.IndexOf(DatabaseAssemblies, name) >= 0)
            {
                return true;
            }

            systemData |= name == "System.Data";
        }

        return systemData && IsNetFrameworkSystemData(compilation);
    }

    public static bool IsReferenced(Compilation compilation, string assemblyName) => ReferenceNames.Contains(compilation, assemblyName);

    /// <summary>
    /// .NET Framework's System.Data carries SqlClient; .NET's System.Data is a facade without it. Told apart by where
    /// the reference assemblies live (…/.NETFramework/…, Mono's …/mono/…); without a path, by looking the type up.
    /// </summary>
    private static bool IsNetFrameworkSystemData(Compilation compilation) =>
        ReferenceNames.PathOf(compilation, "System.Data") is { } path
            ? path.IndexOf(".NETFramework", StringComparison.OrdinalIgnoreCase) >= 0
              || path.Replace('\\', '/').IndexOf("/mono/", StringComparison.OrdinalIgnoreCase) >= 0
            : compilation.GetTypeByMetadataName("System.Data.SqlClient.SqlConnection") is not null;
}

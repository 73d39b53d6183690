using Microsoft.CodeAnalysis;

namespace SafeMigrations.Analyzers.Infrastructure;

/// <summary>
/// Whether a compilation can talk to a database at all: EF Core or an ADO.NET/MongoDB driver is referenced.
/// Analyzers of connection strings and acknowledgements stop here on other projects (a handful of type lookups
/// per compilation), which is the performance budget for projects without EF Core.
/// </summary>
internal static class DatabaseReferences
{
    private static readonly string[] MarkerTypes =
    {
        "Microsoft.EntityFrameworkCore.DbContext",
        "Microsoft.Data.SqlClient.SqlConnection",
        "System.Data.SqlClient.SqlConnection",
        "Npgsql.NpgsqlConnection",
        "MySqlConnector.MySqlConnection",
        "MySql.Data.MySqlClient.MySqlConnection",
        "Microsoft.Data.Sqlite.SqliteConnection",
        "System.Data.SQLite.SQLiteConnection",
        "Oracle.ManagedDataAccess.Client.OracleConnection",
        "MongoDB.Driver.MongoClient",
    };

    public static bool AnyReferenced(Compilation compilation)
    {
        foreach (var name in MarkerTypes)
        {
            if (compilation.GetTypeByMetadataName(name) is not null)
            {
                return true;
            }
        }

        return false;
    }
}

using System;

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>The relational providers whose locking behaviour the provider-aware rules know.</summary>
[Flags]
internal enum DatabaseProvider
{
    None = 0,
    SqlServer = 1,
    PostgreSql = 2,
    Sqlite = 4,
    MySql = 8,
    Oracle = 16,
    All = SqlServer | PostgreSql | Sqlite | MySql | Oracle,
}

/// <summary>Maps the names a provider goes by (ActiveProvider, assembly, Is*() method, setting) to the enum.</summary>
internal static class DatabaseProviders
{
    /// <summary>An ActiveProvider value or provider assembly name.</summary>
    public static DatabaseProvider FromAssemblyName(string? name) => name switch
    {
        "Microsoft.EntityFrameworkCore.SqlServer" => DatabaseProvider.SqlServer,
        "Npgsql.EntityFrameworkCore.PostgreSQL" => DatabaseProvider.PostgreSql,
        "Microsoft.EntityFrameworkCore.Sqlite" => DatabaseProvider.Sqlite,
        "Pomelo.EntityFrameworkCore.MySql" or "MySql.EntityFrameworkCore" or "MySql.Data.EntityFrameworkCore" => DatabaseProvider.MySql,
        "Oracle.EntityFrameworkCore" or "Devart.Data.Oracle.Entity.EFCore" => DatabaseProvider.Oracle,
        _ => DatabaseProvider.None,
    };

    /// <summary>The EF Core providers whose assemblies the compilation references.</summary>
    public static DatabaseProvider Referenced(Microsoft.CodeAnalysis.Compilation compilation)
    {
        var providers = DatabaseProvider.None;
        foreach (var name in Infrastructure.ReferenceNames.Of(compilation))
        {
            providers |= FromAssemblyName(name);
        }

        return providers;
    }

    /// <summary>A provider test such as <c>migrationBuilder.IsNpgsql()</c>.</summary>
    public static DatabaseProvider FromTestMethod(string name) => name switch
    {
        "IsSqlServer" or "IsAzureSql" or "IsAzureSynapse" => DatabaseProvider.SqlServer,
        "IsNpgsql" => DatabaseProvider.PostgreSql,
        "IsSqlite" => DatabaseProvider.Sqlite,
        "IsMySql" => DatabaseProvider.MySql,
        "IsOracle" => DatabaseProvider.Oracle,
        _ => DatabaseProvider.None,
    };

    /// <summary>The SafeMigrationsProvider setting (SqlServer | PostgreSQL | Sqlite | MySql | Oracle, or an assembly name).</summary>
    public static DatabaseProvider FromSetting(string? value)
    {
        if (value is null)
        {
            return DatabaseProvider.None;
        }

        var fromAssembly = FromAssemblyName(value);
        if (fromAssembly != DatabaseProvider.None)
        {
            return fromAssembly;
        }

        return value.Replace(" ", "").ToUpperInvariant() switch
        {
            "SQLSERVER" or "MSSQL" or "AZURESQL" => DatabaseProvider.SqlServer,
            "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSql,
            "SQLITE" => DatabaseProvider.Sqlite,
            "MYSQL" or "MARIADB" => DatabaseProvider.MySql,
            "ORACLE" => DatabaseProvider.Oracle,
            _ => DatabaseProvider.None,
        };
    }

    /// <summary>The single provider in a set, or None when the set is empty or holds several.</summary>
    public static DatabaseProvider Single(DatabaseProvider set) =>
        set != DatabaseProvider.None && (set & (set - 1)) == 0 ? set : DatabaseProvider.None;

    /// <summary>The SQL dialect Core's classifier reads a provider's raw SQL in (Unknown accepts every dialect).</summary>
    public static Core.Sql.SqlDialect ToSqlDialect(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.SqlServer => Core.Sql.SqlDialect.SqlServer,
        DatabaseProvider.PostgreSql => Core.Sql.SqlDialect.PostgreSql,
        DatabaseProvider.Sqlite => Core.Sql.SqlDialect.Sqlite,
        DatabaseProvider.MySql => Core.Sql.SqlDialect.MySql,
        DatabaseProvider.Oracle => Core.Sql.SqlDialect.Oracle,
        _ => Core.Sql.SqlDialect.Unknown,
    };

    public static string DisplayName(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.SqlServer => "SQL Server",
        DatabaseProvider.PostgreSql => "PostgreSQL",
        DatabaseProvider.Sqlite => "SQLite",
        DatabaseProvider.MySql => "MySQL",
        DatabaseProvider.Oracle => "Oracle",
        _ => "the database",
    };
}

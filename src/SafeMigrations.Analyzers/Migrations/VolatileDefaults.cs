namespace SafeMigrations.Analyzers.Migrations;

/// <summary>
/// SM3009: column defaults the database must compute per row when a column is added, forcing a table rewrite.
/// PostgreSQL (11+) stores non-volatile defaults — including STABLE ones such as now() — in the catalog, so only
/// VOLATILE functions rewrite; SQL Server fills a NOT NULL column row by row only for non-runtime-constant
/// functions (NEWID), and not at all for nullable columns.
/// </summary>
internal static class VolatileDefaults
{
    private static readonly string[] PostgreSqlVolatile =
    {
        "gen_random_uuid(", "uuid_generate_v1", "uuid_generate_v4", "uuidv4(", "uuidv7(", "random(", "clock_timestamp(",
        "timeofday(", "nextval(", "gen_random_bytes(",
    };

    private static readonly string[] SqlServerVolatile = { "newid(", "newsequentialid(", "crypt_gen_random(" };

    public static bool RewritesTable(string defaultValueSql, DatabaseProvider provider, bool nullable)
    {
        var sql = defaultValueSql.Replace(" ", "").ToLowerInvariant();
        return provider switch
        {
            DatabaseProvider.PostgreSql => ContainsAny(sql, PostgreSqlVolatile),
            DatabaseProvider.SqlServer => !nullable && ContainsAny(sql, SqlServerVolatile),
            _ => false,
        };
    }

    private static bool ContainsAny(string sql, string[] functions)
    {
        foreach (var function in functions)
        {
            if (sql.Contains(function))
            {
                return true;
            }
        }

        return false;
    }
}

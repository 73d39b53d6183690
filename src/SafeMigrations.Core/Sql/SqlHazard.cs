namespace SafeMigrations.Core.Sql;

/// <summary>What a destructive SQL statement does to existing data.</summary>
public enum SqlHazard
{
    DropTable,
    DropSchema,
    DropDatabase,
    Truncate,
    DropColumn,
    DeleteWithoutWhere,
    UpdateWithoutWhere,
}

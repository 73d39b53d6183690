namespace SafeMigrations.Core.Sql;

/// <summary>The SQL dialect a text is written in; <see cref="Unknown"/> accepts the syntax of every dialect.</summary>
public enum SqlDialect
{
    Unknown,
    SqlServer,
    PostgreSql,
    MySql,
    Sqlite,
    Oracle,
}

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>A table named by a migration operation: name and optional schema, as written in the call.</summary>
internal readonly struct TableName : System.IEquatable<TableName>
{
    public TableName(string name, string? schema)
    {
        Name = name;
        Schema = schema;
    }

    public string Name { get; }

    public string? Schema { get; }

    /// <summary>The table named by a call's <c>name</c>/<c>table</c> and <c>schema</c> arguments, or null when not constant.</summary>
    public static TableName? From(BuilderCall call, string nameParameter = "name")
    {
        var name = call.String(nameParameter);
        return name is null ? null : new TableName(name, call.String("schema"));
    }

    /// <summary>Same table: equal names, and equal schemas unless one side leaves the schema to the default.</summary>
    public bool Equals(TableName other) =>
        string.Equals(Name, other.Name, System.StringComparison.Ordinal)
        && (Schema is null || other.Schema is null || string.Equals(Schema, other.Schema, System.StringComparison.Ordinal));

    public override bool Equals(object? obj) => obj is TableName other && Equals(other);

    public override int GetHashCode() => System.StringComparer.Ordinal.GetHashCode(Name);

    public override string ToString() => Schema is null ? Name : Schema + "." + Name;
}

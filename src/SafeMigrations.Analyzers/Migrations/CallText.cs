namespace SafeMigrations.Analyzers.Migrations;

/// <summary>How messages name the tables and objects of a call: the constant, else the argument's source text.</summary>
internal static class CallText
{
    /// <summary>A table, schema-qualified when the call names a schema.</summary>
    public static string Table(BuilderCall call, string parameter) =>
        TableName.From(call, parameter)?.ToString() ?? Name(call, parameter);

    /// <summary>A column, index, key or schema name.</summary>
    public static string Name(BuilderCall call, string parameter) =>
        call.String(parameter) ?? call.Argument(parameter)?.ToString() ?? "?";
}

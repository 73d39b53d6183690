using System.Collections.Generic;

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>
/// The safe way to add a required column in one migration: AddColumn nullable, backfill it with Sql(...), then
/// AlterColumn to NOT NULL. Tightening a column this migration added, after a Sql call, is not SM1005.
/// </summary>
internal sealed class BackfilledColumns
{
    /// <summary>Columns added earlier in the migration, and whether a Sql call has run since.</summary>
    private readonly Dictionary<(TableName Table, string Column), bool> _added = new();

    public void Observe(BuilderCall call)
    {
        if (call.Name == "AddColumn" && Key(call) is { } key)
        {
            _added[key] = false;
        }
        else if (call.Name == "Sql")
        {
            foreach (var added in new List<(TableName, string)>(_added.Keys))
            {
                _added[added] = true;
            }
        }
    }

    public bool IsBackfilled(BuilderCall alterColumn) =>
        Key(alterColumn) is { } key && _added.TryGetValue(key, out var backfilled) && backfilled;

    private static (TableName, string)? Key(BuilderCall call) =>
        TableName.From(call, "table") is { } table && call.String("name") is { } column ? (table, column) : null;
}

using System.Collections.Generic;

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>
/// Tracks the tables a migration creates as its calls are walked in execution order, so operations on a
/// table created earlier in the same migration are not mistaken for operations on existing data.
/// </summary>
internal sealed class CreatedTables
{
    private readonly List<TableName> _created = new();

    /// <summary>Records the call when it is a CreateTable; returns true if it was one.</summary>
    public bool Observe(BuilderCall call)
    {
        if (call.Name != "CreateTable" || TableName.From(call) is not { } table)
        {
            return false;
        }

        _created.Add(table);
        return true;
    }

    public bool Contains(TableName table) => _created.Contains(table);

    /// <summary>True when the table is known and was not created earlier in this migration.</summary>
    public bool IsExisting(TableName? table) => table is not { } known || !Contains(known);
}

using System.Collections.Generic;

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>
/// SM1003: EF scaffolds a renamed property as DropColumn + AddColumn on the same table. Pairs each DropColumn
/// of an existing table with an AddColumn of another name on that table, in order of appearance.
/// </summary>
internal static class ColumnRenamePairs
{
    public static IReadOnlyDictionary<BuilderCall, BuilderCall> Find(MigrationContext context)
    {
        var drops = new List<(TableName Table, BuilderCall Call)>();
        var adds = new List<(TableName Table, BuilderCall Call)>();
        var created = new CreatedTables();
        foreach (var call in context.Calls)
        {
            if (created.Observe(call) || !context.IsOperation(call) || call.Name is not ("DropColumn" or "AddColumn"))
            {
                continue;
            }

            if (TableName.From(call, "table") is { } table && created.IsExisting(table) && call.String("name") is not null)
            {
                (call.Name == "DropColumn" ? drops : adds).Add((table, call));
            }
        }

        var pairs = new Dictionary<BuilderCall, BuilderCall>();
        foreach (var drop in drops)
        {
            for (var i = 0; i < adds.Count; i++)
            {
                var add = adds[i];
                if (add.Table.Equals(drop.Table) && add.Call.String("name") != drop.Call.String("name"))
                {
                    pairs[drop.Call] = add.Call;
                    adds.RemoveAt(i);
                    break;
                }
            }
        }

        return pairs;
    }
}

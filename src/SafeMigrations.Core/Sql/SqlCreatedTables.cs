using System;
using System.Collections.Generic;

namespace SafeMigrations.Core.Sql;

/// <summary>
/// Tables created earlier in the same script or migration (temporary or scratch tables). Dropping, emptying
/// or rewriting them loses no existing data. Compared by their last name part, case-insensitively.
/// </summary>
public sealed class SqlCreatedTables
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string name) => _names.Add(LastPart(name));

    public bool Contains(string name) => _names.Contains(LastPart(name));

    /// <summary>True for SQL Server temp tables (<c>#t</c>, <c>##t</c>), table variables (<c>@t</c>) and created tables.</summary>
    public bool IsScratch(string name)
    {
        var last = LastPart(name);
        return last.Length > 0 && (last[0] == '#' || last[0] == '@' || _names.Contains(last));
    }

    private static string LastPart(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot < 0 ? name : name.Substring(dot + 1);
    }
}

using System.Collections.Generic;

namespace SafeMigrations.Perf;

/// <summary>A column of the generated schema, with the CLR and SQL Server types EF would scaffold.</summary>
internal sealed class Column
{
    public Column(string name, string clrType, string storeType, bool nullable, int? maxLength = null)
    {
        Name = name;
        ClrType = clrType;
        StoreType = storeType;
        Nullable = nullable;
        MaxLength = maxLength;
    }

    public string Name { get; set; }

    public string ClrType { get; }

    public string StoreType { get; set; }

    public bool Nullable { get; set; }

    public int? MaxLength { get; set; }
}

/// <summary>A table of the generated schema as the migrations have left it so far.</summary>
internal sealed class Table
{
    public Table(string name) => Name = name;

    public string Name { get; set; }

    public List<Column> Columns { get; } = new();

    /// <summary>Foreign keys: column → principal table.</summary>
    public List<(string Column, Table Principal)> ForeignKeys { get; } = new();

    /// <summary>Indexed columns (one-column indexes, as scaffolded for keys and lookups).</summary>
    public List<(string Column, bool Unique)> Indexes { get; } = new();

    public string Entity => "MigrationHeavy.Models." + Name;
}

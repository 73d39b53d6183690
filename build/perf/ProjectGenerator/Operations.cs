using System;
using System.Linq;

namespace SafeMigrations.Perf;

/// <summary>
/// Migration operations written the way `dotnet ef migrations add` scaffolds them, each with its Down
/// reversal, applied to the in-memory schema. Each returns the migration's name.
/// </summary>
internal static class Operations
{
    public static void CreateTable(Table t, CodeWriter up, CodeWriter down)
    {
        up.Line("migrationBuilder.CreateTable(").Line($"    name: \"{t.Name}\",").Line("    columns: table => new").Line("    {");
        foreach (var c in t.Columns)
        {
            var last = c == t.Columns[^1] ? "" : ",";
            if (c.Name == "Id")
            {
                up.Line("        Id = table.Column<int>(type: \"int\", nullable: false)")
                  .Line("            .Annotation(\"SqlServer:Identity\", \"1, 1\")" + last);
            }
            else
            {
                up.Line($"        {c.Name} = table.Column<{c.ClrType}>(type: \"{c.StoreType}\", {MaxLength(c)}nullable: {Bool(c.Nullable)}){last}");
            }
        }

        up.Line("    },").Line("    constraints: table =>").Line("    {").Line($"        table.PrimaryKey(\"PK_{t.Name}\", x => x.Id);");
        foreach (var (column, principal) in t.ForeignKeys)
        {
            up.Line("        table.ForeignKey(").Line($"            name: \"FK_{t.Name}_{principal.Name}_{column}\",")
              .Line($"            column: x => x.{column},").Line($"            principalTable: \"{principal.Name}\",")
              .Line("            principalColumn: \"Id\",").Line("            onDelete: ReferentialAction.Restrict);");
        }

        up.Line("    });");
        foreach (var (column, unique) in t.Indexes)
        {
            CreateIndex(up, t, column, unique);
        }

        down.Line("migrationBuilder.DropTable(").Line($"    name: \"{t.Name}\");");
    }

    public static string AddColumns(Table t, Func<string?, bool, Column> newColumn, Random random, CodeWriter up, CodeWriter down)
    {
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var c = newColumn(null, random.Next(3) != 0);
            t.Columns.Add(c);
            AddColumn(up, t, c);
            down.Line().Line("migrationBuilder.DropColumn(").Line($"    name: \"{c.Name}\",").Line($"    table: \"{t.Name}\");");
        }

        return "Add" + t.Name + "Columns";
    }

    public static string AlterColumn(Table t, Random random, CodeWriter up, CodeWriter down)
    {
        var column = t.Columns.Where(c => c.MaxLength is not null).OrderBy(_ => random.Next()).FirstOrDefault();
        if (column is { MaxLength: { } old })
        {
            var wider = old * 2;
            var oldType = column.StoreType;
            column.MaxLength = wider;
            column.StoreType = $"nvarchar({wider})";
            Alter(up, t, column, $"    oldClrType: typeof(string),\n{Indent(up)}    oldType: \"{oldType}\",\n{Indent(up)}    oldMaxLength: {old}");
            column.MaxLength = old;
            column.StoreType = oldType;
            Alter(down, t, column, $"    oldClrType: typeof(string),\n{Indent(down)}    oldType: \"nvarchar({wider})\",\n{Indent(down)}    oldMaxLength: {wider}");
            column.MaxLength = wider;
            column.StoreType = $"nvarchar({wider})";
            return "Widen" + t.Name + column.Name;
        }

        var required = t.Columns.FirstOrDefault(c => c.Name != "Id" && !c.Nullable && !t.Indexes.Any(ix => ix.Column == c.Name));
        if (required is null)
        {
            return CreateView(t, random.Next(100000), up, down);
        }

        required.Nullable = true;
        Alter(up, t, required, $"    oldClrType: typeof({required.ClrType}),\n{Indent(up)}    oldType: \"{required.StoreType}\"");
        required.Nullable = false;
        Alter(down, t, required, $"    oldClrType: typeof({required.ClrType}),\n{Indent(down)}    oldType: \"{required.StoreType}\",\n{Indent(down)}    oldNullable: true");
        required.Nullable = true;
        return "Make" + t.Name + required.Name + "Optional";
    }

    public static string RenameColumn(Table t, Random random, CodeWriter up, CodeWriter down)
    {
        var column = t.Columns.Where(c => c.Name != "Id" && !t.ForeignKeys.Any(fk => fk.Column == c.Name)).OrderBy(_ => random.Next()).FirstOrDefault();
        if (column is null)
        {
            return CreateView(t, random.Next(100000), up, down);
        }

        var old = column.Name;
        column.Name = old + "R";
        up.Line("migrationBuilder.RenameColumn(").Line($"    name: \"{old}\",").Line($"    table: \"{t.Name}\",").Line($"    newName: \"{column.Name}\");");
        down.Line("migrationBuilder.RenameColumn(").Line($"    name: \"{column.Name}\",").Line($"    table: \"{t.Name}\",").Line($"    newName: \"{old}\");");
        var index = t.Indexes.FindIndex(ix => ix.Column == old);
        if (index >= 0)
        {
            t.Indexes[index] = (column.Name, t.Indexes[index].Unique);
            up.Line().Line("migrationBuilder.RenameIndex(").Line($"    name: \"IX_{t.Name}_{old}\",").Line($"    table: \"{t.Name}\",").Line($"    newName: \"IX_{t.Name}_{column.Name}\");");
            down.Line().Line("migrationBuilder.RenameIndex(").Line($"    name: \"IX_{t.Name}_{column.Name}\",").Line($"    table: \"{t.Name}\",").Line($"    newName: \"IX_{t.Name}_{old}\");");
        }

        return "Rename" + t.Name + old;
    }

    /// <summary>Add a nullable column, backfill it with SQL, then make it required: the safe three-step.</summary>
    public static string Backfill(Table t, Column c, CodeWriter up, CodeWriter down)
    {
        t.Columns.Add(c);
        AddColumn(up, t, c);
        up.Line().Line($"migrationBuilder.Sql(\"UPDATE [{t.Name}] SET [{c.Name}] = 0 WHERE [{c.Name}] IS NULL\");");
        c.Nullable = false;
        Alter(up, t, c, $"    defaultValue: 0,\n{Indent(up)}    oldClrType: typeof(int),\n{Indent(up)}    oldType: \"int\",\n{Indent(up)}    oldNullable: true");
        down.Line("migrationBuilder.DropColumn(").Line($"    name: \"{c.Name}\",").Line($"    table: \"{t.Name}\");");
        return "Backfill" + t.Name + c.Name;
    }

    public static string AddForeignKey(Table t, Table principal, CodeWriter up, CodeWriter down)
    {
        var name = principal.Name + "Id";
        while (t.Columns.Any(c => c.Name == name))
        {
            name += "2";
        }

        var c = new Column(name, "int", "int", nullable: true);
        t.Columns.Add(c);
        t.ForeignKeys.Add((name, principal));
        t.Indexes.Add((name, false));
        AddColumn(up, t, c);
        CreateIndex(up, t, name, unique: false);
        up.Line().Line("migrationBuilder.AddForeignKey(").Line($"    name: \"FK_{t.Name}_{principal.Name}_{name}\",").Line($"    table: \"{t.Name}\",")
          .Line($"    column: \"{name}\",").Line($"    principalTable: \"{principal.Name}\",").Line("    principalColumn: \"Id\");");
        down.Line("migrationBuilder.DropForeignKey(").Line($"    name: \"FK_{t.Name}_{principal.Name}_{name}\",").Line($"    table: \"{t.Name}\");")
            .Line().Line("migrationBuilder.DropIndex(").Line($"    name: \"IX_{t.Name}_{name}\",").Line($"    table: \"{t.Name}\");")
            .Line().Line("migrationBuilder.DropColumn(").Line($"    name: \"{name}\",").Line($"    table: \"{t.Name}\");");
        return "Link" + t.Name + "To" + principal.Name;
    }

    public static string UniqueIndex(Table t, Random random, CodeWriter up, CodeWriter down)
    {
        var column = t.Columns.Where(c => c.MaxLength is not null && !t.Indexes.Any(ix => ix.Column == c.Name)).OrderBy(_ => random.Next()).FirstOrDefault();
        if (column is null)
        {
            return CreateView(t, random.Next(100000), up, down);
        }

        t.Indexes.Add((column.Name, true));
        CreateIndex(up, t, column.Name, unique: true, filter: column.Nullable ? $"[{column.Name}] IS NOT NULL" : null);
        down.Line("migrationBuilder.DropIndex(").Line($"    name: \"IX_{t.Name}_{column.Name}\",").Line($"    table: \"{t.Name}\");");
        return "Index" + t.Name + column.Name;
    }

    public static string RenameTable(Table t, CodeWriter up, CodeWriter down)
    {
        var old = t.Name;
        var renamed = old + "x";
        Rename(up, old, renamed);
        Rename(down, renamed, old);
        t.Name = renamed;
        return "Rename" + old;
    }

    public static string CreateView(Table t, int index, CodeWriter up, CodeWriter down)
    {
        var columns = string.Join(", ", t.Columns.Take(4).Select(c => $"[{c.Name}]"));
        up.Line($"migrationBuilder.Sql(@\"CREATE VIEW [vw_{t.Name}_{index}] AS")
          .Raw($"SELECT {columns}\nFROM [{t.Name}]\nWHERE [Id] > 0;\");\n");
        down.Line($"migrationBuilder.Sql(\"DROP VIEW [vw_{t.Name}_{index}];\");");
        return "View" + t.Name + "V" + index;
    }

    /// <summary>A real hazard (SM1002), as rare as in a healthy project.</summary>
    public static string DropColumn(Table t, Random random, CodeWriter up, CodeWriter down)
    {
        var column = t.Columns.Where(c => c.Name != "Id" && !t.ForeignKeys.Any(fk => fk.Column == c.Name) && !t.Indexes.Any(ix => ix.Column == c.Name))
            .OrderBy(_ => random.Next()).FirstOrDefault();
        if (column is null)
        {
            return CreateView(t, random.Next(100000), up, down);
        }

        t.Columns.Remove(column);
        up.Line("migrationBuilder.DropColumn(").Line($"    name: \"{column.Name}\",").Line($"    table: \"{t.Name}\");");
        AddColumn(down, t, column);
        return "Drop" + t.Name + column.Name;
    }

    private static void Rename(CodeWriter w, string from, string to)
    {
        w.Line("migrationBuilder.DropPrimaryKey(").Line($"    name: \"PK_{from}\",").Line($"    table: \"{from}\");")
         .Line().Line("migrationBuilder.RenameTable(").Line($"    name: \"{from}\",").Line($"    newName: \"{to}\");")
         .Line().Line("migrationBuilder.AddPrimaryKey(").Line($"    name: \"PK_{to}\",").Line($"    table: \"{to}\",").Line("    column: \"Id\");");
    }

    private static void AddColumn(CodeWriter w, Table t, Column c)
    {
        w.Line().Line($"migrationBuilder.AddColumn<{c.ClrType}>(").Line($"    name: \"{c.Name}\",").Line($"    table: \"{t.Name}\",")
         .Line($"    type: \"{c.StoreType}\",");
        if (c.MaxLength is { } max)
        {
            w.Line($"    maxLength: {max},");
        }

        w.Line(c.Nullable ? "    nullable: true);" : $"    nullable: false,\n{Indent(w)}    defaultValue: {DefaultValue(c)});");
    }

    private static void Alter(CodeWriter w, Table t, Column c, string old)
    {
        w.Line().Line($"migrationBuilder.AlterColumn<{c.ClrType}>(").Line($"    name: \"{c.Name}\",").Line($"    table: \"{t.Name}\",")
         .Line($"    type: \"{c.StoreType}\",");
        if (c.MaxLength is { } max)
        {
            w.Line($"    maxLength: {max},");
        }

        w.Line($"    nullable: {Bool(c.Nullable)},").Line(old + ");");
    }

    private static void CreateIndex(CodeWriter w, Table t, string column, bool unique, string? filter = null)
    {
        w.Line().Line("migrationBuilder.CreateIndex(").Line($"    name: \"IX_{t.Name}_{column}\",").Line($"    table: \"{t.Name}\",")
         .Line($"    column: \"{column}\"" + (unique ? "," : ");"));
        if (unique)
        {
            w.Line(filter is null ? "    unique: true);" : $"    unique: true,\n{Indent(w)}    filter: \"{filter}\");");
        }
    }

    private static string DefaultValue(Column c) => c.ClrType switch
    {
        "string" => "\"\"",
        "int" => "0",
        "decimal" => "0m",
        "bool" => "false",
        "DateTime" => "new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified)",
        _ => "new Guid(\"00000000-0000-0000-0000-000000000000\")",
    };

    private static string MaxLength(Column c) => c.MaxLength is { } max ? $"maxLength: {max}, " : "";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Indent(CodeWriter w) => w.IndentText;
}

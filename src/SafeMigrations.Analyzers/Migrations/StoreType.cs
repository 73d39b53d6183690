using System;
using System.Globalization;

namespace SafeMigrations.Analyzers.Migrations;

/// <summary>What kind of values a column holds; conversions between kinds are judged in <see cref="ColumnTypeChange"/>.</summary>
internal enum TypeKind
{
    Unknown,
    Text,
    Binary,
    Integer,
    Decimal,
    Float,
    Boolean,
    Date,
    DateTime,
    DateTimeOffset,
    Time,
    Guid,
    Json,
    Xml,
}

/// <summary>
/// A column type reduced to what decides narrowing: kind, size (characters, bytes, integer bytes, float bytes,
/// fractional-second digits; null = unbounded/unknown), decimal precision/scale, unicode and fixed length.
/// Built from a store type string (<c>nvarchar(max)</c>, <c>character varying(50)</c>, <c>numeric(18,4)</c>, …)
/// or from a CLR type plus EF's maxLength/precision/scale/unicode arguments.
/// </summary>
internal readonly struct StoreType : IEquatable<StoreType>
{
    private StoreType(string name, TypeKind kind, int? size = null, int? precision = null, int? scale = null, bool? unicode = null, bool isFixed = false, bool takesLength = false)
    {
        Name = name;
        Kind = kind;
        Size = size;
        Precision = precision;
        Scale = scale;
        Unicode = unicode;
        IsFixed = isFixed;
        TakesLength = takesLength;
    }

    /// <summary>The base type name, normalized (lower case, parameters removed).</summary>
    public string Name { get; }

    public TypeKind Kind { get; }

    public int? Size { get; }

    public int? Precision { get; }

    public int? Scale { get; }

    public bool? Unicode { get; }

    public bool IsFixed { get; }

    /// <summary>True for types that take a length (varchar) as opposed to unbounded ones (text).</summary>
    public bool TakesLength { get; }

    /// <summary>True for names only PostgreSQL uses, a hint of the dialect when the provider is unknown.</summary>
    public bool IsPostgreSqlName => Name is "character varying" or "numeric" or "integer" or "boolean" or "double precision"
        or "bytea" or "uuid" or "jsonb" or "timestamp with time zone" or "timestamp without time zone" or "citext";

    public StoreType WithLength(int? length) => new(Name, Kind, length, Precision, Scale, Unicode, IsFixed, TakesLength);

    /// <summary>EF's precision/scale arguments: digits of decimals, fractional-second digits of date/time types.</summary>
    public StoreType WithPrecision(int? precision, int? scale) => Kind switch
    {
        TypeKind.Decimal => new(Name, Kind, Size, precision, scale, Unicode, IsFixed, TakesLength),
        TypeKind.DateTime or TypeKind.DateTimeOffset or TypeKind.Time => new(Name, Kind, precision ?? Size, Precision, Scale, Unicode, IsFixed, TakesLength),
        _ => this,
    };

    public StoreType WithUnicode(bool? unicode) => new(Name, Kind, Size, Precision, Scale, unicode ?? Unicode, IsFixed, TakesLength);

    /// <summary>Parses a store type; unrecognised names keep their name with <see cref="TypeKind.Unknown"/>.</summary>
    public static StoreType Parse(string storeType)
    {
        var text = storeType.Trim().ToLowerInvariant();
        var isArray = text.EndsWith("[]", StringComparison.Ordinal);
        string name = text;
        string? arguments = null;
        var open = text.IndexOf('(');
        if (open >= 0)
        {
            var close = text.IndexOf(')', open);
            arguments = close > open ? text.Substring(open + 1, close - open - 1) : text.Substring(open + 1);
            name = (text.Substring(0, open) + (close > open ? text.Substring(close + 1) : "")).Trim();
        }

        name = Collapse(name);
        if (isArray)
        {
            return new StoreType(name, TypeKind.Unknown);
        }

        var (first, second, max) = Arguments(arguments);
        switch (name)
        {
            case "nvarchar" or "national character varying" or "national char varying" or "nvarchar2":
                return Text(name, max ? null : first, unicode: true, isFixed: false);
            case "varchar" or "varchar2":
                return Text(name, max ? null : first, unicode: false, isFixed: false);
            case "character varying" or "char varying":
                return Text(name, max ? null : first, unicode: null, isFixed: false);
            case "nchar" or "national character" or "national char":
                return Text(name, first ?? 1, unicode: true, isFixed: true);
            case "char":
                return Text(name, first ?? 1, unicode: false, isFixed: true);
            case "character" or "bpchar":
                return Text(name, first ?? 1, unicode: null, isFixed: true);
            case "text" or "ntext" or "citext" or "clob" or "nclob" or "longtext" or "mediumtext" or "tinytext" or "string":
                return new StoreType(name, TypeKind.Text, name == "tinytext" ? 255 : null, unicode: name is "ntext" or "nclob" ? true : null);
            case "varbinary" or "binary varying":
                return new StoreType(name, TypeKind.Binary, max ? null : first, takesLength: true);
            case "binary":
                return new StoreType(name, TypeKind.Binary, first ?? 1, isFixed: true, takesLength: true);
            case "bytea" or "blob" or "image" or "longblob" or "mediumblob" or "raw" or "varbinary(max)":
                return new StoreType(name, TypeKind.Binary);
            case "bit" when first is null or 1:
            case "boolean" or "bool":
                return new StoreType("boolean", TypeKind.Boolean);
            case "tinyint" or "int1":
                return Integer("tinyint", 1);
            case "smallint" or "int2" or "smallserial" or "serial2":
                return Integer("smallint", 2);
            case "int" or "integer" or "int4" or "serial" or "serial4" or "mediumint":
                return Integer("integer", 4);
            case "bigint" or "int8" or "bigserial" or "serial8":
                return Integer("bigint", 8);
            case "decimal" or "numeric" or "dec" or "number":
                return new StoreType(name, TypeKind.Decimal, precision: first, scale: first is null ? null : second ?? 0);
            case "money":
                return new StoreType(name, TypeKind.Decimal, precision: 19, scale: 4);
            case "smallmoney":
                return new StoreType(name, TypeKind.Decimal, precision: 10, scale: 4);
            case "real" or "float4":
                return new StoreType("real", TypeKind.Float, 4);
            case "float" when first is > 0 and <= 24:
                return new StoreType("real", TypeKind.Float, 4);
            case "float" or "double precision" or "float8" or "double":
                return new StoreType("double precision", TypeKind.Float, 8);
            case "date":
                return new StoreType(name, TypeKind.Date);
            case "smalldatetime":
                return new StoreType(name, TypeKind.DateTime, 0);
            case "datetime":
                return new StoreType(name, TypeKind.DateTime, 3);
            case "datetime2" or "timestamp" or "timestamp without time zone":
                return new StoreType(name == "datetime2" ? name : "timestamp", TypeKind.DateTime, first ?? (name == "datetime2" ? 7 : 6));
            case "timestamptz" or "timestamp with time zone":
                return new StoreType("timestamptz", TypeKind.DateTime, first ?? 6);
            case "datetimeoffset":
                return new StoreType(name, TypeKind.DateTimeOffset, first ?? 7);
            case "time" or "time without time zone" or "timetz" or "time with time zone" or "interval":
                return new StoreType(name, TypeKind.Time, first ?? (name == "time" ? 7 : 6));
            case "uniqueidentifier" or "uuid":
                return new StoreType("uuid", TypeKind.Guid);
            case "json" or "jsonb":
                return new StoreType(name, TypeKind.Json);
            case "xml":
                return new StoreType(name, TypeKind.Xml);
            default:
                return new StoreType(name, TypeKind.Unknown, first, second);
        }
    }

    /// <summary>The column type EF derives from a CLR type when no store type is given.</summary>
    public static StoreType FromClrType(string? metadataName) => metadataName switch
    {
        "System.String" => new StoreType("string", TypeKind.Text, takesLength: true),
        "System.Byte[]" => new StoreType("byte[]", TypeKind.Binary, takesLength: true),
        "System.Boolean" => new StoreType("boolean", TypeKind.Boolean),
        "System.Byte" or "System.SByte" => Integer("tinyint", 1),
        "System.Int16" or "System.UInt16" => Integer("smallint", 2),
        "System.Int32" or "System.UInt32" => Integer("integer", 4),
        "System.Int64" or "System.UInt64" => Integer("bigint", 8),
        "System.Decimal" => new StoreType("decimal", TypeKind.Decimal),
        "System.Single" => new StoreType("real", TypeKind.Float, 4),
        "System.Double" => new StoreType("double precision", TypeKind.Float, 8),
        "System.DateOnly" => new StoreType("date", TypeKind.Date),
        "System.DateTime" => new StoreType("datetime", TypeKind.DateTime),
        "System.DateTimeOffset" => new StoreType("datetimeoffset", TypeKind.DateTimeOffset),
        "System.TimeOnly" or "System.TimeSpan" => new StoreType("time", TypeKind.Time),
        "System.Guid" => new StoreType("uuid", TypeKind.Guid),
        null => new StoreType("?", TypeKind.Unknown),
        _ => new StoreType(metadataName, TypeKind.Unknown),
    };

    public bool Equals(StoreType other) =>
        Kind == other.Kind && Size == other.Size && Precision == other.Precision && Scale == other.Scale
        && IsFixed == other.IsFixed && (Unicode is null || other.Unicode is null || Unicode == other.Unicode)
        && (Kind is TypeKind.Text or TypeKind.Binary or TypeKind.Integer or TypeKind.Decimal or TypeKind.Float or TypeKind.Boolean or TypeKind.Guid
            || Name == other.Name);

    public override bool Equals(object? obj) => obj is StoreType other && Equals(other);

    public override int GetHashCode() => ((int)Kind * 397) ^ (Size ?? -1);

    private static StoreType Text(string name, int? length, bool? unicode, bool isFixed) =>
        new(name, TypeKind.Text, length, unicode: unicode, isFixed: isFixed, takesLength: true);

    private static StoreType Integer(string name, int bytes) => new(name, TypeKind.Integer, bytes);

    private static string Collapse(string name)
    {
        var parts = name.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", parts);
    }

    private static (int? First, int? Second, bool Max) Arguments(string? arguments)
    {
        if (arguments is null)
        {
            return (null, null, false);
        }

        var parts = arguments.Split(',');
        var first = parts[0].Trim();
        if (first == "max")
        {
            return (null, null, true);
        }

        return (Number(first), parts.Length > 1 ? Number(parts[1].Trim()) : null, false);
    }

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SafeMigrations.Analyzers.Migrations;

internal enum TypeChangeKind
{
    /// <summary>The column's type is unchanged (comment, collation, default or nullability changes only).</summary>
    None,

    /// <summary>Existing values may not fit the new type: SM1004.</summary>
    Narrowing,

    /// <summary>Every value fits, but the database rewrites the table to convert them: SM3008.</summary>
    Rewrite,

    /// <summary>Every value fits and the provider only changes the catalog (e.g. varchar widening).</summary>
    MetadataOnly,
}

/// <summary>
/// Classifies the type change of an <c>AlterColumn</c> call from its new and old store types
/// (<c>type</c>/<c>oldType</c>), CLR types (<c>T</c>/<c>oldClrType</c>, which EF defaults to <c>T</c>) and the
/// maxLength/precision/scale/unicode arguments. Shared by SM1004 (data loss) and SM3008 (availability).
/// </summary>
internal readonly struct ColumnTypeChange
{
    private ColumnTypeChange(TypeChangeKind kind, string from, string to)
    {
        Kind = kind;
        From = from;
        To = to;
    }

    public TypeChangeKind Kind { get; }

    /// <summary>The old type as the migration states it, for messages.</summary>
    public string From { get; }

    public string To { get; }

    public static ColumnTypeChange Classify(BuilderCall call, DatabaseProvider provider)
    {
        var newClr = call.TypeArgument;
        var oldClr = TypeOf(call, "oldClrType") ?? newClr;
        var newType = Build(call, call.String("type"), newClr, "maxLength", "precision", "scale", "unicode");
        var oldType = Build(call, call.String("oldType"), oldClr, "oldMaxLength", "oldPrecision", "oldScale", "oldUnicode");
        var from = Describe(call, call.String("oldType"), oldClr, "oldMaxLength", "oldPrecision", "oldScale");
        var to = Describe(call, call.String("type"), newClr, "maxLength", "precision", "scale");
        if (oldType.Equals(newType))
        {
            return new ColumnTypeChange(TypeChangeKind.None, from, to);
        }

        if (TypeNarrowing.IsNarrowing(oldType, newType))
        {
            return new ColumnTypeChange(TypeChangeKind.Narrowing, from, to);
        }

        if (provider == DatabaseProvider.None && (oldType.IsPostgreSqlName || newType.IsPostgreSqlName))
        {
            provider = DatabaseProvider.PostgreSql;
        }

        return new ColumnTypeChange(TypeNarrowing.IsMetadataOnly(oldType, newType, provider) ? TypeChangeKind.MetadataOnly : TypeChangeKind.Rewrite, from, to);
    }

    private static StoreType Build(BuilderCall call, string? storeType, ITypeSymbol? clrType, string maxLength, string precision, string scale, string unicode)
    {
        var explicitParameters = storeType is not null && storeType.IndexOf('(') >= 0;
        var type = storeType is not null ? StoreType.Parse(storeType) : StoreType.FromClrType(ClrName(clrType));
        if (!explicitParameters)
        {
            if (type.TakesLength && call.Int(maxLength) is { } length)
            {
                type = type.WithLength(length);
            }

            if (call.Int(precision) is { } p)
            {
                type = type.WithPrecision(p, call.Int(scale) ?? 0);
            }
        }

        return type.WithUnicode(call.Bool(unicode));
    }

    private static string Describe(BuilderCall call, string? storeType, ITypeSymbol? clrType, string maxLength, string precision, string scale)
    {
        if (storeType is not null)
        {
            return storeType;
        }

        var name = clrType?.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) ?? "?";
        if (call.Int(maxLength) is { } length)
        {
            return name + "(" + length + ")";
        }

        return call.Int(precision) is { } p ? name + "(" + p + "," + (call.Int(scale) ?? 0) + ")" : name;
    }

    private static ITypeSymbol? TypeOf(BuilderCall call, string parameter) =>
        call.Argument(parameter) is TypeOfExpressionSyntax typeOf
            ? SyntacticBinding.Type(typeOf.Type, call.Model.Compilation) ?? call.Model.GetTypeInfo(typeOf.Type).Type
            : null;

    /// <summary>Namespace-qualified metadata name, with Nullable&lt;T&gt; unwrapped and enums as their underlying type.</summary>
    private static string? ClrName(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type is INamedTypeSymbol { EnumUnderlyingType: { } underlying })
        {
            type = underlying;
        }

        return type switch
        {
            null => null,
            IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte } => "System.Byte[]",
            _ => type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName,
        };
    }
}

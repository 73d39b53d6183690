namespace SafeMigrations.Analyzers.Migrations;

/// <summary>Which conversions between <see cref="StoreType"/>s can lose values, and which are catalog-only.</summary>
internal static class TypeNarrowing
{
    public static bool IsNarrowing(StoreType from, StoreType to)
    {
        if (from.Kind == TypeKind.Unknown || to.Kind == TypeKind.Unknown)
        {
            return false;
        }

        if (from.Kind == to.Kind)
        {
            return from.Kind switch
            {
                TypeKind.Text => Shorter(from.Size, to.Size) || (from.Unicode == true && to.Unicode == false),
                TypeKind.Binary => Shorter(from.Size, to.Size),
                TypeKind.Decimal => DecimalNarrows(from.Precision, from.Scale, to.Precision, to.Scale),
                TypeKind.Integer or TypeKind.Float or TypeKind.DateTime or TypeKind.DateTimeOffset or TypeKind.Time => Shorter(from.Size, to.Size),
                _ => false,
            };
        }

        return to.Kind switch
        {
            TypeKind.Text => to.Size is { } length && length < MaxCharacters(from),
            TypeKind.Decimal => from.Kind switch
            {
                TypeKind.Integer => to.Precision is { } p && p - (to.Scale ?? 0) < IntegerDigits(from.Size),
                TypeKind.Boolean => false,
                _ => true,
            },
            TypeKind.Integer => from.Kind != TypeKind.Boolean,
            TypeKind.Float => from.Kind switch
            {
                TypeKind.Integer => from.Size > (to.Size == 4 ? 2 : 4),
                TypeKind.Boolean => false,
                _ => true,
            },
            TypeKind.DateTime => from.Kind is not TypeKind.Date,
            TypeKind.DateTimeOffset => from.Kind is not (TypeKind.Date or TypeKind.DateTime),
            TypeKind.Binary => from.Kind is not TypeKind.Guid || to.Size is < 16,
            _ => true,
        };
    }

    /// <summary>Widening changes the provider applies without touching rows.</summary>
    public static bool IsMetadataOnly(StoreType from, StoreType to, DatabaseProvider provider)
    {
        if (from.Kind != to.Kind)
        {
            return false;
        }

        switch (from.Kind)
        {
            case TypeKind.Text:
                // varchar(n) -> varchar(m > n) / varchar(max) / text: catalog change only (PostgreSQL, SQL Server, MySQL).
                return !from.IsFixed && !to.IsFixed && !(from.Unicode == false && to.Unicode == true) && !Shorter(from.Size, to.Size);
            case TypeKind.Binary:
                return !from.IsFixed && !to.IsFixed && !Shorter(from.Size, to.Size);
            case TypeKind.Decimal:
                // PostgreSQL: more precision at the same scale, or unconstrained numeric, needs no rewrite.
                return provider == DatabaseProvider.PostgreSql && (to.Precision is null || (from.Scale == to.Scale && to.Precision >= from.Precision));
            default:
                return false;
        }
    }

    /// <summary>True when the new bound is smaller than the old (null = unbounded).</summary>
    private static bool Shorter(int? from, int? to) => to is { } newSize && (from is null || newSize < from);

    private static bool DecimalNarrows(int? fromPrecision, int? fromScale, int? toPrecision, int? toScale)
    {
        if (toPrecision is not { } p)
        {
            return false;
        }

        if (fromPrecision is not { } oldP)
        {
            return true;
        }

        var s = toScale ?? 0;
        var oldS = fromScale ?? 0;
        return s < oldS || p - s < oldP - oldS;
    }

    private static int IntegerDigits(int? bytes) => bytes switch
    {
        1 => 3,
        2 => 5,
        4 => 10,
        _ => 19,
    };

    /// <summary>The longest text any value of the type converts to (int.MaxValue when unbounded or unknown).</summary>
    private static int MaxCharacters(StoreType type) => type.Kind switch
    {
        TypeKind.Integer => IntegerDigits(type.Size) + 1,
        TypeKind.Decimal => type.Precision is { } p ? p + 2 : int.MaxValue,
        TypeKind.Float => 24,
        TypeKind.Boolean => 5,
        TypeKind.Guid => 36,
        TypeKind.Date => 10,
        TypeKind.DateTime => 27,
        TypeKind.DateTimeOffset => 34,
        TypeKind.Time => 16,
        _ => int.MaxValue,
    };
}

namespace SafeMigrations.Core.Sql;

/// <summary>
/// One destructive statement: what it does, to which object (as written, without quotes), and where the
/// keyword that makes it destructive is in the analyzed text.
/// </summary>
public sealed class SqlFinding
{
    public SqlFinding(SqlHazard hazard, string target, string? column, int offset, int length)
    {
        Hazard = hazard;
        Target = target;
        Column = column;
        Offset = offset;
        Length = length;
    }

    public SqlHazard Hazard { get; }

    /// <summary>The table, schema or database, e.g. <c>dbo.Orders</c> for <c>[dbo].[Orders]</c>.</summary>
    public string Target { get; }

    /// <summary>The dropped column for <see cref="SqlHazard.DropColumn"/>; otherwise null.</summary>
    public string? Column { get; }

    /// <summary>Start of the dangerous keyword(s), e.g. <c>DROP TABLE</c>, in the original text.</summary>
    public int Offset { get; }

    public int Length { get; }

    public override string ToString() =>
        $"{Hazard} {Target}{(Column is null ? "" : "." + Column)} @{Offset}+{Length}";
}

using Microsoft.CodeAnalysis;
using SafeMigrations.Analyzers.Rules;
using SafeMigrations.Core.Sql;

namespace SafeMigrations.Analyzers.Sql;

/// <summary>Turns classifier findings into the SM2xxx diagnostics of migrations and the SM4004 description.</summary>
internal static class SqlFindingMessages
{
    /// <summary>The migration rule for a finding and its message arguments.</summary>
    public static (DiagnosticDescriptor Descriptor, object[] Arguments) ForMigration(SqlFinding finding) => finding.Hazard switch
    {
        SqlHazard.DropColumn => (Descriptors.SM2002, new object[] { finding.Target, finding.Column ?? "?" }),
        SqlHazard.DeleteWithoutWhere => (Descriptors.SM2003, new object[] { "deletes", finding.Target }),
        SqlHazard.UpdateWithoutWhere => (Descriptors.SM2003, new object[] { "updates", finding.Target }),
        _ => (Descriptors.SM2001, new object[] { Verb(finding.Hazard), finding.Target }),
    };

    /// <summary>What the SQL does, for "'ExecuteSqlRaw' runs SQL that {1}".</summary>
    public static string Describe(SqlFinding finding) => finding.Hazard switch
    {
        SqlHazard.DropColumn => $"drops column '{finding.Column}' of table '{finding.Target}'",
        SqlHazard.DeleteWithoutWhere => $"deletes every row of '{finding.Target}' (no WHERE clause)",
        SqlHazard.UpdateWithoutWhere => $"updates every row of '{finding.Target}' (no WHERE clause)",
        _ => $"{Verb(finding.Hazard)} '{finding.Target}'",
    };

    private static string Verb(SqlHazard hazard) => hazard switch
    {
        SqlHazard.DropSchema => "drops schema",
        SqlHazard.DropDatabase => "drops database",
        SqlHazard.Truncate => "truncates table",
        _ => "drops table",
    };
}

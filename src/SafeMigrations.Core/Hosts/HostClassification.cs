namespace SafeMigrations.Core.Hosts;

/// <summary>The verdict for one host, with the reason in words a diagnostic can print.</summary>
public sealed class HostClassification
{
    public HostClassification(HostKind kind, string host, string reason)
    {
        Kind = kind;
        Host = host;
        Reason = reason;
    }

    public HostKind Kind { get; }

    /// <summary>The host that decided the verdict (a SQLite file for file databases, empty when there is no host).</summary>
    public string Host { get; }

    /// <summary>Why, e.g. <c>host label 'prod'</c>, <c>matches SafeMigrationsProductionHosts pattern '*.corp'</c>, <c>Azure SQL endpoint</c>.</summary>
    public string Reason { get; }

    public override string ToString() => $"{Kind} '{Host}' ({Reason})";
}

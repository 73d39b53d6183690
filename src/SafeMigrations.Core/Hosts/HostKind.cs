namespace SafeMigrations.Core.Hosts;

/// <summary>How dangerous a host is to point migrations at, in ascending order (the most dangerous host of a list wins).</summary>
public enum HostKind
{
    /// <summary>Matches SafeMigrationsSafeHosts, or no concrete host at all (placeholders).</summary>
    Safe = 0,

    /// <summary>This machine, a container next to it, a SQLite file.</summary>
    Local = 1,

    /// <summary>A managed-cloud database endpoint not known to be production.</summary>
    Cloud = 2,

    /// <summary>Any other host, private addresses included.</summary>
    Remote = 3,

    Production = 4,
}

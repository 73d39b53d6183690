using System.Collections.Generic;

namespace SafeMigrations.Core.ConnectionStrings;

/// <summary>What a connection string points at, with its secrets masked. Created by <see cref="ConnectionStringParser"/>.</summary>
public sealed class ConnectionStringInfo
{
    internal ConnectionStringInfo(
        IReadOnlyList<string> hosts, int? port, string? database, string? user, bool hasPassword,
        string? hostKey, string redacted, string? file)
    {
        Hosts = hosts;
        Port = port;
        Database = database;
        User = user;
        HasPassword = hasPassword;
        HostKey = hostKey;
        Redacted = redacted;
        File = file;
    }

    /// <summary>Every host (lists, seed lists, failover partners) without port, instance or protocol prefix; placeholders excluded.</summary>
    public IReadOnlyList<string> Hosts { get; }

    /// <summary>The <c>Port</c> key, else the port written beside the first host.</summary>
    public int? Port { get; }

    public string? Database { get; }

    public string? User { get; }

    /// <summary>True when a password (or account key) with a real, non-placeholder value is present.</summary>
    public bool HasPassword { get; }

    /// <summary>The key (lower-cased) or URI scheme that supplied the host, e.g. <c>server</c> or <c>postgresql</c>.</summary>
    public string? HostKey { get; }

    /// <summary>The original text with every secret value replaced by <c>***</c>.</summary>
    public string Redacted { get; }

    /// <summary>The SQLite file (or <c>:memory:</c>) the string opens, when it opens one.</summary>
    public string? File { get; }

    public bool IsFileOrMemory => File is not null;
}

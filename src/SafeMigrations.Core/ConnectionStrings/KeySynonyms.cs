using System.Collections.Generic;

namespace SafeMigrations.Core.ConnectionStrings;

/// <summary>What a connection-string key means, whichever provider spells it.</summary>
internal enum KeyRole
{
    None,
    Host,
    File,
    Endpoint,
    FailoverPartner,
    Port,
    Database,
    User,
    Password,
    OtherSecret,
}

/// <summary>
/// The union of the synonym tables of Microsoft.Data.SqlClient, Npgsql, MySqlConnector/MySql.Data,
/// Microsoft.Data.Sqlite, Oracle and Cosmos, keyed by the lower-cased key the tokenizer produces.
/// Keys no provider knows map to <see cref="KeyRole.None"/>, so prose never supplies a host.
/// </summary>
internal static class KeySynonyms
{
    private static readonly Dictionary<string, KeyRole> Roles = new()
    {
        // SqlClient: Data Source + addr/address/network address/server; MySqlConnector adds host/datasource.
        ["data source"] = KeyRole.Host,
        ["datasource"] = KeyRole.Host,
        ["server"] = KeyRole.Host,
        ["address"] = KeyRole.Host,
        ["addr"] = KeyRole.Host,
        ["network address"] = KeyRole.Host,
        ["host"] = KeyRole.Host,
        ["filename"] = KeyRole.File, // Microsoft.Data.Sqlite only
        ["accountendpoint"] = KeyRole.Endpoint, // Cosmos
        ["failover partner"] = KeyRole.FailoverPartner,
        ["port"] = KeyRole.Port,
        ["database"] = KeyRole.Database,
        ["initial catalog"] = KeyRole.Database,
        ["db"] = KeyRole.Database, // Npgsql
        ["user id"] = KeyRole.User,
        ["userid"] = KeyRole.User,
        ["uid"] = KeyRole.User,
        ["user"] = KeyRole.User,
        ["username"] = KeyRole.User,
        ["user name"] = KeyRole.User,
        ["password"] = KeyRole.Password,
        ["pwd"] = KeyRole.Password,
        ["psw"] = KeyRole.Password, // Npgsql
        ["accountkey"] = KeyRole.Password, // Cosmos, Azure Storage
        // Secrets that are not database passwords: redacted, never counted as a password.
        ["sharedaccesskey"] = KeyRole.OtherSecret,
        ["sharedaccesssignature"] = KeyRole.OtherSecret,
        ["accesskey"] = KeyRole.OtherSecret,
        ["access key"] = KeyRole.OtherSecret,
        ["client secret"] = KeyRole.OtherSecret,
        ["clientsecret"] = KeyRole.OtherSecret,
        ["secret"] = KeyRole.OtherSecret,
        ["apikey"] = KeyRole.OtherSecret,
        ["api key"] = KeyRole.OtherSecret,
        ["token"] = KeyRole.OtherSecret,
    };

    /// <param name="key">A key as the tokenizer returns it (lower-cased, trimmed).</param>
    public static KeyRole RoleOf(string key) => Roles.TryGetValue(key, out var role) ? role : KeyRole.None;

    /// <summary>Keys that name where the data lives: one of them must be present for text to count as a connection string.</summary>
    public static bool SuppliesHost(KeyRole role) =>
        role is KeyRole.Host or KeyRole.File or KeyRole.Endpoint or KeyRole.FailoverPartner;

    public static bool IsSecret(KeyRole role) => role is KeyRole.Password or KeyRole.OtherSecret;

    /// <summary>Every lower-case key that supplies a host: a connection string names at least one of them (or is a URI).</summary>
    public static string[] HostKeys()
    {
        var keys = new List<string>();
        foreach (var pair in Roles)
        {
            if (SuppliesHost(pair.Value))
            {
                keys.Add(pair.Key);
            }
        }

        return keys.ToArray();
    }

    /// <summary>Allocation-free: is text[start..end) (whitespace-trimmed) a host-supplying key?</summary>
    public static bool IsHostKey(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        foreach (var pair in Roles)
        {
            if (SuppliesHost(pair.Value) && pair.Key.Length == end - start
                && string.Compare(text, start, pair.Key, 0, end - start, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }
}

namespace SafeMigrations.Core.ConnectionStrings;

/// <summary>
/// The cheap first look at every string constant: rejects ordinary text without allocating, so the parser
/// only runs on candidates. A false "maybe" costs a parse; a false "no" would hide a connection string.
/// </summary>
public static class ConnectionStringPreFilter
{
    /// <summary>Longer constants are data, not connection strings; skipping them keeps the analyzer linear and cheap.</summary>
    internal const int MaxLength = 8192;

    public static bool MayBeConnectionString(string? text)
    {
        if (text is null || text.Length < 4 || text.Length > MaxLength)
        {
            return false;
        }

        var equals = text.IndexOf('=');
        if (equals >= 0 && text.IndexOf(';') >= 0)
        {
            return true;
        }

        if (UriConnectionString.SchemeSeparator(text) > 0)
        {
            return true;
        }

        // A single pair such as "Data Source=app.db" or "Host=db.example.com".
        return equals > 0 && KeySynonyms.IsHostKey(text, 0, equals);
    }
}

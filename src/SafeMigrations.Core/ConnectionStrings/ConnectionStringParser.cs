namespace SafeMigrations.Core.ConnectionStrings;

/// <summary>
/// Parses ADO.NET <c>key=value;</c> strings (as DbConnectionStringBuilder does) and URI connection strings.
/// Returns null for anything that is not a connection string: a syntax error the real builders reject, or no
/// recognised host/data-source key or URI scheme (so prose with unknown keys never becomes a host).
/// </summary>
public static class ConnectionStringParser
{
    public static ConnectionStringInfo? Parse(string? text)
    {
        if (text is null || text.Length == 0)
        {
            return null;
        }

        return UriConnectionString.Parse(text) ?? ParseAdoNet(text);
    }

    /// <summary>
    /// Why a value that names a host key (<c>Server=…</c>, <c>Host=…</c>, <c>Data Source=…</c>…) still is not a
    /// connection string: it breaks the <c>key=value;</c> grammar, so every ADO.NET provider (and <c>dotnet ef</c>)
    /// rejects it. Null when the value parses, or names no host key at all (a Redis <c>host:port,…</c> value, say).
    /// </summary>
    public static string? DescribeSyntaxError(string? text)
    {
        if (text is null || text.Length == 0 || UriConnectionString.Parse(text) is not null || AdoNetTokenizer.Tokenize(text) is not null)
        {
            return null;
        }

        foreach (var segment in text.Split(';'))
        {
            var equals = segment.IndexOf('=');
            if (equals > 0 && KeySynonyms.SuppliesHost(KeySynonyms.RoleOf(segment.Substring(0, equals).Trim().ToLowerInvariant())))
            {
                return "it does not follow the key=value;… grammar (a quote left open, or a key without '=')";
            }
        }

        return null;
    }

    private static ConnectionStringInfo? ParseAdoNet(string text)
    {
        var pairs = AdoNetTokenizer.Tokenize(text);
        if (pairs is null)
        {
            return null;
        }

        // Last value wins per role, after synonyms are mapped (Data Source/Server/Host… share one slot).
        AdoNetPair? source = null, endpoint = null, failover = null, port = null, database = null, user = null, password = null;
        var sourceIsFile = false;
        var redactor = new Redactor();
        foreach (var pair in pairs)
        {
            var role = KeySynonyms.RoleOf(pair.Key);
            switch (role)
            {
                case KeyRole.Host or KeyRole.File:
                    source = pair;
                    sourceIsFile = role == KeyRole.File;
                    break;
                case KeyRole.Endpoint: endpoint = pair; break;
                case KeyRole.FailoverPartner: failover = pair; break;
                case KeyRole.Port: port = pair; break;
                case KeyRole.Database: database = pair; break;
                case KeyRole.User: user = pair; break;
                case KeyRole.Password: password = pair; break;
            }

            if (KeySynonyms.IsSecret(role))
            {
                redactor.Add(pair.ValueStart, pair.ValueEnd, pair.Value);
            }
        }

        if (source is null && endpoint is null && failover is null)
        {
            return null;
        }

        // The host key is the key that supplied the first host (or the file), else the first host key written.
        var hosts = new HostList();
        string? file = null;
        if (source?.Value is { } sourceValue)
        {
            file = sourceIsFile ? FileName(sourceValue) : DataSourceParser.Read(sourceValue, hosts);
        }

        var hostKey = hosts.Hosts.Count > 0 || file is not null ? source!.Value.Key : null;
        if (endpoint?.Value is { } endpointValue && !Placeholders.IsPlaceholder(endpointValue))
        {
            UriConnectionString.ReadUrlHost(endpointValue, hosts);
            hostKey ??= hosts.Hosts.Count > 0 ? endpoint.Value.Key : null;
        }

        if (failover?.Value is { } failoverValue)
        {
            DataSourceParser.Read(failoverValue, hosts);
            hostKey ??= hosts.Hosts.Count > 0 ? failover.Value.Key : null;
        }

        return new ConnectionStringInfo(
            hosts.Hosts,
            HostList.ParsePort(port?.Value) ?? hosts.FirstPort,
            RealValue(database?.Value) ?? hosts.Database,
            RealValue(user?.Value),
            RealValue(password?.Value) is not null,
            hostKey ?? (source ?? endpoint ?? failover)!.Value.Key,
            redactor.Apply(text),
            file);
    }

    private static string? FileName(string value) => RealValue(value?.Trim());

    /// <summary>The value unless it is absent, empty or a placeholder.</summary>
    private static string? RealValue(string? value) =>
        string.IsNullOrEmpty(value) || Placeholders.IsPlaceholder(value) ? null : value;
}

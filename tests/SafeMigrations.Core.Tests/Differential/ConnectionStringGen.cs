using CsCheck;

namespace SafeMigrations.Core.Tests.Differential;

/// <summary>A host-key value with the hosts and port it stands for (the expected answer, independent of the parser).</summary>
public sealed record HostValue(string Value, string[] Hosts, int? Port = null)
{
    public static HostValue None { get; } = new(string.Empty, []);
}

/// <summary>
/// Generates ADO.NET connection strings from one provider's vocabulary: random key case and spacing, every quoting
/// style, duplicated and synonym keys, empty segments, and random single-character damage to exercise the grammar.
/// </summary>
public static class ConnectionStringGen
{
    /// <summary>Every password contains this marker, so tests can check that redaction removed it.</summary>
    public const string SecretMarker = "Zq9";

    public static readonly string[] Passwords =
        { "Zq9secret", "Zq9;semi", "Zq9'apos", "Zq9\"dq", "Zq9 spaced", "Zq9==eq", "  Zq9pad  ", "Zq9@p{x" };

    public static readonly string[] Databases =
        { "Shop", "app_prod", "product", "my db", "a;b", "it's", "say \"hi\"", "x=y", " padded ", "Live" };

    public static readonly string[] Users = { "sa", "app user", "o'brien", "u;1" };

    private static readonly Gen<string> Space = Gen.OneOf("", "", "", " ", "  ", "\t");

    public static Gen<string> Key(params string[] spellings) =>
        Gen.OneOf(spellings).SelectMany(key => Gen.Bool.Array[key.Length].Select(upper =>
            new string(key.Select((c, i) => upper[i] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray())));

    /// <summary><c>key=value</c> with random spacing and quoting (none, "…" or '…' with doubled quotes).</summary>
    public static Gen<string> Pair(Gen<string> key, Gen<string> value) =>
        Gen.Select(Space, key, Space, Space, value, Gen.Int[0, 2], (a, k, b, c, v, quote) => a + k + b + "=" + c + Quote(v, quote));

    public static Gen<string> Pair(string[] keys, IEnumerable<string> values) => Pair(Key(keys), Gen.OneOf(values.ToArray()));

    public static Gen<string> Pair(string[] keys, IEnumerable<HostValue> values) => Pair(keys, values.Select(v => v.Value));

    /// <summary>1–3 host pairs (last wins), and any of the optional pairs, shuffled, joined by ';' variants, maybe damaged.</summary>
    public static Gen<string> ConnectionString(Gen<string> hostPair, params Gen<string>[] optional)
    {
        var optionalPairs = optional.Aggregate(
            Gen.Const(Array.Empty<string>()),
            (chosen, pair) => Gen.Select(chosen, Gen.Int[0, 2], pair, (a, n, p) => n == 0 ? a : [.. a, p]));
        var pairs = Gen.Select(hostPair.Array[1, 3], optionalPairs, (hosts, others) => hosts.Concat(others).ToArray())
            .SelectMany(all => Gen.Shuffle(all));
        var separators = Gen.OneOf(";", ";", ";", "; ", " ;", ";;").Array[8];
        var text = Gen.Select(pairs, separators, Gen.OneOf("", "", ";", " ; "), (p, s, tail) => Join(p, s) + tail);
        return Gen.Select(text, Gen.Int[0, 3], Gen.Int[0, 10_000], Gen.OneOf(';', '=', '"', '\'', ' ', '\u0001', '\0', 'x', ','), Damage);
    }

    private static string Join(string[] pairs, string[] separators)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < pairs.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : separators[i % separators.Length]).Append(pairs[i]);
        }

        return text.ToString();
    }

    /// <summary>One time in four, insert or delete one character at a random position.</summary>
    private static string Damage(string text, int kind, int where, char c)
    {
        if (kind != 0 || text.Length == 0)
        {
            return text;
        }

        var at = where % text.Length;
        return where % 2 == 0 ? text.Insert(at, c.ToString()) : text.Remove(at, 1);
    }

    private static string Quote(string value, int style) => style switch
    {
        1 => "\"" + value.Replace("\"", "\"\"") + "\"",
        2 => "'" + value.Replace("'", "''") + "'",
        _ => value,
    };

    /// <summary>
    /// The pool entry for a host-key value as the real builder stored it; <see cref="HostValue.None"/> when empty,
    /// null when the damage changed the value into one whose answer the test does not know.
    /// </summary>
    public static HostValue? Lookup(IEnumerable<HostValue> pool, string? value) =>
        string.IsNullOrWhiteSpace(value) ? HostValue.None : pool.SingleOrDefault(v => v.Value == value.Trim());
}

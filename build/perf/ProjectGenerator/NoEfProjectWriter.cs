using System.IO;

namespace SafeMigrations.Perf;

/// <summary>
/// A large library without EF Core: N files of classes full of string literals (messages, format strings,
/// key=value;... settings text, URLs, SQL-looking text and a few connection-string-shaped values) and calls.
/// </summary>
internal sealed class NoEfProjectWriter
{
    private readonly string _dir;
    private readonly int _count;

    public NoEfProjectWriter(string dir, int count)
    {
        _dir = dir;
        _count = count;
    }

    public void Write()
    {
        SharedFiles.WriteVariants(_dir, "NoEf", "");
        for (var i = 0; i < _count; i++)
        {
            var folder = Path.Combine(_dir, "src", "Area" + (i / 100));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"Service{i}.cs"), Source(i));
        }
    }

    private string Source(int i)
    {
        var next = (i + 1) % _count;
        var area = i / 100;
        var nextArea = next / 100;
        var settings = i % 50 == 0
            ? $"Server=db{i}.internal;Database=Reports;User Id=reporter;Password=p{i}"
            : $"mode=fast;retries={i % 7};timeout={i % 60}s";
        return $$"""
            using System.Collections.Generic;
            using System.Globalization;
            using System.Text;

            namespace NoEf.Area{{area}};

            /// <summary>Generated service {{i}}.</summary>
            public sealed class Service{{i}}
            {
                private const string Prefix = "svc{{i}}";
                private readonly Dictionary<string, string> _values = new();

                public string Describe(int id, string name)
                {
                    var builder = new StringBuilder();
                    builder.Append("Service ").Append(Prefix).Append(": ");
                    builder.AppendFormat(CultureInfo.InvariantCulture, "item {0} named '{1}'", id, name);
                    if (name.Contains("=", System.StringComparison.Ordinal) && name.EndsWith(";", System.StringComparison.Ordinal))
                    {
                        builder.Append(" (looks like settings)");
                    }

                    return builder.ToString();
                }

                public void Configure()
                {
                    _values["endpoint"] = "https://api{{i % 10}}.example.com/v1/items?page=1&size=50";
                    _values["settings"] = "{{settings}}";
                    _values["query"] = "SELECT Id, Name FROM Items WHERE Category = @category ORDER BY Name";
                    _values["greeting"] = string.Concat("Hello, ", "world ", Prefix);
                    _values["path"] = System.IO.Path.Combine("data", "svc{{i}}", "items.json");
                    _values["format"] = string.Format(CultureInfo.InvariantCulture, "{0}-{1:D4}", Prefix, {{i}});
                }

                public int Count(IEnumerable<string> items)
                {
                    var count = 0;
                    foreach (var item in items)
                    {
                        if (item.StartsWith("#", System.StringComparison.Ordinal) || item.Length == 0)
                        {
                            continue;
                        }

                        count += item.Split(';').Length;
                    }

                    return count;
                }

                public string Chain(int depth) =>
                    depth <= 0 ? "done" : new NoEf.Area{{nextArea}}.Service{{next}}().Describe(depth, "next item " + depth);

                public string? Lookup(string key) => _values.TryGetValue(key, out var value) ? value : null;
            }
            """;
    }
}

using SafeMigrations.Core.Configuration;

namespace SafeMigrations.Core.Tests.Configuration;

public class JsonConfigurationReaderTests
{
    private static IReadOnlyList<ConfigurationEntry> Entries(string json)
    {
        var document = JsonConfigurationReader.Read(json);
        Assert.Null(document.Error);
        return document.Entries;
    }

    private static JsonReadError Error(string json)
    {
        var document = JsonConfigurationReader.Read(json);
        Assert.NotNull(document.Error);
        Assert.Empty(document.Entries);
        return document.Error!;
    }

    [Fact]
    public void Flattens_nested_objects_and_arrays_to_colon_paths_with_positions()
    {
        var entries = Entries("""
            {
              "ConnectionStrings": {
                "Default": "Host=db;Password=x"
              },
              "Servers": [ { "Name": "a" }, "b" ]
            }
            """);

        Assert.Equal(
            new[]
            {
                new ConfigurationEntry("ConnectionStrings:Default", "Host=db;Password=x", 3, 16),
                new ConfigurationEntry("Servers:0:Name", "a", 5, 26),
                new ConfigurationEntry("Servers:1", "b", 5, 33),
            },
            entries);
    }

    [Fact]
    public void Allows_comments_and_trailing_commas()
    {
        var entries = Entries("""
            // leading comment
            {
              /* block
                 comment */ "A": "1", // after
              "B": [1, 2,],
            }
            """);

        Assert.Equal(new[] { "A=1@4:22", "B:0=1@5:9", "B:1=2@5:12" }, entries.Select(e => $"{e.Key}={e.Value}@{e.Line}:{e.Column}"));
    }

    [Fact]
    public void Keeps_scalars_as_text_null_and_empty_containers_as_empty()
    {
        var entries = Entries("""{ "n": -1.5e3, "t": true, "f": false, "z": null, "o": {}, "a": [] }""");

        Assert.Equal(new[] { "n=-1.5e3", "t=True", "f=False", "z=", "o=", "a=" }, entries.Select(e => $"{e.Key}={e.Value}"));
    }

    [Fact]
    public void Unescapes_strings()
    {
        var entries = Entries("""{ "k\u0031": "a\"b\\c\/d\n\u00e9" }""");

        Assert.Equal("k1", entries[0].Key);
        Assert.Equal("a\"b\\c/d\n\u00e9", entries[0].Value);
    }

    [Fact]
    public void Skips_a_byte_order_mark_and_counts_columns_after_it()
    {
        var entries = Entries("\uFEFF{\"a\":\"b\"}");

        Assert.Equal(new ConfigurationEntry("a", "b", 1, 6), entries[0]);
    }

    [Theory]
    [InlineData("""{ "a": 1, "a": 2 }""", "a", 1, 16)]
    [InlineData("""{ "ConnectionStrings": { "Db": "x" }, "connectionstrings": { "DB": "y" } }""", "connectionstrings:DB", 1, 68)]
    [InlineData("{ \"a\": {},\n \"a\": 1 }", "a", 2, 7)]
    public void Reports_duplicate_keys_case_insensitively_at_the_second_value(string json, string key, int line, int column)
    {
        var error = Error(json);

        Assert.Contains($"duplicate key '{key}'", error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Same_object_key_twice_with_different_children_is_not_a_duplicate()
    {
        // The real parser only compares leaf keys.
        var entries = Entries("""{ "A": { "x": "1" }, "a": { "y": "2" } }""");

        Assert.Equal(new[] { "A:x", "a:y" }, entries.Select(e => e.Key));
    }

    [Theory]
    [InlineData("", 1, 1, "no JSON")]
    [InlineData("  // only a comment\n", 2, 1, "no JSON")]
    [InlineData("[1]", 1, 1, "must be an object")]
    [InlineData("{ \"a\": 1 } x", 1, 12, "after the end")]
    [InlineData("{\n  \"a\": \"b\"\n  \"c\": 1\n}", 3, 3, "Expected ',' or '}'")]
    [InlineData("{ \"a\" 1 }", 1, 7, "Expected ':'")]
    [InlineData("{ a: 1 }", 1, 3, "property name in double quotes")]
    [InlineData("{ 'a': 1 }", 1, 3, "single quote")]
    [InlineData("{ \"a\": 'b' }", 1, 8, "single quote")]
    [InlineData("{ \"a\": tru }", 1, 8, "expected 'true'")]
    [InlineData("{ \"a\": 01 }", 1, 8, "Invalid number")]
    [InlineData("{ \"a\": 1. }", 1, 8, "Invalid number")]
    [InlineData("{ \"a\": \"x\\q\" }", 1, 10, "Invalid escape")]
    [InlineData("{ \"a\": \"open\n }", 1, 13, "not closed")]
    [InlineData("{ \"a\": \"open", 1, 8, "not closed")]
    [InlineData("{ \"a\": [1,,2] }", 1, 11, "cannot start a value")]
    [InlineData("{ , }", 1, 3, "property name")]
    [InlineData("{ \"a\": 1 /* open", 1, 10, "comment is not closed")]
    [InlineData("{ \"a\": ", 1, 8, "end of file")]
    public void Reports_malformed_json_with_line_and_column(string json, int line, int column, string message)
    {
        var error = Error(json);

        Assert.Contains(message, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Rejects_nesting_deeper_than_64_without_overflowing_the_stack()
    {
        string deep = "{\"a\":" + string.Concat(Enumerable.Repeat("[", 100_000));

        Assert.Contains("nested deeper than 64", Error(deep).Message);
        Assert.Null(JsonConfigurationReader.Read("{\"a\":" + new string('[', 63) + new string(']', 63) + "}").Error);
    }

    [Fact]
    public void Never_throws_on_arbitrary_text()
    {
        var random = new Random(6);
        const string alphabet = "{}[]\",:/*\\ \n\tabtrue0123456789-.eE'u";
        for (int i = 0; i < 5_000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (int j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var document = JsonConfigurationReader.Read(new string(chars));
            Assert.True(document.Error is null || document.Error.Line >= 1 && document.Error.Column >= 1);
        }
    }

    [Fact]
    public void Reads_a_large_file()
    {
        // Speed is measured by the benchmarks (docs/performance.md), never asserted here.
        string big = "{" + string.Join(",", Enumerable.Range(0, 200_000).Select(i => $"\"k{i}\": \"v{i}\"")) + "}";

        var entries = Entries(big);

        Assert.Equal(200_000, entries.Count);
    }
}

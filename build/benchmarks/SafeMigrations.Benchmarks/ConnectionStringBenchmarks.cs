using BenchmarkDotNet.Attributes;
using SafeMigrations.Core.ConnectionStrings;

namespace SafeMigrations.Benchmarks;

/// <summary>
/// What SM5001/SM5002 do to every string constant of a project: the pre-filter, then the parser for candidates.
/// One operation = 100,000 strings. Budget: the pre-filter allocates nothing for non-connection strings.
/// </summary>
[MemoryDiagnoser]
public class ConnectionStringBenchmarks
{
    private const int Count = 100_000;
    private string[] _ordinary = Array.Empty<string>();
    private string[] _mixed = Array.Empty<string>();

    [GlobalSetup]
    public void Setup()
    {
        _ordinary = Inputs.OrdinaryStrings(Count);
        _mixed = Inputs.MixedStrings(Count);
    }

    [Benchmark(Description = "pre-filter, 100k ordinary strings")]
    public int PreFilterOrdinary() => CountCandidates(_ordinary);

    [Benchmark(Description = "pre-filter, 100k mixed strings")]
    public int PreFilterMixed() => CountCandidates(_mixed);

    [Benchmark(Description = "pre-filter + parse, 100k mixed strings")]
    public int PreFilterAndParseMixed()
    {
        var parsed = 0;
        foreach (var text in _mixed)
        {
            if (ConnectionStringPreFilter.MayBeConnectionString(text) && ConnectionStringParser.Parse(text) is not null)
            {
                parsed++;
            }
        }

        return parsed;
    }

    private static int CountCandidates(string[] strings)
    {
        var candidates = 0;
        foreach (var text in strings)
        {
            if (ConnectionStringPreFilter.MayBeConnectionString(text))
            {
                candidates++;
            }
        }

        return candidates;
    }
}

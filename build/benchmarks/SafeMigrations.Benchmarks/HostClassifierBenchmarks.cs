using BenchmarkDotNet.Attributes;
using SafeMigrations.Core.ConnectionStrings;
using SafeMigrations.Core.Hosts;

namespace SafeMigrations.Benchmarks;

/// <summary>The host classifier over 1,000 parsed connection strings, with and without configured host patterns.</summary>
[MemoryDiagnoser]
public class HostClassifierBenchmarks
{
    private ConnectionStringInfo[] _infos = Array.Empty<ConnectionStringInfo>();
    private HostPatterns _configured = HostPatterns.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _infos = Inputs.MixedStrings(50_000)
            .Where(ConnectionStringPreFilter.MayBeConnectionString)
            .Select(ConnectionStringParser.Parse)
            .OfType<ConnectionStringInfo>()
            .Take(1000)
            .ToArray();
        _configured = HostPatterns.Parse("*.prod.contoso.com;prod-db*", "*.dev.contoso.com;localhost", new List<string>());
    }

    [Benchmark(Description = "classify 1,000 hosts, default patterns")]
    public int Default() => Classify(HostPatterns.Empty);

    [Benchmark(Description = "classify 1,000 hosts, configured patterns")]
    public int Configured() => Classify(_configured);

    private int Classify(HostPatterns patterns)
    {
        var production = 0;
        foreach (var info in _infos)
        {
            if (HostClassifier.Classify(info, "Default", patterns).Kind == HostKind.Production)
            {
                production++;
            }
        }

        return production;
    }
}

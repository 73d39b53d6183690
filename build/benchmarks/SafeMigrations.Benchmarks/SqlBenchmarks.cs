using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using SafeMigrations.Core.Sql;

namespace SafeMigrations.Benchmarks;

/// <summary>The SQL lexer + statement classifier over ~1 MB of migration SQL. Budget: at least 50 MB/s single-threaded.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class SqlBenchmarks
{
    public const int Bytes = 1 << 20;
    private string _sql = "";

    [GlobalSetup]
    public void Setup() => _sql = Inputs.MigrationSql(Bytes);

    [Benchmark(Description = "classify 1 MB of SQL (SQL Server)")]
    public int SqlServer() => SqlClassifier.Analyze(_sql, SqlDialect.SqlServer).Count;

    [Benchmark(Description = "classify 1 MB of SQL (unknown dialect)")]
    public int Unknown() => SqlClassifier.Analyze(_sql, SqlDialect.Unknown).Count;

    private sealed class ThroughputConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
    }

    /// <summary>Characters (1 MB of UTF-16 text counts as 1 MB) per second of the mean.</summary>
    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Megabytes (2^20 characters) of SQL processed per second, from the mean";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            summary[benchmarkCase]?.ResultStatistics is { } statistics
                ? (Inputs.MigrationSql(Bytes).Length / (double)(1 << 20) / (statistics.Mean / 1e9)).ToString("F1", System.Globalization.CultureInfo.InvariantCulture)
                : "n/a";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}

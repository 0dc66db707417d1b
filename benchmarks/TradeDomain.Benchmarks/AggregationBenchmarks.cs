using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DuckDB.NET.Data;
using TradeDomain.Aggregation;

namespace TradeDomain.Benchmarks;

/// <summary>The same synthetic flows, generated and read once before anything is timed, and loaded into DuckDB.</summary>
public abstract class FlowBenchmarks
{
    private DuckDBConnection? duck;

    /// <summary>How many flows (each derived class lists its sizes with [Params]).</summary>
    public abstract int Rows { get; set; }

    protected TradeFlow[] Flows { get; private set; } = [];

    protected DuckDBConnection Duck => duck ?? throw new InvalidOperationException("Setup has not run.");

    [GlobalSetup]
    public void Setup()
    {
        Flows = SyntheticFlows.Generate(Rows);
        SyntheticFlows.Touch(Flows);
        duck = DuckLoader.Load(Flows);
    }

    [GlobalCleanup]
    public void Cleanup() => duck?.Dispose();
}

/// <summary>
/// Three ways to aggregate the same synthetic flows, in one run: a naive LINQ GroupBy, DuckDB (the rows already in an
/// in-memory table, GROUP BY with DECIMAL(18,2) sums, every result row read back) and TradeDomain's aggregator.
/// Groupings: reporter × partner × year (about 1.55 million groups) and reporter × year turnover (6 250 groups).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class AggregationBenchmarks : FlowBenchmarks
{
    [Params(1_000_000, 10_000_000)]
    public override int Rows { get; set; }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("reporter×partner×year")]
    public decimal Linq_ReporterPartnerYear()
    {
        decimal check = 0;
        foreach (var g in Flows.GroupBy(f => (f.Reporter, f.Partner, f.Period.StartYear))
                     .Select(g => (g.Key, Exports: g.Sum(f => f.Flow == FlowDirection.Export ? f.Value.Amount : 0m), Imports: g.Sum(f => f.Flow == FlowDirection.Import ? f.Value.Amount : 0m))))
        {
            check += g.Exports - g.Imports;
        }

        return check;
    }

    [Benchmark]
    [BenchmarkCategory("reporter×partner×year")]
    public decimal DuckDb_ReporterPartnerYear() => DuckLoader.Query(Duck, DuckLoader.ReporterPartnerYear);

    [Benchmark]
    [BenchmarkCategory("reporter×partner×year")]
    public decimal TradeDomain_ReporterPartnerYear() => TradeDomainQueries.ReporterPartnerYear(Flows);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("reporter×year turnover")]
    public decimal Linq_ReporterYearTurnover()
    {
        decimal check = 0;
        foreach (var g in Flows.GroupBy(f => (f.Reporter, f.Period.StartYear)).Select(g => g.Sum(f => f.Value.Amount)))
        {
            check += g;
        }

        return check;
    }

    [Benchmark]
    [BenchmarkCategory("reporter×year turnover")]
    public decimal DuckDb_ReporterYearTurnover() => DuckLoader.Query(Duck, DuckLoader.ReporterYearTurnover);

    [Benchmark]
    [BenchmarkCategory("reporter×year turnover")]
    public decimal TradeDomain_ReporterYearTurnover() => TradeDomainQueries.ReporterYearTurnover(Flows);

}

/// <summary>The TradeDomain side of both groupings, every result row read back.</summary>
internal static class TradeDomainQueries
{
    private static readonly AggregationOptions ReporterYear = new() { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period };

    internal static decimal ReporterPartnerYear(TradeFlow[] flows)
    {
        decimal check = 0;
        foreach (var row in TradeAggregation.Aggregate(flows, AggregationOptions.Default).Rows)
        {
            check += row.Exports.Amount - row.Imports.Amount;
        }

        return check;
    }

    internal static decimal ReporterYearTurnover(TradeFlow[] flows)
    {
        decimal check = 0;
        foreach (var row in TradeAggregation.Aggregate(flows, ReporterYear).Rows)
        {
            check += row.Turnover.Amount;
        }

        return check;
    }
}

/// <summary>TradeDomain and DuckDB at 1, 10 and 50 million flows, both groupings: is the cost linear in rows? (LINQ is
/// left out: at 50 M rows one operation takes over a minute and several GB.)</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class AggregationScalingBenchmarks : FlowBenchmarks
{
    [Params(1_000_000, 10_000_000, 50_000_000)]
    public override int Rows { get; set; }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("reporter×partner×year")]
    public decimal DuckDb_ReporterPartnerYear() => DuckLoader.Query(Duck, DuckLoader.ReporterPartnerYear);

    [Benchmark]
    [BenchmarkCategory("reporter×partner×year")]
    public decimal TradeDomain_ReporterPartnerYear() => TradeDomainQueries.ReporterPartnerYear(Flows);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("reporter×year turnover")]
    public decimal DuckDb_ReporterYearTurnover() => DuckLoader.Query(Duck, DuckLoader.ReporterYearTurnover);

    [Benchmark]
    [BenchmarkCategory("reporter×year turnover")]
    public decimal TradeDomain_ReporterYearTurnover() => TradeDomainQueries.ReporterYearTurnover(Flows);
}

/// <summary>Loads flows into an in-memory DuckDB table and runs grouping queries, reading every row back.</summary>
internal static class DuckLoader
{
    internal const string ReporterPartnerYear =
        "SELECT reporter, partner, year, SUM(value) FILTER (WHERE flow = 0) AS x, SUM(value) FILTER (WHERE flow = 1) AS m FROM flows GROUP BY reporter, partner, year";

    internal const string ReporterYearTurnover =
        "SELECT reporter, year, SUM(value) FILTER (WHERE flow IN (0, 1)) AS turnover, 0 FROM flows GROUP BY reporter, year";

    internal static DuckDBConnection Load(TradeFlow[] flows)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SET threads = 2; CREATE TABLE flows (reporter SMALLINT, partner SMALLINT, year SMALLINT, flow TINYINT, value DECIMAL(18,2));";
            command.ExecuteNonQuery();
        }

        using (var appender = connection.CreateAppender("flows"))
        {
            foreach (var f in flows)
            {
                appender.CreateRow()
                    .AppendValue((short)f.Reporter.Index)
                    .AppendValue((short)f.Partner.Country.Index)
                    .AppendValue((short)f.Period.StartYear)
                    .AppendValue((sbyte)f.Flow)
                    .AppendValue(f.Value.Amount)
                    .EndRow();
            }
        }

        return connection;
    }

    internal static decimal Query(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        int last = reader.FieldCount - 2;
        decimal check = 0;
        while (reader.Read())
        {
            check += (reader.IsDBNull(last) ? 0 : reader.GetDecimal(last)) - (reader.IsDBNull(last + 1) ? 0 : reader.GetDecimal(last + 1));
        }

        return check;
    }
}

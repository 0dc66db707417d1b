using TradeDomain.Aggregation;

namespace TradeDomain.Tests.Aggregation;

/// <summary>The one planner: which path a span of flows takes, from the one tuning record.</summary>
public sealed class EnginePlannerTests
{
    private static TradeFlow[] Flows(int n)
    {
        var rng = new Random(3);
        var countries = Country.All.Where(c => !c.IsFormer).ToArray();
        return [.. Enumerable.Range(0, n).Select(_ => new TradeFlow(countries[rng.Next(countries.Length)], countries[rng.Next(countries.Length)],
            Period.Year(rng.Next(2000, 2025)), (FlowDirection)rng.Next(2), new Money(rng.Next(1, 100_000) / 100m, Currency.USD), HsCode.Create(rng.Next(1, 100), HsLevel.Chapter)))];
    }

    private static EnginePath Path(TradeFlow[] flows, AggregationOptions options, out int threads) =>
        EnginePlanner.Choose(flows, new KeyCodec(options), out _, out threads);

    [Fact]
    public void ChoosesEachPathByTheTuningThresholds()
    {
        var tuning = EngineTuning.Current;
        var small = Flows(1000);
        var large = Flows(Math.Max(tuning.RangePartitionMinFlows, tuning.PartitionedDenseMinFlows) + 1);
        var byReporterYear = new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period };
        var byCommodity = new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Commodity };
        Assert.Equal(EnginePath.Empty, Path([], AggregationOptions.Default, out _));
        Assert.Equal(EnginePath.Dense, Path(small, byReporterYear, out int threads));
        Assert.Equal(1, threads);
        Assert.Equal(EnginePath.Hashed, Path(small, AggregationOptions.Default, out _)); // 2.4 M slots for 1 000 flows
        Assert.Equal(EnginePath.PartitionedDense, Path(large, AggregationOptions.Default, out _));
        Assert.Equal(EnginePath.Hashed, Path(small, byCommodity, out _));
        Assert.Equal(EnginePath.RangePartitioned, Path(large, byCommodity, out _));
        Assert.Equal(EnginePath.RangePartitioned, Path(large, AggregationOptions.Default with { GroupBy = TradeDimensions.Reporter | TradeDimensions.Transport }, out _));
        Assert.Equal(3, Path(large, byReporterYear with { MaxDegreeOfParallelism = 3 }, out threads) == EnginePath.Dense ? threads : -1);
    }
}

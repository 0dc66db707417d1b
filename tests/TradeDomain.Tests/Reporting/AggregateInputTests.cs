using TradeDomain.Aggregation;
using TradeDomain.Reporting;

namespace TradeDomain.Tests.Reporting;

/// <summary>Statements and tables written straight from aggregated trade flows.</summary>
public sealed class AggregateInputTests
{
    private static readonly Country KZ = Country.FromCode("KZ");
    private static readonly Country CN = Country.FromCode("CN");
    private static readonly Country RU = Country.FromCode("RU");

    private static TradeFlow Flow(Country partner, int year, FlowDirection direction, decimal billions) =>
        new(KZ, partner, Period.Year(year), direction, new Money(billions * 1_000_000_000m, Currency.USD));

    private static readonly TradeAggregate Aggregate = TradeAggregation.Aggregate(
    [
        Flow(CN, 2023, FlowDirection.Export, 15.2m), Flow(CN, 2023, FlowDirection.Import, 12.7m),
        Flow(CN, 2022, FlowDirection.Export, 13.2m), Flow(CN, 2022, FlowDirection.Import, 11.1m),
        Flow(RU, 2023, FlowDirection.Export, 9.1m), Flow(RU, 2023, FlowDirection.Import, 17.3m),
        Flow(Country.FromCode("US"), 2023, FlowDirection.Import, 2.3m),
    ]);

    [Fact]
    public void LevelTurnoverBalanceShares_FromRows()
    {
        var w = new ReleaseWriter();
        var key = Aggregate.Rows.Single(r => r.Key.Partner == CN && r.Key.Period == Period.Year(2023)).Key;
        Assert.Equal("Kazakhstan’s trade turnover with China in 2023 amounted to 27.9 billion US dollars, which is 14.8% more than the previous year (24.3 billion US dollars).",
            w.Level(Aggregate, key, GrowthBasis.SamePeriodPreviousYear, TradeMeasure.Turnover).Text);
        Aggregate.TryGet(key, out var row);
        Assert.Equal("In 2023, in Kazakhstan’s trade with China, exports amounted to 15.2 billion US dollars and imports to 12.7 billion US dollars; the trade surplus was 2.5 billion US dollars.",
            w.Balance(row).Text);
        Assert.Equal("In 2023, Kazakhstan’s trade with China reached a turnover of 27.9 billion US dollars: exports 15.2 billion US dollars, imports 12.7 billion US dollars.",
            w.Turnover(row).Text);
        Assert.Equal("The largest shares of Kazakhstan’s trade turnover in 2023 were those of China (49.3%) and Russia (46.6%).",
            w.Shares(Aggregate, KZ, Period.Year(2023), 2).Text);
        var table = ReportTable.PartnerSharesOf(Aggregate, KZ, Period.Year(2023), 2, TradeMeasure.Turnover);
        Assert.Equal([49.3m, 46.6m, 4.1m, 100m], table.Rows.Select(r => r.Figures[1]!.Printed));
        Assert.Equal(["China", "Russia", "Other", "Total"], table.Rows.Select(r => r.Label));
    }
}

namespace TradeDomain.Tests.Calculators;

public class GrowthTests
{
    [Fact]
    public void RatioBeyondDecimalsRange_IsNotMeaningful_AndDoesNotThrow()
    {
        // A base of 0.0000000000000000000001 against 79 000 000 000 000 000 000 000 000 000: the ratio has no decimal.
        var g = Growth.Between(PublishedNumber.Create(0.0000000000000000000001m, 22), PublishedNumber.Create(79_000_000_000_000_000_000_000_000_000m, 0));
        Assert.False(g.Rate.IsMeaningful);
        Assert.Contains("range of decimal", g.Rate.Reason, StringComparison.Ordinal);
        // The published number's own intervals are held at decimal's limit, not thrown.
        Assert.Equal(decimal.MaxValue, PublishedNumber.Create(decimal.MaxValue, 0).Interval.Upper);
        Assert.Equal(decimal.MaxValue, PublishedNumber.Create(79_000_000_000_000_000_000_000_000_000m, 0).CoarsestInterval.Upper);
    }

    private static decimal R(decimal d, int places) => Math.Round(d, places, MidpointRounding.AwayFromZero);

    [Fact]
    public void Seed_Growth_61_8_To_66_0()
    {
        var g = Growth.Between(ReportedAmount.Parse("61.8 billion US dollars"), ReportedAmount.Parse("66.0 billion US dollars"));
        Assert.Equal(6.796m, R(g.Rate.Value, 3));
        Assert.Equal(6.629m, R(g.Rate.Interval.Lower, 3));
        Assert.Equal(6.964m, R(g.Rate.Interval.Upper, 3));
        Assert.True(g.Rate.Interval.Contains(6.8m));
        Assert.Equal(GrowthDirection.Increase, g.Direction);
        Assert.Equal(4_200_000_000m, g.Change.Value);
        Assert.Equal(new DecimalInterval(4_100_000_000m, 4_300_000_000m), g.Change.Interval);
    }

    [Fact]
    public void Seed_Multiple_336_To_490()
    {
        var g = Growth.Between(ReportedAmount.Parse("$336 billion"), ReportedAmount.Parse("$490 billion"));
        Assert.Equal(1.4583m, R(g.Multiple.Value, 4));
        Assert.Equal(1.4547m, R(g.Multiple.Interval.Lower, 4));
        Assert.Equal(1.4620m, R(g.Multiple.Interval.Upper, 4));
        Assert.True(PublishedNumber.Parse("1.5").Interval.Overlaps(g.Multiple.Interval));
    }

    [Fact]
    public void Seed_Cagr_2019_To_2023()
    {
        var cagr = Growth.Cagr(ReportedAmount.Parse("$336 billion"), Period.Year(2019), ReportedAmount.Parse("$490 billion"), Period.Year(2023));
        Assert.Equal(9.89m, R(cagr.Value, 2));
        Assert.Equal(9.82m, R(cagr.Interval.Lower, 2));
        Assert.Equal(9.96m, R(cagr.Interval.Upper, 2));
        Assert.True(cagr.ErrorBound <= 1e-18m);
    }

    [Fact]
    public void Seed_KazakhstanShareOfScoTrade_WouldBe13_5()
    {
        // 66.0 of 490 is 13.5 %: the release's 3.3 % is a share of something else, which the text does not give.
        var share = Share.Of(ReportedAmount.Parse("66.0 billion US dollars").Value, ReportedAmount.Parse("$490 billion").Value);
        Assert.Equal(13.5m, R(share.Percentage.Value, 1));
    }

    [Theory]
    [InlineData(0, 5, "zero")]
    [InlineData(-3, 5, "negative")]
    public void ZeroOrNegativeBase_IsNotMeaningful(int from, int to, string reason)
    {
        var g = Growth.Between(from, to);
        Assert.False(g.IsMeaningful);
        Assert.Contains(reason, g.Rate.Reason);
        Assert.Throws<InvalidOperationException>(() => g.Rate.Value);
        Assert.Equal(to - from, g.Change.Value);
        Assert.False(Growth.Cagr(from, to, 3).IsMeaningful);
    }

    [Fact]
    public void BaseIntervalReachingZero_IsNotMeaningful()
    {
        var g = Growth.Between(PublishedNumber.Parse("0.4"), PublishedNumber.Parse("3"));
        Assert.True(g.IsMeaningful);
        var h = Growth.Between(PublishedNumber.Parse("0"), PublishedNumber.Parse("3"));
        Assert.False(h.IsMeaningful);
    }

    [Fact]
    public void MixedCurrencies_AndIncomparablePeriods_Throw()
    {
        Assert.Throws<CurrencyMismatchException>(() => Growth.Between(new Money(1, Currency.USD), new Money(2, Currency.EUR)));
        var e = Assert.Throws<ArgumentException>(() => Growth.Between(new Money(1, Currency.USD), Period.Quarter(2024, 1), new Money(2, Currency.USD), Period.Year(2024)));
        Assert.Contains("quarter", e.Message);
    }

    [Fact]
    public void PointChange_AndRelativeChange()
    {
        var from = Percentage.FromPercent(20);
        var to = Percentage.FromPercent(25);
        Assert.Equal(PercentagePoints.FromPoints(5), Growth.PointChange(from, to));
        Assert.Equal(25m, Growth.RelativeChange(from, to).Rate.Value);
    }

    [Fact]
    public void Chain_Annualize_Compound()
    {
        Assert.Equal(Percentage.FromPercent(21m), Growth.Chain(Percentage.FromPercent(10), Percentage.FromPercent(10)));
        Assert.Equal(Percentage.FromPercent(21m), Growth.Annualize(Percentage.FromPercent(10), 2));
        Assert.Equal(12.682503013196972m, Math.Round(Growth.Annualize(Percentage.FromPercent(1), 12).Value, 15));
        Assert.Equal(1.21m, Growth.Compound(Percentage.FromPercent(10), 2));
    }

    [Fact]
    public void Contributions_SumToTotalGrowth()
    {
        var c = Growth.Contributions([60m, 40m], [66m, 39m]);
        Assert.Equal([6m, -1m], c.Select(x => x.Value));
        Assert.Equal(5m, c.Sum(x => x.Value));
    }

    [Fact]
    public void Multiples_Parse()
    {
        Assert.Equal([1.5m], Multiple.Parse("1.5 times").Readings);
        Assert.Equal([1.5m, 2.5m], Multiple.Parse("1.5 times more").Readings);
        Assert.Equal([3m], Multiple.Parse("tripled").Readings);
        Assert.Equal([2.5m], Multiple.Parse("2.5-fold").Readings);
        Assert.Equal([1.5m], Multiple.Parse("в 1,5 раза").Readings);
        Assert.Equal([1.46m], Multiple.Parse("×1.46").Readings);
        Assert.Equal("в 5 раз", Multiple.Parse("в 5 раз").ToString());
        Assert.Equal("в 2 раза", Multiple.Parse("в 2 раза больше").ToString());
        Assert.Equal(new DecimalInterval(1.45m, 1.55m), Multiple.Parse("1.5 times").IntervalOf(1.5m));
        Assert.Throws<FormatException>(() => Multiple.Parse("many times"));
    }
}

using System.Text.Json;
using NodaTime;

namespace TradeDomain.Tests.Calculators;

public class SharesTests
{
    private static Money Usd(decimal d) => new(d, Currency.USD);

    [Fact]
    public void Share_KeepsPartAndWhole()
    {
        var s = Share.Of(Usd(646), Usd(1000));
        Assert.Equal(64.6m, s.Percentage.Value);
        Assert.Equal(Usd(354), s.Remainder);
        Assert.Equal("USD 646 of USD 1,000", s.ToString());
        Assert.Equal(s, Share.Parse(s.ToString()));
        Assert.Equal("64.6%", s.ToString("P1", null));
        Assert.Equal(s, JsonSerializer.Deserialize<Share>(JsonSerializer.Serialize(s)));
    }

    [Fact]
    public void Share_OutOfRange_SaysSo()
    {
        Assert.Contains("exceeds", Assert.Throws<ArgumentException>(() => Share.Of(Usd(2), Usd(1))).Message);
        Assert.Contains("negative", Assert.Throws<ArgumentException>(() => Share.Of(Usd(-1), Usd(1))).Message);
        Assert.Throws<CurrencyMismatchException>(() => Share.Of(Usd(1), new Money(2, Currency.EUR)));
    }

    [Fact]
    public void RoundToHundred_SumsExactly()
    {
        var shares = Shares.RoundToHundred([Usd(1), Usd(1), Usd(1)], 1);
        Assert.Equal([33.4m, 33.3m, 33.3m], shares.Select(s => s.Value));
        Assert.Equal(100m, shares.Sum(s => s.Value));
    }

    [Fact]
    public void RoundIndependently_DriftsWithinBound()
    {
        var exact = Shares.OfTotal([Usd(1), Usd(1), Usd(1)]).Select(s => s.Percentage).ToArray();
        var rounded = Shares.RoundIndependently(exact, 1);
        Assert.Equal(99.9m, rounded.Sum(s => s.Value));
        Assert.Equal(0.15m, Shares.MaxIndependentRoundingDrift(3, 1).Value);
    }

    [Fact]
    public void RoundToHundred_PartialList_Refused() =>
        Assert.Throws<ArgumentException>(() => Shares.RoundToHundred([Percentage.FromPercent(64.6m), Percentage.FromPercent(26.2m)], 1));

    [Fact]
    public void RestOfWorld_AndGroupShare()
    {
        var total = Usd(1000);
        Assert.Equal(Usd(92), Shares.RestOfWorld([Usd(646), Usd(262)], total).Part);
        var byPartner = new Dictionary<Country, Money>
        {
            [Country.FromCode("CN")] = Usd(500),
            [Country.FromCode("IR")] = Usd(100),
            [Country.FromCode("US")] = Usd(400),
        };
        Assert.Equal(60m, Shares.OfGroup(byPartner, total, CountryGroup.SCO, Period.Year(2023)).Percentage.Value);
        Assert.Equal(50m, Shares.OfGroup(byPartner, total, CountryGroup.SCO, Period.Year(2023), GroupMembershipBasis.Throughout).Percentage.Value);
    }

    [Fact]
    public void IndexNumbers_BaseIsHundred()
    {
        Assert.Equal([100m, 110m, 121m], IndexNumbers.FromValues([200m, 220m, 242m], 0));
        var rebased = IndexNumbers.Rebase([100m, 110m, 121m], 1);
        Assert.Equal(100m, rebased[1]);
        var series = new Dictionary<Period, decimal> { [Period.Year(2019)] = 336m, [Period.Year(2023)] = 490m };
        Assert.Equal(100m, IndexNumbers.FromValues(series, Period.Year(2019))[Period.Year(2019)]);
    }
}

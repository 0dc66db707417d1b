using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeDomain.Tests.Support;

namespace TradeDomain.Tests.Calculators;

public class CalculatorProperties
{
    private static readonly Gen<decimal> Positive = Gen.Choose(1, 100_000_000).Select(i => i / 100m);

    private static bool Close(decimal a, decimal b, decimal tolerance = 1e-18m) => Math.Abs(a - b) <= tolerance * Math.Max(1m, Math.Abs(a));

    [Property]
    public Property ChainedGrowth_EqualsGrowthOverSpan() =>
        Prop.ForAll(Positive.ToArbitrary(), Positive.ToArbitrary(), Positive.ToArbitrary(), (a, b, c) =>
            Close(Growth.Chain(Growth.Between(a, b).Percentage, Growth.Between(b, c).Percentage).Value, Growth.Between(a, c).Rate.Value, 1e-16m));

    [Property]
    public Property Cagr_CompoundedNTimes_GivesTotalMultiple() =>
        Prop.ForAll(Positive.ToArbitrary(), Positive.ToArbitrary(), Gen.Choose(1, 30).ToArbitrary(), (a, b, n) =>
        {
            var cagr = Growth.Cagr(a, b, n);
            return Close(Growth.Compound(Percentage.FromPercent(cagr.Value), n), b / a, 1e-15m);
        });

    [Property]
    public Property Growth_IsAntisymmetric() =>
        Prop.ForAll(Positive.ToArbitrary(), Positive.ToArbitrary(), (a, b) =>
            Close(Growth.Between(a, b).Percentage.ToFactor() * Growth.Between(b, a).Percentage.ToFactor(), 1m, 1e-20m));

    [Property]
    public Property Contributions_SumExactlyToTotalGrowth() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Zip(Positive, Positive)).Where(a => a.Length > 0).ToArbitrary(), pairs =>
        {
            decimal[] previous = [.. pairs.Select(p => p.Item1)], current = [.. pairs.Select(p => p.Item2)];
            var total = Math.Round((current.Sum() - previous.Sum()) * 100m / previous.Sum(), 18);
            return Growth.Contributions(previous, current).Sum(c => c.Value) == total;
        });

    [Property]
    public Property RoundToHundred_SumsTo100_AndEachWithinOneUnit() =>
        Prop.ForAll(Gen.ArrayOf(Positive).Where(a => a.Length > 0).ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (values, decimals) =>
        {
            var parts = values.Select(v => new Money(v, Currency.USD)).ToArray();
            var rounded = Shares.RoundToHundred(parts, decimals);
            decimal unit = 1m / Enumerable.Repeat(10m, decimals).Aggregate(1m, (x, y) => x * y);
            var exact = Shares.OfTotal(parts).Select(s => s.Percentage.Value).ToArray();
            return rounded.Sum(r => r.Value) == 100m && rounded.Select((r, i) => Math.Abs(r.Value - exact[i])).All(d => d < unit);
        });

    [Property]
    public Property IndependentRounding_DriftsWithinBound() =>
        Prop.ForAll(Gen.ArrayOf(Positive).Where(a => a.Length > 0).ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (values, decimals) =>
        {
            var exact = Shares.OfTotal([.. values.Select(v => new Money(v, Currency.USD))]).Select(s => s.Percentage).ToArray();
            var drift = Math.Abs(Shares.RoundIndependently(exact, decimals).Sum(s => s.Value) - 100m);
            return drift <= Shares.MaxIndependentRoundingDrift(values.Length, decimals).Value + 1e-20m;
        });

    [Property]
    public Property GrowthInterval_ContainsEveryTrueResult() =>
        Prop.ForAll(
            (from a in Gen.Choose(100, 99_999)
             from b in Gen.Choose(0, 99_999)
             from fa in Gen.Choose(0, 1000)
             from fb in Gen.Choose(0, 1000)
             select (a, b, fa, fb)).ToArbitrary(),
            t =>
            {
                var from = PublishedNumber.Create(t.a / 10m, 1);
                var to = PublishedNumber.Create(t.b / 10m, 1);
                // Any true values inside the published intervals, ends included.
                var trueFrom = from.Interval.Lower + (from.Interval.Width * t.fa / 1000m);
                var trueTo = to.Interval.Lower + (to.Interval.Width * t.fb / 1000m);
                var g = Growth.Between(from, to);
                var exact = Growth.Between(trueFrom, trueTo);
                return g.Rate.Interval.Contains(exact.Rate.Value) && g.Multiple.Interval.Contains(exact.Multiple.Value) && g.Change.Interval.Contains(exact.Change.Value);
            });

    [Property]
    public Property CagrInterval_ContainsEveryTrueResult() =>
        Prop.ForAll(
            (from a in Gen.Choose(100, 9_999)
             from b in Gen.Choose(100, 9_999)
             from fa in Gen.Choose(0, 1000)
             from fb in Gen.Choose(0, 1000)
             from years in Gen.Choose(1, 20)
             select (a, b, fa, fb, years)).ToArbitrary(),
            t =>
            {
                var from = PublishedNumber.Create(t.a, 0);
                var to = PublishedNumber.Create(t.b, 0);
                var trueFrom = from.Interval.Lower + (from.Interval.Width * t.fa / 1000m);
                var trueTo = to.Interval.Lower + (to.Interval.Width * t.fb / 1000m);
                var cagr = Growth.Cagr(from.Interval, from.Value, to.Interval, to.Value, t.years);
                return cagr.Interval.Contains(Growth.Cagr(trueFrom, trueTo, t.years).Value);
            });

    [Property]
    public Property PointChange_IsDifferenceOfShares() =>
        Prop.ForAll(Positive.ToArbitrary(), Positive.ToArbitrary(), Positive.ToArbitrary(), (a, b, extra) =>
        {
            var whole = new Money(a + b + extra, Currency.USD);
            var s1 = Share.Of(new Money(a, Currency.USD), whole).Percentage;
            var s2 = Share.Of(new Money(b, Currency.USD), whole).Percentage;
            return Growth.PointChange(s1, s2).Value == s2.Value - s1.Value;
        });

    [Property(Arbitrary = [typeof(Generators)])]
    public bool Percentage_ParseFormat_RoundTrips(decimal value) =>
        Percentage.Parse(Percentage.FromPercent(value).ToString()) == Percentage.FromPercent(value)
        && Percentage.Parse(Percentage.FromPercent(value).ToString("R", null)) == Percentage.FromPercent(value)
        && PercentagePoints.Parse(PercentagePoints.FromPoints(value).ToString("L", null)) == PercentagePoints.FromPoints(value)
        && PercentagePoints.Parse(PercentagePoints.FromPoints(value).ToString("R", null)) == PercentagePoints.FromPoints(value);

    [Property]
    public Property PublishedNumber_RoundTrips() =>
        Prop.ForAll(Generators.ExactDecimal(4).ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (v, extra) =>
        {
            var n = PublishedNumber.Create(v, v.Scale + extra);
            return PublishedNumber.Parse(n.ToString()) == n && PublishedNumber.Parse(n.ToString("N", null)) == n
                   && PublishedNumber.Parse(n.ToString("R", null), new System.Globalization.CultureInfo("ru-RU")) == n;
        });

    [Property]
    public Property Multiple_RoundTrips() =>
        // From 0.01: "0 times" is refused by Multiple.Create (a generator that drew 0 made the property fail about once a
        // hundred runs).
        Prop.ForAll(Gen.Choose(1, 10_000).ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), Gen.Elements(MultipleWording.Times, MultipleWording.TimesMore, MultipleWording.Fold, MultipleWording.Symbol, MultipleWording.Russian).ToArbitrary(), (v, d, w) =>
        {
            var m = Multiple.Create(PublishedNumber.Create(v / 100m, d + 2), w);
            return Multiple.Parse(m.ToString()) == m;
        });
}

using System.Globalization;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>
/// Growth arithmetic as trade publications use it: rates between two values, multiples, compound annual growth,
/// annualising, chaining, percentage-point changes and contributions to growth. Exact <see cref="decimal"/> wherever the
/// maths allows; roots (CAGR over a non-whole number of years) use <see cref="double"/> with a stated error bound.
/// </summary>
/// <remarks>
/// Every calculation also takes values that carry a published resolution (<see cref="ReportedAmount"/>,
/// <see cref="PublishedNumber"/>) and returns, besides the point value, the interval of all results consistent with
/// the inputs' rounding — conservatively: the true result is never outside it. Growth from 61.8 to 66.0 (±0.05) is
/// 6.796 % in [6.629 %, 6.964 %].
/// </remarks>
public static class Growth
{
    /// <summary>Growth between two exact numbers.</summary>
    public static GrowthResult Between(decimal from, decimal to) =>
        Between(DecimalInterval.Point(from), from, DecimalInterval.Point(to), to);

    /// <summary>Growth between two exact amounts of one currency.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ: growth is measured in one currency only.</exception>
    public static GrowthResult Between(Money from, Money to)
    {
        CheckCurrency(from, to);
        return Between(from.Amount, to.Amount);
    }

    /// <summary>Growth between two amounts of comparable periods (a quarter and a year are not comparable).</summary>
    /// <exception cref="ArgumentException">The periods are not comparable.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static GrowthResult Between(Money from, Period fromPeriod, Money to, Period toPeriod)
    {
        Period.EnsureComparable(fromPeriod, toPeriod);
        return Between(from, to);
    }

    /// <summary>Growth between two published amounts, with the interval their rounding allows.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static GrowthResult Between(ReportedAmount from, ReportedAmount to)
    {
        CheckCurrency(from.Value, to.Value);
        return Between(from.Interval, from.Value.Amount, to.Interval, to.Value.Amount);
    }

    /// <summary>Growth between two published numbers, with the interval their rounding allows.</summary>
    public static GrowthResult Between(PublishedNumber from, PublishedNumber to) =>
        Between(from.Interval, from.Value, to.Interval, to.Value);

    /// <summary>Growth between values known to lie in intervals; the points are the values as given.</summary>
    /// <exception cref="ArgumentException">A point lies outside its interval.</exception>
    public static GrowthResult Between(DecimalInterval from, decimal fromPoint, DecimalInterval to, decimal toPoint)
    {
        Preconditions.CheckArgument(from.Contains(fromPoint), nameof(fromPoint), $"{Inv(fromPoint)} lies outside {from}.");
        Preconditions.CheckArgument(to.Contains(toPoint), nameof(toPoint), $"{Inv(toPoint)} lies outside {to}.");
        Estimate change;
        try
        {
            change = Estimate.Of(toPoint - fromPoint, to - from);
        }
        catch (OverflowException)
        {
            change = Estimate.NotMeaningful("the change exceeds the range of decimal");
        }

        try
        {
            if (!TryRatio(from, fromPoint, to, toPoint, out var ratio, out var reason))
            {
                return new GrowthResult(fromPoint, toPoint, change, Estimate.NotMeaningful(reason), Estimate.NotMeaningful(reason));
            }

            var rate = Estimate.Of((ratio.Value - 1m) * 100m, new DecimalInterval((ratio.Interval.Lower - 1m) * 100m, (ratio.Interval.Upper - 1m) * 100m));
            return new GrowthResult(fromPoint, toPoint, change, rate, ratio);
        }
        catch (OverflowException)
        {
            const string tooLarge = "the ratio exceeds the range of decimal (a base of almost nothing against a large value)";
            return new GrowthResult(fromPoint, toPoint, change, Estimate.NotMeaningful(tooLarge), Estimate.NotMeaningful(tooLarge));
        }
    }

    /// <summary>The multiple to / from with its interval, or why there is none (a base interval that reaches zero or below).</summary>
    private static bool TryRatio(DecimalInterval from, decimal fromPoint, DecimalInterval to, decimal toPoint, out Estimate ratio, out string reason)
    {
        ratio = default;
        if (fromPoint == 0)
        {
            reason = "the base value is zero, so a growth rate or multiple does not exist";
            return false;
        }

        if (fromPoint < 0)
        {
            reason = $"the base value {Inv(fromPoint)} is negative, so a growth rate is not meaningful (compare the absolute change)";
            return false;
        }

        if (from.Lower <= 0)
        {
            reason = $"the base value's interval {from} reaches zero, so the growth rate is unbounded";
            return false;
        }

        decimal point = toPoint / fromPoint;
        if (from.Width == 0 && to.Width == 0)
        {
            ratio = Estimate.Of(point, Estimate.Outward(point, point));
            reason = "";
            return true;
        }

        // b/a is monotone in each variable while a > 0: its extremes are at the corners.
        decimal c1 = to.Lower / from.Lower, c2 = to.Lower / from.Upper, c3 = to.Upper / from.Lower, c4 = to.Upper / from.Upper;
        ratio = Estimate.Of(point, Estimate.Outward(Math.Min(Math.Min(c1, c2), Math.Min(c3, c4)), Math.Max(Math.Max(c1, c2), Math.Max(c3, c4))));
        reason = "";
        return true;
    }

    /// <summary>Compound annual growth rate in percent over <paramref name="years"/> years: (to / from)^(1/years) − 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is not positive.</exception>
    public static Estimate Cagr(decimal from, decimal to, decimal years) =>
        Cagr(DecimalInterval.Point(from), from, DecimalInterval.Point(to), to, years);

    /// <summary>CAGR between amounts of two comparable periods; years come from <see cref="Period.YearsBetween"/>
    /// (2019 → 2023 is 4 years, not 5).</summary>
    /// <exception cref="ArgumentException">The periods are not comparable or not in order.</exception>
    public static Estimate Cagr(ReportedAmount from, Period fromPeriod, ReportedAmount to, Period toPeriod)
    {
        CheckCurrency(from.Value, to.Value);
        return Cagr(from.Interval, from.Value.Amount, to.Interval, to.Value.Amount, Period.YearsBetween(fromPeriod, toPeriod));
    }

    /// <summary>CAGR between exact amounts of two comparable periods.</summary>
    public static Estimate Cagr(Money from, Period fromPeriod, Money to, Period toPeriod)
    {
        CheckCurrency(from, to);
        return Cagr(from.Amount, to.Amount, Period.YearsBetween(fromPeriod, toPeriod));
    }

    /// <summary>CAGR between published numbers of two comparable periods.</summary>
    public static Estimate Cagr(PublishedNumber from, Period fromPeriod, PublishedNumber to, Period toPeriod) =>
        Cagr(from.Interval, from.Value, to.Interval, to.Value, Period.YearsBetween(fromPeriod, toPeriod));

    /// <summary>CAGR between values known to lie in intervals. For whole years the root is refined in decimal (error
    /// below 10⁻¹⁸ %); otherwise it is a <see cref="double"/> power (error below 10⁻¹⁰ %). The interval is widened by that
    /// bound, which <see cref="Estimate.ErrorBound"/> states.</summary>
    public static Estimate Cagr(DecimalInterval from, decimal fromPoint, DecimalInterval to, decimal toPoint, decimal years)
    {
        if (years <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, "The number of years must be positive; the end period must come after the start period.");
        }

        if (!TryRatio(from, fromPoint, to, toPoint, out var ratio, out var reason))
        {
            return Estimate.NotMeaningful(reason);
        }

        if (ratio.Value <= 0 || ratio.Interval.Lower <= 0)
        {
            return Estimate.NotMeaningful("the end value is zero or negative, so no compound rate leads to it");
        }

        decimal bound = decimal.Truncate(years) == years && years <= 1000 ? 1e-18m : 1e-10m;
        decimal Rate(decimal r) => (Root(r, years) - 1m) * 100m;
        var interval = new DecimalInterval(Rate(ratio.Interval.Lower) - bound, Rate(ratio.Interval.Upper) + bound);
        return Estimate.Of(Rate(ratio.Value), interval, bound);
    }

    /// <summary>r^(1/n): a double estimate refined by Newton's method in decimal when n is a whole number.</summary>
    internal static decimal Root(decimal r, decimal n)
    {
        double estimate = Math.Pow((double)r, 1.0 / (double)n);
        decimal x = (decimal)estimate;
        if (decimal.Truncate(n) != n || n > 1000)
        {
            return x;
        }

        int k = (int)n;
        for (int i = 0; i < 4; i++)
        {
            decimal power = Power(x, k - 1);
            x -= ((power * x) - r) / (k * power);
        }

        return x;
    }

    /// <summary>x^k for a whole k ≥ 0 by repeated squaring (exact to decimal's 28 digits).</summary>
    internal static decimal Power(decimal x, int k)
    {
        decimal result = 1m;
        while (k > 0)
        {
            if ((k & 1) == 1)
            {
                result *= x;
            }

            k >>= 1;
            if (k > 0)
            {
                x *= x;
            }
        }

        return result;
    }

    /// <summary>The total multiple after compounding a rate for a whole number of periods ((1 + g)^n).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is below −100 % (not meaningful: nothing falls by more than
    /// all of itself), or <paramref name="periods"/> is outside 0–10 000.</exception>
    public static decimal Compound(Percentage rate, int periods)
    {
        CheckMeaningful(rate, nameof(rate));
        Preconditions.CheckArgumentRange(periods, 0, 10_000);
        return Power(rate.ToFactor(), periods);
    }

    /// <summary>Chains successive growth rates: (1 + g1)(1 + g2)… − 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A rate is below −100 % (not meaningful).</exception>
    public static Percentage Chain(params ReadOnlySpan<Percentage> rates)
    {
        decimal factor = 1m;
        foreach (var g in rates)
        {
            CheckMeaningful(g, nameof(rates));
            factor *= g.ToFactor();
        }

        return Percentage.FromRatio(factor - 1m);
    }

    /// <summary>Annualises a rate measured over one of <paramref name="periodsPerYear"/> periods (12 for monthly, 4 for
    /// quarterly growth): (1 + g)^periodsPerYear − 1, exact decimal.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is below −100 % (not meaningful), or
    /// <paramref name="periodsPerYear"/> is outside 1–366.</exception>
    public static Percentage Annualize(Percentage periodRate, int periodsPerYear)
    {
        CheckMeaningful(periodRate, nameof(periodRate));
        Preconditions.CheckArgumentRange(periodsPerYear, 1, 366);
        return Percentage.FromRatio(Power(periodRate.ToFactor(), periodsPerYear) - 1m);
    }

    /// <summary>A growth rate below −100 % would take a value below zero: compounding, chaining or annualising it gives a
    /// number ((−300 %, 2 periods) → +300 %) that means nothing, so it is refused.</summary>
    private static void CheckMeaningful(Percentage rate, string paramName)
    {
        if (rate.Value < -100m)
        {
            throw new ArgumentOutOfRangeException(paramName, rate,
                $"A growth rate of {rate} is not meaningful: nothing can fall by more than 100 % of itself, so it cannot be compounded, chained or annualised.");
        }
    }

    /// <summary>The change of a share or rate in percentage points (20 % → 25 %: 5 pp).</summary>
    public static PercentagePoints PointChange(Percentage from, Percentage to) => to - from;

    /// <summary>The relative change of a rate (20 % → 25 %: +25 %), which with <see cref="PointChange"/> gives both
    /// readings of "rose from 20 % to 25 %".</summary>
    public static GrowthResult RelativeChange(Percentage from, Percentage to) => Between(from.Value, to.Value);

    /// <summary>
    /// Each component's contribution to the growth of their total, in percentage points: (current − previous) / total
    /// previous · 100, at 18 decimals. The contributions add up exactly to the total's growth rate at 18 decimals (the
    /// rounding residue is carried by the largest contribution).
    /// </summary>
    /// <exception cref="ArgumentException">The lists differ in length or are empty, or the previous total is not positive.</exception>
    public static PercentagePoints[] Contributions(IReadOnlyList<decimal> previous, IReadOnlyList<decimal> current)
    {
        Preconditions.CheckNotNull(previous);
        Preconditions.CheckNotNull(current);
        Preconditions.CheckArgument(previous.Count == current.Count && previous.Count > 0, nameof(current),
            $"Need one current value per previous value ({previous.Count} previous, {current.Count} current).");
        decimal before = previous.Sum(), after = current.Sum();
        Preconditions.CheckArgument(before > 0, nameof(previous), $"The previous total {Inv(before)} must be positive for contributions to growth.");
        var result = new decimal[previous.Count];
        decimal sum = 0m;
        int largest = 0;
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Math.Round((current[i] - previous[i]) * 100m / before, ContributionDecimals);
            sum += result[i];
            if (Math.Abs(result[i]) > Math.Abs(result[largest]))
            {
                largest = i;
            }
        }

        result[largest] += Math.Round((after - before) * 100m / before, ContributionDecimals) - sum;
        return [.. result.Select(PercentagePoints.FromPoints)];
    }

    private const int ContributionDecimals = 18;

    /// <summary>Contributions of amounts of one currency.</summary>
    public static PercentagePoints[] Contributions(IReadOnlyList<Money> previous, IReadOnlyList<Money> current)
    {
        Preconditions.CheckNotNull(previous);
        Preconditions.CheckNotNull(current);
        var currency = previous.Count > 0 ? previous[0].Currency : default;
        foreach (var m in previous.Concat(current))
        {
            if (m.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, m.Currency);
            }
        }

        return Contributions([.. previous.Select(m => m.Amount)], [.. current.Select(m => m.Amount)]);
    }

    private static void CheckCurrency(Money from, Money to)
    {
        if (from.Currency != to.Currency || from.IsDefault)
        {
            throw from.IsDefault || to.IsDefault
                ? new InvalidOperationException("default(Money) has no currency; growth needs two amounts of one currency.")
                : new CurrencyMismatchException(from.Currency, to.Currency);
        }
    }

    private static string Inv(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}

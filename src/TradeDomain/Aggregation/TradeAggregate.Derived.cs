using TradeDomain.Utility;

namespace TradeDomain.Aggregation;

/// <summary>What a derived figure is computed from.</summary>
public enum TradeMeasure
{
    /// <summary>Exports + imports.</summary>
    Turnover = 0,

    /// <summary>Exports.</summary>
    Exports = 1,

    /// <summary>Imports.</summary>
    Imports = 2,

    /// <summary>Exports − imports.</summary>
    Balance = 3,

    /// <summary>Every direction together.</summary>
    Total = 4,
}

/// <summary>Which period growth is measured against.</summary>
public enum GrowthBasis
{
    /// <summary>The period just before, of the same length (2023-Q4 against 2023-Q3).</summary>
    PreviousPeriod = 0,

    /// <summary>The same period a year earlier (2023-Q4 against 2022-Q4).</summary>
    SamePeriodPreviousYear = 1,
}

/// <summary>A partner's share of a reporter's trade.</summary>
/// <param name="Partner">The partner.</param>
/// <param name="Share">The partner's value of the reporter's total, both kept.</param>
public sealed record PartnerShare(TradePartner Partner, Share Share);

public sealed partial class TradeAggregate
{
    /// <summary>The measure of a row.</summary>
    public static Money Measure(AggregateRow row, TradeMeasure measure) => measure switch
    {
        TradeMeasure.Exports => row.Exports,
        TradeMeasure.Imports => row.Imports,
        TradeMeasure.Balance => row.Balance,
        TradeMeasure.Total => row.Total,
        _ => row.Turnover,
    };

    /// <summary>The totals of every group whose key passes <paramref name="filter"/>, added exactly.</summary>
    public AggregateRow Sum(Func<GroupKey, bool> filter)
    {
        Preconditions.CheckNotNull(filter);
        var total = new ExactSum[4];
        long count = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (filter(Codec.Decode(keys[i])))
            {
                for (int d = 0; d < 4; d++)
                {
                    total[d].Add(Cell((i * 4) + d));
                }

                count += counts[i];
            }
        }

        return Row(default, total, count, "the selected groups");
    }

    /// <summary>
    /// Each partner's share of <paramref name="reporter"/>'s trade in <paramref name="period"/>, largest first; the parts
    /// add up exactly to the whole. Needs grouping by reporter, partner and period.
    /// </summary>
    /// <remarks>Indexed: the first partner query builds an index of the rows by reporter and period (once); each query
    /// then costs a binary search and the reporter's rows in that period.</remarks>
    /// <exception cref="InvalidOperationException">The aggregate is not grouped by reporter, partner and period; or a
    /// partner's total is negative (its flows net to less than zero); the message names it.</exception>
    /// <exception cref="OverflowException">A partner's or the reporter's total exceeds the decimal range; the message says whose.</exception>
    /// <exception cref="ArgumentException">The measure is <see cref="TradeMeasure.Balance"/>.</exception>
    public IReadOnlyList<PartnerShare> PartnerShares(Country reporter, Period period, TradeMeasure measure = TradeMeasure.Turnover)
    {
        if (measure == TradeMeasure.Balance)
        {
            throw new ArgumentException(
                "Partner shares of a balance make no sense: balances are negative for some partners, so the parts do not make up a whole. Use Exports, Imports, Turnover or Total.",
                nameof(measure));
        }

        var byPartner = ByPartner(reporter, period, measure);
        Money whole;
        try
        {
            whole = Money.Sum([.. byPartner.Values], Currency);
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"The {measure.ToString().ToLowerInvariant()} of {reporter} with all its partners in {period} exceeds what decimal can hold (about ±7.9 × 10²⁸), so its partner shares cannot be worked out exactly.", e);
        }

        if (whole.Amount <= 0)
        {
            return [];
        }

        // A partner whose flows net to less than zero (corrections larger than the flows they correct) has no share of a
        // gross whole; it is named, never left out.
        foreach (var (partner, value) in byPartner)
        {
            if (value.Amount < 0)
            {
                throw new InvalidOperationException(
                    $"The {measure.ToString().ToLowerInvariant()} of {reporter} with {partner} in {period} is negative ({value}): its flows net to less than zero, so it has no share of a gross whole. Correct or set apart the negative rows before taking partner shares.");
            }
        }

        return [.. byPartner.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => new PartnerShare(kv.Key, Share.Of(kv.Value, whole)))];
    }

    /// <summary>The partner shares rounded to <paramref name="decimals"/> places so that they add up to exactly 100
    /// (largest remainder), largest first.</summary>
    public IReadOnlyList<(TradePartner Partner, Percentage Share)> RoundedPartnerShares(Country reporter, Period period, int decimals, TradeMeasure measure = TradeMeasure.Turnover)
    {
        var shares = PartnerShares(reporter, period, measure);
        if (shares.Count == 0)
        {
            return [];
        }

        var rounded = Shares.RoundToHundred([.. shares.Select(s => s.Share.Part)], decimals);
        return [.. shares.Select((s, i) => (s.Partner, rounded[i]))];
    }

    /// <summary>The <paramref name="count"/> largest partners of a reporter in a period, with their totals.</summary>
    public IReadOnlyList<(TradePartner Partner, Money Value)> TopPartners(Country reporter, Period period, int count, TradeMeasure measure = TradeMeasure.Turnover)
    {
        Preconditions.CheckArgumentRange(count, 0, int.MaxValue);
        return [.. ByPartner(reporter, period, measure).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(count).Select(kv => (kv.Key, kv.Value))];
    }

    /// <summary>A reporter's trade with the countries that were members of <paramref name="group"/> at the end of the
    /// period (the SCO members of 2023).</summary>
    public Money GroupTotal(Country reporter, Period period, CountryGroup group, TradeMeasure measure = TradeMeasure.Turnover)
    {
        Preconditions.CheckNotNull(group);
        var members = group.MembersAt(period.End).ToHashSet();
        var values = ByPartner(reporter, period, measure).Where(kv => kv.Key.IsCountry && members.Contains(kv.Key.Country)).Select(kv => kv.Value);
        return Money.Sum([.. values], Currency);
    }

    /// <summary>Growth of a group's measure against the previous period or the same period a year earlier (the other
    /// key parts equal). A group absent in the base period has a base of zero: not meaningful.</summary>
    /// <exception cref="InvalidOperationException">The aggregate is not grouped by period.</exception>
    public GrowthResult Growth(GroupKey key, GrowthBasis basis = GrowthBasis.SamePeriodPreviousYear, TradeMeasure measure = TradeMeasure.Turnover)
    {
        if (!Codec.Has(TradeDimensions.Period))
        {
            throw new InvalidOperationException("Growth needs an aggregate grouped by period.");
        }

        var baseKey = key with { Period = basis == GrowthBasis.PreviousPeriod ? key.Period.Previous() : key.Period.SamePeriodPreviousYear() };
        var current = TryGet(key, out var now) ? Measure(now, measure) : Money.Zero(Currency);
        var previous = TryGet(baseKey, out var then) ? Measure(then, measure) : Money.Zero(Currency);
        return TradeDomain.Growth.Between(previous, current);
    }

    private Dictionary<TradePartner, Money> ByPartner(Country reporter, Period period, TradeMeasure measure)
    {
        if (!Codec.Has(TradeDimensions.Reporter) || !Codec.Has(TradeDimensions.Partner) || !Codec.Has(TradeDimensions.Period))
        {
            throw new InvalidOperationException("Partner figures need an aggregate grouped by reporter, partner and period.");
        }

        var result = new Dictionary<TradePartner, Money>();
        foreach (long entry in RowsOf(reporter, period))
        {
            var row = RowAt(unchecked((int)(uint)entry));
            if (row.Key.Reporter == reporter && row.Key.Period == period)
            {
                var value = Measure(row, measure);
                result[row.Key.Partner] = result.TryGetValue(row.Key.Partner, out var sum) ? sum + value : value;
            }
        }

        return result;
    }
}

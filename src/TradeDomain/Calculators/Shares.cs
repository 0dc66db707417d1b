using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>Which members of a group count for a period: those at its end, those throughout, or any during it.</summary>
public enum GroupMembershipBasis
{
    /// <summary>Members on the period's last day (the usual basis: "trade with the SCO countries in 2023").</summary>
    AtPeriodEnd = 1,

    /// <summary>Members on every day of the period.</summary>
    Throughout = 2,

    /// <summary>Members on at least one day of the period.</summary>
    AtAnyTime = 3,
}

/// <summary>
/// Shares of a whole: from parts, of a group's total, the rest-of-world remainder, and rounding a set of shares so it
/// adds up to exactly 100 — or rounding each independently as publications usually do, with the bound on how far that
/// sum may drift.
/// </summary>
public static class Shares
{
    /// <summary>The share of each part in <paramref name="whole"/>.</summary>
    /// <exception cref="ArgumentException">A part is negative or exceeds the whole, or the parts add up to more than the whole.</exception>
    public static Share[] Of(IReadOnlyList<Money> parts, Money whole)
    {
        Preconditions.CheckNotNull(parts);
        var total = Money.Sum([.. parts], whole.Currency);
        Preconditions.CheckArgument(total <= whole, nameof(parts), $"The parts add up to {total}, more than the whole {whole}.");
        return [.. parts.Select(p => Share.Of(p, whole))];
    }

    /// <summary>The share of each part in their sum.</summary>
    /// <exception cref="ArgumentException">No parts, a negative part, or a zero sum.</exception>
    public static Share[] OfTotal(IReadOnlyList<Money> parts)
    {
        Preconditions.CheckNotNull(parts);
        Preconditions.CheckArgument(parts.Count > 0, nameof(parts), "At least one part is needed.");
        var total = Money.Sum([.. parts]);
        return [.. parts.Select(p => Share.Of(p, total))];
    }

    /// <summary>What the listed parts leave of the whole: the rest of the world.</summary>
    /// <exception cref="ArgumentException">The parts add up to more than the whole.</exception>
    public static Share RestOfWorld(IReadOnlyList<Money> parts, Money whole)
    {
        Preconditions.CheckNotNull(parts);
        var listed = Money.Sum([.. parts], whole.Currency);
        Preconditions.CheckArgument(listed <= whole, nameof(parts), $"The listed parts add up to {listed}, more than the whole {whole}; the remainder would be negative.");
        return Share.Of(whole - listed, whole);
    }

    /// <summary>
    /// The share of a group's members in <paramref name="total"/>, membership taken for <paramref name="period"/> on the
    /// given basis: e.g. a reporter's trade with the SCO members of 2023.
    /// </summary>
    /// <param name="byPartner">The value for each partner (partners outside the group are ignored).</param>
    /// <param name="total">The whole (the reporter's total trade).</param>
    /// <param name="group">The group.</param>
    /// <param name="period">The period whose membership counts.</param>
    /// <param name="basis">Members at the period's end (default), throughout it, or at any time in it.</param>
    public static Share OfGroup(IEnumerable<KeyValuePair<Country, Money>> byPartner, Money total, CountryGroup group, Period period,
        GroupMembershipBasis basis = GroupMembershipBasis.AtPeriodEnd)
    {
        Preconditions.CheckNotNull(byPartner);
        Preconditions.CheckNotNull(group);
        var members = basis switch
        {
            GroupMembershipBasis.AtPeriodEnd => group.MembersAt(period.End),
            GroupMembershipBasis.Throughout => group.MembersDuring(period).Throughout,
            GroupMembershipBasis.AtAnyTime => group.MembersDuring(period).AtAnyTime,
            _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown membership basis."),
        };
        var set = members.ToHashSet();
        var inGroup = Money.Sum([.. byPartner.Where(kv => set.Contains(kv.Key)).Select(kv => kv.Value)], total.Currency);
        return Share.Of(inGroup, total);
    }

    /// <summary>
    /// Rounds the shares of <paramref name="parts"/> in their sum to <paramref name="decimals"/> places so that they add
    /// up to exactly 100 (largest-remainder / Hamilton method): each is its exact share rounded down, and the units left
    /// go to the largest remainders (ties to the earlier part). Each result is within one unit of the last decimal of its
    /// exact share.
    /// </summary>
    public static Percentage[] RoundToHundred(IReadOnlyList<Money> parts, int decimals)
    {
        Preconditions.CheckNotNull(parts);
        Preconditions.CheckArgument(parts.Count > 0, nameof(parts), "At least one part is needed.");
        var total = Money.Sum([.. parts]);
        Preconditions.CheckArgument(parts.All(p => p.Amount >= 0) && total.Amount > 0, nameof(parts), "Parts must be non-negative with a positive sum.");
        return RoundWeights([.. parts.Select(p => p.Amount)], total.Amount, decimals);
    }

    /// <summary>Rounds shares that add up to 100 (to within 10⁻¹⁸) so that the rounded ones add up to exactly 100.</summary>
    /// <exception cref="ArgumentException">The shares do not add up to 100 or one is negative: a partial list cannot be
    /// forced to 100 (add the rest-of-world share first).</exception>
    public static Percentage[] RoundToHundred(IReadOnlyList<Percentage> shares, int decimals)
    {
        Preconditions.CheckNotNull(shares);
        Preconditions.CheckArgument(shares.Count > 0, nameof(shares), "At least one share is needed.");
        for (int i = 0; i < shares.Count; i++)
        {
            Preconditions.CheckArgument(shares[i].Value >= 0, nameof(shares), $"Share [{i}] is {shares[i]}, negative; shares to round to 100 must each be 0 or more.");
        }

        decimal sum = shares.Sum(s => s.Value);
        Preconditions.CheckArgument(Math.Abs(sum - 100m) <= 1e-18m, nameof(shares),
            $"The shares add up to {sum.ToString(System.Globalization.CultureInfo.InvariantCulture)}, not 100; a partial list cannot be rounded to 100 (add the remainder first).");
        return RoundWeights([.. shares.Select(s => s.Value)], sum, decimals);
    }

    private static Percentage[] RoundWeights(decimal[] weights, decimal sum, int decimals)
    {
        Preconditions.CheckArgumentRange(decimals, 0, 20);
        decimal scale = AmountText.Pow10(decimals);
        var units = LargestRemainder.Apportion(100m * scale, weights, sum);
        return [.. units.Select(u => Percentage.FromPercent(u / scale))];
    }

    /// <summary>Each share rounded on its own (half away from zero), as publications usually print them; their sum may
    /// drift from 100 by up to <see cref="MaxIndependentRoundingDrift"/>.</summary>
    public static Percentage[] RoundIndependently(IReadOnlyList<Percentage> shares, int decimals)
    {
        Preconditions.CheckNotNull(shares);
        Preconditions.CheckArgumentRange(decimals, 0, 20);
        return [.. shares.Select(s => s.Round(decimals))];
    }

    /// <summary>The most that <paramref name="count"/> independently rounded shares at <paramref name="decimals"/> places
    /// can add up to above or below their exact sum: count · ½ · 10^−decimals (5 shares at 1 decimal: 0.25 pp).</summary>
    public static PercentagePoints MaxIndependentRoundingDrift(int count, int decimals)
    {
        Preconditions.CheckArgumentRange(count, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(decimals, 0, 20);
        return PercentagePoints.FromPoints(count * 0.5m / AmountText.Pow10(decimals));
    }
}

/// <summary>Index numbers: a series expressed against a base period = 100, and rebasing.</summary>
public static class IndexNumbers
{
    /// <summary>Each value as an index with the value at <paramref name="baseIndex"/> = 100.</summary>
    /// <exception cref="ArgumentException">The series is empty, or the base value is zero or negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseIndex"/> is not a position in the series.</exception>
    public static decimal[] FromValues(IReadOnlyList<decimal> values, int baseIndex) =>
        Index(Preconditions.CheckNotNull(values), baseIndex, nameof(values), nameof(baseIndex));

    private static decimal[] Index(IReadOnlyList<decimal> values, int baseIndex, string valuesName, string indexName)
    {
        Preconditions.CheckArgument(values.Count > 0, valuesName, "The series is empty; an index needs at least the base value.");
        if (baseIndex < 0 || baseIndex >= values.Count)
        {
            throw new ArgumentOutOfRangeException(indexName, baseIndex, $"The base position {baseIndex} is outside the series of {values.Count} values (0 to {values.Count - 1}).");
        }

        decimal b = values[baseIndex];
        Preconditions.CheckArgument(b > 0, valuesName, $"The base value {b} must be positive.");
        return [.. values.Select(v => v * 100m / b)];
    }

    /// <summary>A series keyed by period as an index with <paramref name="basePeriod"/> = 100.</summary>
    /// <exception cref="ArgumentException">The base period is missing or its value is not positive.</exception>
    public static IReadOnlyDictionary<Period, decimal> FromValues(IReadOnlyDictionary<Period, decimal> values, Period basePeriod)
    {
        Preconditions.CheckNotNull(values);
        Preconditions.CheckArgument(values.TryGetValue(basePeriod, out var b), nameof(basePeriod), $"The series has no value for the base period {basePeriod}.");
        Preconditions.CheckArgument(b > 0, nameof(values), $"The base value {b} must be positive.");
        return values.ToDictionary(kv => kv.Key, kv => kv.Value * 100m / b);
    }

    /// <summary>Rebases an index series so that the value at <paramref name="newBaseIndex"/> becomes 100.</summary>
    /// <exception cref="ArgumentException">The series is empty, or the new base value is zero or negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="newBaseIndex"/> is not a position in the series.</exception>
    public static decimal[] Rebase(IReadOnlyList<decimal> indices, int newBaseIndex) =>
        Index(Preconditions.CheckNotNull(indices), newBaseIndex, nameof(indices), nameof(newBaseIndex));
}

using TradeDomain.Utility;

namespace TradeDomain;

public readonly partial struct Money
{
    /// <summary>
    /// Splits the amount into <paramref name="parts"/> amounts at <paramref name="decimals"/> places that add up exactly
    /// to it and differ from each other by at most one unit of the last place (the earlier parts get the extra units).
    /// </summary>
    /// <param name="parts">How many parts, at least 1.</param>
    /// <param name="decimals">The precision of the parts; null means the currency's minor unit.</param>
    /// <exception cref="ArgumentException">The amount has more decimals than <paramref name="decimals"/>, so no split
    /// at that precision can add up to it; or the currency has no minor unit and no precision was given.</exception>
    public Money[] Split(int parts, int? decimals = null)
    {
        Preconditions.CheckArgumentRange(parts, 1, 1_000_000);
        var weights = new decimal[parts];
        weights.AsSpan().Fill(1m);
        return Allocate(weights, decimals);
    }

    /// <summary>
    /// Allocates the amount in proportion to <paramref name="weights"/> by the largest-remainder method at
    /// <paramref name="decimals"/> places: every part is its exact share rounded down to that precision, and the units
    /// left over go to the parts with the largest remainders (ties to the earlier part). The parts add up exactly to
    /// the amount and each is within one unit of its exact share.
    /// </summary>
    /// <exception cref="ArgumentException">A weight is negative, all weights are zero, the amount has more decimals than
    /// <paramref name="decimals"/>, or the currency has no minor unit and no precision was given.</exception>
    public Money[] Allocate(IReadOnlyList<decimal> weights, int? decimals = null)
    {
        Preconditions.CheckNotNull(weights);
        Preconditions.CheckArgument(weights.Count > 0, nameof(weights), "At least one weight is needed.");
        var currency = CheckNotDefault(this);
        int places = decimals ?? currency.MinorUnits
            ?? throw new ArgumentException($"{currency} has no minor unit; give the number of decimals to allocate at.", nameof(decimals));
        Preconditions.CheckArgumentRange(places, 0, 28, nameof(decimals));

        decimal unit = 1m / AmountText.Pow10(places);
        decimal totalUnits = Amount / unit;
        if (decimal.Truncate(totalUnits) != totalUnits)
        {
            throw new ArgumentException($"The amount {AmountInvariant} {currency} has more than {places} decimals, so parts at {places} decimals cannot add up to it; round it first or allocate at more decimals.", nameof(decimals));
        }

        decimal weightSum = 0m;
        foreach (var w in weights)
        {
            Preconditions.CheckArgument(w >= 0, nameof(weights), $"Weight {w} is negative; weights must be zero or positive.");
            weightSum += w;
        }

        Preconditions.CheckArgument(weightSum > 0, nameof(weights), "The weights are all zero; at least one must be positive.");

        bool negative = totalUnits < 0;
        decimal magnitude = Math.Abs(totalUnits);
        var units = LargestRemainder.Apportion(magnitude, weights, weightSum);
        var result = new Money[units.Length];
        for (int i = 0; i < units.Length; i++)
        {
            result[i] = new Money((negative ? -units[i] : units[i]) * unit, currency);
        }

        return result;
    }
}

/// <summary>Hamilton's largest-remainder apportionment of a whole number of units.</summary>
internal static class LargestRemainder
{
    /// <summary>Whole units for each weight, summing exactly to <paramref name="total"/> (a non-negative whole number).</summary>
    internal static decimal[] Apportion(decimal total, IReadOnlyList<decimal> weights, decimal weightSum)
    {
        int n = weights.Count;
        var units = new decimal[n];
        var remainders = new decimal[n];
        decimal assigned = 0m;
        for (int i = 0; i < n; i++)
        {
            decimal exact = weights[i] == weightSum ? total : Share(total, weights[i], weightSum);
            units[i] = decimal.Floor(exact);
            remainders[i] = exact - units[i];
            assigned += units[i];
        }

        decimal left = total - assigned;

        // Stable sorts: equal remainders keep index order, so earlier parts get the extra units.
        if (left > 0)
        {
            var sorted = Enumerable.Range(0, n).OrderByDescending(i => remainders[i]).ToArray();
            for (int k = 0; left > 0; k = (k + 1) % n)
            {
                units[sorted[k]] += 1;
                left -= 1;
            }
        }
        else if (left < 0)
        {
            // A quotient rounded up to a whole number by decimal's 28 digits can overshoot by a unit; take it back
            // from the parts whose remainders were smallest.
            var sorted = Enumerable.Range(0, n).Where(i => units[i] > 0).OrderBy(i => remainders[i]).ToArray();
            for (int k = 0; left < 0; k = (k + 1) % sorted.Length)
            {
                units[sorted[k]] -= 1;
                left += 1;
            }
        }

        return units;
    }

    private static decimal Share(decimal total, decimal weight, decimal weightSum)
    {
        try
        {
            return total * weight / weightSum;
        }
        catch (OverflowException)
        {
            return total / weightSum * weight;
        }
    }
}

namespace TradeDomain.Aggregation;

public sealed partial class TradeAggregate
{
    /// <summary>
    /// The common case of <see cref="Merge(TradeAggregate)"/> in one pass over both sorted key arrays, writing straight
    /// into arrays (no per-row tuples): same grouping and period numbering, same fast scale. A cell whose units would
    /// overflow, and every side sum, go to the exact side sums as in the general merge.
    /// </summary>
    private TradeAggregate MergeSorted(TradeAggregate other)
    {
        var a = keys;
        var b = other.keys;
        var mergedKeys = GC.AllocateUninitializedArray<long>(a.Length + b.Length);
        var mergedFast = new long[mergedKeys.Length * 4];
        var mergedCounts = new long[mergedKeys.Length];
        var mergedExact = new Dictionary<int, ExactSum>();
        int i = 0, j = 0, n = 0;
        while (i < a.Length || j < b.Length)
        {
            bool fromA = j == b.Length || (i < a.Length && a[i] <= b[j]);
            bool both = fromA && j < b.Length && a[i] == b[j];
            mergedKeys[n] = fromA ? a[i] : b[j];
            if (fromA)
            {
                Take(this, i++, n, mergedFast, mergedCounts, mergedExact);
            }

            if (both || !fromA)
            {
                Take(other, j++, n, mergedFast, mergedCounts, mergedExact);
            }

            n++;
        }

        if (n < mergedKeys.Length)
        {
            Array.Resize(ref mergedKeys, n);
            Array.Resize(ref mergedFast, n * 4);
            Array.Resize(ref mergedCounts, n);
        }

        return new(Codec, Currency, mergedKeys, mergedFast, fastScale, mergedExact, mergedCounts);
    }

    private static void Take(TradeAggregate from, int row, int target, long[] fast, long[] counts, Dictionary<int, ExactSum> exact)
    {
        counts[target] += from.counts[row];
        for (int d = 0; d < 4; d++)
        {
            int cell = (target * 4) + d;
            long v = from.fast[(row * 4) + d];
            if (!Accumulator.TryAddUnits(ref fast[cell], v))
            {
                Accumulator.AddExact(exact, cell, v, from.fastScale);
            }

            if (from.exact.Count > 0 && from.exact.TryGetValue((row * 4) + d, out var extra))
            {
                Accumulator.AddExact(exact, cell, extra);
            }
        }
    }
}

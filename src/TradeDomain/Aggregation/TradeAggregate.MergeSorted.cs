namespace TradeDomain.Aggregation;

public sealed partial class TradeAggregate
{
    /// <summary>
    /// The common case of <see cref="Merge(TradeAggregate)"/> in one pass over both sorted key arrays, writing straight
    /// into arrays of the exact size (a first pass counts the distinct keys; no per-row tuples, no resizing): same
    /// grouping and period numbering, same fast scale. A cell whose units would overflow, and every side sum, go to the
    /// exact side sums as in the general merge.
    /// </summary>
    private TradeAggregate MergeSorted(TradeAggregate other)
    {
        var a = keys;
        var b = other.keys;
        int distinct = 0;
        for (int x = 0, y = 0; x < a.Length || y < b.Length; distinct++)
        {
            if (y == b.Length || (x < a.Length && a[x] < b[y]))
            {
                x++;
            }
            else if (x == a.Length || b[y] < a[x])
            {
                y++;
            }
            else
            {
                x++;
                y++;
            }
        }

        var mergedKeys = GC.AllocateUninitializedArray<long>(distinct);
        var mergedFast = GC.AllocateUninitializedArray<long>(distinct * 4);
        var mergedCounts = GC.AllocateUninitializedArray<long>(distinct);
        var mergedExact = new Dictionary<int, ExactSum>();
        int i = 0, j = 0;
        for (int n = 0; n < distinct; n++)
        {
            if (j == b.Length || (i < a.Length && a[i] < b[j]))
            {
                mergedKeys[n] = a[i];
                Copy(this, i++, n, mergedFast, mergedCounts, mergedExact);
            }
            else if (i == a.Length || b[j] < a[i])
            {
                mergedKeys[n] = b[j];
                Copy(other, j++, n, mergedFast, mergedCounts, mergedExact);
            }
            else
            {
                mergedKeys[n] = a[i];
                Copy(this, i++, n, mergedFast, mergedCounts, mergedExact);
                Add(other, j++, n, mergedFast, mergedCounts, mergedExact);
            }
        }

        return new(Codec, Currency, mergedKeys, mergedFast, fastScale, mergedExact, mergedCounts);
    }

    private static void Copy(TradeAggregate from, int row, int target, long[] fast, long[] counts, Dictionary<int, ExactSum> exact)
    {
        counts[target] = from.counts[row];
        Array.Copy(from.fast, row * 4, fast, target * 4, 4);
        if (from.exact.Count > 0)
        {
            CopyExact(from, row, target, exact);
        }
    }

    private static void Add(TradeAggregate from, int row, int target, long[] fast, long[] counts, Dictionary<int, ExactSum> exact)
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
        }

        if (from.exact.Count > 0)
        {
            CopyExact(from, row, target, exact);
        }
    }

    private static void CopyExact(TradeAggregate from, int row, int target, Dictionary<int, ExactSum> exact)
    {
        for (int d = 0; d < 4; d++)
        {
            if (from.exact.TryGetValue((row * 4) + d, out var extra))
            {
                Accumulator.AddExact(exact, (target * 4) + d, extra);
            }
        }
    }
}

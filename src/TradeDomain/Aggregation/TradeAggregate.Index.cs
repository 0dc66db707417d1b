namespace TradeDomain.Aggregation;

public sealed partial class TradeAggregate
{
    // Rows by (reporter, period) — the order partner figures need; the aggregate's own order is reporter, partner,
    // period — built once, on the first partner query, and kept: each entry is the (reporter, period) bits above the
    // row index, so one sort of longs builds it and a binary search finds a reporter's partners in a period.
    private long[]? reporterPeriodIndex;

    private const int ReporterPeriodShift = 32;

    /// <summary>The rows of <paramref name="reporter"/> in <paramref name="period"/> (whatever their partner, partner
    /// group, flow and commodity), in O(log groups + rows found) once the index is built (O(groups log groups), once).</summary>
    private ReadOnlySpan<long> RowsOf(Country reporter, Period period)
    {
        var index = Volatile.Read(ref reporterPeriodIndex);
        if (index is null)
        {
            index = new long[keys.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                index[i] = (ReporterPeriodBits(keys[i]) << ReporterPeriodShift) | (uint)i;
            }

            Array.Sort(index);
            Volatile.Write(ref reporterPeriodIndex, index);
        }

        // Any partner, flow and commodity will do for encoding: only the reporter and period bits are used.
        var commodity = !Codec.Has(TradeDimensions.Commodity) ? default
            : HsCode.Create(Options.CommodityLevel switch { HsLevel.Chapter => 1, HsLevel.Heading => 101, _ => 10101 }, Options.CommodityLevel);
        if (reporter.IsDefault || !Codec.TryEncode(new GroupKey(reporter, TradePartner.World, true, period, FlowDirection.Export, commodity), out long probe))
        {
            return [];
        }

        long bits = ReporterPeriodBits(probe);
        int from = LowerBound(index, bits << ReporterPeriodShift);
        int to = LowerBound(index, (bits + 1) << ReporterPeriodShift);
        return index.AsSpan(from, to - from);
    }

    private long ReporterPeriodBits(long key) =>
        (((key >> Codec.ReporterShift) & Codec.ReporterMask) << KeyCodec.PeriodIdBits) | ((key >> Codec.PeriodShift) & Codec.PeriodMask);

    private static int LowerBound(long[] sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

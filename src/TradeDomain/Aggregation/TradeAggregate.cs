using System.Collections;
using TradeDomain.Utility;

namespace TradeDomain.Aggregation;

/// <summary>
/// The exact totals of trade flows per group, sorted by group; mergeable, so partitions aggregated apart (threads,
/// files, machines) and merged give exactly what one pass over everything gives, in any order. Also the derived figures
/// publications print: turnover and balance per group, partner shares, top partners, growth, group totals.
/// </summary>
public sealed partial class TradeAggregate
{
    private readonly long[] keys;

    // Per row and direction: a long count of 10^−FastScale units, plus (rarely) an exact side sum for what did not fit.
    private readonly long[] fast;
    private readonly byte fastScale;
    private readonly Dictionary<int, ExactSum> exact;
    private readonly long[] counts;

    private TradeAggregate(KeyCodec codec, Currency currency, long[] keys, long[] fast, byte fastScale, Dictionary<int, ExactSum> exact, long[] counts)
    {
        Codec = codec;
        Currency = currency;
        this.keys = keys;
        this.fast = fast;
        this.fastScale = fastScale == byte.MaxValue ? (byte)2 : fastScale;
        this.exact = exact;
        this.counts = counts;
        Rows = new RowList(this);
    }

    /// <summary>This aggregate, once every total is known to fit a decimal: a total beyond decimal's range is found when
    /// the aggregate is handed out (Aggregate, Merge, ToAggregate), not when a row is read later. Partial aggregates
    /// inside one aggregation are not checked, since a later part may bring a total back in range. Only cells with an
    /// exact side sum can overflow (a fast cell is a long count of units), so this costs nothing on the usual path.</summary>
    internal TradeAggregate CheckedTotals()
    {
        if (exact.Count == 0)
        {
            return this;
        }

        foreach (int cell in exact.Keys.Order())
        {
            if (!Cell(cell).TryToDecimal(out _))
            {
                throw new OverflowException(
                    $"The {Measures[cell % 4]} total of group {Codec.Decode(keys[cell / 4])} exceeds what decimal can hold exactly (about 7.9 × 10²⁸); aggregate in a larger currency unit or fewer flows per group.");
            }
        }

        return this;
    }

    private static readonly string[] Measures = ["exports", "imports", "re-exports", "re-imports"];

    internal KeyCodec Codec { get; }

    /// <summary>How the flows were grouped.</summary>
    public AggregationOptions Options => Codec.Options;

    /// <summary>The currency of every total.</summary>
    public Currency Currency { get; }

    /// <summary>The number of groups.</summary>
    public int Count => keys.Length;

    /// <summary>The groups and their totals, sorted by reporter, partner, partner group, period, flow, commodity, mode of transport (periods
    /// that are not rolled up in the order they were first met, see <see cref="PeriodRollup.None"/>).</summary>
    public IReadOnlyList<AggregateRow> Rows { get; }

    /// <summary>The number of flows aggregated.</summary>
    public long FlowCount => counts.Sum();

    internal static TradeAggregate Empty(KeyCodec codec, Currency currency) => new(codec, currency, [], [], 2, [], []);

    internal static TradeAggregate FromDense(KeyCodec codec, Currency currency, DenseLayout layout, Accumulator acc)
    {
        int groups = 0;
        int slots = acc.Slots;
        for (int slot = 0; slot < slots; slot++)
        {
            groups += acc.Counts[slot] > 0 ? 1 : 0;
        }

        var keys = new long[groups];
        var fast = new long[groups * 4];
        var counts = new long[groups];
        var exact = new Dictionary<int, ExactSum>();
        int row = 0;
        var accCounts = acc.Counts;
        var accFast = acc.Fast;
        bool anySlow = acc.Slow.Count > 0;
        for (int slot = 0; slot < slots; slot++)
        {
            long count = accCounts[slot];
            if (count == 0)
            {
                continue;
            }

            keys[row] = layout.KeyOf(slot);
            counts[row] = count;
            int from = slot * 4, to = row * 4;
            fast[to] = accFast[from];
            fast[to + 1] = accFast[from + 1];
            fast[to + 2] = accFast[from + 2];
            fast[to + 3] = accFast[from + 3];
            if (anySlow)
            {
                CopyCells(acc, slot, fast, exact, row);
            }

            row++;
        }

        return new(codec, currency, keys, fast, acc.FastScale, exact, counts);
    }

    /// <summary>An aggregate of rows already sorted by key (the partitioned path writes them so).</summary>
    internal static TradeAggregate FromRows(KeyCodec codec, Currency currency, long[] keys, long[] fast, byte fastScale, Dictionary<int, ExactSum> exact, long[] counts) =>
        new(codec, currency, keys, fast, fastScale, exact, counts);

    internal static TradeAggregate FromSlots(KeyCodec codec, Currency currency, long[] slotKeys, Accumulator acc)
    {
        var order = new int[slotKeys.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var sortedKeys = (long[])slotKeys.Clone();
        Array.Sort(sortedKeys, order);
        var fast = new long[order.Length * 4];
        var counts = new long[order.Length];
        var exact = new Dictionary<int, ExactSum>();
        for (int row = 0; row < order.Length; row++)
        {
            counts[row] = acc.Counts[order[row]];
            CopyCells(acc, order[row], fast, exact, row);
        }

        return new(codec, currency, sortedKeys, fast, acc.FastScale, exact, counts);
    }

    private static void CopyCells(Accumulator acc, int slot, long[] fast, Dictionary<int, ExactSum> exact, int row)
    {
        Array.Copy(acc.Fast, slot * 4, fast, row * 4, 4);
        if (acc.Slow.Count > 0)
        {
            for (int d = 0; d < 4; d++)
            {
                if (acc.Slow.TryGetValue((slot * 4) + d, out var side))
                {
                    exact[(row * 4) + d] = side;
                }
            }
        }
    }

    /// <summary>The exact total of a cell: the fast units plus any side sum.</summary>
    private ExactSum Cell(int cell)
    {
        var total = default(ExactSum);
        total.Add(fast[cell], fastScale);
        if (exact.Count > 0 && exact.TryGetValue(cell, out var side))
        {
            total.Add(side);
        }

        return total;
    }

    /// <summary>This aggregate and <paramref name="other"/> as one: what aggregating both inputs at once gives.</summary>
    /// <exception cref="ArgumentException">They were grouped differently.</exception>
    /// <exception cref="CurrencyMismatchException">They are in different currencies.</exception>
    /// <exception cref="OverflowException">A merged total that decimal cannot hold exactly; the message names the group.</exception>
    public TradeAggregate Merge(TradeAggregate other) => MergeUnchecked(Preconditions.CheckNotNull(other)).CheckedTotals();

    internal TradeAggregate MergeUnchecked(TradeAggregate other)
    {
        Preconditions.CheckArgument(Codec.SameShape(other.Codec), nameof(other), "Only aggregates grouped the same way (dimensions, rollup, group, commodity level) can be merged.");
        if (other.Count == 0)
        {
            return this;
        }

        if (Count == 0)
        {
            return other;
        }

        if (Currency != other.Currency)
        {
            throw new CurrencyMismatchException(Currency, other.Currency);
        }

        if (fastScale == other.fastScale && !(Options.PeriodRollup == PeriodRollup.None && Codec.Has(TradeDimensions.Period) && other.Codec != Codec))
        {
            return MergeSorted(other);
        }

        var otherKeys = other.keys;
        bool renumbered = false;
        if (Options.PeriodRollup == PeriodRollup.None && Codec.Has(TradeDimensions.Period) && other.Codec != Codec)
        {
            // Exact periods are numbered per aggregate: renumber the other's into this one's table.
            otherKeys = [.. other.keys.Select(k => Renumber(k, other.Codec))];
            renumbered = true;
        }

        var sources = new List<(long Key, TradeAggregate From, int Row)>(keys.Length + otherKeys.Length);
        if (renumbered)
        {
            sources.AddRange(keys.Select((k, i) => (k, this, i)));
            sources.AddRange(otherKeys.Select((k, j) => (k, other, j)));
            sources.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.From == b.From ? a.Row.CompareTo(b.Row) : a.From == this ? -1 : 1);
        }
        else
        {
            // Both are sorted by key: merge them.
            int i = 0, j = 0;
            while (i < keys.Length || j < otherKeys.Length)
            {
                if (j == otherKeys.Length || (i < keys.Length && keys[i] <= otherKeys[j]))
                {
                    sources.Add((keys[i], this, i++));
                }
                else
                {
                    sources.Add((otherKeys[j], other, j++));
                }
            }
        }

        var mergedKeys = new List<long>(sources.Count);
        var mergedFast = new List<long>(sources.Count * 4);
        var mergedCounts = new List<long>(sources.Count);
        var mergedExact = new Dictionary<int, ExactSum>();
        foreach (var (key, from, row) in sources)
        {
            int target = mergedKeys.Count - 1;
            if (target < 0 || mergedKeys[target] != key)
            {
                mergedKeys.Add(key);
                mergedCounts.Add(0);
                mergedFast.AddRange([0, 0, 0, 0]);
                target++;
            }

            mergedCounts[target] += from.counts[row];
            for (int d = 0; d < 4; d++)
            {
                int cell = (target * 4) + d;
                long v = from.fast[(row * 4) + d];
                if (from.fastScale != fastScale || !Accumulator.TryAddUnits(ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mergedFast)[cell], v))
                {
                    Accumulator.AddExact(mergedExact, cell, v, from.fastScale);
                }

                if (from.exact.Count > 0 && from.exact.TryGetValue((row * 4) + d, out var extra))
                {
                    Accumulator.AddExact(mergedExact, cell, extra);
                }
            }
        }

        return new(Codec, Currency, [.. mergedKeys], [.. mergedFast], fastScale, mergedExact, [.. mergedCounts]);
    }

    private long Renumber(long key, KeyCodec from)
    {
        int id = (int)((key >> from.PeriodShift) & from.PeriodMask);
        int mine = Codec.PeriodKey(from.Periods[id]);
        return (key & ~(Codec.PeriodMask << Codec.PeriodShift)) | ((long)mine << Codec.PeriodShift);
    }

    /// <summary>Merges any number of aggregates grouped the same way, in any order.</summary>
    public static TradeAggregate Merge(IEnumerable<TradeAggregate> aggregates)
    {
        Preconditions.CheckNotNull(aggregates);
        return MergeUnchecked(aggregates).CheckedTotals();
    }

    internal static TradeAggregate MergeUnchecked(IEnumerable<TradeAggregate> aggregates)
    {
        TradeAggregate? result = null;
        foreach (var a in aggregates)
        {
            result = result is null ? a : result.MergeUnchecked(Preconditions.CheckNotNull(a));
        }

        return result ?? throw new ArgumentException("At least one aggregate is needed.", nameof(aggregates));
    }

    /// <summary>The totals of every flow together.</summary>
    public AggregateRow GrandTotal
    {
        get
        {
            var total = new ExactSum[4];
            for (int i = 0; i < keys.Length; i++)
            {
                for (int d = 0; d < 4; d++)
                {
                    total[d].Add(Cell((i * 4) + d));
                }
            }

            return Row(default, total, FlowCount, "all groups together (the grand total)");
        }
    }

    /// <summary>The group with this key, if any flow fell into it (a binary search of the sorted groups).</summary>
    public bool TryGet(GroupKey key, out AggregateRow row)
    {
        if (Codec.TryEncode(key, out long packed))
        {
            int index = Array.BinarySearch(keys, packed);
            if (index >= 0)
            {
                row = RowAt(index);
                if (row.Key == key)
                {
                    return true;
                }
            }
        }

        row = default;
        return false;
    }

    private AggregateRow RowAt(int index)
    {
        var key = Codec.Decode(keys[index]);
        if (exact.Count == 0)
        {
            int c = index * 4;
            return new(key, FastMoney(fast[c]), FastMoney(fast[c + 1]), FastMoney(fast[c + 2]), FastMoney(fast[c + 3]), counts[index]);
        }

        Span<ExactSum> cells = [Cell(index * 4), Cell((index * 4) + 1), Cell((index * 4) + 2), Cell((index * 4) + 3)];
        return Row(key, cells, counts[index], null);
    }

    private Money FastMoney(long units)
    {
        ulong magnitude = units < 0 ? unchecked(0UL - (ulong)units) : (ulong)units;
        return new(unchecked(new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, units < 0, fastScale)), Currency);
    }

    private AggregateRow Row(GroupKey key, ReadOnlySpan<ExactSum> s, long count, string? name) =>
        new(key, ToMoney(s[0], key, name, "exports"), ToMoney(s[1], key, name, "imports"), ToMoney(s[2], key, name, "re-exports"), ToMoney(s[3], key, name, "re-imports"), count);

    private Money ToMoney(in ExactSum sum, GroupKey key, string? name, string measure) =>
        sum.TryToDecimal(out var value)
            ? new Money(value, Currency)
            : throw new OverflowException($"The {measure} total of {name ?? "group " + key.ToString()} exceeds what decimal can hold exactly (about 7.9 × 10²⁸).");

    private sealed class RowList(TradeAggregate owner) : IReadOnlyList<AggregateRow>
    {
        public AggregateRow this[int index] => index >= 0 && index < owner.keys.Length
            ? owner.RowAt(index)
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"There are {owner.keys.Length} groups.");

        public int Count => owner.keys.Length;

        public IEnumerator<AggregateRow> GetEnumerator() => new Enumerator(owner);

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        // Written out rather than an iterator: a row is 136 bytes, and this builds each in place once.
        private sealed class Enumerator(TradeAggregate owner) : IEnumerator<AggregateRow>
        {
            private int index = -1;
            private AggregateRow current;

            public AggregateRow Current => current;

            object IEnumerator.Current => current;

            public bool MoveNext()
            {
                if (++index < owner.keys.Length)
                {
                    current = owner.RowAt(index);
                    return true;
                }

                index = owner.keys.Length;
                return false;
            }

            public void Reset() => index = -1;

            public void Dispose()
            {
            }
        }
    }
}

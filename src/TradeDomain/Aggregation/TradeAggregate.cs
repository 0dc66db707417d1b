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
    private readonly ExactSum[] sums;
    private readonly long[] counts;

    private TradeAggregate(KeyCodec codec, Currency currency, long[] keys, ExactSum[] sums, long[] counts)
    {
        Codec = codec;
        Currency = currency;
        this.keys = keys;
        this.sums = sums;
        this.counts = counts;
        Rows = new RowList(this);
    }

    internal KeyCodec Codec { get; }

    /// <summary>How the flows were grouped.</summary>
    public AggregationOptions Options => Codec.Options;

    /// <summary>The currency of every total.</summary>
    public Currency Currency { get; }

    /// <summary>The number of groups.</summary>
    public int Count => keys.Length;

    /// <summary>The groups and their totals, sorted by reporter, partner, partner group, period, flow, commodity.</summary>
    public IReadOnlyList<AggregateRow> Rows { get; }

    /// <summary>The number of flows aggregated.</summary>
    public long FlowCount => counts.Sum();

    internal static TradeAggregate Empty(KeyCodec codec, Currency currency) => new(codec, currency, [], [], []);

    internal static TradeAggregate FromDense(KeyCodec codec, Currency currency, DenseLayout layout, Accumulator acc)
    {
        int groups = 0;
        foreach (var c in acc.Counts)
        {
            groups += c > 0 ? 1 : 0;
        }

        var keys = new long[groups];
        var sums = new ExactSum[groups * 4];
        var counts = new long[groups];
        int row = 0;
        for (int slot = 0; slot < acc.Counts.Length; slot++)
        {
            if (acc.Counts[slot] == 0)
            {
                continue;
            }

            keys[row] = layout.KeyOf(slot);
            counts[row] = acc.Counts[slot];
            FillSums(acc, slot, sums.AsSpan(row * 4, 4));
            row++;
        }

        return new(codec, currency, keys, sums, counts);
    }

    internal static TradeAggregate FromSlots(KeyCodec codec, Currency currency, long[] slotKeys, Accumulator acc)
    {
        var order = new int[slotKeys.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var sortedKeys = (long[])slotKeys.Clone();
        Array.Sort(sortedKeys, order);
        var sums = new ExactSum[order.Length * 4];
        var counts = new long[order.Length];
        for (int row = 0; row < order.Length; row++)
        {
            counts[row] = acc.Counts[order[row]];
            FillSums(acc, order[row], sums.AsSpan(row * 4, 4));
        }

        return new(codec, currency, sortedKeys, sums, counts);
    }

    private static void FillSums(Accumulator acc, int slot, Span<ExactSum> target)
    {
        for (int d = 0; d < 4; d++)
        {
            target[d] = acc.Total(slot, d);
        }
    }

    /// <summary>This aggregate and <paramref name="other"/> as one: what aggregating both inputs at once gives.</summary>
    /// <exception cref="ArgumentException">They were grouped differently or are in different currencies.</exception>
    public TradeAggregate Merge(TradeAggregate other)
    {
        Preconditions.CheckNotNull(other);
        Preconditions.CheckArgument(Codec.SameShape(other.Codec), nameof(other), "Only aggregates grouped the same way (dimensions, rollup, group, commodity level) can be merged.");
        if (Count == 0)
        {
            return other;
        }

        if (other.Count == 0)
        {
            return this;
        }

        if (Currency != other.Currency)
        {
            throw new CurrencyMismatchException(Currency, other.Currency);
        }

        var otherKeys = other.keys;
        if (Options.PeriodRollup == PeriodRollup.None && Codec.Has(TradeDimensions.Period))
        {
            // Exact periods are numbered per aggregate: renumber the other's into this one's table.
            otherKeys = [.. other.keys.Select(k => Renumber(k, other.Codec))];
            return FromUnsorted(Codec, Currency, [.. keys, .. otherKeys], [.. sums, .. other.sums], [.. counts, .. other.counts]);
        }

        var mergedKeys = new List<long>(keys.Length + otherKeys.Length);
        var mergedSums = new List<ExactSum>((keys.Length + otherKeys.Length) * 4);
        var mergedCounts = new List<long>(keys.Length + otherKeys.Length);
        int i = 0, j = 0;
        Span<ExactSum> combined = stackalloc ExactSum[4];
        while (i < keys.Length || j < otherKeys.Length)
        {
            if (j == otherKeys.Length || (i < keys.Length && keys[i] < otherKeys[j]))
            {
                Append(keys[i], sums.AsSpan(i * 4, 4), counts[i]);
                i++;
            }
            else if (i == keys.Length || otherKeys[j] < keys[i])
            {
                Append(otherKeys[j], other.sums.AsSpan(j * 4, 4), other.counts[j]);
                j++;
            }
            else
            {
                for (int d = 0; d < 4; d++)
                {
                    combined[d] = sums[(i * 4) + d];
                    combined[d].Add(other.sums[(j * 4) + d]);
                }

                Append(keys[i], combined, counts[i] + other.counts[j]);
                i++;
                j++;
            }
        }

        return new(Codec, Currency, [.. mergedKeys], [.. mergedSums], [.. mergedCounts]);

        void Append(long key, ReadOnlySpan<ExactSum> s, long count)
        {
            mergedKeys.Add(key);
            foreach (var x in s)
            {
                mergedSums.Add(x);
            }

            mergedCounts.Add(count);
        }
    }

    private long Renumber(long key, KeyCodec from)
    {
        int id = (int)((key >> KeyCodec.PeriodShift) & 0x1FFFF);
        int mine = Codec.PeriodKey(from.Periods[id]);
        return (key & ~(0x1FFFFL << KeyCodec.PeriodShift)) | ((long)mine << KeyCodec.PeriodShift);
    }

    private static TradeAggregate FromUnsorted(KeyCodec codec, Currency currency, long[] keys, ExactSum[] sums, long[] counts)
    {
        var merged = new SortedDictionary<long, (ExactSum[] Sums, long Count)>();
        for (int i = 0; i < keys.Length; i++)
        {
            if (!merged.TryGetValue(keys[i], out var entry))
            {
                entry = (new ExactSum[4], 0);
            }

            for (int d = 0; d < 4; d++)
            {
                entry.Sums[d].Add(sums[(i * 4) + d]);
            }

            merged[keys[i]] = (entry.Sums, entry.Count + counts[i]);
        }

        return new(codec, currency, [.. merged.Keys], [.. merged.Values.SelectMany(v => v.Sums)], [.. merged.Values.Select(v => v.Count)]);
    }

    /// <summary>Merges any number of aggregates grouped the same way, in any order.</summary>
    public static TradeAggregate Merge(IEnumerable<TradeAggregate> aggregates)
    {
        Preconditions.CheckNotNull(aggregates);
        TradeAggregate? result = null;
        foreach (var a in aggregates)
        {
            result = result is null ? a : result.Merge(a);
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
                    total[d].Add(sums[(i * 4) + d]);
                }
            }

            return Row(default, total, FlowCount, "the grand total");
        }
    }

    /// <summary>The group with this key, if any flow fell into it.</summary>
    public bool TryGet(GroupKey key, out AggregateRow row)
    {
        foreach (var r in Rows)
        {
            if (r.Key == key)
            {
                row = r;
                return true;
            }
        }

        row = default;
        return false;
    }

    private AggregateRow RowAt(int index)
    {
        var key = Codec.Decode(keys[index]);
        return Row(key, sums.AsSpan(index * 4, 4), counts[index], key.ToString());
    }

    private AggregateRow Row(GroupKey key, ReadOnlySpan<ExactSum> s, long count, string name) =>
        new(key, ToMoney(s[0], name, "exports"), ToMoney(s[1], name, "imports"), ToMoney(s[2], name, "re-exports"), ToMoney(s[3], name, "re-imports"), count);

    private Money ToMoney(ExactSum sum, string group, string measure) =>
        sum.TryToDecimal(out var value)
            ? new Money(value, Currency)
            : throw new OverflowException($"The {measure} total of group {group} exceeds what decimal can hold exactly (about 7.9 × 10²⁸).");

    private sealed class RowList(TradeAggregate owner) : IReadOnlyList<AggregateRow>
    {
        public AggregateRow this[int index] => index >= 0 && index < owner.keys.Length
            ? owner.RowAt(index)
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"There are {owner.keys.Length} groups.");

        public int Count => owner.keys.Length;

        public IEnumerator<AggregateRow> GetEnumerator()
        {
            for (int i = 0; i < owner.keys.Length; i++)
            {
                yield return owner.RowAt(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

using System.Runtime.InteropServices;

namespace TradeDomain.Aggregation;

/// <summary>
/// Aggregation by hashing for large inputs whose keys cannot be addressed directly (commodity codes, periods not rolled
/// up): one hash table for millions of groups misses the caches on every flow, and a table per thread merged at the
/// end does the work twice. Instead:
/// <list type="number">
/// <item>the keys of a sample of the flows, sorted, cut the key space into ranges of about 32 768 flows each;</item>
/// <item>every flow's key (with its direction) and value are appended to its range's list (one pass over the flows,
/// split across threads);</item>
/// <item>each range is aggregated in a hash table of its own — small enough for the caches — and sorted; the ranges
/// are disjoint and in key order, so their rows are simply concatenated (ranges split across threads).</item>
/// </list>
/// </summary>
internal static class RangePartitionedAggregation
{
    // Keys use bits 0–58 (KeyCodec); an entry carries the flow's direction above them.
    private const int DirectionShift = 59;
    private const long KeyMask = (1L << DirectionShift) - 1;

    internal static TradeAggregate Aggregate(ReadOnlySpan<TradeFlow> flows, KeyCodec codec, Currency currency, int threads)
    {
        int n = flows.Length;
        var splitters = Splitters(flows, codec);
        int ranges = splitters.Length + 1;
        byte scale = Accumulator.ChooseFastScale(flows[0], currency);
        int expected = (2 * n / threads / ranges) + 16;
        var workers = TradeAggregation.ForChunks(flows, threads, () => new Worker(ranges, expected),
            (chunk, worker) => Scatter(chunk, codec, currency, scale, splitters, worker));

        var parts = new Part[ranges];
        Parallel.For(0, ranges, new ParallelOptions { MaxDegreeOfParallelism = threads }, r => parts[r] = Sum(r, workers, scale));

        // Concatenate the ranges' rows, already sorted and disjoint.
        int rows = parts.Sum(p => p.Keys.Length);
        var keys = new long[rows];
        var fast = new long[rows * 4];
        var counts = new long[rows];
        var exact = new Dictionary<int, ExactSum>();
        int at = 0;
        foreach (var part in parts)
        {
            part.Keys.CopyTo(keys, at);
            part.Fast.AsSpan(0, part.Keys.Length * 4).CopyTo(fast.AsSpan(at * 4));
            part.Counts.AsSpan(0, part.Keys.Length).CopyTo(counts.AsSpan(at));
            foreach (var (cell, sum) in part.Exact)
            {
                Accumulator.AddExact(exact, (at * 4) + cell, sum);
            }

            at += part.Keys.Length;
        }

        // The values the fast path could not take (counted already, with 0 in their entry), exactly, at their rows.
        foreach (var (entry, value) in workers.SelectMany(w => w.Slow))
        {
            int row = Array.BinarySearch(keys, entry & KeyMask);
            Accumulator.AddExact(exact, (row * 4) + (int)(entry >> DirectionShift), value);
        }

        return TradeAggregate.FromRows(codec, currency, keys, fast, scale, exact, counts);
    }

    /// <summary>Cut points of the key space: sorted, distinct keys of a sample, about <see cref="EngineTuning.FlowsPerRange"/>
    /// flows apart.</summary>
    private static long[] Splitters(ReadOnlySpan<TradeFlow> flows, KeyCodec codec)
    {
        int n = flows.Length;
        int step = Math.Max(1, n / 16_384);
        var sample = new List<long>((n / step) + 1);
        for (int i = 0; i < n; i += step)
        {
            sample.Add(codec.Encode(flows[i]));
        }

        sample.Sort();
        int ranges = Math.Clamp(n / EngineTuning.Current.FlowsPerRange, 2, 4096);
        var cuts = new List<long>(ranges);
        for (int r = 1; r < ranges; r++)
        {
            long cut = sample[(int)((long)sample.Count * r / ranges)];
            if (cuts.Count == 0 || cut > cuts[^1])
            {
                cuts.Add(cut);
            }
        }

        return [.. cuts];
    }

    /// <summary>The range of a key: the number of cut points at or below it.</summary>
    private static int RangeOf(long key, long[] splitters)
    {
        int lo = 0, hi = splitters.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (splitters[mid] <= key)
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

    private static void Scatter(ReadOnlySpan<TradeFlow> chunk, KeyCodec codec, Currency currency, byte scale, long[] splitters, Worker worker)
    {
        foreach (ref readonly var f in chunk)
        {
            if (f.Currency.IsDefault || f.Reporter.IsDefault)
            {
                throw new ArgumentException("A default(TradeFlow) cannot be aggregated; every flow needs reporter, partner, period and value.", nameof(chunk));
            }

            long key = codec.Encode(f);
            long entry = key | ((long)f.FlowIndex << DirectionShift);
            if (f.Currency != currency || !f.TryUnits(scale, out long v))
            {
                worker.Slow.Add((entry, TradeAggregation.ValueIn(f, currency, codec)));
                v = 0; // counted with the others; the exact value is added at the end
            }

            var list = worker.Entries[RangeOf(key, splitters)];
            list.Add(entry);
            list.Add(v);
        }
    }

    /// <summary>One range: every worker's entries for it in one hash table, then sorted by key.</summary>
    private static Part Sum(int range, List<Worker> workers, byte scale)
    {
        int entries = workers.Sum(w => w.Entries[range].Count) / 2;
        var index = new Dictionary<long, int>(Math.Min(entries, 1 << 16));
        var keys = new long[Math.Max(16, Math.Min(entries, 1 << 16))];
        var fast = new long[keys.Length * 4];
        var counts = new long[keys.Length];
        var spill = new Dictionary<int, ExactSum>();
        int rows = 0;
        foreach (var worker in workers)
        {
            var list = CollectionsMarshal.AsSpan(worker.Entries[range]);
            for (int i = 0; i < list.Length; i += 2)
            {
                long key = list[i] & KeyMask;
                ref int row = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out bool known);
                if (!known)
                {
                    if (rows == keys.Length)
                    {
                        Array.Resize(ref keys, rows * 2);
                        Array.Resize(ref fast, rows * 8);
                        Array.Resize(ref counts, rows * 2);
                    }

                    row = rows;
                    keys[rows++] = key;
                }

                int cell = (row * 4) + (int)(list[i] >> DirectionShift);
                counts[row]++;
                if (!Accumulator.TryAddUnits(ref fast[cell], list[i + 1]))
                {
                    Accumulator.AddExact(spill, cell, list[i + 1], scale);
                }
            }
        }

        // Sort the rows by key, carrying sums, counts and side sums along.
        var order = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            order[i] = i;
        }

        var sortedKeys = keys.AsSpan(0, rows).ToArray();
        Array.Sort(sortedKeys, order);
        var sortedFast = new long[rows * 4];
        var sortedCounts = new long[rows];
        var rank = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            int from = order[i];
            rank[from] = i;
            fast.AsSpan(from * 4, 4).CopyTo(sortedFast.AsSpan(i * 4));
            sortedCounts[i] = counts[from];
        }

        var exact = new Dictionary<int, ExactSum>(spill.Count);
        foreach (var (cell, sum) in spill)
        {
            exact[(rank[cell / 4] * 4) + (cell % 4)] = sum;
        }

        return new Part(sortedKeys, sortedFast, sortedCounts, exact);
    }

    /// <summary>One range's rows, sorted by key; side sums by cell (row · 4 + direction) within the range.</summary>
    private sealed record Part(long[] Keys, long[] Fast, long[] Counts, Dictionary<int, ExactSum> Exact);

    /// <summary>One worker's entries per range (key with direction, then value in units) and the values it could not
    /// take as units.</summary>
    private sealed class Worker
    {
        internal Worker(int ranges, int expected)
        {
            Entries = new List<long>[ranges];
            for (int r = 0; r < ranges; r++)
            {
                Entries[r] = new List<long>(expected);
            }
        }

        internal List<long>[] Entries { get; }

        internal List<(long Entry, decimal Value)> Slow { get; } = [];
    }
}

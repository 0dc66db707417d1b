using System.Numerics;
using System.Runtime.CompilerServices;

namespace TradeDomain.Aggregation;

/// <summary>
/// Aggregation for key spaces too large for the caches (reporter × partner × year has 2.4 million slots). Adding each
/// flow at a random place in a table that size misses the caches on every flow, so instead:
/// <list type="number">
/// <item>each flow becomes one long — its value in units above its cell within a partition of 4 096 slots — appended
/// to that partition's blocks, and its slot is marked in a bitmap of the slots seen (one pass over the flows, split
/// across threads);</item>
/// <item>the bitmap gives the number of groups in every partition, hence where each partition's rows go in the result;</item>
/// <item>each partition is summed in a 160 KB scratch table that stays in the cache and written straight out as result
/// rows (partitions split across threads; they are disjoint, so no merge).</item>
/// </list>
/// No table of all slots is ever built, cleared or scanned; memory is the entries (8 bytes a flow, pooled) and the
/// result (proportional to the groups).
/// </summary>
internal static class PartitionedAggregation
{
    private const int PartitionShift = 12;
    private const int PartitionSlots = 1 << PartitionShift;
    private const int LocalCellBits = PartitionShift + 2;
    private const int LocalCellMask = (1 << LocalCellBits) - 1;

    // Each worker's entries for a partition are appended to blocks of this many longs, chained per partition.
    private const int BlockShift = 10;
    private const int BlockLength = 1 << BlockShift;

    internal static TradeAggregate Aggregate(ReadOnlySpan<TradeFlow> flows, DenseLayout layout, KeyCodec codec, Currency currency, int threads, out HashedAggregator[] outside)
    {
        int n = flows.Length;
        var sink = new Sink(layout, codec, currency, Accumulator.ChooseFastScale(flows[0], currency), (n / threads) + (n / 8));
        try
        {
            sink.Add(flows, threads);
            return sink.Build(threads, out outside);
        }
        finally
        {
            sink.Return();
        }
    }

    /// <summary>
    /// Pass 1 kept open: flows are scattered into the workers' partition blocks span after span (the whole input of a
    /// span aggregation, or a stream's batches one after another), and <see cref="Build"/> runs pass 2 over everything
    /// scattered since the last build, leaving the sink empty for more. A stream whose entries grow large against its
    /// groups builds a partial aggregate and goes on, so memory stays proportional to the groups.
    /// </summary>
    internal sealed class Sink(DenseLayout layout, KeyCodec codec, Currency currency, byte scale, int entriesPerWorker)
    {
        private readonly int parts = (layout.Slots + PartitionSlots - 1) >> PartitionShift;
        private readonly WorkerPool<Worker> pool = new(() => new Worker(new Buckets((layout.Slots + PartitionSlots - 1) >> PartitionShift, entriesPerWorker), new HashedAggregator(codec, currency)));

        private List<Worker> Workers => pool.All;

        internal Currency Currency => currency;

        internal DenseLayout Layout => layout;

        internal byte Scale => scale;

        /// <summary>Takes <paramref name="other"/>'s workers (their entries, slow values and outsiders) when it keeps the
        /// same slots in the same currency and scale; <paramref name="other"/> is not used afterwards. No adds may run
        /// meanwhile.</summary>
        internal bool TryAbsorb(Sink other)
        {
            if (!layout.SameSlots(other.Layout) || currency != other.Currency || scale != other.Scale)
            {
                return false;
            }

            pool.TakeOver(other.pool);
            return true;
        }

        /// <summary>Entries scattered since the last build (flows taken by the fast path or counted for the slow one).</summary>
        internal long Entries => Workers.Sum(w => (long)w.Buckets.Entries);

        /// <summary>Scatters <paramref name="flows"/> on up to <paramref name="threads"/> workers.</summary>
        internal void Add(ReadOnlySpan<TradeFlow> flows, int threads) =>
            TradeAggregation.ForChunks(flows, threads, pool.Take,
                (chunk, worker) => Scatter(chunk, layout, codec, currency, scale, worker.Buckets, worker.Slow, worker.Outsiders), pool.Return);

        /// <summary>The groups among the entries scattered since the last build (one pass over the bitmaps).</summary>
        internal int Groups()
        {
            if (Workers.Count == 0)
            {
                return 0;
            }

            var first = Workers[0].Buckets.Seen;
            int groups = 0;
            for (int w = 0; w < first.Length; w++)
            {
                ulong bits = first[w];
                for (int t = 1; t < Workers.Count; t++)
                {
                    bits |= Workers[t].Buckets.Seen[w];
                }

                groups += BitOperations.PopCount(bits);
            }

            return groups;
        }

        /// <summary>Pass 2 over the entries scattered since the last build: the aggregate of those flows (the ones outside
        /// the layout in <paramref name="outside"/>); the sink is left empty.</summary>
        internal TradeAggregate Build(int threads, out HashedAggregator[] outside)
        {
            var all = Workers.Count > 0 ? Workers : [pool.Take()];
            outside = [.. all.Select(w => w.Outsiders)];
            var buckets = all.Select(w => w.Buckets).ToArray();

            // Slots seen by any worker, and where each partition's rows start in the result.
            var seen = buckets[0].Seen;
            for (int t = 1; t < buckets.Length; t++)
            {
                var other = buckets[t].Seen;
                for (int w = 0; w < seen.Length; w++)
                {
                    seen[w] |= other[w];
                }
            }

            var rowStart = new int[parts + 1];
            const int WordsPerPartition = PartitionSlots / 64;
            for (int p = 0; p < parts; p++)
            {
                int groups = 0;
                for (int w = p * WordsPerPartition; w < Math.Min(seen.Length, (p + 1) * WordsPerPartition); w++)
                {
                    groups += BitOperations.PopCount(seen[w]);
                }

                rowStart[p + 1] = rowStart[p] + groups;
            }

            int rows = rowStart[parts];
            var keys = GC.AllocateUninitializedArray<long>(rows);
            var fast = GC.AllocateUninitializedArray<long>(rows * 4);
            var counts = GC.AllocateUninitializedArray<long>(rows);
            var keyMaker = new SlotKeys(layout);
            var overflow = new List<Dictionary<int, ExactSum>>();
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = threads },
                () => (Scratch: new long[PartitionSlots * 5], Spill: new Dictionary<int, ExactSum>()), // 4 cells and a count per slot
                (p, _, local) =>
                {
                    foreach (var bucket in buckets)
                    {
                        for (int block = bucket.First[p]; block >= 0; block = bucket.Next[block])
                        {
                            int from = block << BlockShift;
                            int to = block == bucket.Last[p] ? bucket.Write[p] : from + BlockLength;
                            Sum(bucket.Slab.AsSpan(from, to - from), local.Scratch, p << LocalCellBits, local.Spill, scale);
                        }
                    }

                    WriteRows(p, seen, rowStart[p], local.Scratch, keyMaker, keys, fast, counts);
                    return local;
                },
                local =>
                {
                    lock (overflow)
                    {
                        overflow.Add(local.Spill);
                    }
                });

            // The rare values the fast path could not take, now at their rows: exact side sums per row and direction.
            var exact = new Dictionary<int, ExactSum>();
            foreach (var (cell, value) in all.SelectMany(w => w.Slow))
            {
                Accumulator.AddExact(exact, RowCell(cell, seen, rowStart), value);
            }

            foreach (var (cell, sum) in overflow.SelectMany(d => d))
            {
                Accumulator.AddExact(exact, RowCell(cell, seen, rowStart), sum);
            }

            foreach (var worker in all)
            {
                worker.Reset(codec, currency);
            }

            return TradeAggregate.FromRows(codec, currency, keys, fast, scale, exact, counts);
        }

        /// <summary>Gives the workers' slabs back to the pool; the sink is not used after this.</summary>
        internal void Return()
        {
            foreach (var worker in Workers)
            {
                worker.Buckets.Return();
            }
        }
    }

    /// <summary>Pass 1 for one chunk of flows: each flow's (cell, value) appended to its partition's blocks and its slot
    /// marked seen — runs of common flows by <see cref="ScatterFast"/>, each flow it stops at here.</summary>
    private static void Scatter(ReadOnlySpan<TradeFlow> chunk, DenseLayout layout, KeyCodec codec, Currency currency, byte scale, Buckets bucket, List<(int Cell, decimal Value)> slow, HashedAggregator others)
    {
        var years = layout.YearSlots;
        ulong match = TradeFlow.FastMatch(currency, scale);
        int i = 0;
        while ((i = ScatterFast(chunk, i, years, match, bucket.Slab, bucket.Seen, bucket.Write, bucket.Limit)) < chunk.Length)
        {
            ref readonly var f = ref chunk[i++];
            int slot = years.Of(f);
            if (slot < 0 && (slot = TradeAggregation.SlotOrOutside(f, layout, codec, others)) < 0)
            {
                continue;
            }

            int cell = (slot << 2) | f.FlowIndex;
            if (!f.TryUnits(scale, out long v) || f.Currency != currency || unchecked((v << LocalCellBits) >> LocalCellBits) != v)
            {
                AddSlow(slow, cell, f, currency, codec);
                v = 0; // still counted, with nothing added to the fast sum
            }

            Append(bucket, slot, unchecked(v << LocalCellBits) | (long)(cell & LocalCellMask));
        }
    }

    private static void Append(Buckets bucket, int slot, long entry)
    {
        int part = slot >> PartitionShift;
        int at = bucket.Write[part];
        if (at == bucket.Limit[part])
        {
            at = bucket.NextBlock(part);
        }

        bucket.Slab[at] = entry;
        bucket.Write[part] = at + 1;
        bucket.Seen[slot >> 6] |= 1UL << slot;
    }

    /// <summary>The hot loop of pass 1: appends flows from <paramref name="start"/> on while they are common (a slot by
    /// <see cref="YearSlots"/>, the currency and scale of <paramref name="match"/>, a value that fits an entry, room in
    /// the partition's block) and returns the index of the first that is not (or the length). No calls.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // one long loop per call: compile it optimized at once
    private static int ScatterFast(ReadOnlySpan<TradeFlow> chunk, int start, YearSlots years, ulong match, long[] slab, ulong[] seen, int[] write, int[] limit)
    {
        unchecked
        {
            for (int i = start; i < chunk.Length; i++)
            {
                ref readonly var f = ref chunk[i];
                int slot = years.Of(f);
                if (slot < 0 || !f.TryFastUnits(match, out long v) || ((v << LocalCellBits) >> LocalCellBits) != v)
                {
                    return i;
                }

                int part = slot >> PartitionShift;
                int at = write[part];
                if (at == limit[part])
                {
                    return i;
                }

                slab[at] = (v << LocalCellBits) | (long)(((slot << 2) | f.FlowIndex) & LocalCellMask);
                write[part] = at + 1;
                seen[slot >> 6] |= 1UL << slot;
            }

            return chunk.Length;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddSlow(List<(int Cell, decimal Value)> slow, int cell, in TradeFlow f, Currency currency, KeyCodec codec) =>
        slow.Add((cell, TradeAggregation.ValueIn(f, currency, codec)));

    /// <summary>Pass 2: adds one block of a partition's entries to the partition's scratch sums (cells 0–16 383, then
    /// counts per slot); a sum that would overflow a long moves to the exact side sum of its global cell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Sum(ReadOnlySpan<long> entries, long[] scratch, int partBase, Dictionary<int, ExactSum> spill, byte scale)
    {
        const int CountsAt = PartitionSlots * 4;
        foreach (long entry in entries)
        {
            int local = (int)(entry & LocalCellMask);
            long v = entry >> LocalCellBits;
            unchecked
            {
                scratch[CountsAt + (local >> 2)]++;
            }

            if (!Accumulator.TryAddUnits(ref scratch[local], v))
            {
                Accumulator.AddExact(spill, partBase | local, v, scale);
            }
        }
    }

    /// <summary>Writes the partition's groups, in slot order, as result rows from <paramref name="row"/> on, and clears
    /// the scratch sums for the next partition.</summary>
    private static void WriteRows(int part, ulong[] seen, int row, long[] scratch, SlotKeys keyMaker, long[] keys, long[] fast, long[] counts)
    {
        const int CountsAt = PartitionSlots * 4;
        int baseSlot = part << PartitionShift;
        for (int w = 0; w < PartitionSlots / 64 && (baseSlot >> 6) + w < seen.Length; w++)
        {
            ulong bits = seen[(baseSlot >> 6) + w];
            while (bits != 0)
            {
                int local = (w << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                keys[row] = keyMaker.KeyOf(baseSlot + local);
                counts[row] = scratch[CountsAt + local];
                scratch[CountsAt + local] = 0;
                var cells = scratch.AsSpan(local << 2, 4);
                cells.CopyTo(fast.AsSpan(row << 2, 4));
                cells.Clear();
                row++;
            }
        }
    }

    /// <summary>The result cell (row · 4 + direction) of a global cell: the row is the rank of its slot among the slots seen.</summary>
    private static int RowCell(int cell, ulong[] seen, int[] rowStart)
    {
        int slot = cell >> 2;
        int part = slot >> PartitionShift;
        int row = rowStart[part];
        for (int w = part << (PartitionShift - 6); w < slot >> 6; w++)
        {
            row += BitOperations.PopCount(seen[w]);
        }

        row += BitOperations.PopCount(seen[slot >> 6] & ((1UL << (slot & 63)) - 1));
        return (row << 2) | (cell & 3);
    }

    /// <summary>One worker's entries, the values it could not pack and the flows outside the period window.</summary>
    private sealed class Worker(Buckets buckets, HashedAggregator outsiders)
    {
        internal Buckets Buckets { get; } = buckets;

        internal List<(int Cell, decimal Value)> Slow { get; } = [];

        internal HashedAggregator Outsiders { get; private set; } = outsiders;

        /// <summary>Empties the worker after a build (its outsiders were handed out with the build's result).</summary>
        internal void Reset(KeyCodec codec, Currency currency)
        {
            Buckets.Reset();
            Slow.Clear();
            Outsiders = new HashedAggregator(codec, currency);
        }
    }

    /// <summary>One worker's entries per partition: blocks of <see cref="BlockLength"/> longs bump-allocated from one
    /// pooled slab and chained per partition (every partition wastes at most the rest of its last block), and the
    /// bitmap of slots seen.</summary>
    private sealed class Buckets
    {
        private int used;

        /// <param name="parts">Partitions.</param>
        /// <param name="entries">Entries expected (the slab grows if more come).</param>
        internal Buckets(int parts, int entries)
        {
            int blocks = (entries >> BlockShift) + parts + 1;
            Slab = LargeBuffers<long>.Rent(blocks << BlockShift, clear: false);
            Seen = new ulong[((parts << PartitionShift) + 63) >> 6];
            Next = new int[Slab.Length >> BlockShift];
            First = new int[parts];
            Last = new int[parts];
            Write = new int[parts];
            Limit = new int[parts];
            Array.Fill(First, -1);
        }

        internal long[] Slab { get; private set; }

        internal ulong[] Seen { get; }

        /// <summary>The block after each block of a partition's chain, or −1.</summary>
        internal int[] Next { get; private set; }

        internal int[] First { get; }

        internal int[] Last { get; }

        /// <summary>Where the next entry of each partition goes.</summary>
        internal int[] Write { get; }

        /// <summary>The end of each partition's current block.</summary>
        internal int[] Limit { get; }

        /// <summary>Chains a fresh block to a partition; returns its first position.</summary>
        internal int NextBlock(int part)
        {
            if (used == Next.Length)
            {
                // More entries than expected (chunks are handed out as workers become free, or a stream goes on): a slab
                // twice as large.
                var larger = LargeBuffers<long>.Rent((int)Math.Min(Array.MaxLength, (long)Slab.Length * 2), clear: false);
                Array.Copy(Slab, larger, (long)used << BlockShift);
                LargeBuffers<long>.Return(Slab);
                Slab = larger;
                var next = Next;
                Array.Resize(ref next, larger.Length >> BlockShift);
                Next = next;
            }

            int block = used++;
            Next[block] = -1;
            if (First[part] < 0)
            {
                First[part] = block;
            }
            else
            {
                Next[Last[part]] = block;
            }

            Last[part] = block;
            Limit[part] = (block + 1) << BlockShift;
            return block << BlockShift;
        }

        /// <summary>Entries appended since the last reset (the blocks handed out, less the room left in each
        /// partition's last block).</summary>
        internal int Entries
        {
            get
            {
                long entries = (long)used << BlockShift;
                for (int p = 0; p < Write.Length; p++)
                {
                    if (First[p] >= 0)
                    {
                        entries -= Limit[p] - Write[p];
                    }
                }

                return (int)entries;
            }
        }

        /// <summary>Forgets every entry and slot seen; the slab is kept for the next entries.</summary>
        internal void Reset()
        {
            used = 0;
            Array.Clear(Seen);
            Array.Fill(First, -1);
            Array.Clear(Last);
            Array.Clear(Write);
            Array.Clear(Limit);
        }

        internal void Return() => LargeBuffers<long>.Return(Slab);
    }

    /// <summary>The packed key of a slot, with the layout's divisions done by multiplication (a division costs as much
    /// as the rest of writing a row).</summary>
    private sealed class SlotKeys(DenseLayout layout)
    {
        private readonly FastDivisor flows = new(layout.FlowRadix);
        private readonly FastDivisor periods = new(layout.PeriodRadix);
        private readonly FastDivisor groups = new(layout.GroupRadix);
        private readonly FastDivisor partners = new(layout.PartnerRadix);
        private readonly int minPeriod = layout.MinPeriod;
        private readonly int reporterShift = layout.Codec.ReporterShift, partnerShift = layout.Codec.PartnerShift, groupShift = layout.Codec.GroupShift,
            periodShift = layout.Codec.PeriodShift, flowShift = layout.Codec.FlowShift;

        internal long KeyOf(int slot)
        {
            uint rest = (uint)slot;
            uint flow = flows.DivRem(ref rest);
            uint period = periods.DivRem(ref rest);
            uint group = groups.DivRem(ref rest);
            uint partner = partners.DivRem(ref rest);
            return ((long)rest << reporterShift) | ((long)partner << partnerShift) | ((long)group << groupShift)
                   | ((long)(period + minPeriod) << periodShift) | ((long)flow << flowShift);
        }
    }

    /// <summary>Division of 32-bit numbers by a fixed divisor as one 64 × 64 → 128-bit multiplication (Lemire, Kaser and
    /// Kurz, "Faster remainder by direct computation", 2019): exact for every dividend below 2³².</summary>
    private readonly struct FastDivisor(int divisor)
    {
        private readonly uint divisor = (uint)divisor;
        private readonly ulong multiplier = divisor == 1 ? 0 : (ulong.MaxValue / (uint)divisor) + 1;

        /// <summary>Replaces <paramref name="value"/> by its quotient; returns the remainder.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal uint DivRem(ref uint value)
        {
            if (divisor == 1)
            {
                return 0;
            }

            uint quotient = (uint)Math.BigMul(multiplier, value, out _);
            uint remainder = unchecked(value - (quotient * divisor));
            value = quotient;
            return remainder;
        }
    }
}

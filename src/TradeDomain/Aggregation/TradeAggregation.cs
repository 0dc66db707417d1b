using System.Runtime.CompilerServices;
using TradeDomain.Utility;

namespace TradeDomain.Aggregation;

/// <summary>
/// Aggregates trade flows into group totals — by any subset of reporter, partner, partner group, period (rolled up),
/// flow direction and commodity — exactly: every total equals the decimal sum of its flows to the last cent.
/// </summary>
/// <remarks>
/// <para>Span input uses both cores by default for large inputs and, when the key space is small enough (reporter ×
/// partner × year is), direct addressing instead of hashing. Enumerable and async-enumerable input is streamed once,
/// with memory proportional to the number of groups.</para>
/// <para>All flows must be in one currency (the options' or the first flow's) unless
/// <see cref="AggregationOptions.ExchangeRates"/> has a rate for the flow's currency and period.</para>
/// </remarks>
public static class TradeAggregation
{
    /// <summary>Aggregates an array or span of flows.</summary>
    /// <exception cref="ArgumentException">A default flow, a period that does not roll up, or a missing rate.</exception>
    /// <exception cref="OverflowException">A total that decimal cannot hold exactly; the message names the group.</exception>
    public static TradeAggregate Aggregate(ReadOnlySpan<TradeFlow> flows) => Aggregate(flows, AggregationOptions.Default);

    /// <summary>Aggregates an array or span of flows, grouped as <paramref name="options"/> say.</summary>
    /// <exception cref="ArgumentException">A default flow, a period that does not roll up, or a missing rate.</exception>
    /// <exception cref="OverflowException">A total that decimal cannot hold exactly; the message names the group.</exception>
    public static TradeAggregate Aggregate(ReadOnlySpan<TradeFlow> flows, AggregationOptions options) =>
        AggregateUnchecked(flows, options).CheckedTotals();

    private static TradeAggregate AggregateUnchecked(ReadOnlySpan<TradeFlow> flows, AggregationOptions options)
    {
        Preconditions.CheckNotNull(options);
        var codec = new KeyCodec(options);
        var currency = !options.Currency.IsDefault ? options.Currency
            : flows.Length > 0 && !flows[0].Value.IsDefault ? flows[0].Value.Currency
            : Currency.FromCode("XXX");
        switch (EnginePlanner.Choose(flows, codec, out var layout, out int threads))
        {
            case EnginePath.Empty:
                return TradeAggregate.Empty(codec, currency);
            case EnginePath.RangePartitioned:
                return RangePartitionedAggregation.Aggregate(flows, codec, currency, threads);
            case EnginePath.Hashed:
                return Hashed(flows, codec, currency, threads);
            case EnginePath.PartitionedDense:
                var result = PartitionedAggregation.Aggregate(flows, layout!, codec, currency, threads, out var outside);
                return WithOutsiders(result, outside);
        }

        return Dense(flows, layout!, codec, currency, threads);
    }

    private static TradeAggregate Dense(ReadOnlySpan<TradeFlow> flows, DenseLayout layout, KeyCodec codec, Currency currency, int threads)
    {
        var sink = new DenseSink(layout, codec, currency, Accumulator.ChooseFastScale(flows[0], currency), threads);
        sink.Add(flows);
        return sink.Finish();
    }

    /// <summary>Merges in the flows whose periods fell outside the dense window.</summary>
    private static TradeAggregate WithOutsiders(TradeAggregate dense, HashedAggregator[] outsiders)
    {
        foreach (var outside in outsiders)
        {
            if (outside.FlowCount > 0)
            {
                dense = dense.MergeUnchecked(outside.ToAggregateUnchecked());
            }
        }

        return dense;
    }

    /// <summary>A chunk of flows and the state of the worker it is given to.</summary>
    internal delegate void ChunkAction<in TState>(ReadOnlySpan<TradeFlow> chunk, TState state);

    /// <summary>
    /// Runs <paramref name="action"/> over chunks of the flows on up to <paramref name="threads"/> workers, each with
    /// its own state from <paramref name="init"/>, and returns the states. Chunks are handed out as workers become free
    /// (16 per worker), so a core slowed by other work on a shared machine does not hold up the end. Each state is
    /// given to <paramref name="done"/> when its worker has no more chunks.
    /// </summary>
    internal static List<TState> ForChunks<TState>(ReadOnlySpan<TradeFlow> flows, int threads, Func<TState> init, ChunkAction<TState> action, Action<TState>? done = null)
    {
        var states = new List<TState>(threads);
        if (threads == 1)
        {
            var only = init();
            action(flows, only);
            states.Add(only);
            done?.Invoke(only);
            return states;
        }

        var tuning = EngineTuning.Current;
        int chunks = Math.Clamp(flows.Length / tuning.FlowsPerChunk, threads, threads * tuning.ChunksPerWorker);
        unsafe
        {
            fixed (TradeFlow* start = flows)
            {
                var pointer = (IntPtr)start;
                int length = flows.Length;
                try
                {
                    Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, init, (c, _, state) =>
                    {
                        int from = (int)((long)length * c / chunks), to = (int)((long)length * (c + 1) / chunks);
                        action(new ReadOnlySpan<TradeFlow>((TradeFlow*)pointer + from, to - from), state);
                        return state;
                    }, state =>
                    {
                        lock (states)
                        {
                            states.Add(state);
                        }

                        done?.Invoke(state);
                    });
                }
                catch (AggregateException e) when (e.InnerExceptions.Count > 0)
                {
                    // The caller gets what one thread would have thrown (a bad flow's ArgumentException, an overflow), as documented.
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
                    throw;
                }
            }
        }

        return states;
    }

    /// <summary>
    /// The dense path as a sink flows are added to in as many spans as they come in (the whole input of a span
    /// aggregation, or a stream's batches one after another): per-worker tables of every slot, kept from one span to
    /// the next, folded into one aggregate at the end. The flows whose periods fall outside the window chosen at the
    /// start go to each worker's hashed outsiders and are merged in, so a stream whose later periods were not in its
    /// first batch still sums exactly.
    /// </summary>
    internal sealed class DenseSink(DenseLayout layout, KeyCodec codec, Currency currency, byte scale, int threads)
    {
        private readonly WorkerPool<DenseWorker> pool = new(() => new DenseWorker(Accumulator.Rent(layout.Slots), new HashedAggregator(codec, currency), scale));

        private List<DenseWorker> Workers => pool.All;

        internal Currency Currency => currency;

        internal DenseLayout Layout => layout;

        internal byte Scale => scale;

        /// <summary>Takes <paramref name="other"/>'s workers (their sums and outsiders) when it keeps the same slots in the
        /// same currency and scale; <paramref name="other"/> is not used afterwards. No adds may run meanwhile.</summary>
        internal bool TryAbsorb(DenseSink other)
        {
            if (!layout.SameSlots(other.Layout) || currency != other.Currency || scale != other.Scale)
            {
                return false;
            }

            pool.TakeOver(other.pool);
            return true;
        }

        internal void Add(ReadOnlySpan<TradeFlow> flows)
        {
            ForChunks(flows, threads, pool.Take, (chunk, worker) => AddDense(chunk, layout, codec, currency, worker.Sums, worker.Outsiders), pool.Return);
        }

        internal TradeAggregate Finish()
        {
            var all = Workers.Count > 0 ? Workers : [pool.Take()];
            foreach (var worker in all)
            {
                worker.Sums.FoldPairs();
            }

            for (int w = 1; w < all.Count; w++)
            {
                all[0].Sums.Absorb(all[w].Sums);
            }

            var aggregate = TradeAggregate.FromDense(codec, currency, layout, all[0].Sums);
            foreach (var worker in all)
            {
                worker.Sums.Return();
            }

            return WithOutsiders(aggregate, all.Select(w => w.Outsiders).ToArray());
        }
    }

    /// <summary>One worker's dense sums and the flows it found outside the period window.</summary>
    private sealed class DenseWorker
    {
        internal DenseWorker(Accumulator sums, HashedAggregator outsiders, byte scale)
        {
            Sums = sums;
            Sums.FastScale = scale;
            Outsiders = outsiders;
        }

        internal Accumulator Sums { get; }

        internal HashedAggregator Outsiders { get; }
    }

    /// <summary>Drops the working buffers kept for the next aggregation (they hold tens of megabytes after a
    /// reporter × partner × year aggregation of millions of flows).</summary>
    public static void ReleaseBuffers()
    {
        LargeBuffers<long>.Clear();
    }

    /// <summary>Aggregates flows streamed once; memory grows with the number of groups, not of flows.</summary>
    public static TradeAggregate Aggregate(IEnumerable<TradeFlow> flows) => Aggregate(flows, AggregationOptions.Default);

    /// <summary>Aggregates flows streamed once, grouped as <paramref name="options"/> say.</summary>
    public static TradeAggregate Aggregate(IEnumerable<TradeFlow> flows, AggregationOptions options)
    {
        Preconditions.CheckNotNull(flows);
        Preconditions.CheckNotNull(options);
        if (flows is TradeFlow[] array)
        {
            return Aggregate(new ReadOnlySpan<TradeFlow>(array), options);
        }

        if (flows is List<TradeFlow> list)
        {
            return Aggregate(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list), options);
        }

        var batches = new StreamBatches(options);
        try
        {
            foreach (var flow in flows)
            {
                batches.Add(flow);
            }
        }
        catch
        {
            batches.Abandon();
            throw;
        }

        return batches.Finish();
    }

    /// <summary>Aggregates flows from an async stream, read once.</summary>
    public static async Task<TradeAggregate> AggregateAsync(IAsyncEnumerable<TradeFlow> flows, AggregationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(flows);
        var batches = new StreamBatches(options ?? AggregationOptions.Default);
        try
        {
            await foreach (var flow in flows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                batches.Add(flow);
            }
        }
        catch
        {
            batches.Abandon();
            throw;
        }

        return batches.Finish();
    }

    /// <summary>
    /// Streamed flows gathered into batches that the fast engine takes. The first batch (up to
    /// <see cref="StreamBatchSize"/> flows, 24 MB) chooses the path:
    /// <list type="bullet">
    /// <item>a small key space (reporter × year): every later batch is added to one <see cref="DenseSink"/>;</item>
    /// <item>a large one (reporter × partner × year): every later batch is scattered into one
    /// <see cref="PartitionedAggregation.Sink"/> (8 bytes a flow), built into a partial aggregate whenever its entries
    /// pass <see cref="EngineTuning.StreamEntriesPerGroup"/> a group (and at least
    /// <see cref="EngineTuning.StreamMinScatterEntries"/>), so memory stays
    /// proportional to the groups;</item>
    /// <item>otherwise (hashed keys) each batch is aggregated and merged as it fills, batches growing to four flows a
    /// group.</item>
    /// </list>
    /// In the first two, the batches (small enough to be read back from the cache) are taken on another core while the
    /// stream fills the next one (on the calling thread when the options ask for one thread). Later batches are aggregated in the first one's currency, so that they merge.
    /// </summary>
    internal sealed class StreamBatches(AggregationOptions options, EngineTuning? tuning = null)
    {
        internal const int StreamBatchSize = 1 << 20;
        private const int MaxStreamBatch = 1 << 26;

        /// <summary>Batches a sink takes once it is chosen (1.5 MB: written and read back within the caches).</summary>
        private const int SinkBatchSize = 1 << 16;

        private TradeFlow[] buffer = new TradeFlow[4096];
        private int count;
        private TradeAggregate? result;
        private DenseSink? sink;
        private PartitionedAggregation.Sink? scatter;
        private readonly EngineTuning tuning = tuning ?? EngineTuning.Current;
        private long nextCheck = (tuning ?? EngineTuning.Current).StreamMinScatterEntries;
        private TradeFlow[]? spare;
        private Task? pending;
        private AggregationOptions options = options;

        /// <summary>The sink the first batch chose (<see cref="EnginePath.Dense"/> or
        /// <see cref="EnginePath.PartitionedDense"/>), or <see cref="EnginePath.Empty"/> for batches merged one by one.</summary>
        internal EnginePath SinkPath => sink is not null ? EnginePath.Dense : scatter is not null ? EnginePath.PartitionedDense : EnginePath.Empty;

        /// <summary>Sinks of other batches taken in by <see cref="TryAbsorb"/> (for tests).</summary>
        internal int Joins { get; private set; }

        /// <summary>Partial aggregates built from the partitioned sink, the last one included.</summary>
        internal int Builds { get; private set; }

        /// <summary>
        /// Takes in what <paramref name="other"/> has gathered, where both took the same sink (the same slots, currency and
        /// scale): its sink's workers move here, so that one build (on every core) makes the totals of both and no merge
        /// is needed; its flows not yet in a batch are added here. <paramref name="other"/> is not used afterwards.
        /// False (nothing taken) where the sinks differ.
        /// </summary>
        internal bool TryAbsorb(StreamBatches other)
        {
            pending?.GetAwaiter().GetResult();
            other.pending?.GetAwaiter().GetResult();
            pending = other.pending = null;
            bool taken = scatter is not null && other.scatter is not null ? scatter.TryAbsorb(other.scatter)
                : sink is not null && other.sink is not null && sink.TryAbsorb(other.sink);
            if (!taken)
            {
                return false;
            }

            if (other.result is { } built)
            {
                result = result is null ? built : result.MergeUnchecked(built);
            }

            Builds += other.Builds;
            Joins++;
            Add(new ReadOnlySpan<TradeFlow>(other.buffer, 0, other.count));
            other.count = 0;
            other.scatter = null;
            other.sink = null;
            return true;
        }

        /// <summary>Adds flows, copied into the batches a buffer at a time.</summary>
        internal void Add(ReadOnlySpan<TradeFlow> flows)
        {
            while (!flows.IsEmpty)
            {
                if (count == buffer.Length)
                {
                    Add(flows[0]);
                    flows = flows[1..];
                    continue;
                }

                int n = Math.Min(flows.Length, buffer.Length - count);
                flows[..n].CopyTo(buffer.AsSpan(count));
                count += n;
                flows = flows[n..];
            }
        }

        internal void Add(in TradeFlow flow)
        {
            if (count == buffer.Length)
            {
                if (buffer.Length < tuning.StreamFirstBatch && sink is null && scatter is null)
                {
                    Array.Resize(ref buffer, buffer.Length * 4);
                }
                else
                {
                    Flush();
                }
            }

            buffer[count++] = flow;
        }

        internal TradeAggregate Finish()
        {
            if (count > 0 || (result is null && sink is null && scatter is null))
            {
                Flush();
            }

            pending?.GetAwaiter().GetResult();
            if (scatter is not null)
            {
                try
                {
                    BuildScattered(BuildThreads);
                }
                finally
                {
                    scatter.Return();
                }

                return result!.CheckedTotals();
            }

            return sink is null ? result! : sink.Finish().CheckedTotals();
        }

        /// <summary>Waits for the batch being added, if any, when the stream has thrown (its exception is the one that
        /// counts).</summary>
        internal void Abandon()
        {
            try
            {
                pending?.Wait();
            }
            catch (AggregateException)
            {
                // The stream's own exception is rethrown by the caller.
            }

            scatter?.Return();
        }

        private void Flush()
        {
            if (sink is not null || scatter is not null)
            {
                var full = buffer;
                int n = count;
                count = 0;
                if (options.MaxDegreeOfParallelism == 1)
                {
                    // One thread asked for (say, one of a reader's cores, each aggregating its own part of a file).
                    AddToSink(new ReadOnlySpan<TradeFlow>(full, 0, n));
                    BuildIfLarge();
                    return;
                }

                if (pending is { IsCompleted: false })
                {
                    // The other core is still adding the batch before: this one is added here, so that neither waits
                    // (the sinks give each adding thread a worker of its own).
                    AddToSink(new ReadOnlySpan<TradeFlow>(full, 0, n));
                    return;
                }

                // Nothing is being added: the batch before has thrown or is in, so a partial build may run, and the
                // buffers swap; this batch is added on another core while the stream goes on.
                pending?.GetAwaiter().GetResult();
                BuildIfLarge();
                buffer = spare ??= new TradeFlow[SinkBatchSize];
                spare = full;
                pending = Task.Run(() => AddToSink(new ReadOnlySpan<TradeFlow>(full, 0, n)));
                return;
            }

            var batch = new ReadOnlySpan<TradeFlow>(buffer, 0, count);
            count = 0;

            if (result is null && TryStartSink(batch))
            {
                return;
            }

            var part = Aggregate(batch, options);
            if (result is null)
            {
                result = part;
                options = options.Currency.IsDefault && batch.Length > 0 ? options with { Currency = part.Currency } : options;
            }
            else
            {
                result = result.Merge(part);
            }

            if (result.Count > buffer.Length / 4 && buffer.Length < MaxStreamBatch)
            {
                // Many groups: a merge costs about as much as the groups, so batches grow to four flows a group (memory
                // stays proportional to the groups) and merges stay few.
                buffer = new TradeFlow[(int)Math.Min(MaxStreamBatch, 4L * result.Count)];
            }
        }

        private void AddToSink(ReadOnlySpan<TradeFlow> batch)
        {
            if (sink is not null)
            {
                sink.Add(batch);
            }
            else
            {
                scatter!.Add(batch, 1);
            }
        }

        /// <summary>With no batch being added: the partitioned sink's entries built into a partial aggregate when they
        /// have grown large against the groups.</summary>
        private void BuildIfLarge()
        {
            if (scatter is null)
            {
                return;
            }

            long entries = scatter.Entries;
            if (entries < nextCheck)
            {
                return;
            }

            long limit = Math.Max(tuning.StreamMinScatterEntries, tuning.StreamEntriesPerGroup * (long)Math.Max(scatter.Groups(), result?.Count ?? 0));
            if (entries < limit)
            {
                nextCheck = limit;
                return;
            }

            BuildScattered(BuildThreads);
            nextCheck = Math.Max(tuning.StreamMinScatterEntries, tuning.StreamEntriesPerGroup * (long)result!.Count);
        }

        /// <summary>Threads a build of the partitioned sink may use: the options' limit, else every core (no batch is
        /// being added while it runs).</summary>
        private int BuildThreads => options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount;

        /// <summary>The scattered entries built into a partial aggregate and merged into <see cref="result"/>.</summary>
        private void BuildScattered(int threads)
        {
            var part = WithOutsiders(scatter!.Build(threads, out var outside), outside);
            Builds++;
            result = result is null ? part : result.MergeUnchecked(part);
        }

        /// <summary>Starts a dense or partitioned sink when the first batch is large and takes one of those paths.</summary>
        private bool TryStartSink(ReadOnlySpan<TradeFlow> first)
        {
            var codec = new KeyCodec(options);
            if (first.Length < tuning.StreamFirstBatch || first[0].Value.IsDefault)
            {
                return false;
            }

            var path = EnginePlanner.Choose(first, codec, out var layout, out int threads);
            var currency = !options.Currency.IsDefault ? options.Currency : first[0].Value.Currency;
            if (path == EnginePath.PartitionedDense)
            {
                scatter = new PartitionedAggregation.Sink(layout!, codec, currency, Accumulator.ChooseFastScale(first[0], currency), 2 * first.Length);
                scatter.Add(first, threads);
                buffer = new TradeFlow[SinkBatchSize];
                return true;
            }

            if (path != EnginePath.Dense)
            {
                return false;
            }

            // One core goes on reading the stream; the others add the batches.
            sink = new DenseSink(layout!, codec, currency, Accumulator.ChooseFastScale(first[0], currency),
                options.MaxDegreeOfParallelism > 0 ? threads : Math.Max(1, Environment.ProcessorCount - 1));
            sink.Add(first);
            buffer = new TradeFlow[SinkBatchSize];
            return true;
        }
    }

    private static TradeAggregate Hashed(ReadOnlySpan<TradeFlow> flows, KeyCodec codec, Currency currency, int threads)
    {
        var parts = ForChunks(flows, threads, () => new HashedAggregator(codec, currency), (chunk, aggregator) => aggregator.Add(chunk));
        return parts.Count == 1 ? parts[0].ToAggregateUnchecked() : TradeAggregate.MergeUnchecked(parts.Select(p => p.ToAggregateUnchecked()));
    }

    /// <summary>
    /// Adds flows at their dense slots: runs of common flows eight at a time (<see cref="VectorAddition"/>, where the
    /// hardware has AVX-512) or one at a time (<see cref="AddFast"/>) into the accumulator's pair table, and each flow
    /// those stop at by the general route.
    /// </summary>
    private static void AddDense(ReadOnlySpan<TradeFlow> flows, DenseLayout layout, KeyCodec codec, Currency currency, Accumulator acc, HashedAggregator outside)
    {
        var years = layout.YearSlots;
        ulong match = TradeFlow.FastMatch(currency, acc.FastScale);
        bool vector = VectorAddition.IsAccelerated && VectorAddition.Enabled && layout.IsSimpleYearLayout;
        int i = 0, n = flows.Length;
        while (i < n)
        {
            if (acc.PairsBudget < VectorAddition.Width)
            {
                acc.FoldPairs(); // the pair table has taken all it safely can
            }

            var pairs = acc.RentPairs();
            if (vector)
            {
                i = VectorAddition.Add(flows, i, years, match, pairs, ref acc.PairsBudget);
            }

            // Scalar from where the vector loop stopped: to the end of that group of eight, or of all flows.
            int end = vector ? Math.Min(n, i + VectorAddition.Width) : n;
            while (i < end && (i = AddFast(flows, i, end, years, match, pairs, ref acc.PairsBudget)) < end)
            {
                if (acc.PairsBudget == 0)
                {
                    acc.FoldPairs();
                    pairs = acc.RentPairs();
                    continue;
                }

                ref readonly var f = ref flows[i];
                AddGeneral(f, years.Of(f), layout, codec, currency, acc, outside);
                i++;
            }
        }
    }

    /// <summary>
    /// The hot loop: adds flows from <paramref name="start"/> to <paramref name="end"/> to the pair table while they are
    /// common — a slot by <see cref="YearSlots"/>, the aggregation's currency and scale, a value below
    /// 2^<see cref="VectorAddition.ValueBits"/> units — and budget remains, taking one from it per flow; returns the index
    /// of the first flow it did not add (or <paramref name="end"/>). No calls and no overflow checks (the budget rules
    /// out overflow, see <see cref="VectorAddition"/>), so everything it needs stays in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // one long loop per call: compile it optimized at once
    private static int AddFast(ReadOnlySpan<TradeFlow> flows, int start, int end, YearSlots years, ulong match, long[] pairs, ref int budget)
    {
        unchecked
        {
            int left = budget;
            int i = start;
            for (; i < end && left > 0; i++, left--)
            {
                ref readonly var f = ref flows[i];
                int slot = years.Of(f);
                if (slot < 0 || !f.TryFastUnits(match, out long v) || (ulong)(v + (1L << VectorAddition.ValueBits)) >= 1UL << (VectorAddition.ValueBits + 1))
                {
                    break;
                }

                ref long sum = ref pairs[(slot << 3) | (f.FlowIndex << 1)];
                sum += v;
                Unsafe.Add(ref sum, 1)++; // the count, next to the sum
            }

            budget = left;
            return i;
        }
    }

    /// <summary>Adds a flow the inline path could not: its slot by the layout's general rule (or to the outsiders, when
    /// its period is outside the window), its value by rate or exactly as a decimal.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddGeneral(in TradeFlow f, int slot, DenseLayout layout, KeyCodec codec, Currency currency, Accumulator acc, HashedAggregator outside)
    {
        if (slot < 0 && (slot = SlotOrOutside(f, layout, codec, outside)) < 0)
        {
            return;
        }

        acc.Add(slot, (int)f.Flow, ValueIn(f, currency, codec));
    }

    /// <summary>The slot of a flow by the layout's general rule; a flow outside the period window goes to the outsiders
    /// (−1).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int SlotOrOutside(in TradeFlow f, DenseLayout layout, KeyCodec codec, HashedAggregator others)
    {
        int slot = layout.SlotOf(f, codec);
        if (slot < 0)
        {
            others.Add(f);
        }

        return slot;
    }

    /// <summary>The value of a flow in the aggregation's currency.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal ValueIn(in TradeFlow flow, Currency currency, KeyCodec codec) =>
        flow.Currency == currency ? flow.Value.Amount : Convert(flow, currency, codec);

    /// <summary>The value of a flow in the aggregation's currency, by an explicitly supplied rate.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static decimal Convert(in TradeFlow flow, Currency currency, KeyCodec codec)
    {
        if (flow.Value.IsDefault)
        {
            throw new ArgumentException("A default(TradeFlow) has no value; every flow needs reporter, partner, period and value.");
        }

        foreach (var rate in codec.Options.ExchangeRates)
        {
            if (rate.From == flow.Value.Currency && rate.To == currency && rate.Period.Contains(flow.Period))
            {
                return flow.Value.Amount * rate.Rate;
            }
        }

        throw new CurrencyMismatchException(
            $"The flow {flow} is in {flow.Value.Currency}, the aggregation in {currency}, and no exchange rate {flow.Value.Currency}/{currency} covers {flow.Period}; supply one in AggregationOptions.ExchangeRates.");
    }
}

/// <summary>Direct addressing of groups when the key space is small: slot = mixed-radix number of the key parts.</summary>
internal sealed class DenseLayout
{
    private const TradeDimensions DenseDimensions = TradeDimensions.Reporter | TradeDimensions.Partner | TradeDimensions.PartnerGroup
        | TradeDimensions.Period | TradeDimensions.Flow;

    /// <summary>The codec whose keys the slots become.</summary>
    internal KeyCodec Codec { get; private init; } = null!;

    internal int ReporterRadix { get; private init; }

    internal int PartnerRadix { get; private init; }

    internal int GroupRadix { get; private init; }

    internal int PeriodRadix { get; private init; }

    internal int FlowRadix { get; private init; }

    internal int MinPeriod { get; private init; }

    internal int Slots { get; private init; }

    private bool HasPeriod { get; init; }

    private bool YearRollup { get; init; }

    /// <summary>Whether <paramref name="other"/> addresses every slot as this layout does (so that sums kept by one can
    /// be added to the other's).</summary>
    internal bool SameSlots(DenseLayout other) =>
        Codec.SameShape(other.Codec) && ReporterRadix == other.ReporterRadix && PartnerRadix == other.PartnerRadix && GroupRadix == other.GroupRadix
        && PeriodRadix == other.PeriodRadix && FlowRadix == other.FlowRadix && MinPeriod == other.MinPeriod && Slots == other.Slots
        && HasPeriod == other.HasPeriod && YearRollup == other.YearRollup;

    /// <summary>Reporter, partner, year and flow only (no partner group), periods rolled up to years or not grouped.</summary>
    internal bool IsSimpleYearLayout => GroupRadix == 1 && (!HasPeriod || YearRollup);

    internal static DenseLayout? TryCreate(KeyCodec codec, ReadOnlySpan<TradeFlow> flows, EngineTuning tuning)
    {
        // Direct addressing covers reporter, partner, partner group, period (rolled up) and flow; other keys are hashed.
        if ((codec.Dimensions & ~DenseDimensions) != 0 || (codec.Has(TradeDimensions.Period) && codec.Options.PeriodRollup == PeriodRollup.None))
        {
            return null;
        }

        int min = 0, max = 0;
        if (codec.Has(TradeDimensions.Period))
        {
            (min, max) = PeriodRange(codec, flows);
        }

        long slots = (long)(codec.Has(TradeDimensions.Reporter) ? Country.All.Count + 1 : 1)
            * (codec.Has(TradeDimensions.Partner) ? TradePartner.DenseCount : 1)
            * (codec.Has(TradeDimensions.PartnerGroup) ? 3 : 1)
            * (max - min + 1)
            * (codec.Has(TradeDimensions.Flow) ? 4 : 1);

        // Up to 65 536 slots, per-worker tables of every slot; beyond, the partitioned path, whose cost per slot is one
        // bit (and per partition one block), pays from some tens of thousands of flows; fewer are hashed.
        if (slots > tuning.MaxDenseSlots || (slots > tuning.DenseTableSlots && flows.Length < tuning.PartitionedDenseMinFlows))
        {
            return null;
        }

        return new DenseLayout
        {
            Codec = codec,
            ReporterRadix = codec.Has(TradeDimensions.Reporter) ? Country.All.Count + 1 : 1,
            PartnerRadix = codec.Has(TradeDimensions.Partner) ? TradePartner.DenseCount : 1,
            GroupRadix = codec.Has(TradeDimensions.PartnerGroup) ? 3 : 1,
            PeriodRadix = max - min + 1,
            FlowRadix = codec.Has(TradeDimensions.Flow) ? 4 : 1,
            MinPeriod = min,
            Slots = (int)slots,
            HasPeriod = codec.Has(TradeDimensions.Period),
            YearRollup = codec.Options.PeriodRollup == PeriodRollup.Year,
        };
    }

    /// <summary>The inline slot arithmetic for layouts of reporter, partner, year and flow; for other layouts it gives −1
    /// for every flow, sending each to <see cref="SlotOf"/>.</summary>
    internal YearSlots YearSlots => IsSimpleYearLayout
        ? new(ReporterRadix, PartnerRadix, HasPeriod ? PeriodRadix : 0, FlowRadix, MinPeriod)
        : new(1, 1, -1, 1, 0);

    /// <summary>The slot of a flow: its key parts as one mixed-radix number; −1 when its period is outside the window.</summary>
    internal int SlotOf(in TradeFlow f, KeyCodec codec)
    {
        int p = 0;
        if (HasPeriod)
        {
            p = codec.PeriodKey(f) - MinPeriod;
            if (p < 0 || p >= PeriodRadix)
            {
                return -1;
            }
        }

        int slot = ReporterRadix > 1 ? f.ReporterIndex : 0;
        slot = (slot * PartnerRadix) + (PartnerRadix > 1 ? f.PartnerDenseId : 0);
        slot = (slot * GroupRadix) + (GroupRadix > 1 ? codec.GroupFlag(f) : 0);
        slot = (slot * PeriodRadix) + p;
        return (slot * FlowRadix) + (FlowRadix > 1 ? (int)f.Flow : 0);
    }

    /// <summary>The smallest and largest period key, on every core for large inputs.</summary>
    /// <summary>
    /// The period window of the dense layout, from a sample of the flows (every flow for small inputs) widened by two
    /// periods on each side. Flows outside it are not lost: <see cref="SlotOf"/> gives −1 for them and they are
    /// aggregated by hashing and merged in, so the window costs no full pass over the data.
    /// </summary>
    private static (int Min, int Max) PeriodRange(KeyCodec codec, ReadOnlySpan<TradeFlow> flows)
    {
        int step = Math.Max(1, flows.Length / 8192);
        int lo = int.MaxValue, hi = int.MinValue;
        for (int i = 0; i < flows.Length; i += step)
        {
            ref readonly var f = ref flows[i];
            if (f.PeriodCode == 0)
            {
                throw new ArgumentException("A default(TradeFlow) has no period; every flow needs reporter, partner, period and value.", nameof(flows));
            }

            int k = codec.PeriodKey(f);
            lo = Math.Min(lo, k);
            hi = Math.Max(hi, k);
        }

        return step == 1 ? (lo, hi) : (lo - 2, hi + 2);
    }

    /// <summary>The packed key of a slot.</summary>
    internal long KeyOf(int slot)
    {
        int flow = slot % FlowRadix;
        slot /= FlowRadix;
        int period = (slot % PeriodRadix) + MinPeriod;
        slot /= PeriodRadix;
        int group = slot % GroupRadix;
        slot /= GroupRadix;
        int partner = slot % PartnerRadix;
        int reporter = slot / PartnerRadix;
        return ((long)reporter << Codec.ReporterShift) | ((long)partner << Codec.PartnerShift) | ((long)group << Codec.GroupShift)
               | ((long)period << Codec.PeriodShift) | ((long)flow << Codec.FlowShift);
    }
}

/// <summary>
/// The slot of a flow in a reporter/partner/year/flow layout by arithmetic on its fields alone, kept in locals by the hot
/// loops; −1 for a flow whose period is not within one year of the window (those take <see cref="DenseLayout.SlotOf"/>).
/// Dimensions not grouped by are masked to 0, so the arithmetic has no branches.
/// </summary>
internal readonly struct YearSlots
{
    // Read by VectorAddition, which does the same arithmetic eight flows at a time.
    internal readonly int ReporterMask;
    internal readonly int Partners;
    internal readonly int PartnerMask;
    internal readonly bool ByYear;
    internal readonly uint YearCount; // 0 for layouts this arithmetic does not cover: every flow is then outside
    internal readonly int YearRadix;
    internal readonly int FirstYear;
    internal readonly int Flows;
    internal readonly int FlowMask;

    /// <param name="reporters">Reporter radix (1 when not grouped by reporter).</param>
    /// <param name="partners">Partner radix (1 when not grouped by partner).</param>
    /// <param name="years">Year radix; 0 when not grouped by period, −1 for layouts this arithmetic does not cover.</param>
    /// <param name="flows">Flow radix (1 when not grouped by flow).</param>
    /// <param name="firstYear">The first year of the window.</param>
    internal YearSlots(int reporters, int partners, int years, int flows, int firstYear)
    {
        ReporterMask = reporters > 1 ? -1 : 0;
        Partners = partners;
        PartnerMask = partners > 1 ? -1 : 0;
        ByYear = years != 0;
        YearCount = years < 0 ? 0 : (uint)years;
        YearRadix = Math.Max(years, 1);
        FirstYear = firstYear;
        Flows = flows;
        FlowMask = flows > 1 ? -1 : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Of(in TradeFlow f)
    {
        unchecked
        {
            int p = 0;
            if (ByYear)
            {
                p = PeriodCode.SingleYearOf(f.PeriodCode) - FirstYear;
                if ((uint)p >= YearCount)
                {
                    return -1;
                }
            }

            int slot = ((((f.ReporterIndex & ReporterMask) * Partners) + (f.PartnerDenseId & PartnerMask)) * YearRadix) + p;
            return (slot * Flows) + (f.FlowIndex & FlowMask);
        }
    }
}

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
    private const int ParallelThreshold = 200_000;

    // Beyond this many slots (about 3 MB of sums) direct addressing misses the caches on every flow.
    private const int PartitionedSlots = 1 << 16;

    /// <summary>Aggregates an array or span of flows.</summary>
    /// <exception cref="ArgumentException">A default flow, a period that does not roll up, or a missing rate.</exception>
    /// <exception cref="OverflowException">A total that decimal cannot hold exactly; the message names the group.</exception>
    public static TradeAggregate Aggregate(ReadOnlySpan<TradeFlow> flows) => Aggregate(flows, AggregationOptions.Default);

    /// <summary>Aggregates an array or span of flows, grouped as <paramref name="options"/> say.</summary>
    /// <exception cref="ArgumentException">A default flow, a period that does not roll up, or a missing rate.</exception>
    /// <exception cref="OverflowException">A total that decimal cannot hold exactly; the message names the group.</exception>
    public static TradeAggregate Aggregate(ReadOnlySpan<TradeFlow> flows, AggregationOptions options)
    {
        Preconditions.CheckNotNull(options);
        var codec = new KeyCodec(options);
        var currency = !options.Currency.IsDefault ? options.Currency
            : flows.Length > 0 && !flows[0].Value.IsDefault ? flows[0].Value.Currency
            : Currency.FromCode("XXX");
        if (flows.IsEmpty)
        {
            return TradeAggregate.Empty(codec, currency);
        }

        int threads = options.MaxDegreeOfParallelism > 0
            ? options.MaxDegreeOfParallelism
            : flows.Length >= ParallelThreshold ? Environment.ProcessorCount : 1;
        threads = Math.Clamp(threads, 1, Math.Max(1, flows.Length / 1000));

        var layout = DenseLayout.TryCreate(codec, flows);
        if (layout is null)
        {
            return Hashed(flows, codec, currency, threads);
        }

        if (layout.Slots > PartitionedSlots)
        {
            var partitioned = AddPartitioned(flows, layout, codec, currency, threads, out var outside);
            var result = TradeAggregate.FromDense(codec, currency, layout, partitioned);
            partitioned.Return();
            return WithOutsiders(result, outside);
        }

        var partials = new Accumulator[threads];
        var outsiders = new TradeAggregator[threads];
        if (threads == 1)
        {
            partials[0] = Accumulator.Rent(layout.Slots);
            outsiders[0] = new TradeAggregator(codec, currency);
            AddDense(flows, layout, codec, currency, partials[0], outsiders[0]);
        }
        else
        {
            unsafe
            {
                fixed (TradeFlow* start = flows)
                {
                    var pointer = (IntPtr)start;
                    int length = flows.Length;
                    Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
                    {
                        int from = (int)((long)length * t / threads);
                        int to = (int)((long)length * (t + 1) / threads);
                        var part = new ReadOnlySpan<TradeFlow>((TradeFlow*)pointer + from, to - from);
                        partials[t] = Accumulator.Rent(layout.Slots);
                        outsiders[t] = new TradeAggregator(codec, currency);
                        AddDense(part, layout, codec, currency, partials[t], outsiders[t]);
                    });
                }
            }

            for (int t = 1; t < threads; t++)
            {
                partials[0].Absorb(partials[t]);
            }
        }

        var aggregate = TradeAggregate.FromDense(codec, currency, layout, partials[0]);
        foreach (var partial in partials)
        {
            partial.Return();
        }

        return WithOutsiders(aggregate, outsiders);
    }

    /// <summary>Merges in the flows whose periods fell outside the dense window.</summary>
    private static TradeAggregate WithOutsiders(TradeAggregate dense, TradeAggregator[] outsiders)
    {
        foreach (var outside in outsiders)
        {
            if (outside.FlowCount > 0)
            {
                dense = dense.Merge(outside.ToAggregate());
            }
        }

        return dense;
    }

    /// <summary>Drops the working buffers kept for the next aggregation (they hold tens of megabytes after a
    /// reporter × partner × year aggregation of millions of flows).</summary>
    public static void ReleaseBuffers()
    {
        LargeBuffers<int>.Clear();
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

        var aggregator = new TradeAggregator(options);
        foreach (var flow in flows)
        {
            aggregator.Add(flow);
        }

        return aggregator.ToAggregate();
    }

    /// <summary>Aggregates flows from an async stream, read once.</summary>
    public static async Task<TradeAggregate> AggregateAsync(IAsyncEnumerable<TradeFlow> flows, AggregationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(flows);
        var aggregator = new TradeAggregator(options ?? AggregationOptions.Default);
        await foreach (var flow in flows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            aggregator.Add(flow);
        }

        return aggregator.ToAggregate();
    }

    private static TradeAggregate Hashed(ReadOnlySpan<TradeFlow> flows, KeyCodec codec, Currency currency, int threads)
    {
        if (threads == 1)
        {
            var single = new TradeAggregator(codec, currency);
            single.Add(flows);
            return single.ToAggregate();
        }

        var parts = new TradeAggregate[threads];
        unsafe
        {
            fixed (TradeFlow* start = flows)
            {
                var pointer = (IntPtr)start;
                int length = flows.Length;
                Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
                {
                    int from = (int)((long)length * t / threads);
                    int to = (int)((long)length * (t + 1) / threads);
                    var aggregator = new TradeAggregator(codec, currency);
                    aggregator.Add(new ReadOnlySpan<TradeFlow>((TradeFlow*)pointer + from, to - from));
                    parts[t] = aggregator.ToAggregate();
                });
            }
        }

        return TradeAggregate.Merge(parts);
    }

    private static void AddDense(ReadOnlySpan<TradeFlow> flows, DenseLayout layout, KeyCodec codec, Currency currency, Accumulator acc, TradeAggregator outside)
    {
        Span<int> bits = stackalloc int[4];
        if (layout.IsSimpleYearLayout && flows.Length > 0)
        {
            AddDenseYears(flows, layout, codec, currency, acc, outside, bits);
            return;
        }

        for (int i = 0; i < flows.Length; i++)
        {
            ref readonly var f = ref flows[i];
            int slot = layout.SlotOf(f, codec);
            if (slot < 0)
            {
                outside.Add(f);
                continue;
            }

            var value = f.Value;
            acc.Add(slot, (int)f.Flow, value.Currency == currency ? value.Amount : Convert(f, currency, codec), bits);
        }
    }

    /// <summary>The hot loop for the common case — groups of reporter, partner, year and flow, one currency — with every
    /// step inline; anything unusual (a period spanning years, another currency, a value beyond the fast path) takes the
    /// general route for that flow only.</summary>
    private static void AddDenseYears(ReadOnlySpan<TradeFlow> flows, DenseLayout layout, KeyCodec codec, Currency currency, Accumulator acc, TradeAggregator outside, Span<int> bits)
    {
        if (acc.FastScale == byte.MaxValue)
        {
            acc.FastScale = Accumulator.ChooseFastScale(flows[0].Value.Amount);
        }

        long[] counts = acc.Counts, fast = acc.Fast;
        byte fastScale = acc.FastScale;
        int rr = layout.ReporterRadix, pr = layout.PartnerRadix, yr = layout.PeriodRadix, fr = layout.FlowRadix, min = layout.MinPeriod;
        bool period = layout.HasPeriodDimension;
        for (int i = 0; i < flows.Length; i++)
        {
            ref readonly var f = ref flows[i];
            int p = 0;
            if (period)
            {
                var span = f.Period;
                int year = span.Start.Year;
                p = year - min;
                if (span.End.Year != year || p < 0 || p >= yr)
                {
                    int general = layout.SlotOf(f, codec);
                    if (general < 0)
                    {
                        outside.Add(f);
                    }
                    else
                    {
                        acc.Add(general, (int)f.Flow, f.Value.Currency == currency ? f.Value.Amount : Convert(f, currency, codec), bits);
                    }

                    continue;
                }
            }

            int slot = ((((rr > 1 ? f.Reporter.Index : 0) * pr) + (pr > 1 ? f.Partner.DenseId : 0)) * yr) + p;
            slot = (slot * fr) + (fr > 1 ? (int)f.Flow : 0);
            var money = f.Value;
            if (money.Currency != currency || !Accumulator.TryFast(money.Amount, fastScale, bits, out long v))
            {
                acc.Add(slot, (int)f.Flow, money.Currency == currency ? money.Amount : Convert(f, currency, codec), bits);
                continue;
            }

            counts[slot]++;
            int cell = (slot << 2) | (int)f.Flow;
            if (!Accumulator.TryAddUnits(ref fast[cell], v))
            {
                Accumulator.AddExact(acc.Slow, cell, money.Amount);
            }
        }
    }

    /// <summary>
    /// Aggregation for key spaces too large for the caches (reporter × partner × year has 2 million slots): rather than
    /// adding each flow at a random place in memory, the flows' (cell, value) pairs are first scattered into partitions
    /// of 4 096 slots, then each partition is summed while its slots sit in the cache. Three passes, every one of them
    /// sequential in memory, split across threads; the partitions are disjoint, so no merge is needed.
    /// </summary>
    private static Accumulator AddPartitioned(ReadOnlySpan<TradeFlow> flows, DenseLayout layout, KeyCodec codec, Currency currency, int threads, out TradeAggregator[] outside)
    {
        var outsiders = outside = new TradeAggregator[threads];
        const int Shift = 12;
        int n = flows.Length;
        int parts = (layout.Slots + (1 << Shift) - 1) >> Shift;
        var cellOf = LargeBuffers<int>.Rent(n);
        var valueOf = LargeBuffers<long>.Rent(n);
        var histograms = new int[threads][];
        var slowLists = new List<(int Cell, decimal Value)>[threads];
        var acc = Accumulator.Rent(layout.Slots);
        var first = flows[0].Value;
        acc.FastScale = first.Currency == currency ? Accumulator.ChooseFastScale(first.Amount) : (byte)2;
        byte fastScale = acc.FastScale;

        unsafe
        {
            fixed (TradeFlow* start = flows)
            {
                var pointer = (IntPtr)start;
                var options = new ParallelOptions { MaxDegreeOfParallelism = threads };

                // Pass 1: the cell and the fast value of every flow, and a histogram of partitions per chunk.
                Parallel.For(0, threads, options, t =>
                {
                    int from = (int)((long)n * t / threads), to = (int)((long)n * (t + 1) / threads);
                    var chunk = new ReadOnlySpan<TradeFlow>((TradeFlow*)pointer + from, to - from);
                    var histogram = histograms[t] = new int[parts];
                    var slow = slowLists[t] = [];
                    var others = outsiders[t] = new TradeAggregator(codec, currency);
                    Span<int> bits = stackalloc int[4];
                    for (int i = 0; i < chunk.Length; i++)
                    {
                        ref readonly var f = ref chunk[i];
                        int slot = layout.SlotOf(f, codec);
                        if (slot < 0)
                        {
                            others.Add(f);
                            cellOf[from + i] = -1;
                            continue;
                        }

                        int cell = (slot << 2) | (int)f.Flow;
                        var money = f.Value;
                        decimal value = money.Currency == currency ? money.Amount : Convert(f, currency, codec);
                        if (!Accumulator.TryFast(value, fastScale, bits, out long v))
                        {
                            v = 0;
                            slow.Add((cell, value));
                        }

                        cellOf[from + i] = cell;
                        valueOf[from + i] = v;
                        histogram[slot >> Shift]++;
                    }
                });
            }
        }

        // Where each chunk's share of each partition goes: partitions in order, chunks in order within each.
        var cursors = new int[threads][];
        var partitionStart = new int[parts + 1];
        int position = 0;
        for (int t = 0; t < threads; t++)
        {
            cursors[t] = new int[parts];
        }

        for (int p = 0; p < parts; p++)
        {
            partitionStart[p] = position;
            for (int t = 0; t < threads; t++)
            {
                cursors[t][p] = position;
                position += histograms[t][p];
            }
        }

        partitionStart[parts] = position;
        var cells = LargeBuffers<int>.Rent(n);
        var values = LargeBuffers<long>.Rent(n);
        var scatterOptions = new ParallelOptions { MaxDegreeOfParallelism = threads };

        // Pass 2: scatter into partitions.
        Parallel.For(0, threads, scatterOptions, t =>
        {
            int from = (int)((long)n * t / threads), to = (int)((long)n * (t + 1) / threads);
            var cursor = cursors[t];
            for (int i = from; i < to; i++)
            {
                int cell = cellOf[i];
                if (cell < 0)
                {
                    continue;
                }

                int at = cursor[(cell >> 2) >> Shift]++;
                cells[at] = cell;
                values[at] = valueOf[i];
            }
        });

        // Pass 3: sum each partition in cache; partitions are disjoint ranges of slots.
        var overflow = new Dictionary<int, ExactSum>[threads];
        Parallel.For(0, threads, scatterOptions, t =>
        {
            var spill = overflow[t] = [];
            var fast = acc.Fast;
            var counts = acc.Counts;
            for (int p = t; p < parts; p += threads)
            {
                for (int i = partitionStart[p]; i < partitionStart[p + 1]; i++)
                {
                    int cell = cells[i];
                    counts[cell >> 2]++;
                    long v = values[i];
                    if (!Accumulator.TryAddUnits(ref fast[cell], v))
                    {
                        Accumulator.AddExact(spill, cell, v, fastScale);
                    }
                }
            }
        });

        LargeBuffers<int>.Return(cellOf);
        LargeBuffers<long>.Return(valueOf);
        LargeBuffers<int>.Return(cells);
        LargeBuffers<long>.Return(values);
        foreach (var (cell, value) in slowLists.SelectMany(l => l))
        {
            Accumulator.AddExact(acc.Slow, cell, value);
        }

        foreach (var (cell, sum) in overflow.SelectMany(d => d))
        {
            Accumulator.AddExact(acc.Slow, cell, sum);
        }

        return acc;
    }

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
    internal int ReporterRadix { get; private init; }

    internal int PartnerRadix { get; private init; }

    internal int GroupRadix { get; private init; }

    internal int PeriodRadix { get; private init; }

    internal int FlowRadix { get; private init; }

    internal int MinPeriod { get; private init; }

    internal int Slots { get; private init; }

    private bool HasPeriod { get; init; }

    private bool YearRollup { get; init; }

    internal bool HasPeriodDimension => HasPeriod;

    /// <summary>Reporter, partner, year and flow only (no partner group), periods rolled up to years or not grouped.</summary>
    internal bool IsSimpleYearLayout => GroupRadix == 1 && (!HasPeriod || YearRollup);

    internal static DenseLayout? TryCreate(KeyCodec codec, ReadOnlySpan<TradeFlow> flows)
    {
        if (codec.Has(TradeDimensions.Commodity) || (codec.Has(TradeDimensions.Period) && codec.Options.PeriodRollup == PeriodRollup.None))
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

        // Direct addressing pays when the slots are not many more than the flows could fill.
        if (slots > 8_000_000 || slots > Math.Max(4L * flows.Length, 65_536))
        {
            return null;
        }

        return new DenseLayout
        {
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

    /// <summary>The slot of a flow: its key parts as one mixed-radix number; −1 when its period is outside the window.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int SlotOf(in TradeFlow f, KeyCodec codec)
    {
        int p = 0;
        if (HasPeriod)
        {
            if (YearRollup)
            {
                var period = f.Period;
                p = period.Start.Year;
                if (period.End.Year != p)
                {
                    p = codec.PeriodKey(period);
                }
            }
            else
            {
                p = codec.PeriodKey(f.Period);
            }

            p -= MinPeriod;
            if (p < 0 || p >= PeriodRadix)
            {
                return -1;
            }
        }

        int slot = ReporterRadix > 1 ? f.Reporter.Index : 0;
        slot = (slot * PartnerRadix) + (PartnerRadix > 1 ? f.Partner.DenseId : 0);
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
        bool years = codec.Options.PeriodRollup == PeriodRollup.Year;
        int step = Math.Max(1, flows.Length / 8192);
        int lo = int.MaxValue, hi = int.MinValue;
        for (int i = 0; i < flows.Length; i += step)
        {
            ref readonly var f = ref flows[i];
            if (f.Period.IsDefault)
            {
                throw new ArgumentException("A default(TradeFlow) has no period; every flow needs reporter, partner, period and value.", nameof(flows));
            }

            int k = years ? f.Period.Start.Year : codec.PeriodKey(f.Period);
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
        return ((long)reporter << KeyCodec.ReporterShift) | ((long)partner << KeyCodec.PartnerShift) | ((long)group << KeyCodec.GroupShift)
               | ((long)period << KeyCodec.PeriodShift) | ((long)flow << KeyCodec.FlowShift);
    }
}

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
            var result = PartitionedAggregation.Aggregate(flows, layout, codec, currency, threads, out var outside);
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

    /// <summary>
    /// Adds flows at their dense slots. The common case — one currency, a value with at most the accumulator's decimals,
    /// a period within one calendar year for reporter/partner/year/flow layouts — is all inline; anything else takes the
    /// general route for that flow only.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // one long loop per call: compile it optimized at once
    private static void AddDense(ReadOnlySpan<TradeFlow> flows, DenseLayout layout, KeyCodec codec, Currency currency, Accumulator acc, TradeAggregator outside)
    {
        if (acc.FastScale == byte.MaxValue)
        {
            acc.FastScale = Accumulator.ChooseFastScale(flows[0].Value.Amount);
        }

        long[] counts = acc.Counts, fast = acc.Fast;
        byte scale = acc.FastScale;
        var years = layout.YearSlots;
        unchecked
        {
            for (int i = 0; i < flows.Length; i++)
            {
                ref readonly var f = ref flows[i];
                int slot = years.Of(f);
                long v = 0;
                if (slot < 0 || f.Currency != currency || !f.TryUnits(scale, out v))
                {
                    AddGeneral(f, slot, layout, codec, currency, acc, outside);
                    continue;
                }

                counts[slot]++;
                int cell = (slot << 2) | (int)f.Flow;
                if (!Accumulator.TryAddUnits(ref fast[cell], v))
                {
                    Accumulator.AddExact(acc.Slow, cell, v, scale);
                }
            }
        }
    }

    /// <summary>Adds a flow the inline path could not: its slot by the layout's general rule (or to the outsiders, when
    /// its period is outside the window), its value by rate or exactly as a decimal.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddGeneral(in TradeFlow f, int slot, DenseLayout layout, KeyCodec codec, Currency currency, Accumulator acc, TradeAggregator outside)
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
    internal static int SlotOrOutside(in TradeFlow f, DenseLayout layout, KeyCodec codec, TradeAggregator others)
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
        return ((long)reporter << KeyCodec.ReporterShift) | ((long)partner << KeyCodec.PartnerShift) | ((long)group << KeyCodec.GroupShift)
               | ((long)period << KeyCodec.PeriodShift) | ((long)flow << KeyCodec.FlowShift);
    }
}

/// <summary>
/// The slot of a flow in a reporter/partner/year/flow layout by arithmetic on its fields alone, kept in locals by the hot
/// loops; −1 for a flow whose period is not within one year of the window (those take <see cref="DenseLayout.SlotOf"/>).
/// </summary>
internal readonly struct YearSlots(int reporters, int partners, int years, int flows, int firstYear)
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Of(in TradeFlow f)
    {
        unchecked
        {
            int p = 0;
            if (years != 0)
            {
                if (years < 0)
                {
                    return -1;
                }

                p = Period.SingleYearOf(f.PeriodCode) - firstYear;
                if ((uint)p >= (uint)years)
                {
                    return -1;
                }
            }

            int slot = (((reporters > 1 ? f.ReporterIndex : 0) * partners) + (partners > 1 ? f.PartnerDenseId : 0)) * Math.Max(years, 1);
            return ((slot + p) * flows) + (flows > 1 ? (int)f.Flow : 0);
        }
    }
}

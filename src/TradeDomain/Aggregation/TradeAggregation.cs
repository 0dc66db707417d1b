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
    private const int MaxDenseSlots = 8_000_000;
    private const int ParallelThreshold = 200_000;

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

        var partials = new Accumulator[threads];
        if (threads == 1)
        {
            partials[0] = new Accumulator(layout.Slots);
            AddDense(flows, layout, codec, currency, partials[0]);
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
                        partials[t] = new Accumulator(layout.Slots);
                        AddDense(part, layout, codec, currency, partials[t]);
                    });
                }
            }

            for (int t = 1; t < threads; t++)
            {
                partials[0].Absorb(partials[t]);
            }
        }

        return TradeAggregate.FromDense(codec, currency, layout, partials[0]);
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

    private static void AddDense(ReadOnlySpan<TradeFlow> flows, DenseLayout layout, KeyCodec codec, Currency currency, Accumulator acc)
    {
        Span<int> bits = stackalloc int[4];
        bool reporter = codec.Has(TradeDimensions.Reporter), partner = codec.Has(TradeDimensions.Partner);
        bool period = codec.Has(TradeDimensions.Period), flowDim = codec.Has(TradeDimensions.Flow), group = codec.Has(TradeDimensions.PartnerGroup);
        bool years = codec.Options.PeriodRollup == PeriodRollup.Year;
        int pr = layout.PartnerRadix, gr = layout.GroupRadix, yr = layout.PeriodRadix, fr = layout.FlowRadix, min = layout.MinPeriod;
        for (int i = 0; i < flows.Length; i++)
        {
            ref readonly var f = ref flows[i];
            int p = 0;
            if (period)
            {
                if (years)
                {
                    var start = f.Period.Start;
                    p = start.Year;
                    if (f.Period.End.Year != p)
                    {
                        p = codec.PeriodKey(f.Period);
                    }
                }
                else
                {
                    p = codec.PeriodKey(f.Period);
                }

                p -= min;
            }

            int slot = reporter ? f.Reporter.Index : 0;
            slot = (slot * pr) + (partner ? f.Partner.DenseId : 0);
            slot = (slot * gr) + (group ? codec.GroupFlag(f) : 0);
            slot = (slot * yr) + p;
            slot = (slot * fr) + (flowDim ? (int)f.Flow : 0);
            var value = f.Value;
            acc.Add(slot, (int)f.Flow, value.Currency == currency ? value.Amount : Convert(f, currency, codec), bits);
        }
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

    internal static DenseLayout? TryCreate(KeyCodec codec, ReadOnlySpan<TradeFlow> flows)
    {
        if (codec.Has(TradeDimensions.Commodity) || (codec.Has(TradeDimensions.Period) && codec.Options.PeriodRollup == PeriodRollup.None))
        {
            return null;
        }

        int min = 0, max = 0;
        if (codec.Has(TradeDimensions.Period))
        {
            min = int.MaxValue;
            max = int.MinValue;
            foreach (ref readonly var f in flows)
            {
                if (f.Period.IsDefault)
                {
                    throw new ArgumentException("A default(TradeFlow) has no period; every flow needs reporter, partner, period and value.", nameof(flows));
                }

                int k = codec.PeriodKey(f.Period);
                min = Math.Min(min, k);
                max = Math.Max(max, k);
            }
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
        };
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

using TradeDomain.Utility;

namespace TradeDomain.Aggregation;

/// <summary>
/// Flows aggregated one at a time in a hash table of their group keys: the engine's general route for small inputs and
/// for the flows a fast path cannot place (periods outside its window, keys it does not address). Not thread-safe.
/// </summary>
internal sealed class HashedAggregator
{
    private readonly KeyCodec codec;
    private readonly Dictionary<long, int> slots = [];
    private readonly List<long> keys = [];
    private readonly Accumulator accumulator = new(1024);
    private Currency currency;

    /// <summary>A new aggregator grouping as <paramref name="options"/> say.</summary>
    internal HashedAggregator(AggregationOptions options)
        : this(new KeyCodec(Preconditions.CheckNotNull(options)), options.Currency)
    {
    }

    internal HashedAggregator(KeyCodec codec, Currency currency)
    {
        this.codec = codec;
        this.currency = currency;
    }

    /// <summary>Flows added so far.</summary>
    internal long FlowCount { get; private set; }

    /// <summary>Adds one flow.</summary>
    /// <exception cref="ArgumentException">A default flow, or a period that does not roll up.</exception>
    /// <exception cref="CurrencyMismatchException">A flow in another currency with no rate for it.</exception>
    internal void Add(in TradeFlow flow)
    {
        AddCore(flow);
    }

    /// <summary>Adds flows.</summary>
    internal void Add(ReadOnlySpan<TradeFlow> flows)
    {
        foreach (ref readonly var flow in flows)
        {
            AddCore(flow);
        }
    }

    private void AddCore(in TradeFlow flow)
    {
        if (flow.Currency.IsDefault || flow.Reporter.IsDefault)
        {
            throw new ArgumentException("A default(TradeFlow) cannot be aggregated; every flow needs reporter, partner, period and value.", nameof(flow));
        }

        if (currency.IsDefault)
        {
            currency = flow.Currency;
        }

        long key = codec.Encode(flow);
        ref int slotOfKey = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(slots, key, out bool known);
        if (!known)
        {
            slotOfKey = keys.Count;
            keys.Add(key);
        }

        int slot = slotOfKey; // read before anything else touches the dictionary
        if (slot == accumulator.Slots)
        {
            accumulator.Grow(slot * 2);
        }

        if (accumulator.FastScale == byte.MaxValue)
        {
            accumulator.FastScale = Accumulator.ChooseFastScale(flow.Value.Amount);
        }

        // Common flows (this currency, a value in whole units of the fast scale, no overflow) without building a decimal.
        int cell = (slot << 2) | flow.FlowIndex;
        if (flow.Currency == currency && flow.TryUnits(accumulator.FastScale, out long units) && Accumulator.TryAddUnits(ref accumulator.Fast[cell], units))
        {
            accumulator.Counts[slot]++;
        }
        else
        {
            accumulator.Add(slot, flow.FlowIndex, TradeAggregation.ValueIn(flow, currency, codec));
        }

        FlowCount++;
    }

    /// <summary>The totals so far, sorted by group.</summary>
    /// <exception cref="OverflowException">A total that decimal cannot hold exactly; the message names the group.</exception>
    internal TradeAggregate ToAggregate() => ToAggregateUnchecked().CheckedTotals();

    internal TradeAggregate ToAggregateUnchecked() =>
        TradeAggregate.FromSlots(codec, currency.IsDefault ? Currency.FromCode("XXX") : currency, [.. keys], accumulator);
}

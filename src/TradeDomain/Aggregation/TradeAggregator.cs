using TradeDomain.Utility;

namespace TradeDomain.Aggregation;

/// <summary>
/// Aggregates flows as they arrive — one at a time, in spans, from files or streams — with memory proportional to the
/// number of groups, at the speed of the span path: flows are gathered into small batches that the engine's fast paths
/// take, on another core while more flows arrive. Not thread-safe: give each thread its own and
/// <see cref="TradeAggregate.Merge(TradeAggregate)"/> the results.
/// </summary>
/// <remarks>
/// Flows are checked when their batch is aggregated, so a flow that cannot be aggregated (a period that does not roll
/// up, another currency with no rate for it) may make a later <see cref="Add(in TradeFlow)"/> or
/// <see cref="ToAggregate"/> throw; after such an exception the aggregator is not used again.
/// </remarks>
public sealed class TradeAggregator
{
    private readonly AggregationOptions options;
    private readonly EngineTuning tuning;
    private TradeAggregation.StreamBatches batches;
    private TradeAggregate? earlier;
    private long pendingFlows;

    /// <summary>A new aggregator grouping as <paramref name="options"/> say.</summary>
    public TradeAggregator(AggregationOptions options)
        : this(options, EngineTuning.Current)
    {
    }

    /// <summary>An aggregator with its own engine thresholds (for tests).</summary>
    internal TradeAggregator(AggregationOptions options, EngineTuning tuning)
    {
        this.options = Preconditions.CheckNotNull(options);
        this.tuning = tuning;
        batches = new TradeAggregation.StreamBatches(options, tuning);
    }

    /// <summary>The batches flows go to now (for tests).</summary>
    internal TradeAggregation.StreamBatches Batches => batches;

    /// <summary>Flows added so far.</summary>
    public long FlowCount { get; private set; }

    /// <summary>Adds one flow.</summary>
    /// <exception cref="ArgumentException">A default flow, or (from an earlier flow's batch) a period that does not roll up.</exception>
    /// <exception cref="CurrencyMismatchException">An earlier flow's batch held a flow in another currency with no rate for it.</exception>
    public void Add(in TradeFlow flow)
    {
        CheckNotDefault(flow);
        batches.Add(flow);
        FlowCount++;
        pendingFlows++;
    }

    /// <summary>Adds flows.</summary>
    /// <exception cref="ArgumentException">A default flow, or a period that does not roll up.</exception>
    /// <exception cref="CurrencyMismatchException">A flow in another currency with no rate for it.</exception>
    public void Add(ReadOnlySpan<TradeFlow> flows)
    {
        foreach (ref readonly var flow in flows)
        {
            CheckNotDefault(flow);
        }

        batches.Add(flows);
        FlowCount += flows.Length;
        pendingFlows += flows.Length;
    }

    /// <summary>
    /// Takes in every flow <paramref name="other"/> was given (say, on another thread), as if each had been added here;
    /// <paramref name="other"/> is left empty. Where both took the same fast path, their working sums join and the next
    /// <see cref="ToAggregate"/> builds the totals of both at once (no merge); otherwise the other's totals are merged in.
    /// Neither may be used on another thread meanwhile.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="other"/> is this one, or groups another way.</exception>
    /// <exception cref="CurrencyMismatchException">Their totals are in different currencies.</exception>
    public void Absorb(TradeAggregator other)
    {
        Preconditions.CheckNotNull(other);
        Preconditions.CheckArgument(!ReferenceEquals(other, this), nameof(other), "An aggregator cannot absorb itself.");
        Preconditions.CheckArgument(new KeyCodec(options).SameShape(new KeyCodec(other.options)), nameof(other),
            "Only aggregators that group the same way (dimensions, rollup, group, commodity level) can be joined.");
        if (!batches.TryAbsorb(other.batches))
        {
            var theirs = other.ToAggregate();
            var mine = ToAggregate();
            earlier = mine.Merge(theirs);
        }
        else if (other.earlier is { } theirEarlier)
        {
            earlier = earlier is null ? theirEarlier : earlier.Merge(theirEarlier);
        }

        FlowCount += other.FlowCount;
        pendingFlows += other.pendingFlows;
        other.batches = new TradeAggregation.StreamBatches(other.options, other.tuning);
        other.earlier = null;
        other.FlowCount = 0;
        other.pendingFlows = 0;
    }

    /// <summary>The totals so far, sorted by group; flows may still be added afterwards.</summary>
    /// <exception cref="ArgumentException">A flow whose period does not roll up.</exception>
    /// <exception cref="CurrencyMismatchException">A flow in another currency with no rate for it.</exception>
    /// <exception cref="OverflowException">A total that decimal cannot hold exactly; the message names the group.</exception>
    public TradeAggregate ToAggregate()
    {
        if (pendingFlows > 0 || earlier is null)
        {
            var latest = batches.Finish();
            earlier = earlier is null ? latest : earlier.Merge(latest);
            var currency = !options.Currency.IsDefault || earlier.Count == 0 ? options.Currency : earlier.Currency;
            batches = new TradeAggregation.StreamBatches(options with { Currency = currency }, tuning);
            pendingFlows = 0;
        }

        return earlier;
    }

    private static void CheckNotDefault(in TradeFlow flow)
    {
        if (flow.Currency.IsDefault || flow.Reporter.IsDefault)
        {
            throw new ArgumentException("A default(TradeFlow) cannot be aggregated; every flow needs reporter, partner, period and value.", nameof(flow));
        }
    }
}

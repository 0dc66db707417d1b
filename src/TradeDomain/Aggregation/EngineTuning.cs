namespace TradeDomain.Aggregation;

/// <summary>
/// Every threshold the engine chooses its path by, in one record (they were spread over the aggregation, the dense
/// layout and the partitioned paths). Measured on a 2-core machine; see <c>benchmarks/README.md</c>.
/// </summary>
internal sealed record EngineTuning
{
    /// <summary>The tuning in use.</summary>
    internal static EngineTuning Current { get; } = new();

    /// <summary>Span input of at least this many flows uses every core (unless the options say otherwise).</summary>
    internal int ParallelFlows { get; init; } = 200_000;

    /// <summary>At least this many flows per thread (fewer threads for small inputs).</summary>
    internal int FlowsPerThread { get; init; } = 1000;

    /// <summary>Up to this many slots (about 3 MB of sums) a dense table per worker; beyond, direct addressing misses the
    /// caches on every flow and the partitioned dense path takes over.</summary>
    internal int DenseTableSlots { get; init; } = 1 << 16;

    /// <summary>Key spaces larger than this many slots are hashed.</summary>
    internal int MaxDenseSlots { get; init; } = 8_000_000;

    /// <summary>The partitioned dense path (one bit and, per partition, one block of cost) pays from this many flows; fewer are hashed.</summary>
    internal int PartitionedDenseMinFlows { get; init; } = 32_768;

    /// <summary>Hashed input of at least this many flows is range-partitioned; below, one hash table per thread is as fast.</summary>
    internal int RangePartitionMinFlows { get; init; } = 65_536;

    /// <summary>Flows per range of the range-partitioned path (each range's hash table stays in the cache).</summary>
    internal int FlowsPerRange { get; init; } = 32_768;

    /// <summary>Flows per chunk handed to a worker (at most <see cref="ChunksPerWorker"/> chunks a worker).</summary>
    internal int FlowsPerChunk { get; init; } = 16_384;

    /// <summary>Chunks per worker, so a core slowed by other work on a shared machine does not hold up the end.</summary>
    internal int ChunksPerWorker { get; init; } = 16;

    /// <summary>Flows a stream gathers before its first batch chooses the path (24 MB).</summary>
    internal int StreamFirstBatch { get; init; } = TradeAggregation.StreamBatches.StreamBatchSize;

    /// <summary>Scattered entries a stream's partitioned sink keeps per group before it builds a partial aggregate.</summary>
    internal int StreamEntriesPerGroup { get; init; } = 8;

    /// <summary>Scattered entries (8 bytes each: 32 MB) a stream's partitioned sink keeps whatever its groups.</summary>
    internal int StreamMinScatterEntries { get; init; } = 1 << 22;

    /// <summary>Whether the dense hot loop takes its four-lane AVX2 path even where AVX-512 is there: measured no slower on
    /// both processors this was timed on (reporter × year, 10 M flows, one thread / two: AMD EPYC, whose AVX-512 runs
    /// 512-bit permutes as two 256-bit halves, 18–20 ms against 24–27 ms on two; Intel Xeon 40–45 / 22–23 ms against
    /// 43–45 / 22–24 ms once the eight-lane slot products became 32-bit; <c>benchmarks/README.md</c>, <c>-- probe-lanes</c>).
    /// The eight-lane path stays for machines where a later measurement prefers it, and the tests run both.</summary>
    internal bool PreferFourLanes { get; init; } = true;
}

/// <summary>The path an aggregation of a span takes.</summary>
internal enum EnginePath
{
    /// <summary>No flows.</summary>
    Empty,

    /// <summary>A dense table of every slot per worker (vector and scalar hot loops).</summary>
    Dense,

    /// <summary>Direct addressing by partitions of slots (<see cref="PartitionedAggregation"/>).</summary>
    PartitionedDense,

    /// <summary>Hashing range by range (<see cref="RangePartitionedAggregation"/>).</summary>
    RangePartitioned,

    /// <summary>One hash table per thread, merged.</summary>
    Hashed,
}

/// <summary>The one place the engine chooses its path and its threads for a span of flows.</summary>
internal static class EnginePlanner
{
    /// <summary>The path for <paramref name="flows"/> grouped by <paramref name="codec"/>, the dense layout it uses (null
    /// for the hashed paths) and the threads.</summary>
    internal static EnginePath Choose(ReadOnlySpan<TradeFlow> flows, KeyCodec codec, out DenseLayout? layout, out int threads)
    {
        var tuning = EngineTuning.Current;
        layout = null;
        threads = 1;
        if (flows.IsEmpty)
        {
            return EnginePath.Empty;
        }

        var options = codec.Options;
        threads = options.MaxDegreeOfParallelism > 0
            ? options.MaxDegreeOfParallelism
            : flows.Length >= tuning.ParallelFlows ? Environment.ProcessorCount : 1;
        threads = Math.Clamp(threads, 1, Math.Max(1, flows.Length / tuning.FlowsPerThread));

        layout = DenseLayout.TryCreate(codec, flows, tuning);
        if (layout is null)
        {
            return flows.Length >= tuning.RangePartitionMinFlows ? EnginePath.RangePartitioned : EnginePath.Hashed;
        }

        return layout.Slots > tuning.DenseTableSlots ? EnginePath.PartitionedDense : EnginePath.Dense;
    }
}

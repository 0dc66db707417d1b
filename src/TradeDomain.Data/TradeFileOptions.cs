namespace TradeDomain.Data;

/// <summary>What a reader does with a row it cannot read.</summary>
public enum BadRowPolicy
{
    /// <summary>Stop at the first bad row with a <see cref="TradeDataException"/> naming file, line, column and value (the default).</summary>
    Stop = 0,

    /// <summary>Skip bad rows, collect them (<see cref="TradeFileSummary.Problems"/>) with counts per reason, and go on.</summary>
    Collect = 1,
}

/// <summary>What a reader does with rows that are totals of other rows (partner World, Comtrade aggregates, commodity TOTAL).</summary>
public enum TotalRowPolicy
{
    /// <summary>Set them apart: not summed with the flows, counted per reason and aggregated on their own (the default).</summary>
    SetApart = 0,

    /// <summary>Read them as ordinary flows (for a file that holds only totals, such as a World-only download).</summary>
    Include = 1,
}

/// <summary>Options common to every reader.</summary>
public sealed record TradeFileOptions
{
    /// <summary>Stop at a bad row (default) or collect and skip it.</summary>
    public BadRowPolicy BadRows { get; init; }

    /// <summary>Set total rows apart (default) or read them as flows.</summary>
    public TotalRowPolicy Totals { get; init; }

    /// <summary>How many bad rows <see cref="TradeFileSummary.Problems"/> keeps in full (all are counted); default 1 000.</summary>
    public int MaxProblemsKept { get; init; } = 1000;

    /// <summary>Where progress goes (rows, bytes, skipped, set apart), about every 65 536 rows and at the end; null for none.</summary>
    public IProgress<TradeFileProgress>? Progress { get; init; }

    /// <summary>At most this many flows are read before they are handed to the aggregator (default 2 097 152; reads go
    /// in steps of at most 65 536 rows anyway, so that progress is reported). The aggregator
    /// (<see cref="TradeDomain.Aggregation.TradeAggregator"/>) gathers them into the engine's own batches and aggregates those on another core
    /// while reading goes on: memory is proportional to the groups, never to the file.</summary>
    public int BatchSize { get; init; } = 1 << 21;

    internal static TradeFileOptions Default { get; } = new();

    internal void Validate()
    {
        if (!Enum.IsDefined(BadRows))
        {
            throw new ArgumentOutOfRangeException(nameof(BadRows), BadRows, "BadRows must be Stop or Collect.");
        }

        if (!Enum.IsDefined(Totals))
        {
            throw new ArgumentOutOfRangeException(nameof(Totals), Totals, "Totals must be SetApart or Include.");
        }

        if (MaxProblemsKept < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxProblemsKept), MaxProblemsKept, "MaxProblemsKept must be 0 or more.");
        }

        if (BatchSize is < 1024 or > (1 << 27))
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "BatchSize must be between 1 024 and 134 217 728 flows.");
        }
    }
}

/// <summary>How far a read has got.</summary>
/// <param name="Rows">Data rows read so far (flows, set-apart totals and skipped rows).</param>
/// <param name="Bytes">Bytes of the file consumed so far (the reader's buffer may run a little ahead).</param>
/// <param name="TotalBytes">The file's length, when known; 0 otherwise.</param>
/// <param name="Skipped">Bad rows skipped (<see cref="BadRowPolicy.Collect"/>).</param>
/// <param name="SetApart">Total rows set apart.</param>
public readonly record struct TradeFileProgress(long Rows, long Bytes, long TotalBytes, long Skipped, long SetApart);

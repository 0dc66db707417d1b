using System.Buffers;
using TradeDomain.Aggregation;

namespace TradeDomain.Data;

/// <summary>
/// Reads the flows of one trade data file in batches into spans the caller owns, so the aggregation engine's span path
/// takes them as they come (<see cref="Aggregate"/> does exactly that): memory is the batch plus the groups, never the
/// file. Open one with <see cref="TradeFiles"/>. Not thread-safe; dispose it to close the file.
/// </summary>
public abstract class TradeFlowReader : IDisposable
{
    private const int ProgressEvery = 1 << 16;

    private readonly Dictionary<string, long> setApartByReason = [];
    private readonly Dictionary<string, long> skippedByReason = [];
    private readonly List<RowProblem> problems = [];
    private long nextProgress = ProgressEvery;

    private protected TradeFlowReader(string file, TradeFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        File = file;
        Options = options;
    }

    /// <summary>The file's name, as errors and the summary give it.</summary>
    public string File { get; }

    /// <summary>The options the reader was opened with.</summary>
    public TradeFileOptions Options { get; }

    /// <summary>Data rows read so far.</summary>
    public long Rows { get; private protected set; }

    /// <summary>Rows read as flows so far.</summary>
    public long Flows { get; private set; }

    /// <summary>Rows set apart so far.</summary>
    public long SetApart { get; private set; }

    /// <summary>Bad rows skipped so far.</summary>
    public long Skipped { get; private set; }

    /// <summary>
    /// Reads flows into <paramref name="flows"/> and set-apart total rows into <paramref name="setApart"/> until either
    /// is full or the file ends; returns how many of each it wrote (none at the end of the file).
    /// </summary>
    /// <exception cref="TradeDataException">A bad row (with <see cref="BadRowPolicy.Stop"/>) or a file that is not of the format.</exception>
    public FlowBatch Read(Span<TradeFlow> flows, Span<TradeFlow> setApart)
    {
        if (flows.IsEmpty || setApart.IsEmpty)
        {
            throw new ArgumentException("Both spans need room for at least one flow.", flows.IsEmpty ? nameof(flows) : nameof(setApart));
        }

        var batch = ReadCore(flows, setApart);
        Flows += batch.Flows;
        if (Options.Progress is { } progress && (Rows >= nextProgress || batch.IsEnd))
        {
            nextProgress = Rows + ProgressEvery;
            progress.Report(new TradeFileProgress(Rows, BytesRead, TotalBytes, Skipped, SetApart));
        }

        return batch;
    }

    /// <summary>What happened to every row so far (all of them once <see cref="Read"/> has returned the end).</summary>
    public TradeFileSummary Summary => new()
    {
        File = File,
        Rows = Rows,
        Flows = Flows,
        SetApart = SetApart,
        Skipped = Skipped,
        SetApartByReason = new Dictionary<string, long>(setApartByReason),
        SkippedByReason = new Dictionary<string, long>(skippedByReason),
        Problems = [.. problems],
    };

    /// <summary>
    /// Reads the whole file and aggregates it: the flows through a <see cref="TradeAggregator"/> (the engine's fast
    /// paths, fed batch by batch, with reading and aggregating overlapping on two cores), the set-apart totals into an
    /// aggregate of their own. Large files are read on every core where the format allows.
    /// </summary>
    /// <exception cref="TradeDataException">A bad row (with <see cref="BadRowPolicy.Stop"/>).</exception>
    public TradeFileAggregate Aggregate(AggregationOptions? options = null)
    {
        options ??= AggregationOptions.Default;
        if (Rows == 0 && AggregateOnEveryCore(options) is { } whole)
        {
            return whole;
        }

        var batchOptions = options.MaxDegreeOfParallelism == 0 && ParsesOnEveryCore ? options with { MaxDegreeOfParallelism = 1 } : options;
        var reading = new TradeFlow[Math.Min(Options.BatchSize, ProgressEvery)];
        var totals = ArrayPool<TradeFlow>.Shared.Rent(4096);
        var setApart = new TradeAggregator(options);
        var flows = new TradeAggregator(batchOptions);
        try
        {
            while (true)
            {
                var batch = Read(reading, totals); // in steps, so progress is reported as promised
                flows.Add(reading.AsSpan(0, batch.Flows));
                setApart.Add(totals.AsSpan(0, batch.SetApart));
                if (batch.IsEnd)
                {
                    break;
                }
            }
        }
        finally
        {
            ArrayPool<TradeFlow>.Shared.Return(totals);
        }

        var result = flows.ToAggregate();
        return new TradeFileAggregate
        {
            Aggregate = result.Count == 0 ? TradeAggregation.Aggregate(ReadOnlySpan<TradeFlow>.Empty, options) : result,
            SetApart = setApart.ToAggregate(),
            Summary = Summary,
        };
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the file.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>The whole file aggregated on every core at once (each core reading its own part of the file into its
    /// own partial aggregate, merged at the end), or null where the reader cannot (then <see cref="Aggregate"/> reads it
    /// as a stream).</summary>
    private protected virtual TradeFileAggregate? AggregateOnEveryCore(AggregationOptions options) => null;

    /// <summary>Runs <paramref name="work"/> on <paramref name="workers"/> threads (this one and workers − 1 more named
    /// <paramref name="threadName"/>) and returns when all have finished; the work records its own failures.</summary>
    private protected static void RunOnCores(int workers, ThreadStart work, string threadName)
    {
        var threads = new Thread[workers - 1];
        for (int t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(work) { IsBackground = true, Name = threadName };
            threads[t].Start();
        }

        work();
        foreach (var thread in threads)
        {
            thread.Join();
        }
    }

    /// <summary>Counts that a parallel read kept per part of the file, added in file order (problems up to
    /// <see cref="TradeFileOptions.MaxProblemsKept"/>).</summary>
    private protected void Absorb(RowTally tally, long lineOffset)
    {
        Rows += tally.Rows;
        Flows += tally.Flows;
        SetApart += tally.SetApart;
        Skipped += tally.Skipped;
        foreach (var (reason, count) in tally.SetApartByReason)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(setApartByReason, reason, out _) += count;
        }

        foreach (var (reason, count) in tally.SkippedByReason)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(skippedByReason, reason, out _) += count;
        }

        foreach (var problem in tally.Problems)
        {
            if (problems.Count >= Options.MaxProblemsKept)
            {
                break;
            }

            problems.Add(problem with { Line = problem.Line + lineOffset });
        }
    }

    /// <summary>Reports progress (the parallel read's totals so far).</summary>
    private protected void ReportProgress(TradeFileProgress progress) => Options.Progress?.Report(progress);

    /// <summary>Whether reading keeps every core busy (then each batch is aggregated on one core, beside it).</summary>
    private protected virtual bool ParsesOnEveryCore => false;

    /// <summary>Bytes consumed so far, for progress.</summary>
    private protected abstract long BytesRead { get; }

    /// <summary>The file's length, or 0.</summary>
    private protected abstract long TotalBytes { get; }

    private protected abstract FlowBatch ReadCore(Span<TradeFlow> flows, Span<TradeFlow> setApart);

    /// <summary>Counts a set-apart row under its reason.</summary>
    private protected void CountSetApart(string reason)
    {
        SetApart++;
        ref long count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(setApartByReason, reason, out _);
        count++;
    }

    /// <summary>A bad row: thrown (<see cref="BadRowPolicy.Stop"/>) or counted and kept (<see cref="BadRowPolicy.Collect"/>).</summary>
    private protected void Bad(RowProblem problem)
    {
        if (Options.BadRows == BadRowPolicy.Stop)
        {
            throw new TradeDataException(problem);
        }

        Skipped++;
        ref long count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(skippedByReason, problem.Reason, out _);
        count++;
        if (problems.Count < Options.MaxProblemsKept)
        {
            problems.Add(problem);
        }
    }

    /// <summary>Shortens a value for a message.</summary>
    private protected static string Shorten(ReadOnlySpan<char> value) =>
        value.Length <= 60 ? value.ToString() : string.Concat(value[..60], "…");
}

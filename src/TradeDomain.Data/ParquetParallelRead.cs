using Microsoft.Win32.SafeHandles;
using Parquet;
using TradeDomain.Aggregation;

namespace TradeDomain.Data;

/// <summary>
/// A Parquet file aggregated on every core: each core opens the file with a Parquet.Net reader of its own, takes the
/// next row group, decodes its columns and parses its rows straight into its own batch of flows and partial aggregate;
/// the cores' aggregators are joined at the end (exact decimal sums). Counts, set-apart rows and bad rows are kept per row group
/// and added in file order; a bad row (with <see cref="BadRowPolicy.Stop"/>) or a corrupt row group stops the read at
/// the first in the file, as a sequential read would. Batches are aggregated in the currency of the file's first flow.
/// </summary>
internal sealed partial class ParquetFlowReader
{
    /// <summary>Whether the last <see cref="TradeFlowReader.Aggregate"/> ran on every core (for tests).</summary>
    internal bool ReadInParallel { get; private set; }

    private protected override TradeFileAggregate? AggregateOnEveryCore(AggregationOptions options)
    {
        int workers = options.MaxDegreeOfParallelism > 0 ? Math.Min(options.MaxDegreeOfParallelism, Environment.ProcessorCount) : Environment.ProcessorCount;
        int count = reader.RowGroupCount;
        if (workers < 2 || count < 2 || group >= 0 || stream is not FileStream { CanSeek: true } file)
        {
            return null;
        }

        workers = Math.Min(workers, count);
        var groups = new Group[count];
        long rowBase = 0;
        for (int g = 0; g < count; g++)
        {
            using var rowGroup = reader.OpenRowGroupReader(g);
            groups[g] = new Group(rowBase);
            rowBase += rowGroup.RowCount;
        }

        var run = new ParallelRun(this, file.SafeFileHandle, groups, options);
        RunOnCores(workers, run.Work, "TradeDomain Parquet row-group reader");

        if (run.Failure is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        ReadInParallel = true;
        group = count; // the file is read
        var setApart = new TradeAggregator(options);
        foreach (var g in groups)
        {
            if (g.Corrupt is { } corrupt)
            {
                throw corrupt;
            }

            Absorb(g.Tally, 0);
            setApart.Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(g.Totals));
            if (g.Stop is { } stop)
            {
                throw new TradeDataException(stop);
            }
        }

        var result = PartialAggregate.Join(run.Partials);

        ReportProgress(new TradeFileProgress(Rows, TotalBytes, TotalBytes, Skipped, SetApart));
        return new TradeFileAggregate
        {
            Aggregate = result ?? TradeAggregation.Aggregate(ReadOnlySpan<TradeFlow>.Empty, options),
            SetApart = setApart.ToAggregate(),
            Summary = Summary,
        };
    }

    /// <summary>One row group: where its rows start, and what reading it found.</summary>
    private sealed class Group(long rowBase)
    {
        internal long RowBase { get; } = rowBase;

        internal readonly RowTally Tally = new();
        internal readonly List<TradeFlow> Totals = [];

        /// <summary>The currency of the group's first flow (default when it has none), once the group is read.</summary>
        internal readonly TaskCompletionSource<Currency> FirstCurrency = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal RowProblem? Stop;
        internal TradeDataException? Corrupt;
    }

    private sealed class ParallelRun(ParquetFlowReader owner, SafeFileHandle handle, Group[] groups, AggregationOptions options)
    {
        private readonly Lock gate = new();
        private int next = -1;
        private int stopGroup = int.MaxValue;
        private long progressRows;
        private long progressSkipped;
        private long progressSetApart;
        private int groupsDone;

        internal List<TradeAggregator?> Partials { get; } = [];

        internal Exception? Failure { get; private set; }

        internal void Work()
        {
            var worker = new PartialAggregate(BatchOptions);
            int current = -1;
            try
            {
                using var stream = new HandleStream(handle);
                var reader = ParquetReader.CreateAsync(stream, leaveStreamOpen: true).GetAwaiter().GetResult();
                try
                {
                    var decoder = new ParquetGroupDecoder(owner.File, owner.fields, owner.rawValue);
                    while (Failure is null)
                    {
                        int g = Interlocked.Increment(ref next);
                        if (g >= groups.Length || g > Volatile.Read(ref stopGroup))
                        {
                            break;
                        }

                        current = g;
                        ReadGroup(reader, decoder, g, worker);
                    }
                }
                finally
                {
                    reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
                }
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    Failure ??= e;
                }

                if (current >= 0)
                {
                    groups[current].FirstCurrency.TrySetResult(default); // no one waits for a group this thread did not finish
                }
            }

            lock (gate)
            {
                Partials.Add(Failure is null ? worker.Aggregator : null);
            }
        }

        /// <summary>The options of every batch: the currency of the file's first flow, as a sequential read aggregates in.</summary>
        private AggregationOptions BatchOptions()
        {
            var batch = options; // the cores' sinks are joined and built on every core at the end
            if (!options.Currency.IsDefault)
            {
                return batch;
            }

            // The groups are taken in order and a batch holds a flow of some group already read, so every group before
            // the first with a flow is taken: waiting for them ends.
            foreach (var g in groups)
            {
                var currency = g.FirstCurrency.Task.GetAwaiter().GetResult();
                if (!currency.IsDefault)
                {
                    return batch with { Currency = currency };
                }
            }

            return batch;
        }

        private void ReadGroup(ParquetReader reader, ParquetGroupDecoder decoder, int index, PartialAggregate worker)
        {
            var group = groups[index];
            int n;
            try
            {
                n = decoder.Decode(reader, index, parallel: false);
            }
            catch (Exception e) when (IsCorruption(e))
            {
                group.Corrupt = new TradeDataException(new RowProblem(owner.File, group.RowBase + 1, "", "", $"row group {index} of the Parquet file is corrupt: {e.Message}"));
                group.FirstCurrency.TrySetResult(default);
                StopAt(index);
                return;
            }

            bool keepTotals = owner.keepTotals, stop = owner.Options.BadRows == BadRowPolicy.Stop;
            int keep = owner.Options.MaxProblemsKept;
            var tally = group.Tally;
            var nulls = decoder.Nulls;
            var outcomes = decoder.Outcomes;
            var converted = decoder.Converted;
            var reasons = decoder.Reasons;
            Currency first = default;
            for (int i = 0; i < n; i++)
            {
                tally.Rows++;
                var outcome = nulls[i] ? RowOutcome.Bad : outcomes[i];
                switch (outcome)
                {
                    case RowOutcome.Flow:
                    case RowOutcome.Total when keepTotals:
                        if (first.IsDefault)
                        {
                            first = converted[i].Value.Currency;
                            group.FirstCurrency.TrySetResult(first);
                        }

                        worker.Add(converted[i]);
                        tally.Flows++;
                        break;
                    case RowOutcome.Total:
                        group.Totals.Add(converted[i]);
                        tally.CountSetApart(reasons[i]);
                        break;
                    case RowOutcome.Excluded:
                        tally.CountSetApart(reasons[i]);
                        break;
                    default:
                        var problem = decoder.Problem(i, group.RowBase + i + 1);
                        if (stop)
                        {
                            group.Stop = problem;
                            group.FirstCurrency.TrySetResult(default);
                            StopAt(index);
                            return;
                        }

                        tally.CountSkipped(problem, keep);
                        break;
                }
            }

            group.FirstCurrency.TrySetResult(default);
            if (owner.Options.Progress is not null)
            {
                lock (gate)
                {
                    progressRows += tally.Rows;
                    progressSkipped += tally.Skipped;
                    progressSetApart += tally.SetApart;
                    groupsDone++;
                    owner.ReportProgress(new TradeFileProgress(progressRows, owner.TotalBytes * groupsDone / groups.Length, owner.TotalBytes, progressSkipped, progressSetApart));
                }
            }
        }

        private void StopAt(int index)
        {
            int seen = Volatile.Read(ref stopGroup);
            while (index < seen)
            {
                int previous = Interlocked.CompareExchange(ref stopGroup, index, seen);
                if (previous == seen)
                {
                    return;
                }

                seen = previous;
            }
        }
    }

    /// <summary>A seekable read-only view of an open file (positional reads, so that every core reads it at once).</summary>
    private sealed class HandleStream(SafeFileHandle handle) : Stream
    {
        private readonly long length = RandomAccess.GetLength(handle);
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => position; set => position = value; }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = RandomAccess.Read(handle, buffer, position);
            position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override long Seek(long offset, SeekOrigin origin) => position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using System.Buffers;
using Microsoft.Win32.SafeHandles;
using nietras.SeparatedValues;
using TradeDomain.Aggregation;

namespace TradeDomain.Data;

/// <summary>What happened to the rows of one part of a file (added to the reader's counts in file order).</summary>
internal sealed class RowTally
{
    internal long Rows;
    internal long Flows;
    internal long SetApart;
    internal long Skipped;
    internal readonly Dictionary<string, long> SetApartByReason = [];
    internal readonly Dictionary<string, long> SkippedByReason = [];

    /// <summary>Bad rows, their lines counted from the part's first line (1).</summary>
    internal readonly List<RowProblem> Problems = [];

    internal void CountSetApart(string reason)
    {
        SetApart++;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(SetApartByReason, reason, out _)++;
    }

    internal void CountSkipped(RowProblem problem, int keep)
    {
        Skipped++;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(SkippedByReason, problem.Reason, out _)++;
        if (Problems.Count < keep)
        {
            Problems.Add(problem);
        }
    }
}

/// <summary>
/// A CSV file aggregated on every core: the file is cut into parts at line ends, each core takes the next part, reads it
/// with a Sep reader of its own (the separator the header had) and parses its rows straight into its own
/// <see cref="TradeAggregator"/>; the cores' aggregators are joined at the end (their sinks' sums joined and built once,
/// or their totals merged: exact decimal sums, so the order does not matter). Counts, set-apart rows and bad rows are kept per part and added in file
/// order, with line numbers as a sequential read gives them. A cut that falls inside a quoted field (a field holding a
/// line break) is found afterwards from the parity of the quotes before it; then the parallel result is dropped and the
/// file is read as a stream.
/// </summary>
internal sealed partial class CsvFlowReader
{
    /// <summary>Bytes per part (tests make it small to cut small files into many parts).</summary>
    internal int PartBytes { get; set; } = 8 << 20;

    /// <summary>Whether the last <see cref="TradeFlowReader.Aggregate"/> ran on every core (for tests).</summary>
    internal bool ReadInParallel { get; private set; }

    private protected override TradeFileAggregate? AggregateOnEveryCore(AggregationOptions options)
    {
        int workers = options.MaxDegreeOfParallelism > 0 ? Math.Min(options.MaxDegreeOfParallelism, Environment.ProcessorCount) : Environment.ProcessorCount;
        if (!format.ReadsInParallel || workers < 2 || stream is not FileStream { CanSeek: true } file || file.Length < 2L * PartBytes)
        {
            return null;
        }

        var handle = file.SafeFileHandle;
        long length = file.Length;
        if (!FindDataStart(handle, out long dataStart, out long headerLines, out long headerQuotes))
        {
            return null;
        }

        var parts = Cut(handle, dataStart, length);
        if (parts.Count < 2)
        {
            return null;
        }

        // Each core's aggregator may hand its batches to the other cores too: the cores' sinks are joined and built on
        // every core at the end.
        var batchOptions = options;
        if (options.Currency.IsDefault)
        {
            // Each batch is aggregated in the currency of the file's first flow, as a sequential read does.
            if (FirstCurrency(handle, parts[0]) is not { } first)
            {
                return null;
            }

            batchOptions = batchOptions with { Currency = first };
        }

        var run = new ParallelRun(this, handle, parts, batchOptions, length);
        RunOnCores(workers, run.Work, "TradeDomain CSV part reader");

        if (run.Failure is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        // The cuts were taken at line ends; one that fell inside a quoted field has an odd number of quotes before it.
        int last = Math.Min(run.StopPart, parts.Count - 1);
        long quotes = headerQuotes;
        for (int p = 0; p <= last; p++)
        {
            if ((quotes & 1) != 0)
            {
                return null;
            }

            quotes += parts[p].Quotes;
        }

        ReadInParallel = true;
        long lineOffset = headerLines;
        var setApart = new TradeAggregator(options);
        for (int p = 0; p <= last; p++)
        {
            var part = parts[p];
            Absorb(part.Tally, lineOffset);
            lineOffset += part.Lines;
            setApart.Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(part.Totals));
        }

        if (run.StopPart < parts.Count && parts[run.StopPart].Stop is { } stop)
        {
            throw new TradeDataException(stop with { Line = stop.Line + lineOffset - parts[run.StopPart].Lines });
        }

        var result = PartialAggregate.Join(run.Partials);

        ReportProgress(new TradeFileProgress(Rows, length, length, Skipped, SetApart));
        return new TradeFileAggregate
        {
            Aggregate = result ?? TradeAggregation.Aggregate(ReadOnlySpan<TradeFlow>.Empty, options),
            SetApart = setApart.ToAggregate(),
            Summary = Summary,
        };
    }

    /// <summary>Where the header ends (after its line break, outside quotes), how many lines and quotes it has.</summary>
    private static bool FindDataStart(SafeFileHandle handle, out long dataStart, out long lines, out long quotes)
    {
        dataStart = lines = quotes = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            int n = RandomAccess.Read(handle, buffer.AsSpan(0, 1 << 20), 0);
            var bytes = buffer.AsSpan(0, n);
            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                return false; // UTF-16 or UTF-32: line ends are not single bytes
            }

            bool quoted = false;
            for (int i = 0; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                if (b == (byte)'"')
                {
                    quoted = !quoted;
                    quotes++;
                }
                else if (b == (byte)'\n')
                {
                    lines++;
                    if (!quoted)
                    {
                        dataStart = i + 1;
                        return true;
                    }
                }
                else if (b == (byte)'\r' && !quoted && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n'))
                {
                    return false; // a lone CR ends the line: Sep counts lines another way than by '\n'
                }
            }

            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The file cut into parts of about <see cref="PartBytes"/>, each ending just after a '\n'.</summary>
    private List<Part> Cut(SafeFileHandle handle, long dataStart, long length)
    {
        var parts = new List<Part>();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            long start = dataStart;
            while (start < length)
            {
                long end = length;
                long probe = start + PartBytes;
                while (probe < length)
                {
                    int n = RandomAccess.Read(handle, buffer.AsSpan(0, 1 << 16), probe);
                    int at = buffer.AsSpan(0, n).IndexOf((byte)'\n');
                    if (at >= 0)
                    {
                        end = probe + at + 1;
                        break;
                    }

                    probe += n; // a very long line: look further
                    if (n == 0)
                    {
                        break;
                    }
                }

                parts.Add(new Part(start, end));
                start = end;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return parts;
    }

    private SepReader PartReader(PartStream part) =>
        Sep.Reader(o => o with { Sep = reader.Spec.Sep, CultureInfo = reader.Spec.CultureInfo, HasHeader = false, DisableColCountCheck = true, Unescape = true })
            .From(part);

    /// <summary>The currency of the file's first flow (null when the first part has none: then the file is read as a stream).</summary>
    private Currency? FirstCurrency(SafeFileHandle handle, Part first)
    {
        using var bytes = new PartStream(handle, first, null);
        using var sep = PartReader(bytes);
        foreach (var row in sep)
        {
            if (row.ColCount != columns)
            {
                continue;
            }

            var fault = new RowFault { Reason = "" };
            var outcome = format.Read(row, out var flow, ref fault);
            if (outcome == RowOutcome.Flow || (outcome == RowOutcome.Total && keepTotals))
            {
                return flow.Value.Currency;
            }
        }

        return null;
    }

    /// <summary>One part of the file: its bytes, and what reading it found.</summary>
    private sealed class Part(long start, long end)
    {
        internal long Start { get; } = start;

        internal long End { get; } = end;

        internal long Quotes;
        internal long Lines;
        internal readonly RowTally Tally = new();
        internal readonly List<TradeFlow> Totals = [];

        /// <summary>The bad row that stopped the read (<see cref="BadRowPolicy.Stop"/>), its line counted in the part.</summary>
        internal RowProblem? Stop;
    }

    /// <summary>The parts, the workers' partial aggregates and progress of one parallel read.</summary>
    private sealed class ParallelRun(CsvFlowReader owner, SafeFileHandle handle, List<Part> parts, AggregationOptions batchOptions, long length)
    {
        private readonly Lock gate = new();
        private readonly PartStream.Shared shared = new();
        private int nextPart = -1;
        private long progressRows;
        private long progressSkipped;
        private long progressSetApart;
        private long nextProgress = 1 << 16;
        private int stopPart = int.MaxValue;

        internal List<TradeAggregator?> Partials { get; } = [];

        internal Exception? Failure { get; private set; }

        /// <summary>The first part a bad row stopped (int.MaxValue for none).</summary>
        internal int StopPart => Volatile.Read(ref stopPart);

        internal void Work()
        {
            var worker = new PartialAggregate(() => batchOptions);
            try
            {
                while (Failure is null)
                {
                    int p = Interlocked.Increment(ref nextPart);
                    if (p >= parts.Count || p > StopPart)
                    {
                        break;
                    }

                    ReadPart(parts[p], p, worker);
                }
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    Failure ??= e;
                }
            }

            lock (gate)
            {
                Partials.Add(Failure is null ? worker.Aggregator : null);
            }
        }

        private void ReadPart(Part part, int index, PartialAggregate worker)
        {
            var format = owner.format;
            int columns = owner.columns;
            bool keepTotals = owner.keepTotals, stop = owner.Options.BadRows == BadRowPolicy.Stop;
            int keep = owner.Options.MaxProblemsKept;
            var tally = part.Tally;
            long reported = 0, skippedReported = 0, setApartReported = 0;
            using var bytes = new PartStream(handle, part, shared);
            using (var sep = owner.PartReader(bytes))
            {
                foreach (var row in sep)
                {
                    tally.Rows++;
                    RowProblem? problem = null;
                    if (row.ColCount != columns)
                    {
                        problem = new RowProblem(owner.File, row.LineNumberFrom, "", Shorten(row.Span), $"the row has {row.ColCount} columns, the header {columns}");
                    }
                    else
                    {
                        var fault = new RowFault { Reason = "" };
                        switch (format.Read(row, out var flow, ref fault))
                        {
                            case RowOutcome.Flow:
                                worker.Add(flow);
                                tally.Flows++;
                                break;
                            case RowOutcome.Total when keepTotals:
                                worker.Add(flow);
                                tally.Flows++;
                                break;
                            case RowOutcome.Total:
                                part.Totals.Add(flow);
                                tally.CountSetApart(fault.Reason);
                                break;
                            case RowOutcome.Excluded:
                                tally.CountSetApart(fault.Reason);
                                break;
                            default:
                                var value = row[fault.Column].Span;
                                problem = new RowProblem(owner.File, row.LineNumberFrom, owner.reader.Header.ColNames[fault.Column], Shorten(value), Lookups.Reason(value, fault.Reason));
                                break;
                        }
                    }

                    if (problem is not null)
                    {
                        if (stop)
                        {
                            part.Stop = problem;
                            InterlockedMin(ref stopPart, index);
                            break;
                        }

                        tally.CountSkipped(problem, keep);
                    }

                    if (tally.Rows - reported >= 1 << 16)
                    {
                        Progress(tally.Rows - reported, tally.Skipped - skippedReported, tally.SetApart - setApartReported);
                        (reported, skippedReported, setApartReported) = (tally.Rows, tally.Skipped, tally.SetApart);
                    }
                }
            }

            part.Quotes = bytes.Quotes;
            part.Lines = bytes.Lines;
            Interlocked.Add(ref shared.Bytes, bytes.Unread); // a part stopped early counts as consumed
            Progress(tally.Rows - reported, tally.Skipped - skippedReported, tally.SetApart - setApartReported);
        }

        private void Progress(long rows, long skipped, long setApart)
        {
            if (owner.Options.Progress is null)
            {
                return;
            }

            lock (gate)
            {
                progressRows += rows;
                progressSkipped += skipped;
                progressSetApart += setApart;
                if (progressRows >= nextProgress)
                {
                    nextProgress = progressRows + (1 << 16);
                    owner.ReportProgress(new TradeFileProgress(progressRows, Math.Min(length, Interlocked.Read(ref shared.Bytes)), length, progressSkipped, progressSetApart));
                }
            }
        }

        private static void InterlockedMin(ref int target, int value)
        {
            int seen = Volatile.Read(ref target);
            while (value < seen)
            {
                int previous = Interlocked.CompareExchange(ref target, value, seen);
                if (previous == seen)
                {
                    return;
                }

                seen = previous;
            }
        }
    }

    /// <summary>The bytes of one part, read at their offsets (so that every core reads the file at once), counting the
    /// quotes and line ends it passes.</summary>
    private sealed class PartStream(SafeFileHandle handle, Part part, PartStream.Shared? shared) : Stream
    {
        private long position = part.Start;
        private long quotes;
        private long lines;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position - part.Start; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            long left = part.End - position;
            if (left <= 0)
            {
                return 0;
            }

            if (buffer.Length > left)
            {
                buffer = buffer[..(int)left];
            }

            int n = RandomAccess.Read(handle, buffer, position);
            position += n;
            var read = buffer[..n];
            quotes += read.Count((byte)'"');
            lines += read.Count((byte)'\n');
            if (shared is not null)
            {
                Interlocked.Add(ref shared.Bytes, n);
            }

            return n;
        }

        /// <summary>Quotes passed so far.</summary>
        internal long Quotes => quotes;

        /// <summary>Line ends passed so far.</summary>
        internal long Lines => lines;

        /// <summary>Bytes of the part not read (a part stopped early).</summary>
        internal long Unread => part.End - position;

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        /// <summary>Bytes read by every part so far (for progress).</summary>
        internal sealed class Shared
        {
            internal long Bytes;
        }
    }
}

/// <summary>One core's flows, fed to a <see cref="TradeAggregator"/> of its own (created with the options of the first
/// flow, so that every core aggregates in the file's first currency); the cores' aggregators are joined at the end.</summary>
internal sealed class PartialAggregate(Func<AggregationOptions> batchOptions)
{
    private TradeAggregator? aggregator;

    /// <summary>The core's aggregator (null when it had no flows).</summary>
    internal TradeAggregator? Aggregator => aggregator;

    internal void Add(in TradeFlow flow) => (aggregator ??= new TradeAggregator(batchOptions())).Add(flow);

    /// <summary>The cores' aggregators joined (where they took the same sink their sums join and one build, on every
    /// core, makes the totals, with no merge); null when no core had a flow.</summary>
    internal static TradeAggregate? Join(IEnumerable<TradeAggregator?> aggregators)
    {
        TradeAggregator? joined = null;
        foreach (var each in aggregators)
        {
            if (each is null)
            {
                continue;
            }

            if (joined is null)
            {
                joined = each;
            }
            else
            {
                joined.Absorb(each);
            }
        }

        return joined?.ToAggregate();
    }
}

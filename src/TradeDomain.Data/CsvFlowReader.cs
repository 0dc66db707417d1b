using nietras.SeparatedValues;
using TradeDomain.Aggregation;

namespace TradeDomain.Data;

/// <summary>What a format made of one row.</summary>
internal enum RowOutcome
{
    /// <summary>A flow to sum.</summary>
    Flow,

    /// <summary>A total of other rows: a flow, set apart and aggregated on its own.</summary>
    Total,

    /// <summary>A row that is counted as set apart but is not a flow (a group as reporter, a sub-flow such as domestic exports).</summary>
    Excluded,

    /// <summary>A bad row: <see cref="RowFault"/> says which column and why.</summary>
    Bad,
}

/// <summary>The column of a bad row and why, or the reason a row was set apart.</summary>
internal struct RowFault
{
    internal int Column;
    internal string Reason;
}

/// <summary>One CSV dialect: which columns it needs and how a row becomes a flow.</summary>
internal abstract class CsvRowFormat
{
    /// <summary>Whether <see cref="Read"/> may run on several threads at once (it keeps no state from row to row but
    /// its thread's caches), so that rows are parsed on every core.</summary>
    internal virtual bool ReadsInParallel => false;

    /// <summary>Finds the columns; throws a <see cref="TradeDataException"/> naming any missing one.</summary>
    internal abstract void Bind(SepReaderHeader header, string file);

    /// <summary>Reads one row.</summary>
    internal abstract RowOutcome Read(SepReader.Row row, out TradeFlow flow, ref RowFault fault);

    /// <summary>The column's index; a <see cref="TradeDataException"/> naming the file and the columns it has when missing.</summary>
    protected static int Required(SepReaderHeader header, string file, string name, string what)
    {
        if (header.TryIndexOf(name, out int index))
        {
            return index;
        }

        throw new TradeDataException(new RowProblem(file, 0, name, "",
            $"no column '{name}' ({what}); the header has {string.Join(", ", header.ColNames.Select(c => $"'{c}'"))}."));
    }

    /// <summary>The column's index, or −1.</summary>
    protected static int Optional(SepReaderHeader header, string? name) =>
        name is not null && header.TryIndexOf(name, out int index) ? index : -1;

    protected static RowOutcome Fail(ref RowFault fault, int column, string reason)
    {
        fault.Column = column;
        fault.Reason = reason;
        return RowOutcome.Bad;
    }

    protected static RowOutcome Apart(ref RowFault fault, RowOutcome outcome, string reason)
    {
        fault.Reason = reason;
        return outcome;
    }
}

/// <summary>One row as the format read it, with what a bad row's report needs.</summary>
internal struct ParsedRow
{
    internal RowOutcome Outcome;
    internal TradeFlow Flow;
    internal string Reason;
    internal string Column;
    internal string Value;
    internal long Line;
}

/// <summary>Reads a CSV or TSV file with Sep (the separator is detected from the header), one <see cref="CsvRowFormat"/>
/// per dialect; rows are parsed on every core when the format allows (Sep's ordered parallel enumeration), so the
/// flows come out in file order either way.</summary>
internal sealed partial class CsvFlowReader : TradeFlowReader
{
    private readonly Stream stream;
    private readonly SepReader reader;
    private readonly CsvRowFormat format;
    private readonly int columns;
    private readonly bool keepTotals;
    private readonly IEnumerator<ParsedRow> rows;

    internal CsvFlowReader(Stream stream, string file, CsvRowFormat format, TradeFileOptions options)
        : base(file, options)
    {
        this.stream = stream;
        this.format = format;
        keepTotals = options.Totals == TotalRowPolicy.Include;
        try
        {
            reader = Sep.Reader(o => o with { HasHeader = true, DisableColCountCheck = true, Unescape = true, ColNameComparer = StringComparer.OrdinalIgnoreCase })
                .From(stream);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException)
        {
            stream.Dispose();
            throw new TradeDataException(new RowProblem(file, 1, "", "", $"the header cannot be read as CSV: {e.Message}"));
        }

        columns = reader.Header.ColNames.Count;
        if (columns == 0)
        {
            reader.Dispose();
            stream.Dispose();
            throw new TradeDataException(new RowProblem(file, 0, "", "", "the file is empty; a header line is needed."));
        }

        try
        {
            format.Bind(reader.Header, file);
        }
        catch
        {
            reader.Dispose();
            stream.Dispose();
            throw;
        }

        rows = (format.ReadsInParallel && Environment.ProcessorCount > 1 ? reader.ParallelEnumerate(Parse) : reader.Enumerate(Parse)).GetEnumerator();
    }

    private protected override bool ParsesOnEveryCore => format.ReadsInParallel && Environment.ProcessorCount > 1;

    private protected override long BytesRead => stream.CanSeek ? stream.Position : 0;

    private protected override long TotalBytes => stream.CanSeek ? stream.Length : 0;

    private ParsedRow Parse(SepReader.Row row)
    {
        var parsed = new ParsedRow { Reason = "", Column = "", Value = "", Line = row.LineNumberFrom };
        if (row.ColCount != columns)
        {
            parsed.Outcome = RowOutcome.Bad;
            parsed.Value = Shorten(row.Span);
            parsed.Reason = $"the row has {row.ColCount} columns, the header {columns}";
            return parsed;
        }

        var fault = new RowFault { Reason = "" };
        parsed.Outcome = format.Read(row, out parsed.Flow, ref fault);
        parsed.Reason = fault.Reason;
        if (parsed.Outcome == RowOutcome.Bad)
        {
            var value = row[fault.Column].Span;
            parsed.Column = reader.Header.ColNames[fault.Column];
            parsed.Value = Shorten(value);
            parsed.Reason = Lookups.Reason(value, fault.Reason);
        }

        return parsed;
    }

    private protected override FlowBatch ReadCore(Span<TradeFlow> flows, Span<TradeFlow> setApart)
    {
        int nf = 0, ns = 0;
        long count = Rows;
        while (nf < flows.Length && ns < setApart.Length && rows.MoveNext())
        {
            var row = rows.Current;
            count++;
            switch (row.Outcome)
            {
                case RowOutcome.Flow:
                    flows[nf++] = row.Flow;
                    break;
                case RowOutcome.Total when keepTotals:
                    flows[nf++] = row.Flow;
                    break;
                case RowOutcome.Total:
                    setApart[ns++] = row.Flow;
                    CountSetApart(row.Reason);
                    break;
                case RowOutcome.Excluded:
                    CountSetApart(row.Reason); // counted, but not a flow to aggregate
                    break;
                default:
                    Rows = count;
                    Bad(new RowProblem(File, row.Line, row.Column, row.Value, row.Reason));
                    break;
            }
        }

        Rows = count;
        return new FlowBatch(nf, ns);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rows.Dispose();
            reader.Dispose();
            stream.Dispose();
        }

        base.Dispose(disposing);
    }
}

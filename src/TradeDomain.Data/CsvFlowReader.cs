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

/// <summary>Reads a CSV or TSV file with Sep (the separator is detected from the header), one <see cref="CsvRowFormat"/> per dialect.</summary>
internal sealed class CsvFlowReader : TradeFlowReader
{
    private readonly Stream stream;
    private readonly SepReader reader;
    private readonly CsvRowFormat format;
    private readonly int columns;
    private readonly bool keepTotals;

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
    }

    private protected override long BytesRead => stream.CanSeek ? stream.Position : 0;

    private protected override long TotalBytes => stream.CanSeek ? stream.Length : 0;

    private protected override FlowBatch ReadCore(Span<TradeFlow> flows, Span<TradeFlow> setApart)
    {
        int nf = 0, ns = 0;
        var fault = new RowFault { Reason = "" };
        long rows = Rows;
        while (nf < flows.Length && ns < setApart.Length && reader.MoveNext())
        {
            var row = reader.Current;
            rows++;
            if (row.ColCount != columns)
            {
                Rows = rows;
                Bad(new RowProblem(File, row.LineNumberFrom, "", Shorten(row.Span),
                    $"the row has {row.ColCount} columns, the header {columns}"));
                continue;
            }

            switch (format.Read(row, out var flow, ref fault))
            {
                case RowOutcome.Flow:
                    flows[nf++] = flow;
                    break;
                case RowOutcome.Total when keepTotals:
                    flows[nf++] = flow;
                    break;
                case RowOutcome.Total:
                    setApart[ns++] = flow;
                    CountSetApart(fault.Reason);
                    break;
                case RowOutcome.Excluded:
                    CountSetApart(fault.Reason); // counted, but not a flow to aggregate
                    break;
                default:
                    Rows = rows;
                    var value = row[fault.Column].Span;
                    Bad(new RowProblem(File, row.LineNumberFrom, reader.Header.ColNames[fault.Column], Shorten(value), Lookups.Reason(value, fault.Reason)));
                    break;
            }
        }

        Rows = rows;
        return new FlowBatch(nf, ns);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            reader.Dispose();
            stream.Dispose();
        }

        base.Dispose(disposing);
    }
}

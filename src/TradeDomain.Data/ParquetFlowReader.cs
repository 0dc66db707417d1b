using Parquet;
using Parquet.Schema;
using TradeDomain.Aggregation;

namespace TradeDomain.Data;

/// <summary>Reads flows from Parquet in <see cref="TradeParquet"/>'s schema, a row group at a time (Parquet.Net's async
/// calls are awaited synchronously: the reader is a plain loop over a local file or stream).</summary>
internal sealed partial class ParquetFlowReader : TradeFlowReader
{
    private readonly Stream stream;
    private readonly ParquetReader reader;
    private readonly DataField[] fields;
    private readonly bool keepTotals;
    private readonly ParquetGroupDecoder decoder;
    private readonly ParquetGroupDecoder.RawValueColumn? rawValue;
    private int group = -1;
    private int rowInGroup;
    private int groupRows;
    private long rowBase;

    internal ParquetFlowReader(Stream stream, string file, TradeFileOptions options)
        : base(file, options)
    {
        this.stream = stream;
        keepTotals = options.Totals == TotalRowPolicy.Include;
        try
        {
            reader = ParquetReader.CreateAsync(stream, leaveStreamOpen: true).GetAwaiter().GetResult();
        }
        catch (Exception e) when (IsCorruption(e))
        {
            stream.Dispose();
            throw new TradeDataException(new RowProblem(file, 0, "", "", $"not a Parquet file, or a corrupt one: {e.Message}"));
        }

        Dictionary<string, DataField> byName;
        try
        {
            byName = reader.Schema.DataFields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        }
        catch (Exception e) when (IsCorruption(e))
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            stream.Dispose();
            throw new TradeDataException(new RowProblem(file, 0, "", "", $"the Parquet file's schema is corrupt: {e.Message}"));
        }

        fields = new DataField[TradeParquet.FlowColumns.Length + 1];
        fields[^1] = byName.GetValueOrDefault(TradeParquet.TransportColumn)!; // optional: null when the file has no modes
        for (int c = 0; c < TradeParquet.FlowColumns.Length; c++)
        {
            string name = TradeParquet.FlowColumns[c];
            if (!byName.TryGetValue(name, out var field))
            {
                reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
                stream.Dispose();
                throw new TradeDataException(new RowProblem(file, 0, name, "",
                    $"no column '{name}'; the flow schema has {string.Join(", ", TradeParquet.FlowColumns)} (see TradeParquet); the file has {string.Join(", ", byName.Keys)}."));
            }

            fields[c] = field;
        }

        rawValue = ParquetGroupDecoder.RawValueColumn.Of(reader, fields[TradeParquet.FlowColumns.Length - 1]);
        decoder = new ParquetGroupDecoder(file, fields, rawValue);
    }

    private protected override long BytesRead => TotalBytes == 0 ? 0 : reader.RowGroupCount == 0 ? TotalBytes : TotalBytes * Math.Max(0, group) / reader.RowGroupCount;

    private protected override long TotalBytes => stream.CanSeek ? stream.Length : 0;

    private protected override FlowBatch ReadCore(Span<TradeFlow> flows, Span<TradeFlow> setApart)
    {
        int nf = 0, ns = 0;
        long rows = Rows;
        while (nf < flows.Length && ns < setApart.Length)
        {
            if (rowInGroup == groupRows && !NextGroup())
            {
                break;
            }

            int i = rowInGroup++;
            rows++;
            Rows = rows;
            if (decoder.Nulls[i])
            {
                Bad(decoder.Problem(i, rowBase + i + 1));
                continue;
            }

            var outcome = decoder.Outcomes[i];
            ref readonly var flow = ref decoder.Converted[i];
            string reason = decoder.Reasons[i];
            switch (outcome)
            {
                case RowOutcome.Flow:
                    flows[nf++] = flow;
                    break;
                case RowOutcome.Total when keepTotals:
                    flows[nf++] = flow;
                    break;
                case RowOutcome.Total:
                    setApart[ns++] = flow;
                    CountSetApart(reason);
                    break;
                case RowOutcome.Excluded:
                    CountSetApart(reason);
                    break;
                default:
                    Bad(decoder.Problem(i, rowBase + i + 1));
                    break;
            }
        }

        return new FlowBatch(nf, ns);
    }

    /// <summary>Whatever the Parquet library throws on bytes that are not a well-formed file (Thrift, index, cast and
    /// decoding errors alike): a corrupt file, reported as such, not an exception of the library's own.</summary>
    private static bool IsCorruption(Exception e) =>
        e is not (TradeDataException or OutOfMemoryException or OperationCanceledException or ObjectDisposedException);

    private bool NextGroup()
    {
        try
        {
            return NextGroupCore();
        }
        catch (Exception e) when (IsCorruption(e))
        {
            throw new TradeDataException(new RowProblem(File, rowBase + 1, "", "", $"row group {group} of the Parquet file is corrupt: {e.Message}"));
        }
    }

    private bool NextGroupCore()
    {
        rowBase += groupRows;
        if (++group >= reader.RowGroupCount)
        {
            groupRows = rowInGroup = 0;
            group = reader.RowGroupCount;
            return false;
        }

        int n = decoder.Decode(reader, group, parallel: true);
        groupRows = n;
        rowInGroup = 0;
        return n > 0 || NextGroup();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            stream.Dispose();
        }

        base.Dispose(disposing);
    }
}

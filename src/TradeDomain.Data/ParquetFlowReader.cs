using Parquet;
using Parquet.Schema;
using TradeDomain.Aggregation;

namespace TradeDomain.Data;

/// <summary>Reads flows from Parquet in <see cref="TradeParquet"/>'s schema, a row group at a time (Parquet.Net's async
/// calls are awaited synchronously: the reader is a plain loop over a local file or stream).</summary>
internal sealed class ParquetFlowReader : TradeFlowReader
{
    private readonly Stream stream;
    private readonly ParquetReader reader;
    private readonly DataField[] fields;
    private readonly Currency[] currencies = new Currency[1000];
    private readonly bool keepTotals;
    private int group = -1;
    private int rowInGroup;
    private int groupRows;
    private long rowBase;
    private int[][] ints = [];
    private long[] longs = [];
    private int?[] nullableInts = [];
    private long?[] nullableLongs = [];
    private decimal?[] nullableValues = [];
    private decimal[] values = [];
    private bool[] nulls = [];
    private TradeFlow[] converted = [];
    private RowOutcome[] outcomes = [];
    private byte[] faultColumns = [];
    private string[] reasons = [];

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

        fields = new DataField[TradeParquet.FlowColumns.Length];
        for (int c = 0; c < fields.Length; c++)
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
            if (nulls[i])
            {
                BadNull(i);
                continue;
            }

            var outcome = outcomes[i];
            ref readonly var flow = ref converted[i];
            string reason = reasons[i];
            int column = faultColumns[i];
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
                    Bad(new RowProblem(File, rowBase + i + 1, fields[column].Name, column == 8 ? values[i].ToString(System.Globalization.CultureInfo.InvariantCulture) : ints[column][i].ToString(System.Globalization.CultureInfo.InvariantCulture), reason));
                    break;
            }
        }

        return new FlowBatch(nf, ns);
    }

    private RowOutcome ReadRow(int i, out TradeFlow flow, out int column, out string reason)
    {
        flow = default;
        reason = "";
        column = 0;
        int reporterCode = ints[0][i], partnerCode = ints[1][i], year = ints[2][i], month = ints[3][i];
        if (reporterCode is < 0 or > 999 || !Lookups.TryComtradePartner(reporterCode, out _))
        {
            reason = "not a UN Comtrade area code";
            return RowOutcome.Bad;
        }

        column = 1;
        if (partnerCode is < 0 or > 999 || !Lookups.TryComtradePartner(partnerCode, out var partner))
        {
            reason = "not a UN Comtrade area code";
            return RowOutcome.Bad;
        }

        column = 2;
        if (year is < 1900 or > 2300)
        {
            reason = "not a year from 1900 to 2300";
            return RowOutcome.Bad;
        }

        column = 3;
        if (month is < 0 or > 12)
        {
            reason = "not a month (1–12, or 0 for the whole year)";
            return RowOutcome.Bad;
        }

        column = 4;
        if (TradeParquet.Direction(ints[4][i]) is not { } direction)
        {
            reason = "not a flow code (1 import, 2 export, 3 re-export, 4 re-import)";
            return RowOutcome.Bad;
        }

        column = 5;
        HsCode hs = default;
        int digits = ints[6][i], code = ints[5][i];
        if (digits != 0)
        {
            int min = digits switch { 2 => 1, 4 => 100, 6 => 10000, _ => int.MaxValue };
            int max = digits switch { 2 => 99, 4 => 9999, _ => 999999 };
            if (code < min || code > max)
            {
                reason = "not an HS code of the level in commodity_digits (2, 4 or 6)";
                return RowOutcome.Bad;
            }

            hs = HsCode.Create(code, (HsLevel)digits);
        }

        column = 7;
        int currencyCode = ints[7][i];
        if (currencyCode is < 0 or > 999)
        {
            reason = "not an ISO 4217 numeric currency code";
            return RowOutcome.Bad;
        }

        var money = currencies[currencyCode];
        if (money.IsDefault && !Currency.TryFromNumericCode(currencyCode, out money))
        {
            reason = "not an ISO 4217 numeric currency code";
            return RowOutcome.Bad;
        }

        currencies[currencyCode] = money;
        var reporter = Lookups.ComtradeReporter(reporterCode);
        if (reporter.IsDefault)
        {
            reason = ComtradeFormat.GroupReporter;
            return RowOutcome.Excluded;
        }

        var lookups = Lookups.ForThread(numericIsComtrade: true);
        var period = month == 0 ? lookups.Year(year) : lookups.Month(year, month);
        flow = new TradeFlow(reporter, partner, period, direction, new Money(values[i], money), hs);
        if (partnerCode == 0)
        {
            reason = ComtradeFormat.PartnerWorld;
            return RowOutcome.Total;
        }

        return RowOutcome.Flow;
    }

    private void BadNull(int i)
    {
        for (int c = 0; c < fields.Length; c++)
        {
            if (c < 8 ? ints[c][i] == int.MinValue : values[i] == decimal.MinValue)
            {
                Bad(new RowProblem(File, rowBase + i + 1, fields[c].Name, "null", "a value is needed in every column of the flow schema"));
                return;
            }
        }
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

        using var rowGroup = reader.OpenRowGroupReader(group);
        int n = checked((int)rowGroup.RowCount);
        if (ints.Length == 0 || ints[0].Length < n)
        {
            ints = [.. Enumerable.Range(0, 8).Select(_ => new int[n])];
            values = new decimal[n];
            nulls = new bool[n];
        }

        Array.Clear(nulls, 0, n);
        for (int c = 0; c < 8; c++)
        {
            ReadIntegers(rowGroup, fields[c], ints[c], n);
        }

        ReadValues(rowGroup, fields[8], n);
        Convert(n);
        groupRows = n;
        rowInGroup = 0;
        return n > 0 || NextGroup();
    }

    /// <summary>Every row of the group to a flow (or its outcome), on every core: rows are independent.</summary>
    private void Convert(int n)
    {
        if (converted.Length < n)
        {
            converted = new TradeFlow[n];
            outcomes = new RowOutcome[n];
            faultColumns = new byte[n];
            reasons = new string[n];
        }

        int chunks = n >= 1 << 16 ? Environment.ProcessorCount : 1;
        Parallel.For(0, chunks, c =>
        {
            int from = (int)((long)n * c / chunks), to = (int)((long)n * (c + 1) / chunks);
            for (int i = from; i < to; i++)
            {
                if (nulls[i])
                {
                    continue;
                }

                outcomes[i] = ReadRow(i, out converted[i], out int column, out reasons[i]);
                faultColumns[i] = (byte)column;
            }
        });
    }

    private void ReadIntegers(ParquetRowGroupReader rowGroup, DataField field, int[] target, int n)
    {
        // Buffers are kept from one row group to the next: a row group's columns are megabytes, and allocating them
        // anew each time would keep the collector busy with large-object collections.
        var type = field.ClrType;
        if (type == typeof(int) && !field.IsNullable)
        {
            rowGroup.ReadAsync<int>(field, target.AsMemory(0, n)).AsTask().GetAwaiter().GetResult();
        }
        else if (type == typeof(int))
        {
            nullableInts = nullableInts.Length >= n ? nullableInts : new int?[n];
            rowGroup.ReadAsync<int>(field, nullableInts.AsMemory(0, n)).AsTask().GetAwaiter().GetResult();
            for (int i = 0; i < n; i++)
            {
                target[i] = nullableInts[i] ?? int.MinValue;
                nulls[i] |= nullableInts[i] is null;
            }
        }
        else if (type == typeof(long))
        {
            if (field.IsNullable)
            {
                nullableLongs = nullableLongs.Length >= n ? nullableLongs : new long?[n];
                rowGroup.ReadAsync<long>(field, nullableLongs.AsMemory(0, n)).AsTask().GetAwaiter().GetResult();
            }
            else
            {
                longs = longs.Length >= n ? longs : new long[n];
                rowGroup.ReadAsync<long>(field, longs.AsMemory(0, n)).AsTask().GetAwaiter().GetResult();
            }

            for (int i = 0; i < n; i++)
            {
                long? v = field.IsNullable ? nullableLongs[i] : longs[i];
                // Codes and years are small; anything outside int becomes −1, which every column refuses as a bad value.
                target[i] = v is null ? int.MinValue : v is >= int.MinValue + 1 and <= int.MaxValue ? (int)v.Value : -1;
                nulls[i] |= v is null;
            }
        }
        else
        {
            throw new TradeDataException(new RowProblem(File, 0, field.Name, "", $"the column is {type.Name}; the flow schema has INT32 (or INT64) here."));
        }
    }

    private void ReadValues(ParquetRowGroupReader rowGroup, DataField field, int n)
    {
        if (field.ClrType != typeof(decimal))
        {
            throw new TradeDataException(new RowProblem(File, 0, field.Name, "", $"the column is {field.ClrType.Name}; the flow schema has DECIMAL here."));
        }

        if (!field.IsNullable)
        {
            rowGroup.ReadAsync<decimal>(field, values.AsMemory(0, n)).AsTask().GetAwaiter().GetResult();
            return;
        }

        nullableValues = nullableValues.Length >= n ? nullableValues : new decimal?[n];
        rowGroup.ReadAsync<decimal>(field, nullableValues.AsMemory(0, n)).AsTask().GetAwaiter().GetResult();
        for (int i = 0; i < n; i++)
        {
            values[i] = nullableValues[i] ?? decimal.MinValue;
            nulls[i] |= nullableValues[i] is null;
        }
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

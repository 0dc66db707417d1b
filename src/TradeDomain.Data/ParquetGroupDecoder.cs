using Parquet;
using Parquet.Schema;
using TradeDomain.Aggregation;

namespace TradeDomain.Data;

/// <summary>The columns of one Parquet row group decoded (buffers kept from one group to the next) and every row turned
/// into a flow or an outcome; one per thread that decodes. <paramref name="fields"/> are the flow schema's columns in
/// <see cref="TradeParquet.FlowColumns"/> order and then the optional transport column (null when the file has none);
/// <paramref name="rawValue"/>, when the file stores <c>value</c> as a 32- or 64-bit integer, reads it unscaled.</summary>
internal sealed class ParquetGroupDecoder(string file, DataField[] fields, ParquetGroupDecoder.RawValueColumn? rawValue)
{
    /// <summary>The integer columns: the eight of the flow schema before <c>value</c>, then <c>transport</c>.</summary>
    private const int IntColumns = 9;
    private const int ValueField = 8, TransportField = 9, TransportInts = 8;

    private readonly Currency[] currencies = new Currency[1000];
    private int[][] ints = [];
    private long[] longs = [];
    private int?[] nullableInts = [];
    private long?[] nullableLongs = [];
    private decimal?[] nullableValues = [];
    private decimal[] values = [];
    private int[] rawInts = [];
    private bool[] nulls = [];
    private TradeFlow[] converted = [];
    private RowOutcome[] outcomes = [];
    private byte[] faultColumns = [];
    private string[] reasons = [];

    /// <summary>Whether row <c>i</c> has a null (a bad row: <see cref="Problem"/>).</summary>
    internal bool[] Nulls => nulls;

    /// <summary>What each row is.</summary>
    internal RowOutcome[] Outcomes => outcomes;

    /// <summary>The flows of the rows that are flows or totals.</summary>
    internal TradeFlow[] Converted => converted;

    /// <summary>Why a row is set apart or bad.</summary>
    internal string[] Reasons => reasons;

    /// <summary>Reads row group <paramref name="group"/>'s columns and converts its rows; returns the row count.</summary>
    internal int Decode(ParquetReader reader, int group, bool parallel)
    {
        using var rowGroup = reader.OpenRowGroupReader(group);
        int n = checked((int)rowGroup.RowCount);
        if (ints.Length == 0 || ints[0].Length < n)
        {
            ints = [.. Enumerable.Range(0, IntColumns).Select(_ => new int[n])];
            values = new decimal[n];
            nulls = new bool[n];
        }

        Array.Clear(nulls, 0, n);
        for (int c = 0; c < ValueField; c++)
        {
            ReadIntegers(rowGroup, fields[c], ints[c], n);
        }

        if (fields[TransportField] is { } transport)
        {
            ReadIntegers(rowGroup, transport, ints[TransportInts], n);
        }
        else
        {
            Array.Clear(ints[TransportInts], 0, n);
        }

        ReadValues(rowGroup, fields[ValueField], n);
        Convert(n, parallel);
        return n;
    }

    /// <summary>The problem of bad row <paramref name="i"/> (a null, or the outcome <see cref="RowOutcome.Bad"/>), at 1-based row <paramref name="row"/>.</summary>
    internal RowProblem Problem(int i, long row)
    {
        if (nulls[i])
        {
            for (int c = 0; c < fields.Length; c++)
            {
                if (fields[c] is not null && (c == ValueField ? values[i] == decimal.MinValue : Ints(c)[i] == int.MinValue))
                {
                    return new RowProblem(file, row, fields[c].Name, "null", "a value is needed in every column of the flow schema");
                }
            }
        }

        int column = faultColumns[i];
        return new RowProblem(file, row, fields[column].Name, column == ValueField ? values[i].ToString(System.Globalization.CultureInfo.InvariantCulture) : Ints(column)[i].ToString(System.Globalization.CultureInfo.InvariantCulture), reasons[i]);
    }

    /// <summary>The decoded integers of field <paramref name="c"/>.</summary>
    private int[] Ints(int c) => c == TransportField ? ints[TransportInts] : ints[c];

    internal RowOutcome ReadRow(int i, out TradeFlow flow, out int column, out string reason)
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
        column = TransportField;
        if (!TransportMode.TryFromComtrade(ints[TransportInts][i], out var transport))
        {
            reason = "not a UN Comtrade mode of transport code (motCode; 0 for all modes)";
            return RowOutcome.Bad;
        }

        var reporter = Lookups.ComtradeReporter(reporterCode);
        if (reporter.IsDefault)
        {
            reason = ComtradeFormat.GroupReporter;
            return RowOutcome.Excluded;
        }

        var lookups = Lookups.ForThread(numericIsComtrade: true);
        int period = month == 0 ? lookups.YearCode(year) : lookups.MonthCode(year, month);
        flow = TradeFlow.FromParts(reporter, partner, period, direction, values[i], money, hs, transport);
        if (partnerCode == 0)
        {
            reason = ComtradeFormat.PartnerWorld;
            return RowOutcome.Total;
        }

        return RowOutcome.Flow;
    }

    /// <summary>Every row of the group to a flow (or its outcome), on every core when <paramref name="parallel"/>: rows are independent.</summary>
    private void Convert(int n, bool parallel)
    {
        if (converted.Length < n)
        {
            converted = new TradeFlow[n];
            outcomes = new RowOutcome[n];
            faultColumns = new byte[n];
            reasons = new string[n];
        }

        int chunks = parallel && n >= 1 << 16 ? Environment.ProcessorCount : 1;
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
        if (Constant(rowGroup, field, n) is { } constant)
        {
            // The row group's statistics say every value is this one (no nulls, min = max): nothing to decode.
            Array.Fill(target, constant, 0, n);
            return;
        }

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
            throw new TradeDataException(new RowProblem(file, 0, field.Name, "", $"the column is {type.Name}; the flow schema has INT32 (or INT64) here."));
        }
    }

    /// <summary>The one value of an integer column in this row group, when its statistics (as the writer stored them:
    /// Parquet.Net, DuckDB and Arrow write exact minimum, maximum and null count) show no nulls and the minimum equal to
    /// the maximum; null when they are absent or show more than one value. A month column of yearly data, a currency
    /// column of one currency, a commodity column of totals cost nothing to read this way.</summary>
    private static int? Constant(ParquetRowGroupReader rowGroup, DataField field, int n)
    {
        if (n == 0)
        {
            return null;
        }

        Parquet.Data.DataColumnStatistics? stats;
        try
        {
            stats = rowGroup.GetStatistics(field);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or InvalidCastException or IOException)
        {
            return null; // statistics that cannot be read are no shortcut: decode the column
        }

        if (stats is not { NullCount: 0, MinValue: { } min, MaxValue: { } max })
        {
            return null;
        }

        return (min, max) switch
        {
            (int a, int b) when a == b => a,
            (long a, long b) when a == b && a is >= int.MinValue + 1 and <= int.MaxValue => (int)a,
            _ => null,
        };
    }

    /// <summary>
    /// A DECIMAL <c>value</c> column stored as INT64 or INT32 (what Parquet.Net, DuckDB, Arrow and Spark write up to 18
    /// digits) read as its unscaled integers, each made into the exact <see cref="decimal"/> of the column's scale
    /// (the same value and scale as Parquet.Net's own decimal reading, at half its cost: that reading divides each
    /// integer by a power of ten). <see cref="Field"/> is a plain integer field of the column's name, in a schema of
    /// its own, which Parquet.Net reads from the column's pages without the decimal conversion.
    /// </summary>
    internal sealed class RawValueColumn
    {
        private RawValueColumn(DataField field, byte scale)
        {
            Field = field;
            Scale = scale;
        }

        /// <summary>The integer field: <c>long</c> or <c>int</c> as the file stores it, nullable as the file's column.</summary>
        internal DataField Field { get; }

        internal byte Scale { get; }

        /// <summary>The raw reading of <paramref name="value"/>, or null when the file stores it otherwise (as bytes,
        /// or with a scale a decimal cannot hold) or its schema element cannot be found.</summary>
        internal static RawValueColumn? Of(ParquetReader reader, DataField value)
        {
            if (value is not DecimalDataField || reader.Metadata?.Schema is not { } elements)
            {
                return null;
            }

            var element = elements.Find(e => e.NumChildren is null or 0 && string.Equals(e.Name, value.Name, StringComparison.Ordinal));
            if (element is null || element.Scale is not (>= 0 and <= 18))
            {
                return null;
            }

            DataField? raw = element.Type switch
            {
                Parquet.Meta.Type.INT64 => new DataField(value.Name, typeof(long), value.IsNullable),
                Parquet.Meta.Type.INT32 => new DataField(value.Name, typeof(int), value.IsNullable),
                _ => null,
            };
            if (raw is null)
            {
                return null;
            }

            _ = new ParquetSchema(raw); // a field is read only as part of a schema; the reader finds the column by its path
            return new RawValueColumn(raw, (byte)element.Scale.Value);
        }
    }

    private void ReadValues(ParquetRowGroupReader rowGroup, DataField field, int n)
    {
        if (rawValue is not null)
        {
            ReadRawValues(rowGroup, rawValue, n);
            return;
        }

        if (field.ClrType != typeof(decimal))
        {
            throw new TradeDataException(new RowProblem(file, 0, field.Name, "", $"the column is {field.ClrType.Name}; the flow schema has DECIMAL here."));
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

    /// <summary>The unscaled integers of the value column, each made into the decimal of the column's scale.</summary>
    private void ReadRawValues(ParquetRowGroupReader rowGroup, RawValueColumn raw, int n)
    {
        byte scale = raw.Scale;
        if (raw.Field.ClrType == typeof(int))
        {
            // INT32 unscaled values go through the integer columns' reading (nulls as int.MinValue).
            rawInts = rawInts.Length >= n ? rawInts : new int[n];
            ReadIntegers(rowGroup, raw.Field, rawInts, n);
            for (int i = 0; i < n; i++)
            {
                values[i] = nulls[i] && rawInts[i] == int.MinValue ? decimal.MinValue : Scaled(rawInts[i], scale);
            }

            return;
        }

        if (raw.Field.IsNullable)
        {
            nullableLongs = nullableLongs.Length >= n ? nullableLongs : new long?[n];
            rowGroup.ReadAsync<long>(raw.Field, nullableLongs.AsMemory(0, n)).AsTask().GetAwaiter().GetResult();
            for (int i = 0; i < n; i++)
            {
                if (nullableLongs[i] is { } v)
                {
                    values[i] = Scaled(v, scale);
                }
                else
                {
                    values[i] = decimal.MinValue;
                    nulls[i] = true;
                }
            }

            return;
        }

        longs = longs.Length >= n ? longs : new long[n];
        rowGroup.ReadAsync<long>(raw.Field, longs.AsMemory(0, n)).AsTask().GetAwaiter().GetResult();
        for (int i = 0; i < n; i++)
        {
            values[i] = Scaled(longs[i], scale);
        }
    }

    /// <summary>The decimal <paramref name="unscaled"/> × 10^−<paramref name="scale"/>, exactly, with that scale.</summary>
    private static decimal Scaled(long unscaled, byte scale)
    {
        unchecked
        {
            ulong magnitude = unscaled < 0 ? (ulong)-unscaled : (ulong)unscaled; // −long.MinValue wraps to its own magnitude
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, unscaled < 0, scale);
        }
    }
}

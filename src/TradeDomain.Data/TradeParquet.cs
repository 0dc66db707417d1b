using System.Globalization;
using Parquet;
using Parquet.Schema;
using TradeDomain.Aggregation;

namespace TradeDomain.Data;

/// <summary>
/// Writes flows and aggregates as Parquet in a documented schema (see the package README) that DuckDB, Spark,
/// ClickHouse and pandas read as they are; <see cref="TradeFiles.OpenParquet(string, TradeFileOptions?)"/> reads flows
/// back, also from files those tools wrote in the same schema.
/// </summary>
/// <remarks>
/// Flows: <c>reporter</c>, <c>partner</c> INT32 (UN Comtrade area codes; partner 0 = World), <c>year</c>, <c>month</c>
/// INT32 (month 0 = the whole year), <c>flow</c> INT32 (Comtrade's numeric codes: 1 import, 2 export, 3 re-export,
/// 4 re-import), <c>commodity</c> INT32 (HS digits, 0 = none), <c>commodity_digits</c> INT32 (0, 2, 4 or 6),
/// <c>currency</c> INT32 (ISO 4217 numeric, 840 = USD), <c>value</c> DECIMAL(18, scale), the scale chosen when
/// writing (default 2), and <c>transport</c> INT32 (the UN Comtrade <c>motCode</c>, 0 = all modes; optional when
/// reading: a file without it has no modes). Every column is numeric so that reading costs no string decoding.
/// </remarks>
public static class TradeParquet
{
    /// <summary>The key-value metadata entry naming the schema and its version.</summary>
    public const string SchemaKey = "tradedomain.schema";

    internal const int ImportCode = 1, ExportCode = 2, ReExportCode = 3, ReImportCode = 4;
    private const int RowGroupSize = 1 << 20;

    internal static readonly string[] FlowColumns = ["reporter", "partner", "year", "month", "flow", "commodity", "commodity_digits", "currency", "value"];

    /// <summary>The flow schema's optional column: the mode of transport's Comtrade code (0 = all modes).</summary>
    internal const string TransportColumn = "transport";

    /// <summary>Writes every flow of <paramref name="source"/> (its set-apart totals too, when <paramref name="includeSetApart"/>) to a Parquet file.</summary>
    /// <param name="source">The reader to drain.</param>
    /// <param name="destination">The stream to write (left open).</param>
    /// <param name="valueScale">Decimal places of the <c>value</c> column, 0–18 (default 2); a value with more
    /// decimals, or too large for DECIMAL(18, scale), is refused, never rounded.</param>
    /// <param name="includeSetApart">Whether set-apart total rows are written too (default false).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentException">A flow the schema cannot hold (a period other than a year or a month, a value
    /// the scale cannot hold exactly); the message names it.</exception>
    public static async Task WriteFlowsAsync(TradeFlowReader source, Stream destination, int valueScale = 2, bool includeSetApart = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        await using var writer = await FlowWriter.CreateAsync(destination, valueScale, cancellationToken).ConfigureAwait(false);
        var flows = new TradeFlow[RowGroupSize];
        var totals = new TradeFlow[4096];
        int filled = 0;
        while (true)
        {
            var batch = source.Read(flows.AsSpan(filled), totals);
            filled += batch.Flows;
            if (includeSetApart)
            {
                for (int i = 0; i < batch.SetApart; i++)
                {
                    if (filled == flows.Length)
                    {
                        await writer.WriteAsync(flows, filled, cancellationToken).ConfigureAwait(false);
                        filled = 0;
                    }

                    flows[filled++] = totals[i];
                }
            }

            if (filled == flows.Length || (batch.IsEnd && filled > 0))
            {
                await writer.WriteAsync(flows, filled, cancellationToken).ConfigureAwait(false);
                filled = 0;
            }

            if (batch.IsEnd)
            {
                break;
            }
        }
    }

    /// <summary>Writes flows to a Parquet file.</summary>
    /// <inheritdoc cref="WriteFlowsAsync(TradeFlowReader, Stream, int, bool, CancellationToken)"/>
    public static async Task WriteFlowsAsync(ReadOnlyMemory<TradeFlow> flows, Stream destination, int valueScale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        await using var writer = await FlowWriter.CreateAsync(destination, valueScale, cancellationToken).ConfigureAwait(false);
        var buffer = new TradeFlow[Math.Min(RowGroupSize, Math.Max(1, flows.Length))];
        for (int start = 0; start < flows.Length; start += buffer.Length)
        {
            int n = Math.Min(buffer.Length, flows.Length - start);
            flows.Span.Slice(start, n).CopyTo(buffer);
            await writer.WriteAsync(buffer, n, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes an aggregate's rows: <c>reporter</c>, <c>partner</c> INT32 (Comtrade codes), <c>in_partner_group</c>
    /// BOOLEAN, <c>year</c>, <c>month</c> INT32, <c>period</c> STRING (TradeDomain's text form, for every period kind),
    /// <c>flow</c> INT32, <c>commodity</c> STRING, <c>currency</c> STRING, <c>exports</c>, <c>imports</c>,
    /// <c>re_exports</c>, <c>re_imports</c> DECIMAL(38, s) (s the largest scale among the totals),
    /// <c>flow_count</c> INT64 and <c>transport</c> INT32 (the Comtrade <c>motCode</c>); a dimension not grouped by is null.
    /// </summary>
    /// <exception cref="ArgumentException">A total too large for DECIMAL(38, s).</exception>
    public static async Task WriteAggregateAsync(TradeAggregate aggregate, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentNullException.ThrowIfNull(destination);
        var rows = aggregate.Rows;
        int n = rows.Count;
        var by = aggregate.Options.GroupBy;
        var reporter = new int?[n];
        var partner = new int?[n];
        var inGroup = new bool?[n];
        var year = new int?[n];
        var month = new int?[n];
        var period = new string?[n];
        var flow = new int?[n];
        var commodity = new string?[n];
        var currency = new string[n];
        var transport = new int?[n];
        var sums = new decimal[4][];
        for (int d = 0; d < 4; d++)
        {
            sums[d] = new decimal[n];
        }

        var counts = new long[n];
        int scale = 0;
        for (int i = 0; i < n; i++)
        {
            var row = rows[i];
            var key = row.Key;
            reporter[i] = by.HasFlag(TradeDimensions.Reporter) ? ComtradeCode.FromCountry(key.Reporter).Code : null;
            partner[i] = by.HasFlag(TradeDimensions.Partner) ? key.Partner.ComtradeCode.Code : null;
            inGroup[i] = key.InPartnerGroup;
            if (!key.Period.IsDefault)
            {
                year[i] = key.Period.StartYear;
                month[i] = key.Period.Kind == PeriodKind.Month ? key.Period.FirstMonth.Month : key.Period.Kind == PeriodKind.Year ? 0 : null;
                period[i] = key.Period.ToString();
            }

            flow[i] = key.Flow is { } f ? FlowCode(f) : null;
            commodity[i] = key.Commodity.IsDefault ? null : key.Commodity.ToString();
            transport[i] = by.HasFlag(TradeDimensions.Transport) ? key.Transport.Code : null;
            currency[i] = aggregate.Currency.Code;
            Money[] cells = [row.Exports, row.Imports, row.ReExports, row.ReImports];
            for (int d = 0; d < 4; d++)
            {
                sums[d][i] = cells[d].Amount;
                scale = Math.Max(scale, cells[d].Amount.Scale);
            }

            counts[i] = row.Count;
        }

        decimal limit = Pow10(38 - scale);
        foreach (var column in sums)
        {
            foreach (var v in column)
            {
                if (Math.Abs(v) >= limit)
                {
                    throw new ArgumentException($"The total {v.ToString(CultureInfo.InvariantCulture)} does not fit DECIMAL(38, {scale}).", nameof(aggregate));
                }
            }
        }

        var fields = new DataField[]
        {
            new DataField<int?>("reporter"), new DataField<int?>("partner"), new DataField<bool?>("in_partner_group"),
            new DataField<int?>("year"), new DataField<int?>("month"), new DataField<string>("period", true),
            new DataField<int?>("flow"), new DataField<string>("commodity", true), new DataField<string>("currency"),
            new DecimalDataField("exports", 38, scale), new DecimalDataField("imports", 38, scale),
            new DecimalDataField("re_exports", 38, scale), new DecimalDataField("re_imports", 38, scale),
            new DataField<long>("flow_count"), new DataField<int?>(TransportColumn),
        };
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), destination, cancellationToken: cancellationToken).ConfigureAwait(false);
        writer.CustomMetadata = new Dictionary<string, string> { [SchemaKey] = "aggregate/1" };
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<int>(fields[0], reporter, cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[1], partner, cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<bool>(fields[2], inGroup, cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[3], year, cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[4], month, cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(fields[5], period).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[6], flow, cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(fields[7], commodity).ConfigureAwait(false);
        await group.WriteAsync(fields[8], currency).ConfigureAwait(false);
        for (int d = 0; d < 4; d++)
        {
            await group.WriteAsync<decimal>(fields[9 + d], sums[d], cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await group.WriteAsync<long>(fields[13], counts, cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[14], transport, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads back the rows <see cref="WriteAggregateAsync"/> wrote.</summary>
    /// <exception cref="TradeDataException">Not an aggregate file of this schema.</exception>
    public static async Task<IReadOnlyList<AggregateRow>> ReadAggregateRowsAsync(Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var reader = await ParquetReader.CreateAsync(source, leaveStreamOpen: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        var fields = reader.Schema.DataFields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        DataField Field(string name) => fields.TryGetValue(name, out var f) ? f
            : throw new TradeDataException(new RowProblem("aggregate", 0, name, "", $"no column '{name}'; not an aggregate written by TradeParquet."));
        var result = new List<AggregateRow>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int n = checked((int)group.RowCount);
            var reporter = new int?[n];
            var partner = new int?[n];
            var inGroup = new bool?[n];
            var period = new string[n];
            var flow = new int?[n];
            var commodity = new string[n];
            var currency = new string[n];
            var counts = new long[n];
            var transport = new int?[n];
            if (fields.TryGetValue(TransportColumn, out var transportField))
            {
                await group.ReadAsync<int>(transportField, transport, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            await group.ReadAsync<int>(Field("reporter"), reporter, cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync<int>(Field("partner"), partner, cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync<bool>(Field("in_partner_group"), inGroup, cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync(Field("period"), period, cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync<int>(Field("flow"), flow, cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync(Field("commodity"), commodity, cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync(Field("currency"), currency, cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync<long>(Field("flow_count"), counts, cancellationToken: cancellationToken).ConfigureAwait(false);
            var sums = new decimal[4][];
            string[] names = ["exports", "imports", "re_exports", "re_imports"];
            for (int d = 0; d < 4; d++)
            {
                sums[d] = new decimal[n];
                await group.ReadAsync<decimal>(Field(names[d]), sums[d], cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            for (int i = 0; i < n; i++)
            {
                var money = Currency.FromCode(currency[i]);
                var key = new GroupKey(
                    reporter[i] is { } r ? ComtradeCode.FromCode(r).Country : default,
                    partner[i] is { } p ? TradePartner.FromComtrade(ComtradeCode.FromCode(p)) : default,
                    inGroup[i],
                    period[i] is { } text ? Period.Parse(text, CultureInfo.InvariantCulture) : default,
                    flow[i] is { } code ? Direction(code) : null,
                    commodity[i] is { } hs ? HsCode.Parse(hs, CultureInfo.InvariantCulture) : default)
                {
                    Transport = transport[i] is { } mot ? TransportMode.FromComtrade(mot) : default,
                };
                result.Add(new AggregateRow(key, new Money(sums[0][i], money), new Money(sums[1][i], money), new Money(sums[2][i], money), new Money(sums[3][i], money), counts[i]));
            }
        }

        return result;
    }

    internal static int FlowCode(FlowDirection flow) => flow switch
    {
        FlowDirection.Import => ImportCode,
        FlowDirection.Export => ExportCode,
        FlowDirection.ReExport => ReExportCode,
        _ => ReImportCode,
    };

    internal static FlowDirection? Direction(int code) => code switch
    {
        ImportCode => FlowDirection.Import,
        ExportCode => FlowDirection.Export,
        ReExportCode => FlowDirection.ReExport,
        ReImportCode => FlowDirection.ReImport,
        _ => null,
    };

    internal static decimal Pow10(int exponent)
    {
        decimal p = 1m;
        for (int i = 0; i < exponent && i < 28; i++)
        {
            p *= 10m;
        }

        return exponent > 28 ? decimal.MaxValue : p;
    }

    /// <summary>Writes row groups of flows.</summary>
    internal sealed class FlowWriter : IAsyncDisposable
    {
        private readonly ParquetWriter writer;
        private readonly DataField[] fields;
        private readonly int scale;
        private readonly decimal limit;
        private readonly Dictionary<Country, int> reporterCodes = [];
        private readonly Dictionary<TradePartner, int> partnerCodes = [];
        private int[] reporter = [], partner = [], year = [], month = [], flow = [], commodity = [], digits = [], currency = [], transport = [];
        private decimal[] value = [];

        private FlowWriter(ParquetWriter writer, DataField[] fields, int scale)
        {
            this.writer = writer;
            this.fields = fields;
            this.scale = scale;
            limit = Pow10(18 - scale);
        }

        internal static async Task<FlowWriter> CreateAsync(Stream destination, int scale, CancellationToken cancellationToken)
        {
            if (scale is < 0 or > 18)
            {
                throw new ArgumentOutOfRangeException(nameof(scale), scale, "The value scale must be from 0 to 18 decimal places.");
            }

            var fields = FlowColumns.Append(TransportColumn)
                .Select(name => name == "value" ? new DecimalDataField("value", 18, scale) : (DataField)new DataField<int>(name)).ToArray();
            var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), destination, cancellationToken: cancellationToken).ConfigureAwait(false);
            writer.CustomMetadata = new Dictionary<string, string> { [SchemaKey] = "flows/2" };
            return new FlowWriter(writer, fields, scale);
        }

        internal async Task WriteAsync(TradeFlow[] flows, int n, CancellationToken cancellationToken)
        {
            if (reporter.Length < n)
            {
                reporter = new int[n];
                partner = new int[n];
                year = new int[n];
                month = new int[n];
                flow = new int[n];
                commodity = new int[n];
                digits = new int[n];
                currency = new int[n];
                transport = new int[n];
                value = new decimal[n];
            }

            for (int i = 0; i < n; i++)
            {
                ref readonly var f = ref flows[i];
                reporter[i] = CodeOf(f.Reporter);
                partner[i] = CodeOf(f.Partner);
                var p = f.Period;
                year[i] = p.StartYear;
                month[i] = p.Kind switch
                {
                    PeriodKind.Year => 0,
                    PeriodKind.Month => p.FirstMonth.Month,
                    _ => throw new ArgumentException($"The flow {f} has the period {p}; the Parquet flow schema holds years and months only.", nameof(flows)),
                };
                flow[i] = FlowCode(f.Flow);
                commodity[i] = f.Commodity.IsDefault ? 0 : f.Commodity.Value;
                digits[i] = f.Commodity.IsDefault ? 0 : (int)f.Commodity.Level;
                transport[i] = f.Transport.Code;
                var money = f.Value;
                currency[i] = money.Currency.NumericCode;
                decimal amount = money.Amount;
                if (decimal.Round(amount, scale) != amount || Math.Abs(amount) >= limit)
                {
                    throw new ArgumentException(
                        $"The value {amount.ToString(CultureInfo.InvariantCulture)} of the flow {f} does not fit DECIMAL(18, {scale}) exactly; write with a larger valueScale (at most 18 digits in all).", nameof(flows));
                }

                value[i] = amount;
            }

            using var group = writer.CreateRowGroup();
            int[][] ints = [reporter, partner, year, month, flow, commodity, digits, currency];
            for (int c = 0; c < ints.Length; c++)
            {
                await group.WriteAsync<int>(fields[c], ints[c].AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            await group.WriteAsync<decimal>(fields[8], value.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<int>(fields[9], transport.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        public ValueTask DisposeAsync() => writer.DisposeAsync();

        private int CodeOf(Country country)
        {
            if (!reporterCodes.TryGetValue(country, out int code))
            {
                reporterCodes[country] = code = ComtradeCode.FromCountry(country).Code;
            }

            return code;
        }

        private int CodeOf(TradePartner partner)
        {
            if (!partnerCodes.TryGetValue(partner, out int code))
            {
                partnerCodes[partner] = code = partner.ComtradeCode.Code;
            }

            return code;
        }
    }
}

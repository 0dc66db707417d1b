using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeDomain.Aggregation;
using TradeDomain.Data;

namespace TradeDomain.Tests.Data;

public class ReaderTests
{
    private const string ComtradeHeader =
        "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,flowCode,partnerCode,partner2Code,classificationCode,cmdCode,aggrLevel,isLeaf,customsCode,mosCode,motCode,qtyUnitCode,qty,netWgt,cifvalue,fobvalue,primaryValue,isReported,isAggregate";

    private static string ComtradeRow(string freq, int year, int month, int reporter, string flow, int partner, string cmd, decimal value,
        int partner2 = 0, string customs = "C00", int mot = 0, bool aggregate = false) =>
        FormattableString.Invariant(
            $"C,{freq},{year}0101,{year},{month},{(freq == "M" ? $"{year}{month:00}" : $"{year}")},{reporter},XXX,{flow},{partner},{partner2},H6,{cmd},{(cmd == "TOTAL" ? 0 : cmd.Length)},1,{customs},0,{mot},8,0,0,,,{value},1,{(aggregate ? "True" : "False")}");

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    private static MemoryStream Lines(string header, IEnumerable<string> rows) => Text(header + "\n" + string.Join("\n", rows) + "\n");

    private static Money Usd(decimal d) => new(d, Currency.USD);

    [Fact]
    public void Comtrade_SumsFlows_SetsTotalsApartAndReportsThem()
    {
        string[] rows =
        [
            ComtradeRow("A", 2023, 52, 398, "X", 156, "8703", 1000.25m),     // KZ → CN
            ComtradeRow("A", 2023, 52, 398, "X", 156, "8704", 500.50m),      // KZ → CN
            ComtradeRow("A", 2023, 52, 398, "M", 643, "8703", 200m),         // KZ ← RU
            ComtradeRow("A", 2023, 52, 842, "RX", 251, "8703", 7.125m),      // USA (842) → France (251)
            ComtradeRow("A", 2023, 52, 398, "X", 0, "8703", 1500.75m),       // partner World: a total
            ComtradeRow("A", 2023, 52, 398, "X", 156, "TOTAL", 1500.75m),    // commodity TOTAL
            ComtradeRow("A", 2023, 52, 398, "X", 156, "8703", 1000.25m, aggregate: true),
            ComtradeRow("A", 2023, 52, 398, "X", 156, "8703", 600m, mot: 2100), // a breakdown by mode of transport
            ComtradeRow("A", 2023, 52, 398, "DX", 156, "8703", 900m),        // domestic exports: part of X
            ComtradeRow("A", 2023, 52, 97, "X", 156, "8703", 5m),            // EU as reporter
            ComtradeRow("A", 2023, 52, 398, "X", 156, "87", 1500.75m),       // another HS level
        ];
        using var reader = TradeFiles.OpenComtradeStream(Lines(ComtradeHeader, rows), "comtrade.csv", null, null);
        var result = reader.Aggregate(new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Partner | TradeDimensions.Period });

        var kz = Country.FromCode("KZ");
        Assert.True(result.Aggregate.TryGet(new GroupKey(kz, Country.FromCode("CN"), null, Period.Year(2023), null, default), out var kzCn));
        Assert.Equal(Usd(1000.25m + 500.50m), kzCn.Exports);
        Assert.True(result.Aggregate.TryGet(new GroupKey(kz, Country.FromCode("RU"), null, Period.Year(2023), null, default), out var kzRu));
        Assert.Equal(Usd(200m), kzRu.Imports);
        Assert.True(result.Aggregate.TryGet(new GroupKey(Country.FromCode("US"), Country.FromCode("FR"), null, Period.Year(2023), null, default), out var usFr));
        Assert.Equal(Usd(7.125m), usFr.ReExports);
        Assert.Equal(1000.25m + 500.50m + 200m + 7.125m, result.Aggregate.GrandTotal.Total.Amount);

        var s = result.Summary;
        Assert.Equal(11, s.Rows);
        Assert.Equal(4, s.Flows);
        Assert.Equal(7, s.SetApart);
        Assert.Equal(0, s.Skipped);
        Assert.Equal(s.Rows, s.Flows + s.SetApart + s.Skipped);
        Assert.Equal(1, s.SetApartByReason[ComtradeFormat.PartnerWorld]);
        Assert.Equal(1, s.SetApartByReason[ComtradeFormat.CommodityTotal]);
        Assert.Equal(1, s.SetApartByReason[ComtradeFormat.IsAggregate]);
        Assert.Equal(1, s.SetApartByReason[ComtradeFormat.Breakdown]);
        Assert.Equal(1, s.SetApartByReason[ComtradeFormat.GroupReporter]);
        Assert.Equal(1, s.SetApartByReason[ComtradeFormat.OtherLevel]);
        Assert.Equal(1, s.SetApartByReason[$"{ComtradeFormat.SubFlow}: Domestic export"]);

        // The set-apart rows that are flows are aggregated on their own: World, TOTAL, isAggregate, breakdown, chapter 87.
        Assert.Equal(1500.75m + 1500.75m + 1000.25m + 600m + 1500.75m, result.SetApart.GrandTotal.Exports.Amount);
    }

    [Fact]
    public void Comtrade_TotalOnlyDownload_IsSummed_AndHsRowsAfterTotalRowsAreSetApart()
    {
        string[] rows =
        [
            ComtradeRow("A", 2023, 52, 398, "X", 156, "TOTAL", 100.5m),
            ComtradeRow("A", 2023, 52, 398, "X", 643, "TOTAL", 50m),
            ComtradeRow("A", 2023, 52, 398, "X", 643, "8703", 20m),
        ];
        using var reader = TradeFiles.OpenComtradeStream(Lines(ComtradeHeader, rows), "total.csv", null, null);
        var result = reader.Aggregate();
        Assert.Equal(150.5m, result.Aggregate.GrandTotal.Exports.Amount);
        Assert.Equal(1, result.Summary.SetApartByReason[ComtradeFormat.OtherLevel]);
        Assert.Equal(20m, result.SetApart.GrandTotal.Exports.Amount);
    }

    [Fact]
    public void Comtrade_Months_AreMonthPeriods()
    {
        string[] rows = [ComtradeRow("M", 2024, 3, 398, "X", 156, "8703", 10m), ComtradeRow("M", 2024, 4, 398, "X", 156, "8703", 20m)];
        using var reader = TradeFiles.OpenComtradeStream(Lines(ComtradeHeader, rows), "monthly.csv", null, null);
        var result = reader.Aggregate(new AggregationOptions { PeriodRollup = PeriodRollup.None });
        Assert.Equal([Period.Month(2024, 3), Period.Month(2024, 4)], result.Aggregate.Rows.Select(r => r.Key.Period));
    }

    [Fact]
    public void Comtrade_UnknownFlowCode_IsAnErrorNamingLineColumnAndValue()
    {
        string[] rows = [ComtradeRow("A", 2023, 52, 398, "X", 156, "8703", 1m), ComtradeRow("A", 2023, 52, 398, "QQ", 156, "8703", 1m)];
        using var reader = TradeFiles.OpenComtradeStream(Lines(ComtradeHeader, rows), "bad.csv", null, null);
        var e = Assert.Throws<TradeDataException>(() => reader.Aggregate());
        Assert.Equal(new RowProblem("bad.csv", 3, "flowCode", "QQ", e.Problem.Reason), e.Problem);
        Assert.Contains("bad.csv, line 3, column 'flowCode', value 'QQ'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comtrade_MissingColumn_IsNamed()
    {
        var e = Assert.Throws<TradeDataException>(() => TradeFiles.OpenComtradeStream(Text("refYear,reporterCode,flowCode\n2023,398,X\n"), "short.csv", null, null));
        Assert.Contains("partnerCode", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Baci_ValuesInThousands_AreExactDollarsAndExports()
    {
        var csv = "t,i,j,k,v,q\n2022,398,156,870323,1.234,10\n2022,398,156,10121,0.001,NA\n2022,842,251,870323,12345678.9,3\n";
        using var reader = TradeFiles.OpenBaciStream(Text(csv), "baci.csv", null);
        var result = reader.Aggregate(new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Partner | TradeDimensions.Commodity | TradeDimensions.Flow, CommodityLevel = HsLevel.Subheading });
        var rows = result.Aggregate.Rows;
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(FlowDirection.Export, r.Key.Flow));
        var kzCn = rows.Where(r => r.Key.Reporter == Country.FromCode("KZ")).ToList();
        Assert.Equal([HsCode.Create(10121, HsLevel.Subheading), HsCode.Create(870323, HsLevel.Subheading)], kzCn.Select(r => r.Key.Commodity).Order());
        Assert.Equal(1234m + 1m, kzCn.Sum(r => r.Exports.Amount));
        Assert.Equal(12345678900m, rows.Single(r => r.Key.Reporter == Country.FromCode("US")).Exports.Amount);
        Assert.Equal(Country.FromCode("FR"), rows.Single(r => r.Key.Reporter == Country.FromCode("US")).Key.Partner.Country);
    }

    [Fact]
    public void MappedCsv_WithNames_AndTsvWithNumericCodesAndMultiplier()
    {
        var names = "Country;Partner;Year;Direction;Value;Currency\nKazakhstan;China;2023;export;100.10;USD\nKazakhstan;Russia;2023;import;50;USD\nKazakhstan;World;2023;export;150.10;USD\n";
        var map = new CsvColumnMap { Reporter = "country", Partner = "partner", Year = "year", Flow = "direction", Value = "value", Currency = "currency" };
        using (var reader = TradeFiles.OpenCsvStream(Text(names), "names.csv", map, null))
        {
            var result = reader.Aggregate();
            Assert.Equal(150.10m, result.Aggregate.GrandTotal.Turnover.Amount);
            Assert.Equal(1, result.Summary.SetApart);
            Assert.Equal(150.10m, result.SetApart.GrandTotal.Exports.Amount);
        }

        var numeric = "rep\tpar\tper\tval\tunit\n398\t156\t2023-05\t1.5\t1000\n398\t156\t2023-05\t2\t1000000\n";
        var map2 = new CsvColumnMap { Reporter = "rep", Partner = "par", Period = "per", FixedFlow = FlowDirection.Import, Value = "val", UnitMultiplier = "unit" };
        using (var reader = TradeFiles.OpenCsvStream(Text(numeric), "numeric.tsv", map2, null))
        {
            var result = reader.Aggregate(new AggregationOptions { PeriodRollup = PeriodRollup.None });
            var row = Assert.Single(result.Aggregate.Rows);
            Assert.Equal(Period.Month(2023, 5), row.Key.Period);
            Assert.Equal(Usd(1500m + 2_000_000m), row.Imports);
        }
    }

    private static readonly CsvColumnMap Simple = new() { Reporter = "reporter", Partner = "partner", Period = "period", Flow = "flow", Value = "value", Currency = "currency" };

    [Theory]
    [InlineData("KZ,CN,2023,export,12.5x,USD", 2, "value", "12.5x")]
    [InlineData("KZ,CN,2023,export,12.5", 2, "", "KZ,CN,2023,export,12.5")]
    [InlineData("XQ,CN,2023,export,12.5,USD", 2, "reporter", "XQ")]
    [InlineData("KZ,CN,2023,sideways,12.5,USD", 2, "flow", "sideways")]
    public void MalformedRows_GiveTheDocumentedErrors(string row, int line, string column, string value)
    {
        var csv = "reporter,partner,period,flow,value,currency\n" + row + "\n";
        using var reader = TradeFiles.OpenCsvStream(Text(csv), "flows.csv", Simple, null);
        var e = Assert.Throws<TradeDataException>(() => reader.Aggregate());
        Assert.Equal(("flows.csv", line, column, value), (e.Problem.File, e.Problem.Line, e.Problem.Column, e.Problem.Value));
    }

    [Fact]
    public void BadEncoding_IsNamedAsSuch()
    {
        var bytes = Encoding.UTF8.GetBytes("reporter,partner,period,flow,value,currency\nKZ,").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(",2023,export,1,USD\n")).ToArray();
        using var reader = TradeFiles.OpenCsvStream(new MemoryStream(bytes), "latin.csv", Simple, null);
        var e = Assert.Throws<TradeDataException>(() => reader.Aggregate());
        Assert.Equal("partner", e.Problem.Column);
        Assert.Contains("UTF-8", e.Problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_SkipsBadRows_CountsThemAndGoesOn()
    {
        var csv = "reporter,partner,period,flow,value,currency\nKZ,CN,2023,export,1.25,USD\nKZ,CN,2023,export,oops,USD\nKZ,CN,2023,export,2,USD\nKZ,CN,2023,export,bad,USD\nQQ,CN,2023,export,1,USD\n";
        var options = new TradeFileOptions { BadRows = BadRowPolicy.Collect };
        using var reader = TradeFiles.OpenCsvStream(Text(csv), "flows.csv", Simple, options);
        var result = reader.Aggregate();
        Assert.Equal(3.25m, result.Aggregate.GrandTotal.Exports.Amount);
        Assert.Equal((5L, 2L, 3L), (result.Summary.Rows, result.Summary.Flows, result.Summary.Skipped));
        Assert.Equal([3L, 5L, 6L], result.Summary.Problems.Select(p => p.Line));
        Assert.Equal(2, result.Summary.SkippedByReason.Single(kv => kv.Key.StartsWith("not a number", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void Progress_ReportsRowsAndBytesToTheEnd()
    {
        var csv = "reporter,partner,period,flow,value,currency\n" + string.Concat(Enumerable.Repeat("KZ,CN,2023,export,1,USD\n", 100_000));
        var seen = new List<TradeFileProgress>();
        var options = new TradeFileOptions { Progress = new Recorder(seen) };
        using var reader = TradeFiles.OpenCsvStream(Text(csv), "big.csv", Simple, options);
        var result = reader.Aggregate();
        Assert.Equal(100_000m, result.Aggregate.GrandTotal.Exports.Amount);
        Assert.True(seen.Count >= 2);
        Assert.True(seen[0].Rows < 100_000, "a report before the end");
        Assert.Equal(seen.Select(p => p.Rows).Order(), seen.Select(p => p.Rows));
        Assert.Equal(100_000, seen[^1].Rows);
        Assert.Equal(Encoding.UTF8.GetByteCount(csv), seen[^1].TotalBytes);
    }

    private sealed class Recorder(List<TradeFileProgress> seen) : IProgress<TradeFileProgress>
    {
        public void Report(TradeFileProgress value) => seen.Add(value);
    }

    private static readonly Country[] Countries = [.. new[] { "KZ", "CN", "RU", "US", "DE", "FR", "IN", "CH" }.Select(Country.FromCode)];

    private static Gen<TradeFlow> FlowGen =>
        from r in Gen.Choose(0, Countries.Length - 1)
        from p in Gen.Choose(0, Countries.Length - 1)
        from year in Gen.Choose(2019, 2024)
        from month in Gen.Choose(0, 12)
        from flow in Gen.Choose(0, 3)
        from cents in Gen.Choose(-1000, 100_000_000)
        from hs in Gen.Choose(100, 9999)
        from mot in Gen.Elements(0, 0, 1000, 2100, 3100)
        select new TradeFlow(Countries[r], Countries[p], month == 0 ? Period.Year(year) : Period.Month(year, month), (FlowDirection)flow, Usd(cents / 100m), HsCode.Create(hs, HsLevel.Heading))
            .WithTransport(TransportMode.FromComtrade(mot));

    private static readonly AggregationOptions[] Shapes =
    [
        AggregationOptions.Default,
        new() { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period },
        new() { GroupBy = TradeDimensions.Reporter | TradeDimensions.Partner | TradeDimensions.Flow | TradeDimensions.Commodity },
        new() { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period | TradeDimensions.Transport },
    ];

    private static bool Same(TradeAggregate a, TradeAggregate b) => a.Count == b.Count && a.Rows.Zip(b.Rows).All(p => p.First == p.Second);

    private static string Csv(TradeFlow[] flows) =>
        "reporter,partner,period,flow,value,currency,commodity,mot\n" + string.Concat(flows.Select(f =>
            FormattableString.Invariant($"{f.Reporter.Alpha3},{f.Partner.Country.Alpha2},{(f.Period.Kind == PeriodKind.Month ? $"{f.Period.StartYear}-{f.Period.FirstMonth.Month:00}" : $"{f.Period.StartYear}")},{f.Flow.Name()},{f.Value.Amount},{f.Value.Currency.Code},{f.Commodity},{f.Transport.Code}\n")));

    [Property(MaxTest = 40)]
    public Property CsvWrittenAndRead_GivesTheSameAggregate() =>
        Prop.ForAll(Gen.ArrayOf(FlowGen).ToArbitrary(), Gen.Elements(Shapes).ToArbitrary(), (flows, shape) =>
        {
            var map = Simple with { Commodity = "commodity", Transport = "mot" };
            using var reader = TradeFiles.OpenCsvStream(Text(Csv(flows)), "p.csv", map, new TradeFileOptions { BatchSize = 1024 });
            var read = reader.Aggregate(shape);
            return Same(read.Aggregate, TradeAggregation.Aggregate(flows, shape)) && read.Summary.Flows == flows.Length;
        });

    [Fact]
    public void Csv_ModeOfTransportColumn_IsReadAndGroupsBy()
    {
        const string csv = "reporter,partner,period,flow,value,currency,mot\n"
                           + "KZ,CN,2023,export,10.5,USD,2100\n"
                           + "KZ,CN,2023,export,1.25,USD,Railway\n"
                           + "KZ,CN,2023,export,3,USD,3100\n"
                           + "KZ,CN,2023,export,7,USD,\n";
        var map = Simple with { Transport = "mot" };
        using var reader = TradeFiles.OpenCsvStream(Text(csv), "modes.csv", map, null);
        var read = reader.Aggregate(new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Transport });
        var byMode = read.Aggregate.Rows.ToDictionary(r => r.Key.Transport.Code, r => r.Exports.Amount);
        Assert.Equal(10.5m, byMode[2100]);
        Assert.Equal(4.25m, byMode[3100]);
        Assert.Equal(7m, byMode[0]);

        using var bad = TradeFiles.OpenCsvStream(Text("reporter,partner,period,flow,value,currency,mot\nKZ,CN,2023,export,1,USD,boat\n"), "bad.csv", map, null);
        var problem = Assert.Throws<TradeDataException>(() => bad.Aggregate()).Problem;
        Assert.Equal(("mot", "boat", 2L), (problem.Column, problem.Value, problem.Line));
    }

    [Fact]
    public void ManyGroupsOverManyBatches_GiveTheSpanAggregate()
    {
        var countries = Country.All.Where(c => !c.IsFormer && c.Alpha2 != "XK").Take(120).ToArray();
        var rng = new Random(11);
        var flows = Enumerable.Range(0, 30_000).Select(_ => new TradeFlow(countries[rng.Next(120)], countries[rng.Next(120)], Period.Year(2000 + rng.Next(20)),
            (FlowDirection)rng.Next(2), Usd(rng.Next(1, 1_000_000) / 100m))).ToArray();
        var csv = "reporter,partner,period,flow,value,currency\n" + string.Concat(flows.Select(f =>
            FormattableString.Invariant($"{f.Reporter.Alpha3},{f.Partner.Country.Alpha3},{f.Period.StartYear},{f.Flow.Name()},{f.Value.Amount},USD\n")));
        using var reader = TradeFiles.OpenCsvStream(Text(csv), "many.csv", Simple, new TradeFileOptions { BatchSize = 1024 });
        var read = reader.Aggregate();
        Assert.Equal(TradeAggregation.Aggregate(flows).Rows, read.Aggregate.Rows);
    }

    [Property(MaxTest = 25)]
    public Property ParquetWrittenAndRead_GivesTheSameAggregate() =>
        Prop.ForAll(Gen.ArrayOf(FlowGen).ToArbitrary(), Gen.Elements(Shapes).ToArbitrary(), (flows, shape) =>
        {
            var file = new MemoryStream();
            TradeParquet.WriteFlowsAsync(flows, file, 2, default).GetAwaiter().GetResult();
            file.Position = 0;
            using var reader = TradeFiles.OpenParquetStream(file, "p.parquet", null);
            var read = reader.Aggregate(shape);
            return Same(read.Aggregate, TradeAggregation.Aggregate(flows, shape)) && read.Summary.Flows == flows.Length;
        });

    [Fact]
    public void Parquet_ValueBeyondTheScale_IsRefusedNotRounded()
    {
        var flow = new TradeFlow(Countries[0], Countries[1], Period.Year(2023), FlowDirection.Export, Usd(1.005m));
        var e = Assert.Throws<ArgumentException>(() => TradeParquet.WriteFlowsAsync(new[] { flow }, new MemoryStream(), 2, TestContext.Current.CancellationToken).GetAwaiter().GetResult());
        Assert.Contains("1.005", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_WithNullableAndInt64Columns_AsDuckDbWritesThem_IsRead_AndANullIsABadRow()
    {
        var ints = TradeParquet.FlowColumns.Take(8).Select(n => n == "year" ? new Parquet.Schema.DataField<long?>(n) : (Parquet.Schema.DataField)new Parquet.Schema.DataField<int?>(n)).ToArray();
        var value = new Parquet.Schema.DecimalDataField("value", 18, 2, isNullable: true);
        var file = new MemoryStream();
        await using (var writer = await Parquet.ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema([.. ints, value]), file, cancellationToken: TestContext.Current.CancellationToken))
        {
            using var group = writer.CreateRowGroup();
            int?[][] columns = [[398, 398], [156, 156], [2023, 2023], [0, 5], [2, 1], [0, 8703], [0, 4], [840, null]];
            for (int c = 0; c < 8; c++)
            {
                if (c == 2)
                {
                    await group.WriteAsync<long>(ints[c], new long?[] { 2023, 2023 }, cancellationToken: TestContext.Current.CancellationToken);
                }
                else
                {
                    await group.WriteAsync<int>(ints[c], columns[c], cancellationToken: TestContext.Current.CancellationToken);
                }
            }

            await group.WriteAsync<decimal>(value, new decimal?[] { 12.34m, 5m }, cancellationToken: TestContext.Current.CancellationToken);
        }

        file.Position = 0;
        using var reader = TradeFiles.OpenParquetStream(file, "duck.parquet", new TradeFileOptions { BadRows = BadRowPolicy.Collect });
        var result = reader.Aggregate();
        Assert.Equal(12.34m, result.Aggregate.GrandTotal.Exports.Amount);
        var problem = Assert.Single(result.Summary.Problems);
        Assert.Equal(("duck.parquet", 2L, "currency", "null"), (problem.File, problem.Line, problem.Column, problem.Value));
    }

    [Theory]
    [InlineData(9, 3, false)] // stored as INT32
    [InlineData(18, 4, true)] // INT64, nullable, as DuckDB writes
    [InlineData(18, 0, false)]
    [InlineData(28, 2, true)] // bytes: Parquet.Net's own decimal reading
    public async Task Parquet_DecimalValues_ReadExactly_WithTheColumnsScale(int precision, int scale, bool nullable)
    {
        // The values as Parquet.Net reads them back are the oracle: the same decimals, scale included.
        decimal unit = 1m / (decimal)Math.Pow(10, scale);
        decimal[] amounts = [0m, unit, 123456m + unit * 7, -unit * 42, precision > 9 ? 99999999999999m : 999999m];
        var ints = TradeParquet.FlowColumns.Take(8).Select(n => (Parquet.Schema.DataField)new Parquet.Schema.DataField<int>(n)).ToArray();
        var value = new Parquet.Schema.DecimalDataField("value", precision, scale, isNullable: nullable);
        var file = new MemoryStream();
        await using (var writer = await Parquet.ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema([.. ints, value]), file, cancellationToken: TestContext.Current.CancellationToken))
        {
            using var group = writer.CreateRowGroup();
            int n = amounts.Length;
            int[][] columns = [[.. Enumerable.Repeat(398, n)], [156, 643, 842, 276, 392], [.. Enumerable.Repeat(2023, n)], new int[n], [.. Enumerable.Repeat(2, n)], new int[n], new int[n], [.. Enumerable.Repeat(840, n)]];
            for (int c = 0; c < 8; c++)
            {
                await group.WriteAsync<int>(ints[c], columns[c], cancellationToken: TestContext.Current.CancellationToken);
            }

            if (nullable)
            {
                await group.WriteAsync<decimal>(value, amounts.Select(a => (decimal?)a).ToArray(), cancellationToken: TestContext.Current.CancellationToken);
            }
            else
            {
                await group.WriteAsync<decimal>(value, amounts, cancellationToken: TestContext.Current.CancellationToken);
            }
        }

        file.Position = 0;
        decimal[] oracle;
        await using (var plain = await Parquet.ParquetReader.CreateAsync(file, leaveStreamOpen: true, cancellationToken: TestContext.Current.CancellationToken))
        {
            using var group = plain.OpenRowGroupReader(0);
            var field = plain.Schema.DataFields[8];
            var read = new decimal?[amounts.Length];
            await group.ReadAsync<decimal>(field, read, cancellationToken: TestContext.Current.CancellationToken);
            oracle = [.. read.Select(v => v!.Value)];
        }

        file.Position = 0;
        using var reader = TradeFiles.OpenParquetStream(file, "decimals.parquet", null);
        var buffer = new TradeFlow[16];
        var batch = reader.Read(buffer, new TradeFlow[16]);
        var got = buffer.AsSpan(0, batch.Flows).ToArray().Select(f => f.Value.Amount).ToArray();
        Assert.Equal(amounts, got);
        Assert.Equal(oracle.Select(decimal.GetBits), got.Select(decimal.GetBits));
    }

    [Fact]
    public async Task Parquet_FlowsReadBack_WithTheirModes_AndConstantColumnsFromStatistics()
    {
        // One row group whose month, commodity, currency and transport columns are constant (read from the statistics
        // alone) and one where they vary: both read back exactly.
        var kz = Country.FromCode("KZ");
        var cn = Country.FromCode("CN");
        var constant = Enumerable.Range(0, 300).Select(i => new TradeFlow(kz, cn, Period.Year(2020 + (i % 3)), FlowDirection.Export, Usd(i + 0.25m))
            .WithTransport(TransportMode.FromComtrade(2100))).ToArray();
        var varied = Enumerable.Range(0, 300).Select(i => new TradeFlow(cn, kz, Period.Month(2021, 1 + (i % 12)), (FlowDirection)(i % 4), new Money(i * 1.5m, i % 2 == 0 ? Currency.USD : Currency.EUR),
            i % 5 == 0 ? default : HsCode.Create(8703, HsLevel.Heading)).WithTransport(TransportMode.FromComtrade(i % 3 == 0 ? 0 : 3100))).ToArray();
        var file = new MemoryStream();
        await using (var writer = await TradeParquet.FlowWriter.CreateAsync(file, 2, TestContext.Current.CancellationToken))
        {
            await writer.WriteAsync(constant, constant.Length, TestContext.Current.CancellationToken);
            await writer.WriteAsync(varied, varied.Length, TestContext.Current.CancellationToken);
        }

        file.Position = 0;
        using var reader = TradeFiles.OpenParquetStream(file, "modes.parquet", null);
        var read = new List<TradeFlow>();
        var buffer = new TradeFlow[256];
        var apart = new TradeFlow[16];
        for (FlowBatch batch; !(batch = reader.Read(buffer, apart)).IsEnd;)
        {
            read.AddRange(buffer.AsSpan(0, batch.Flows).ToArray());
        }

        Assert.Equal([.. constant, .. varied], read);
        Assert.Equal([.. constant.Select(f => f.Transport), .. varied.Select(f => f.Transport)], read.Select(f => f.Transport));
    }

    [Property(MaxTest = 20)]
    public Property ParquetAggregate_RoundTripsItsRows() =>
        Prop.ForAll(Gen.ArrayOf(FlowGen).ToArbitrary(), Gen.Elements(Shapes).ToArbitrary(), (flows, shape) =>
        {
            var aggregate = TradeAggregation.Aggregate(flows, shape);
            var file = new MemoryStream();
            TradeParquet.WriteAggregateAsync(aggregate, file, default).GetAwaiter().GetResult();
            file.Position = 0;
            var rows = TradeParquet.ReadAggregateRowsAsync(file, default).GetAwaiter().GetResult();
            return rows.SequenceEqual(aggregate.Rows);
        });
}

public class ValueParsingTests
{
    [Property]
    public Property FastValueParse_IsDecimalParseExactly() =>
        Prop.ForAll(
            (from lo in Gen.Choose(int.MinValue, int.MaxValue)
             from mid in Gen.Elements(0, 0, 1, 12345, int.MaxValue)
             from negative in Gen.Elements(false, true)
             from scale in Gen.Choose(0, 20)
             select new decimal(lo, mid, 0, negative, (byte)scale)).ToArbitrary(),
            d =>
            {
                var text = d.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var expected = decimal.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
                return Lookups.TryValue(text, out var parsed) && parsed == expected && parsed.Scale == expected.Scale;
            });

    [Theory]
    [InlineData("1234.56", 123456UL, 2, false)]
    [InlineData("-0.00", 0UL, 2, false)]
    [InlineData("-7", 7UL, 0, true)]
    [InlineData("5.", 5UL, 0, false)]
    [InlineData(".5", 5UL, 1, false)]
    [InlineData("999999999999999999", 999999999999999999UL, 0, false)]
    [InlineData("99999999.9999999999", 999999999999999999UL, 10, false)]
    public void PlainValue_GivesTheMantissaScaleAndSign(string text, ulong mantissa, int scale, bool negative)
    {
        Assert.True(Lookups.TryPlainValue(text, out ulong m, out int s, out bool n));
        Assert.Equal((mantissa, scale, negative), (m, s, n));
        Assert.Equal(decimal.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture), Lookups.ToDecimal(m, s, n));
    }

    [Theory]
    [InlineData("1234567890123456789")]
    [InlineData("-1234567890123456789")]
    [InlineData("1.2.3")]
    [InlineData(" 7")]
    [InlineData("1e3")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("")]
    public void PlainValue_LeavesOtherFormsToDecimalParse(string text) =>
        Assert.False(Lookups.TryPlainValue(text, out _, out _, out _));

    [Theory]
    [InlineData("1.", true)]
    [InlineData(".", false)]
    [InlineData("-", false)]
    [InlineData("", false)]
    [InlineData("1,5", false)]
    [InlineData("1.2.3", false)]
    [InlineData(" 7 ", true)]
    [InlineData("1.5E+3", true)]
    [InlineData("12345678901234567890.5", true)]
    public void FastValueParse_FallsBackOnOtherForms(string text, bool ok)
    {
        Assert.Equal(ok, Lookups.TryValue(text, out var value));
        if (ok)
        {
            Assert.Equal(decimal.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture), value);
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DuckDB.NET.Data;
using nietras.SeparatedValues;
using TradeDomain.Aggregation;
using TradeDomain.Data;

namespace TradeDomain.Benchmarks;

/// <summary>
/// From a file to the aggregate, in one run: DuckDB's read_csv / read_parquet + GROUP BY (every result row read back)
/// against TradeDomain.Data's readers + the aggregator, on the same synthetic flows written once as CSV
/// (reporter,partner,year,flow,value with Comtrade codes and X/M) and as Parquet in TradeParquet's flow schema. Both
/// groupings: reporter × partner × year (about 1.55 million groups at 10 M flows) and reporter × year turnover.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class FileBenchmarks
{
    private DuckDBConnection? duck;

    [Params(10_000_000)]
    public int Rows { get; set; }

    private string Csv => FlowFiles.CsvPath(Rows);

    private string Parquet => FlowFiles.ParquetPath(Rows);

    private DuckDBConnection Duck => duck ?? throw new InvalidOperationException("Setup has not run.");

    [GlobalSetup]
    public void Setup()
    {
        FlowFiles.Ensure(Rows);
        duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = "SET threads = 2;";
        command.ExecuteNonQuery();
    }

    [GlobalCleanup]
    public void Cleanup() => duck?.Dispose();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("csv reporter×partner×year")]
    public decimal DuckDb_Csv_ReporterPartnerYear() => DuckLoader.Query(Duck, FlowFiles.DuckCsv(Csv, byPartner: true));

    [Benchmark]
    [BenchmarkCategory("csv reporter×partner×year")]
    public decimal TradeDomain_Csv_ReporterPartnerYear() => FlowFiles.FromCsv(Csv, AggregationOptions.Default);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("csv reporter×year")]
    public decimal DuckDb_Csv_ReporterYear() => DuckLoader.Query(Duck, FlowFiles.DuckCsv(Csv, byPartner: false));

    [Benchmark]
    [BenchmarkCategory("csv reporter×year")]
    public decimal TradeDomain_Csv_ReporterYear() => FlowFiles.FromCsv(Csv, FlowFiles.ReporterYear);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("parquet reporter×partner×year")]
    public decimal DuckDb_Parquet_ReporterPartnerYear() => DuckLoader.Query(Duck, FlowFiles.DuckParquet(Parquet, byPartner: true));

    [Benchmark]
    [BenchmarkCategory("parquet reporter×partner×year")]
    public decimal TradeDomain_Parquet_ReporterPartnerYear() => FlowFiles.FromParquet(Parquet, AggregationOptions.Default);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("parquet reporter×year")]
    public decimal DuckDb_Parquet_ReporterYear() => DuckLoader.Query(Duck, FlowFiles.DuckParquet(Parquet, byPartner: false));

    [Benchmark]
    [BenchmarkCategory("parquet reporter×year")]
    public decimal TradeDomain_Parquet_ReporterYear() => FlowFiles.FromParquet(Parquet, FlowFiles.ReporterYear);
}

/// <summary>The synthetic flows as files (written once into the temp folder), and both sides' file queries.</summary>
internal static class FlowFiles
{
    internal static readonly AggregationOptions ReporterYear = new() { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period };

    internal static readonly CsvColumnMap Map = new()
    {
        Reporter = "reporter", Partner = "partner", Year = "year", Flow = "flow", Value = "value", Codes = CountryCodeScheme.Comtrade,
    };

    internal static string CsvPath(int rows) => Path.Combine(Path.GetTempPath(), $"tradedomain-flows-{rows}.csv");

    internal static string ParquetPath(int rows) => Path.Combine(Path.GetTempPath(), $"tradedomain-flows-{rows}.parquet");

    internal static void Ensure(int rows)
    {
        if (File.Exists(CsvPath(rows)) && File.Exists(ParquetPath(rows)))
        {
            return;
        }

        // Kosovo has no UN Comtrade code (the Parquet schema's); its flows are written as Serbia's in both files.
        var kosovo = Country.FromCode("XK");
        var serbia = Country.FromCode("RS");
        var flows = SyntheticFlows.Generate(rows);
        for (int i = 0; i < flows.Length; i++)
        {
            var f = flows[i];
            if (f.Reporter == kosovo || f.Partner.Country == kosovo)
            {
                flows[i] = new TradeFlow(f.Reporter == kosovo ? serbia : f.Reporter, f.Partner.Country == kosovo ? serbia : f.Partner, f.Period, f.Flow, f.Value);
            }
        }

        var codes = new Dictionary<Country, int>();
        int Code(Country c) => codes.TryGetValue(c, out int code) ? code : codes[c] = ComtradeCode.FromCountry(c).Code;
        using (var writer = new StreamWriter(CsvPath(rows) + ".tmp", false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write("reporter,partner,year,flow,value\n");
            foreach (var f in flows)
            {
                writer.Write(Code(f.Reporter).ToString(CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(Code(f.Partner.Country).ToString(CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(f.Period.StartYear.ToString(CultureInfo.InvariantCulture));
                writer.Write(f.Flow == FlowDirection.Export ? ",X," : ",M,");
                writer.Write(f.Value.Amount.ToString(CultureInfo.InvariantCulture));
                writer.Write('\n');
            }
        }

        File.Move(CsvPath(rows) + ".tmp", CsvPath(rows), overwrite: true);
        using (var stream = File.Create(ParquetPath(rows) + ".tmp"))
        {
            TradeParquet.WriteFlowsAsync(flows, stream, 2, default).GetAwaiter().GetResult();
        }

        File.Move(ParquetPath(rows) + ".tmp", ParquetPath(rows), overwrite: true);
    }

    internal static string DuckCsv(string path, bool byPartner) =>
        $"SELECT reporter, {(byPartner ? "partner, " : "")}year, SUM(value) FILTER (WHERE flow = 'X') AS x, SUM(value) FILTER (WHERE flow = 'M') AS m " +
        $"FROM read_csv('{path}', header = true, columns = {{'reporter': 'SMALLINT', 'partner': 'SMALLINT', 'year': 'SMALLINT', 'flow': 'VARCHAR', 'value': 'DECIMAL(18,2)'}}) " +
        $"GROUP BY reporter, {(byPartner ? "partner, " : "")}year";

    internal static string DuckParquet(string path, bool byPartner) =>
        $"SELECT reporter, {(byPartner ? "partner, " : "")}year, SUM(value) FILTER (WHERE flow = 2) AS x, SUM(value) FILTER (WHERE flow = 1) AS m " +
        $"FROM read_parquet('{path}') GROUP BY reporter, {(byPartner ? "partner, " : "")}year";

    internal static decimal FromCsv(string path, AggregationOptions options)
    {
        using var reader = TradeFiles.OpenCsv(path, Map);
        return Check(reader.Aggregate(options).Aggregate);
    }

    internal static decimal FromParquet(string path, AggregationOptions options)
    {
        using var reader = TradeFiles.OpenParquet(path);
        return Check(reader.Aggregate(options).Aggregate);
    }

    private static decimal Check(TradeAggregate aggregate)
    {
        decimal check = 0;
        foreach (var row in aggregate.Rows)
        {
            check += row.Exports.Amount - row.Imports.Amount;
        }

        return check;
    }

    /// <summary>Reads through the stream path (one reader, no parallel parts or row groups): a wrapper that is no FileStream.</summary>
    internal static decimal FromCsvStream(string path, AggregationOptions options)
    {
        using var reader = TradeFiles.OpenCsvStream(new BufferedStream(File.OpenRead(path), 1 << 16), Path.GetFileName(path), Map, null);
        return Check(reader.Aggregate(options).Aggregate);
    }

    internal static decimal FromParquetStream(string path, AggregationOptions options)
    {
        using var reader = TradeFiles.OpenParquetStream(new BufferedStream(File.OpenRead(path), 1 << 16), Path.GetFileName(path), null);
        return Check(reader.Aggregate(options).Aggregate);
    }

    /// <summary>Each case (whose name contains <paramref name="filter"/>): TradeDomain, DuckDB and TradeDomain's stream
    /// path run one after the other, <paramref name="runs"/> times, timed, totals compared; the median of each and the
    /// median of the per-run ratios DuckDB / TradeDomain (so a noisy machine slows both sides of a ratio alike).</summary>
    internal static void Probe(int rows, string filter = "", int runs = 3)
    {
        var sw = Stopwatch.StartNew();
        Ensure(rows);
        Console.WriteLine($"files ready in {sw.ElapsedMilliseconds} ms");
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using (var command = duck.CreateCommand())
        {
            command.CommandText = "SET threads = 2;";
            command.ExecuteNonQuery();
        }

        string csv = CsvPath(rows), parquet = ParquetPath(rows);
        foreach (var (name, td, db, stream) in new (string, Func<decimal>, Func<decimal>, Func<decimal>)[]
                 {
                     ("csv r×p×y", () => FromCsv(csv, AggregationOptions.Default), () => DuckLoader.Query(duck, DuckCsv(csv, true)), () => FromCsvStream(csv, AggregationOptions.Default)),
                     ("csv r×y", () => FromCsv(csv, ReporterYear), () => DuckLoader.Query(duck, DuckCsv(csv, false)), () => FromCsvStream(csv, ReporterYear)),
                     ("parquet r×p×y", () => FromParquet(parquet, AggregationOptions.Default), () => DuckLoader.Query(duck, DuckParquet(parquet, true)), () => FromParquetStream(parquet, AggregationOptions.Default)),
                     ("parquet r×y", () => FromParquet(parquet, ReporterYear), () => DuckLoader.Query(duck, DuckParquet(parquet, false)), () => FromParquetStream(parquet, ReporterYear)),
                 })
        {
            if (!name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var times = new List<(double Td, double Db, double Stream)>();
            var checks = new HashSet<decimal>();
            long allocated = 0;
            for (int rep = 0; rep < runs; rep++)
            {
                double Time(Func<decimal> run)
                {
                    sw.Restart();
                    checks.Add(run());
                    return sw.Elapsed.TotalMilliseconds;
                }

                long before = GC.GetTotalAllocatedBytes(precise: true);
                double tdTime = Time(td);
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                times.Add((tdTime, Time(db), Time(stream)));
            }

            static double Median(IEnumerable<double> values)
            {
                var sorted = values.Order().ToArray();
                return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
            }

            Console.WriteLine(FormattableString.Invariant(
                $"{name,-14} TradeDomain {Median(times.Select(t => t.Td)),7:F0} ms, DuckDB {Median(times.Select(t => t.Db)),7:F0} ms, stream path {Median(times.Select(t => t.Stream)),7:F0} ms; DuckDB/TradeDomain median {Median(times.Select(t => t.Db / t.Td)):F2}× (runs {string.Join(" ", times.Select(t => (t.Db / t.Td).ToString("F2", CultureInfo.InvariantCulture)))}), DuckDB/stream {Median(times.Select(t => t.Db / t.Stream)):F2}×; TradeDomain allocated {allocated / 1e6:F0} MB; totals equal: {checks.Count == 1}"));
        }
    }
}

/// <summary>The same flows aggregated from a span and streamed through IEnumerable (an iterator, so no array shortcut).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class StreamingBenchmarks
{
    private TradeFlow[] flows = [];

    [Params(10_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        flows = SyntheticFlows.Generate(Rows);
        SyntheticFlows.Touch(flows);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("reporter×partner×year")]
    public int Span_ReporterPartnerYear() => TradeAggregation.Aggregate(flows, AggregationOptions.Default).Count;

    [Benchmark]
    [BenchmarkCategory("reporter×partner×year")]
    public int Enumerable_ReporterPartnerYear() => TradeAggregation.Aggregate(Stream(flows), AggregationOptions.Default).Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("reporter×year")]
    public int Span_ReporterYear() => TradeAggregation.Aggregate(flows, FlowFiles.ReporterYear).Count;

    [Benchmark]
    [BenchmarkCategory("reporter×year")]
    public int Enumerable_ReporterYear() => TradeAggregation.Aggregate(Stream(flows), FlowFiles.ReporterYear).Count;

    private static IEnumerable<TradeFlow> Stream(TradeFlow[] source)
    {
        foreach (var f in source)
        {
            yield return f;
        }
    }
}

/// <summary>Derived figures on the reporter × partner × year aggregate of 10 M flows (about 1.55 M groups): each call
/// after the index of rows by reporter and period is built (its one-off cost is the Index benchmark).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class DerivedFigureBenchmarks
{
    private TradeAggregate aggregate = null!;
    private Country reporter;
    private Period year;

    [GlobalSetup]
    public void Setup()
    {
        aggregate = TradeAggregation.Aggregate(SyntheticFlows.Generate(10_000_000), AggregationOptions.Default);
        var first = aggregate.Rows[aggregate.Count / 2].Key;
        reporter = first.Reporter;
        year = first.Period;
        aggregate.PartnerShares(reporter, year); // builds the index
    }

    [Benchmark]
    public int PartnerShares() => aggregate.PartnerShares(reporter, year).Count;

    [Benchmark]
    public int RoundedPartnerShares() => aggregate.RoundedPartnerShares(reporter, year, 1).Count;

    [Benchmark]
    public int TopPartners() => aggregate.TopPartners(reporter, year, 10).Count;

    [Benchmark]
    public decimal GroupTotal() => aggregate.GroupTotal(reporter, year, CountryGroup.SCO).Amount;

    [Benchmark]
    public decimal Growth() => aggregate.Growth(new GroupKey(reporter, aggregate.Rows[aggregate.Count / 2].Key.Partner, null, year, null, default)).To;
}

/// <summary>Where a CSV row's time goes, on one thread: Sep alone, then Sep and the row format (a quick look).</summary>
internal static class CsvCostProbe
{
    internal static void Run(int rows)
    {
        FlowFiles.Ensure(rows);
        var path = FlowFiles.CsvPath(rows);
        var format = new MappedFormat(FlowFiles.Map);
        for (int rep = 0; rep < 3; rep++)
        {
            var sw = Stopwatch.StartNew();
            long sum = 0;
            using (var reader = nietras.SeparatedValues.Sep.Reader(o => o with { HasHeader = true, DisableColCountCheck = true, Unescape = true }).FromFile(path))
            {
                foreach (var row in reader)
                {
                    sum += row[0].Span.Length + row[1].Span.Length + row[2].Span.Length + row[3].Span.Length + row[4].Span.Length;
                }
            }

            var sep = sw.ElapsedMilliseconds;
            sw.Restart();
            long flows = 0;
            using (var reader = nietras.SeparatedValues.Sep.Reader(o => o with { HasHeader = true, DisableColCountCheck = true, Unescape = true }).FromFile(path))
            {
                format.Bind(reader.Header, path);
                foreach (var row in reader)
                {
                    var fault = new RowFault { Reason = "" };
                    if (format.Read(row, out var flow, ref fault) == RowOutcome.Flow)
                    {
                        flows++;
                    }
                }
            }

            var read = sw.ElapsedMilliseconds;
            sw.Restart();
            var lookups = Lookups.ForThread(true);
            long n = 0;
            var one = lookups.Year(2020);
            var money = new Money(123.45m, Currency.USD);
            var country = Country.FromCode("KZ");
            for (int i = 0; i < 10_000_000; i++)
            {
                var f = new TradeFlow(country, country, one, FlowDirection.Export, money);
                n += f.Packed2();
            }

            Console.WriteLine($"sep alone {sep} ms; sep + format {read} ms ({flows} flows); 10 M TradeFlow constructors {sw.ElapsedMilliseconds} ms {sum + n}");
        }
    }

    private static long Packed2(this TradeFlow f) => f.Value.Amount > 0 ? 1 : 0;
}

/// <summary>What decoding each column of one row group costs, and the column statistics the file has (a quick look).</summary>
internal static class ParquetCostProbe
{
    internal static void Run(int rows)
    {
        FlowFiles.Ensure(rows);
        using var stream = File.OpenRead(FlowFiles.ParquetPath(rows));
        var reader = Parquet.ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        Console.WriteLine($"{reader.RowGroupCount} row groups");
        for (int rep = 0; rep < 3; rep++)
        {
            using var group = reader.OpenRowGroupReader(rep);
            int n = (int)group.RowCount;
            var line = new StringBuilder();
            foreach (var field in reader.Schema.DataFields)
            {
                var sw = Stopwatch.StartNew();
                if (field.ClrType == typeof(decimal))
                {
                    group.ReadAsync<decimal>(field, new decimal[n].AsMemory()).AsTask().GetAwaiter().GetResult();
                }
                else
                {
                    group.ReadAsync<int>(field, new int[n].AsMemory()).AsTask().GetAwaiter().GetResult();
                }

                var stats = group.GetStatistics(field);
                line.Append(CultureInfo.InvariantCulture, $"{field.Name} {sw.Elapsed.TotalMilliseconds:F1} ms [{stats?.MinValue}..{stats?.MaxValue} nulls {stats?.NullCount}]; ");
            }

            var raw = new Parquet.Schema.DataField<long>("value");
            _ = new Parquet.Schema.ParquetSchema(raw);
            var sw2 = Stopwatch.StartNew();
            try
            {
                var longs = new long[n];
                group.ReadAsync<long>(raw, longs.AsMemory()).AsTask().GetAwaiter().GetResult();
                line.Append(CultureInfo.InvariantCulture, $"value as long {sw2.Elapsed.TotalMilliseconds:F1} ms first {longs[0]} {longs[1]}");
            }
            catch (Exception e)
            {
                line.Append("value as long: " + e.GetType().Name + " " + e.Message);
            }

            Console.WriteLine(line);
        }
    }
}

/// <summary>The flows file as TradeDomain writes it and the same rows as DuckDB writes them (<c>COPY … TO</c>):
/// TradeDomain's and DuckDB's reading of each, both groupings, medians of three (how the writer's encodings weigh on
/// the reading).</summary>
internal static class ParquetWriterProbe
{
    internal static void Run(int rows)
    {
        FlowFiles.Ensure(rows);
        string ours = FlowFiles.ParquetPath(rows), theirs = Path.ChangeExtension(ours, ".duckdb.parquet");
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using (var command = duck.CreateCommand())
        {
            command.CommandText = "SET threads = 2;";
            command.ExecuteNonQuery();
            if (!File.Exists(theirs))
            {
                command.CommandText = $"COPY (SELECT * FROM read_parquet('{ours}')) TO '{theirs}' (FORMAT parquet, ROW_GROUP_SIZE 1000000);";
                command.ExecuteNonQuery();
            }
        }

        foreach (var path in new[] { ours, theirs })
        {
            Console.WriteLine($"{Path.GetFileName(path)}: {new FileInfo(path).Length / 1e6:F0} MB");
            foreach (var (name, options, byPartner) in new[] { ("r×p×y", AggregationOptions.Default, true), ("r×y", FlowFiles.ReporterYear, false) })
            {
                var td = new List<double>();
                var db = new List<double>();
                var checks = new HashSet<decimal>();
                for (int rep = 0; rep < 3; rep++)
                {
                    var sw = Stopwatch.StartNew();
                    checks.Add(FlowFiles.FromParquet(path, options));
                    td.Add(sw.Elapsed.TotalMilliseconds);
                    sw.Restart();
                    checks.Add(DuckLoader.Query(duck, FlowFiles.DuckParquet(path, byPartner)));
                    db.Add(sw.Elapsed.TotalMilliseconds);
                }

                Console.WriteLine(FormattableString.Invariant($"  {name,-6} TradeDomain {td.Order().ElementAt(1),6:F0} ms ({string.Join(" ", td.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}), DuckDB {db.Order().ElementAt(1),6:F0} ms; ratio {db.Order().ElementAt(1) / td.Order().ElementAt(1):F2}×; totals equal {checks.Count == 1}"));
            }
        }
    }
}

/// <summary>One thread, every row group of the flows file: the decoder's column reading and row conversion, the row
/// conversion alone again, and adding the converted flows to an aggregator, timed apart (CPU cost a row).</summary>
internal static class ParquetStageProbe
{
    internal static void Run(int rows)
    {
        FlowFiles.Ensure(rows);
        foreach (var path in new[] { FlowFiles.ParquetPath(rows), Path.ChangeExtension(FlowFiles.ParquetPath(rows), ".duckdb.parquet") })
        {
            if (!File.Exists(path))
            {
                continue;
            }

            using var stream = File.OpenRead(path);
            var reader = Parquet.ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
            var byName = reader.Schema.DataFields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
            var fields = TradeParquet.FlowColumns.Select(c => byName[c]).Append(byName.GetValueOrDefault(TradeParquet.TransportColumn)!).ToArray();
            var decoder = new ParquetGroupDecoder(path, fields, ParquetGroupDecoder.RawValueColumn.Of(reader, fields[^2]));
            for (int rep = 0; rep < 3; rep++)
            {
                double decode = 0, convert = 0, add = 0;
                long total = 0;
                var aggregator = new TradeAggregator(FlowFiles.ReporterYear with { MaxDegreeOfParallelism = 1 });
                for (int g = 0; g < reader.RowGroupCount; g++)
                {
                    var sw = Stopwatch.StartNew();
                    int n = decoder.Decode(reader, g, parallel: false);
                    decode += sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    for (int i = 0; i < n; i++)
                    {
                        decoder.ReadRow(i, out decoder.Converted[i], out _, out _);
                    }

                    convert += sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    aggregator.Add(decoder.Converted.AsSpan(0, n));
                    add += sw.Elapsed.TotalMilliseconds;
                    total += n;
                }

                _ = aggregator.ToAggregate();
                Console.WriteLine(FormattableString.Invariant($"{Path.GetFileName(path)}: {total} rows; decode+convert {decode:F0} ms, of which convert {convert:F0} ms; add (r×y) {add:F0} ms; a row: columns {(decode - convert) * 1e6 / total:F1} ns, convert {convert * 1e6 / total:F1} ns, add {add * 1e6 / total:F1} ns"));
            }
        }
    }
}

/// <summary>What each step of a CSV row costs on one thread (Sep's columns, the two code look-ups, the year, the exact
/// value, the <see cref="TradeFlow"/> constructor, then the whole row format), and the whole reader on one core and on
/// every core (reporter × year).</summary>
internal static class CsvStepProbe
{
    internal static void Run(int rows)
    {
        FlowFiles.Ensure(rows);
        var path = FlowFiles.CsvPath(rows);
        for (int rep = 0; rep < 3; rep++)
        {
            var sw = Stopwatch.StartNew();
            FlowFiles.FromCsv(path, FlowFiles.ReporterYear with { MaxDegreeOfParallelism = 1 });
            double one = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            FlowFiles.FromCsv(path, FlowFiles.ReporterYear);
            Console.WriteLine(FormattableString.Invariant($"reader r×y: one core {one:F0} ms, every core {sw.Elapsed.TotalMilliseconds:F0} ms"));
        }

        string[] steps = ["columns", "+ codes", "+ year", "+ value", "+ packed flow", "row format"];
        for (int rep = 0; rep < 3; rep++)
        {
            var line = new StringBuilder();
            for (int step = 0; step < steps.Length; step++)
            {
                line.Append(CultureInfo.InvariantCulture, $"{steps[step]} {Step(path, step)} ms; ");
            }

            Console.WriteLine(line);
        }
    }

    private static long Step(string path, int step)
    {
        var sw = Stopwatch.StartNew();
        long sum = 0;
        var format = new MappedFormat(FlowFiles.Map);
        using var reader = nietras.SeparatedValues.Sep.Reader(o => o with { HasHeader = true, DisableColCountCheck = true, Unescape = true }).FromFile(path);
        format.Bind(reader.Header, path);
        var lookups = Lookups.ForThread(true);
        foreach (var row in reader)
        {
            if (step == 5)
            {
                var fault = new RowFault { Reason = "" };
                format.Read(row, out var flow, ref fault);
                sum += flow.PeriodCode;
                continue;
            }

            ReadOnlySpan<char> reporter = row[0].Span, partner = row[1].Span, year = row[2].Span, direction = row[3].Span, amount = row[4].Span;
            sum += reporter.Length + partner.Length + year.Length + direction.Length + amount.Length;
            TradePartner from = default, to = default;
            int period = 0;
            ulong mantissa = 0;
            int scale = 0;
            bool negative = false;
            if (step >= 1 && lookups.TryPartner(reporter, out from) && lookups.TryPartner(partner, out to))
            {
                sum += from.DenseId + to.DenseId;
            }

            if (step >= 2 && Lookups.TryInt(year, out int y))
            {
                period = lookups.YearCode(y);
                sum += period;
            }

            if (step >= 3 && Lookups.TryPlainValue(amount, out mantissa, out scale, out negative))
            {
                sum += scale;
            }

            if (step >= 4)
            {
                sum += TradeFlow.FromParts(from.Country, to, period, direction[0] == 'X' ? FlowDirection.Export : FlowDirection.Import, mantissa, scale, negative, Currency.USD).PeriodCode;
            }
        }

        GC.KeepAlive(sum);
        return sw.ElapsedMilliseconds;
    }
}

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

    /// <summary>Each path (whose name contains <paramref name="filter"/>) <paramref name="runs"/> times, timed, with the
    /// totals compared and the median TradeDomain / DuckDB ratio of each pair (a quick look, not a benchmark).</summary>
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

        foreach (var (name, run) in new (string, Func<decimal>)[]
                 {
                     ("TradeDomain csv r×p×y", () => FromCsv(CsvPath(rows), AggregationOptions.Default)),
                     ("DuckDB csv r×p×y", () => DuckLoader.Query(duck, DuckCsv(CsvPath(rows), true))),
                     ("TradeDomain csv r×y", () => FromCsv(CsvPath(rows), ReporterYear)),
                     ("DuckDB csv r×y", () => DuckLoader.Query(duck, DuckCsv(CsvPath(rows), false))),
                     ("TradeDomain parquet r×p×y", () => FromParquet(ParquetPath(rows), AggregationOptions.Default)),
                     ("DuckDB parquet r×p×y", () => DuckLoader.Query(duck, DuckParquet(ParquetPath(rows), true))),
                     ("TradeDomain parquet r×y", () => FromParquet(ParquetPath(rows), ReporterYear)),
                     ("DuckDB parquet r×y", () => DuckLoader.Query(duck, DuckParquet(ParquetPath(rows), false))),
                 })
        {
            if (!name.Contains(filter, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var times = new List<string>();
            decimal check = 0;
            var process = Process.GetCurrentProcess();
            for (int rep = 0; rep < runs; rep++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                sw.Restart();
                check = run();
                process.Refresh();
                times.Add($"{sw.ElapsedMilliseconds} ({(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} cpu)");
            }

            Console.WriteLine($"{name,-28} {string.Join(" / ", times),44} ms ({runs} runs)   check {check}");
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

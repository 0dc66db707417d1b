using System.Diagnostics;
using TradeDomain.Aggregation;

namespace TradeDomain.Benchmarks;

/// <summary>A quick stopwatch probe (not a benchmark): `dotnet run -c Release -- probe 10000000`.</summary>
public static class AggregationProbe
{
    public static void Duck(int rows)
    {
        var flows = SyntheticFlows.Generate(rows);
        var sw = Stopwatch.StartNew();
        using var duck = DuckLoader.Load(flows);
        Console.WriteLine($"load {sw.ElapsedMilliseconds} ms");
        for (int i = 0; i < 4; i++)
        {
            sw.Restart();
            var a = DuckLoader.Query(duck, DuckLoader.ReporterPartnerYear);
            var t1 = sw.ElapsedMilliseconds;
            sw.Restart();
            var b = DuckLoader.Query(duck, DuckLoader.ReporterYearTurnover);
            Console.WriteLine($"duckdb rpy {t1} ms, ry {sw.ElapsedMilliseconds} ms ({a} {b})");
        }
    }

    public static void Run(int rows)
    {
        var flows = SyntheticFlows.Generate(rows);
        SyntheticFlows.Touch(flows);
        Console.WriteLine($"sizeof(TradeFlow) = {System.Runtime.CompilerServices.Unsafe.SizeOf<TradeFlow>()}, AVX-512 path: {VectorAddition.IsSupported}, AVX2 path: {VectorAddition.Is256Supported}, four lanes preferred: {EngineTuning.Current.PreferFourLanes}");
        var byRpy = AggregationOptions.Default;
        var byRy = new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period };
        var oneThread = byRy with { MaxDegreeOfParallelism = 1 };
        Console.WriteLine($"reference: reading one int of every flow, 2 threads: {Median(() => Scan(flows)):F1} ms, 1 thread: {Median(() => Scan(flows, 1)):F1} ms");
        Console.WriteLine($"reference: a bare reporter × year loop (no checks, not exact), 2 threads: {Median(() => Bare(flows)):F1} ms, 1 thread: {Median(() => Bare(flows, 1)):F1} ms");
        Console.WriteLine($"reporter × year turnover, 2 threads: {Median(() => Rows(TradeAggregation.Aggregate(flows, byRy))):F1} ms, 1 thread: {Median(() => Rows(TradeAggregation.Aggregate(flows, oneThread))):F1} ms");
        if (VectorAddition.IsSupported && VectorAddition.Is256Supported)
        {
            // The same flows through the four-lane path, in the same process (alternating, to see through the noise).
            for (int round = 0; round < 2; round++)
            {
                VectorAddition.Force256 = true;
                double four = Median(() => Rows(TradeAggregation.Aggregate(flows, byRy)));
                VectorAddition.Force256 = false;
                VectorAddition.Force512 = true;
                double eight = Median(() => Rows(TradeAggregation.Aggregate(flows, byRy)));
                VectorAddition.Force512 = false;
                Console.WriteLine($"reporter × year turnover, 2 threads: AVX2 four-lane path {four:F1} ms, AVX-512 eight-lane path {eight:F1} ms");
            }
        }
        Console.WriteLine($"reporter × partner × year, aggregate only: {Median(() => TradeAggregation.Aggregate(flows, byRpy).Count):F1} ms");
        Console.WriteLine($"reporter × partner × year, with rows: {Median(() => Rows(TradeAggregation.Aggregate(flows, byRpy))):F1} ms");
        var hashed = byRpy with { PeriodRollup = PeriodRollup.None };
        Console.WriteLine($"reporter × partner × period, hashed, 2 threads: {Median(() => TradeAggregation.Aggregate(flows, hashed).Count):F1} ms, 1 thread: {Median(() => TradeAggregation.Aggregate(flows, hashed with { MaxDegreeOfParallelism = 1 }).Count):F1} ms");
        var done = TradeAggregation.Aggregate(flows, byRpy);
        Console.WriteLine($"reporter × partner × year, rows only: {Median(() => Rows(done)):F1} ms");
    }

    /// <summary>`probe-lanes N`: reporter × year through each lane path (four-lane AVX2, eight-lane AVX-512, scalar), on
    /// one thread and on two, alternating in rounds so each path sees the same load.</summary>
    public static void Lanes(int rows)
    {
        var flows = SyntheticFlows.Generate(rows);
        SyntheticFlows.Touch(flows);
        var byRy = new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period };
        var oneThread = byRy with { MaxDegreeOfParallelism = 1 };
        Console.WriteLine($"AVX-512 path: {VectorAddition.IsSupported}, AVX2 path: {VectorAddition.Is256Supported}, four lanes preferred: {EngineTuning.Current.PreferFourLanes}");
        for (int round = 0; round < 3; round++)
        {
            var line = new System.Text.StringBuilder($"round {round + 1}:");
            foreach (var (name, set) in new (string, Action)[]
                     {
                         ("four-lane", () => VectorAddition.Force256 = true),
                         ("eight-lane", () => VectorAddition.Force512 = true),
                         ("scalar", () => VectorAddition.Enabled = false),
                     })
            {
                if ((name == "four-lane" && !VectorAddition.Is256Supported) || (name == "eight-lane" && !VectorAddition.IsSupported))
                {
                    continue;
                }

                set();
                line.Append($" {name} {Median(() => Rows(TradeAggregation.Aggregate(flows, oneThread))):F1} / {Median(() => Rows(TradeAggregation.Aggregate(flows, byRy))):F1} ms;");
                VectorAddition.Force256 = VectorAddition.Force512 = false;
                VectorAddition.Enabled = true;
            }

            Console.WriteLine(line.Append(" (one thread / two)"));
        }
    }

    /// <summary>`probe-stream N`: the streamed path against the span path and the cost of the iterator alone.</summary>
    public static void Stream(int rows)
    {
        var flows = SyntheticFlows.Generate(rows);
        SyntheticFlows.Touch(flows);
        var byRy = new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period };
        for (int run = 0; run < 3; run++)
        {
            Console.WriteLine($"iterator only: {WallAndCpu(() => IterateOnly(Iterate(flows)))}, into a buffer {WallAndCpu(() => IntoBuffer(Iterate(flows)))}; " +
                              $"r×y span {WallAndCpu(() => TradeAggregation.Aggregate(flows, byRy).Count)}, stream {WallAndCpu(() => TradeAggregation.Aggregate(Iterate(flows), byRy).Count)}; " +
                              $"r×p×y span {WallAndCpu(() => TradeAggregation.Aggregate(flows).Count, 5)}, stream {WallAndCpu(() => TradeAggregation.Aggregate(Iterate(flows)).Count, 5)}");
        }
    }

    /// <summary>`probe-scatter N`: the stream's partitioned sink in its steps (reporter × partner × year): the batches
    /// scattered on the reading thread, then the build, against the span path.</summary>
    public static void Scatter(int rows)
    {
        var flows = SyntheticFlows.Generate(rows);
        SyntheticFlows.Touch(flows);
        var codec = new KeyCodec(AggregationOptions.Default);
        for (int run = 0; run < 3; run++)
        {
            var first = flows.AsSpan(0, TradeAggregation.StreamBatches.StreamBatchSize);
            EnginePlanner.Choose(first, codec, out var layout, out int threads);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var sink = new PartitionedAggregation.Sink(layout!, codec, flows[0].Value.Currency, Accumulator.ChooseFastScale(flows[0], flows[0].Value.Currency), Environment.GetEnvironmentVariable("ENTRIES") is { } e ? int.Parse(e, System.Globalization.CultureInfo.InvariantCulture) : 2 * first.Length);
            sink.Add(first, threads);
            double firstMs = watch.Elapsed.TotalMilliseconds;
            for (int i = first.Length; i < flows.Length; i += 1 << 16)
            {
                sink.Add(flows.AsSpan(i, Math.Min(1 << 16, flows.Length - i)), 1);
            }

            double scatterMs = watch.Elapsed.TotalMilliseconds;
            var built = sink.Build(Environment.ProcessorCount, out _);
            double buildMs = watch.Elapsed.TotalMilliseconds;
            sink.Return();
            var stream = new TradeAggregation.StreamBatches(AggregationOptions.Default);
            watch.Restart();
            foreach (var f in flows)
            {
                stream.Add(f);
            }

            int n = stream.Finish().Count;
            double streamMs = watch.Elapsed.TotalMilliseconds;
            Console.WriteLine($"first batch {firstMs:F1} ms, scatter to {scatterMs:F1} ms, build to {buildMs:F1} ms ({built.Count} groups); " +
                              $"stream batches {streamMs:F1} ms ({n}, {stream.Builds} builds); span {Median(() => TradeAggregation.Aggregate(flows).Count, 3):F1} ms");
        }
    }

    /// <summary>`probe-aggregator N`: the public <see cref="TradeAggregator"/> fed 65 536-flow spans, on every core and on
    /// one thread, against the span path (reporter × partner × year and reporter × year).</summary>
    public static void Aggregator(int rows)
    {
        var flows = SyntheticFlows.Generate(rows);
        SyntheticFlows.Touch(flows);
        var byRy = new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period };
        foreach (var (name, options) in new[] { ("r×p×y", AggregationOptions.Default), ("r×y", byRy) })
        {
            var one = options with { MaxDegreeOfParallelism = 1 };
            for (int run = 0; run < 2; run++)
            {
                Console.WriteLine($"{name}: span {WallAndCpu(() => TradeAggregation.Aggregate(flows, options).Count, 5)}, span one thread {WallAndCpu(() => TradeAggregation.Aggregate(flows, one).Count, 5)}; " +
                                  $"aggregator {WallAndCpu(() => InSpans(flows, options), 5)}, aggregator one thread {WallAndCpu(() => InSpans(flows, one), 5)}");
            }
        }
    }

    /// <summary>`probe-csv N`: the CSV file of `fileprobe` read on every core and through the stream path, wall and
    /// CPU time, both groupings (the file must exist: run `fileprobe N` once).</summary>
    public static void Csv(int rows)
    {
        string path = FlowFiles.CsvPath(rows);
        foreach (var (name, options) in new[] { ("r×p×y", AggregationOptions.Default), ("r×y", FlowFiles.ReporterYear) })
        {
            for (int run = 0; run < 2; run++)
            {
                Console.WriteLine($"{name}: every core {WallAndCpu(() => { using var r = TradeDomain.Data.TradeFiles.OpenCsv(path, FlowFiles.Map); return r.Aggregate(options).Aggregate.Count; }, 3)}, " +
                                  $"stream {WallAndCpu(() => { using var r = TradeDomain.Data.TradeFiles.OpenCsvStream(new BufferedStream(File.OpenRead(path), 1 << 16), "f.csv", FlowFiles.Map, null); return r.Aggregate(options).Aggregate.Count; }, 3)}");
            }
        }
    }

    /// <summary>`probe-flowctor`: what one <see cref="TradeFlow"/> constructor costs, piece by piece.</summary>
    public static void FlowConstructor()
    {
        var country = Country.FromCode("KZ");
        TradePartner partner = Country.FromCode("CN");
        var period = Period.Year(2020);
        var money = new Money(123.45m, Currency.USD);
        const int N = 10_000_000;
        for (int run = 0; run < 3; run++)
        {
            var sw = Stopwatch.StartNew();
            long n = 0;
            for (int i = 0; i < N; i++)
            {
                n += new TradeFlow(country, partner, period, FlowDirection.Export, money).PeriodCode;
            }

            double ctor = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            for (int i = 0; i < N; i++)
            {
                n += PeriodCode.Of(period);
            }

            double code = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            for (int i = 0; i < N; i++)
            {
                n += partner.DenseId + country.Index;
            }

            double ids = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            for (int i = 0; i < N; i++)
            {
                n += money.Currency.Index + (money.IsDefault ? 1 : 0) + (period.IsDefault ? 1 : 0);
            }

            double checks = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"10 M: constructor {ctor:F0} ms, period code {code:F0} ms, ids {ids:F0} ms, checks {checks:F0} ms ({n})");
        }
    }

    private static int InSpans(TradeFlow[] flows, AggregationOptions options)
    {
        var aggregator = new TradeAggregator(options);
        for (int i = 0; i < flows.Length; i += 1 << 16)
        {
            aggregator.Add(flows.AsSpan(i, Math.Min(1 << 16, flows.Length - i)));
        }

        return aggregator.ToAggregate().Count;
    }

    private static int Slices(TradeFlow[] flows, AggregationOptions options)
    {
        TradeAggregate? result = null;
        for (int i = 0; i < flows.Length; i += 1 << 20)
        {
            var part = TradeAggregation.Aggregate(flows.AsSpan(i, Math.Min(1 << 20, flows.Length - i)), options);
            result = result is null ? part : result.Merge(part);
        }

        return result!.Count;
    }

    private static IEnumerable<TradeFlow> Iterate(TradeFlow[] source)
    {
        foreach (var f in source)
        {
            yield return f;
        }
    }

    private static long IntoBuffer(IEnumerable<TradeFlow> flows)
    {
        var buffer = new TradeFlow[1 << 16];
        int count = 0;
        long batches = 0;
        foreach (var f in flows)
        {
            if (count == buffer.Length)
            {
                count = 0;
                batches++;
            }

            buffer[count++] = f;
        }

        return batches + count;
    }

    private static long IterateOnly(IEnumerable<TradeFlow> flows)
    {
        long s = 0;
        foreach (var f in flows)
        {
            s += f.PeriodCode;
        }

        return s;
    }

    private static decimal Rows(TradeAggregate aggregate)
    {
        decimal check = 0;
        foreach (var row in aggregate.Rows)
        {
            check += row.Exports.Amount - row.Imports.Amount;
        }

        return check;
    }

    private static long Bare(TradeFlow[] flows, int threads = 2)
    {
        var sums = new long[2];
        Parallel.For(0, threads, t =>
        {
            var part = flows.AsSpan(t * flows.Length / threads, flows.Length / threads);
            var cells = new long[300 * 32 * 4];
            var counts = new long[300 * 32];
            foreach (ref readonly var f in part)
            {
                int slot = (f.Reporter.Index * 32) + ((f.PeriodCode >> 8) & 31);
                counts[slot]++;
                f.TryUnits(2, out long v);
                cells[(slot << 2) | (int)f.Flow] += v;
            }

            sums[t] = cells.Sum() + counts.Sum();
        });
        return sums[0] + sums[1];
    }

    private static long Scan(TradeFlow[] flows, int threads = 2)
    {
        var sums = new long[2];
        Parallel.For(0, threads, t =>
        {
            var part = flows.AsSpan(t * flows.Length / threads, flows.Length / threads);
            long s = 0;
            foreach (ref readonly var f in part)
            {
                s += f.PeriodCode;
            }

            sums[t] = s;
        });
        return sums[0] + sums[1];
    }

    /// <summary>The median wall time and the median CPU time of the process (all threads), as "wall ms (CPU ms)":
    /// on a machine shared with other work the CPU time moves less.</summary>
    private static string WallAndCpu<T>(Func<T> run, int times = 11)
    {
        var wall = new double[times];
        var cpu = new double[times];
        var process = Process.GetCurrentProcess();
        for (int i = 0; i < times; i++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            GC.KeepAlive(run());
            wall[i] = sw.Elapsed.TotalMilliseconds;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpuStart).TotalMilliseconds;
        }

        Array.Sort(wall);
        Array.Sort(cpu);
        return $"{wall[times / 2]:F1} ms (CPU {cpu[times / 2]:F0} ms)";
    }

    private static double Median<T>(Func<T> run, int times = 11)
    {
        var elapsed = new double[times];
        for (int i = 0; i < times; i++)
        {
            var sw = Stopwatch.StartNew();
            GC.KeepAlive(run());
            elapsed[i] = sw.Elapsed.TotalMilliseconds;
        }

        Array.Sort(elapsed);
        return elapsed[times / 2];
    }
}

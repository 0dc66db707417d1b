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
            var a = DuckLoader.Query(duck, "SELECT reporter, partner, year, SUM(value) FILTER (WHERE flow = 0) AS x, SUM(value) FILTER (WHERE flow = 1) AS m FROM flows GROUP BY reporter, partner, year");
            var t1 = sw.ElapsedMilliseconds;
            sw.Restart();
            var b = DuckLoader.Query(duck, "SELECT reporter, year, SUM(value) FILTER (WHERE flow IN (0, 1)) AS turnover, 0 FROM flows GROUP BY reporter, year");
            Console.WriteLine($"duckdb rpy {t1} ms, ry {sw.ElapsedMilliseconds} ms ({a} {b})");
        }
    }

    public static void Run(int rows)
    {
        var flows = SyntheticFlows.Generate(rows);
        SyntheticFlows.Touch(flows);
        Console.WriteLine($"sizeof(TradeFlow) = {System.Runtime.CompilerServices.Unsafe.SizeOf<TradeFlow>()}, Period {System.Runtime.CompilerServices.Unsafe.SizeOf<Period>()}, Money {System.Runtime.CompilerServices.Unsafe.SizeOf<Money>()}");
        for (int k = 0; k < 3; k++)
        {
            var t = Stopwatch.StartNew();
            long years = 0;
            foreach (ref readonly var f in flows.AsSpan())
            {
                years += f.Period.Start.Year;
            }

            Console.WriteLine($"scan years {t.ElapsedMilliseconds} ms ({years})");
        }

        var byRpy = AggregationOptions.Default;
        var byRy = new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period };
        for (int i = 0; i < 4; i++)
        {
            var sw = Stopwatch.StartNew();
            var a = TradeAggregation.Aggregate(flows, byRpy);
            Console.Write($"aggregate {sw.Elapsed.TotalMilliseconds:F0} ms; ");
            decimal s = 0;
            foreach (var row in a.Rows)
            {
                s += row.Exports.Amount;
            }

            var t1 = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var b = TradeAggregation.Aggregate(flows, byRy);
            decimal u = 0;
            foreach (var row in b.Rows)
            {
                u += row.Turnover.Amount;
            }

            var t2 = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var c = TradeAggregation.Aggregate(flows, byRy with { MaxDegreeOfParallelism = 1 });
            Console.WriteLine($"rows {rows:N0}: reporter×partner×year {a.Count:N0} groups {t1:F0} ms; reporter×year {b.Count:N0} groups {t2:F0} ms, one thread {sw.Elapsed.TotalMilliseconds:F0} ms ({s + u + c.Count})");
        }
    }
}

using BenchmarkDotNet.Attributes;
using TradeDomain;

namespace TradeDomain.Benchmarks;

/// <summary>Growth and share of one million pairs, and largest-remainder rounding of 250 shares.</summary>
[MemoryDiagnoser]
public class CalculatorBenchmarks
{
    private decimal[] from = [];
    private decimal[] to = [];
    private Money[] partners = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(7);
        from = new decimal[1_000_000];
        to = new decimal[from.Length];
        for (int i = 0; i < from.Length; i++)
        {
            from[i] = rng.Next(1, 100_000_000) / 100m;
            to[i] = rng.Next(1, 100_000_000) / 100m;
        }

        partners = [.. Enumerable.Range(0, 250).Select(_ => new Money(rng.Next(1, 1_000_000_000) / 100m, Currency.USD))];
    }

    [Benchmark(Baseline = true)]
    public decimal RawDecimalGrowth1M()
    {
        decimal acc = 0;
        for (int i = 0; i < from.Length; i++)
        {
            acc += ((to[i] / from[i]) - 1m) * 100m;
        }

        return acc;
    }

    [Benchmark]
    public decimal Growth1M()
    {
        decimal acc = 0;
        for (int i = 0; i < from.Length; i++)
        {
            acc += Growth.Between(from[i], to[i]).Rate.Value;
        }

        return acc;
    }

    [Benchmark]
    public decimal Share1M()
    {
        decimal acc = 0;
        for (int i = 0; i < from.Length; i++)
        {
            decimal whole = from[i] + to[i];
            acc += Share.Of(new Money(from[i], Currency.USD), new Money(whole, Currency.USD)).Percentage.Value;
        }

        return acc;
    }

    [Benchmark]
    public Percentage[] LargestRemainder250() => Shares.RoundToHundred(partners, 1);
}

using BenchmarkDotNet.Attributes;
using TradeDomain;

namespace TradeDomain.Benchmarks;

/// <summary>Per-call cost and allocations of parsing and formatting amounts.</summary>
[MemoryDiagnoser]
public class MoneyTextBenchmarks
{
    private readonly Money amount = new(66_000_000_000m, Currency.USD);
    private readonly ReportedAmount reported = ReportedAmount.Parse("66.0 billion US dollars");

    [Benchmark]
    public Money ParseCode() => Money.Parse("USD 1,234.56");

    [Benchmark]
    public ReportedAmount ParseWords() => ReportedAmount.Parse("66.0 billion US dollars");

    [Benchmark]
    public ReportedAmount ParseRussian() => ReportedAmount.Parse("66,0 млрд долларов США");

    [Benchmark]
    public string FormatMoney() => amount.ToString();

    [Benchmark]
    public string FormatReportedWords() => reported.ToString("W", null);
}

/// <summary>Summing one million amounts: Money.Sum over a span versus plain decimal and LINQ.</summary>
[MemoryDiagnoser]
public class MoneySumBenchmarks
{
    private Money[] amounts = [];
    private decimal[] raw = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        amounts = new Money[1_000_000];
        raw = new decimal[amounts.Length];
        for (int i = 0; i < amounts.Length; i++)
        {
            raw[i] = rng.Next(0, 100_000_000) / 100m;
            amounts[i] = new Money(raw[i], Currency.USD);
        }
    }

    [Benchmark(Baseline = true)]
    public decimal DecimalLoop()
    {
        decimal total = 0;
        foreach (var d in raw)
        {
            total += d;
        }

        return total;
    }

    [Benchmark]
    public Money MoneySum() => Money.Sum(amounts);

    [Benchmark]
    public Money LinqAggregate() => amounts.Aggregate(Money.Zero(Currency.USD), (a, b) => a + b);
}

using BenchmarkDotNet.Attributes;
using TradeDomain.Verification;

namespace TradeDomain.Benchmarks;

/// <summary>Extraction and verification throughput on a large text (the seed release repeated to about 1 MB).</summary>
[MemoryDiagnoser]
public class VerificationBenchmarks
{
    private string text = "";

    [GlobalSetup]
    public void Setup()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_e2c78f17f126c964.txt"));
        text = string.Concat(Enumerable.Repeat(seed + "\n\n", 1_000_000 / seed.Length));
    }

    /// <summary>Megabytes of text per benchmark invocation, for computing throughput from the table.</summary>
    public double Megabytes => text.Length * 2 / 1e6;

    [Benchmark]
    public int Extract() => ClaimExtractor.Extract(text).Count;

    [Benchmark]
    public int ExtractAndVerify() => VerificationReport.Check(text).Checks.Count;
}

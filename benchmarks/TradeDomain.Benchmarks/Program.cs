using System.Globalization;
using BenchmarkDotNet.Running;
using TradeDomain.Benchmarks;

if (args is ["duck", var d])
{
    AggregationProbe.Duck(int.Parse(d, CultureInfo.InvariantCulture));
    return;
}

if (args is ["corpus", var corpusDirectory, ..])
{
    // The real-release corpus report (issue #10): right, wrong, false alarms and missed errors by kind and language.
    var passages = TradeDomain.Tests.Verification.RealReleases.RealReleaseCorpus.Load(corpusDirectory);
    var scored = passages.SelectMany(TradeDomain.Tests.Verification.RealReleases.RealReleaseCorpus.Score).ToList();
    Console.Write(TradeDomain.Tests.Verification.RealReleases.RealReleaseCorpus.Report(passages, scored, listFailures: args.Contains("--failures")));
    return;
}

if (args is ["verdict-dump", var dumpDirectory])
{
    // Every claim's kind, published figure, verdict and explanation, one a line, to diff before and after a change.
    Console.Write(VerificationProbe.VerdictDump(dumpDirectory));
    return;
}

if (args is ["verification-allocations"])
{
    Console.WriteLine(VerificationProbe.Allocations(VerificationProbeText()));
    return;
}

if (args is ["verification-probe", ..] && args.Length <= 2)
{
    // Extraction + verification throughput on the seed repeated to about 1 MB (a quick look; the table comes from
    // VerificationBenchmarks).
    var big = VerificationProbeText();
    var bytes = System.Text.Encoding.UTF8.GetByteCount(big);
    // The later runs are the steady state (the first ones run before the JIT's optimised code is in).
    int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 6;
    for (int run = 0; run < runs; run++)
    {
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var extracted = TradeDomain.Verification.ClaimExtractor.Extract(big);
        var extractMs = watch.Elapsed.TotalMilliseconds;
        int n = TradeDomain.Verification.ClaimVerifier.Verify(extracted).Count;
        watch.Stop();
        // The process's CPU time (garbage collection included) says less about other sessions sharing the cores.
        var cpuSeconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.Write($"extract {extractMs:F0} ms, verify {watch.Elapsed.TotalMilliseconds - extractMs:F0} ms; ");
        var stages = System.Diagnostics.Stopwatch.StartNew();
        int numbers = 0;
        foreach (var paragraph in TradeDomain.Verification.Sentences.Paragraphs(big))
        {
            foreach (var (sentence, _) in paragraph)
            {
                var words = TradeDomain.Verification.Languages.Lexicon.Tokenize(sentence);
                numbers += TradeDomain.Verification.Numbers.NumberReader.Read(sentence, words, TradeDomain.Verification.Languages.Language.English, TradeDomain.CurrencyContext.Default).Count;
            }
        }

        stages.Stop();
        Console.WriteLine($"run {run}: {n} claims, {bytes / 1e6:F2} MB UTF-8 in {watch.Elapsed.TotalMilliseconds:F0} ms = {bytes / 1e6 / watch.Elapsed.TotalSeconds:F1} MB/s ({cpuSeconds * 1000:F0} ms CPU = {bytes / 1e6 / cpuSeconds:F1} MB per CPU second); sentences, words and numbers alone {stages.Elapsed.TotalMilliseconds:F0} ms ({numbers} numbers)");
    }

    Console.WriteLine(VerificationProbe.Allocations(big));
    return;
}

if (args is ["describe", var describeFile])
{
    // The extractor's mentions of a text, one a line (diagnosing the corpus).
    Console.Write(TradeDomain.Verification.ClaimExtractor.Describe(File.ReadAllText(describeFile)));
    return;
}

if (args is ["files", var filesRows])
{
    FlowFiles.Ensure(int.Parse(filesRows, CultureInfo.InvariantCulture));
    return;
}

if (args is ["parquetwriters", var writerRows])
{
    ParquetWriterProbe.Run(int.Parse(writerRows, CultureInfo.InvariantCulture));
    return;
}

if (args is ["parqueststages", var stageRows])
{
    ParquetStageProbe.Run(int.Parse(stageRows, CultureInfo.InvariantCulture));
    return;
}

if (args is ["csvsteps", var stepRows])
{
    CsvStepProbe.Run(int.Parse(stepRows, CultureInfo.InvariantCulture));
    return;
}

if (args is ["parquetcost", var parquetRows])
{
    ParquetCostProbe.Run(int.Parse(parquetRows, CultureInfo.InvariantCulture));
    return;
}

if (args is ["csvcost", var costRows])
{
    CsvCostProbe.Run(int.Parse(costRows, CultureInfo.InvariantCulture));
    return;
}

if (args is ["fileprobe", var fileRows, ..])
{
    FlowFiles.Probe(int.Parse(fileRows, CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : "", args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3);
    return;
}

if (args is ["probe-flowctor"])
{
    AggregationProbe.FlowConstructor();
    return;
}

if (args is ["probe-csv", var csvRows])
{
    AggregationProbe.Csv(int.Parse(csvRows, CultureInfo.InvariantCulture));
    return;
}

if (args is ["probe-aggregator", var aggregatorRows])
{
    AggregationProbe.Aggregator(int.Parse(aggregatorRows, CultureInfo.InvariantCulture));
    return;
}

if (args is ["probe-scatter", var scatterRows])
{
    AggregationProbe.Scatter(int.Parse(scatterRows, CultureInfo.InvariantCulture));
    return;
}

if (args is ["probe-stream", var streamRows])
{
    AggregationProbe.Stream(int.Parse(streamRows, CultureInfo.InvariantCulture));
    return;
}

if (args is ["probe-lanes", var laneRows])
{
    AggregationProbe.Lanes(int.Parse(laneRows, CultureInfo.InvariantCulture));
    return;
}

if (args is ["probe", var rows])
{
    AggregationProbe.Run(int.Parse(rows, CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticFlows).Assembly).Run(args);

// The seed release repeated to about 1 MB (the text of VerificationBenchmarks).
static string VerificationProbeText()
{
    var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_e2c78f17f126c964.txt"));
    return string.Concat(Enumerable.Repeat(seed + "\n\n", 1_000_000 / seed.Length));
}

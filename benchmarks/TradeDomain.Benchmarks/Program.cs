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

if (args is ["describe", var describeFile])
{
    // The extractor's mentions of a text, one a line (diagnosing the corpus).
    Console.Write(TradeDomain.Verification.ClaimExtractor.Describe(File.ReadAllText(describeFile)));
    return;
}

if (args is ["probe", var rows])
{
    AggregationProbe.Run(int.Parse(rows, CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticFlows).Assembly).Run(args);

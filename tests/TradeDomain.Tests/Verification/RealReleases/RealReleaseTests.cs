namespace TradeDomain.Tests.Verification.RealReleases;

/// <summary>Runs the whole real-release corpus. A passage's claim that gets an unacceptable verdict, and a false alarm,
/// must be listed in known-failures.csv with its reason; a listed failure that is now right must be taken off the list.
/// The report: <c>dotnet run -c Release --project benchmarks/TradeDomain.Benchmarks -- corpus tests/TradeDomain.Tests/Verification/RealReleases</c>.</summary>
public class RealReleaseTests
{
    private static string Directory => Path.Combine(AppContext.BaseDirectory, "RealReleases");

    [Fact]
    public void Corpus_EveryFailureIsKnown_AndEveryKnownFailureStillFails()
    {
        var passages = RealReleaseCorpus.Load(Directory);
        var known = RealReleaseCorpus.LoadKnownFailures(Path.Combine(Directory, "known-failures.csv"));
        var rows = passages.SelectMany(RealReleaseCorpus.Score).ToList();
        var failures = rows.Where(r => r.IsFailure).ToList();
        var unknown = failures.Where(r => !known.ContainsKey((r.PassageId, r.Kind, RealReleaseCorpus.Normalize(r.Published)))).ToList();
        var fixedNow = known.Keys.Where(k => !failures.Any(r => (r.PassageId, r.Kind, RealReleaseCorpus.Normalize(r.Published)) == k)).ToList();
        Assert.True(unknown.Count == 0 && fixedNow.Count == 0,
            string.Join(Environment.NewLine, unknown.Select(r => $"new failure {r.PassageId},{r.Kind},{r.Published}: {r.Outcome}, expected {r.Expected}, got {r.Got}")
                .Concat(fixedNow.Select(k => $"fixed, remove from known-failures.csv: {k.Id},{k.Kind},{k.Published}"))));
    }

    [Fact]
    public void Corpus_NoRealErrorIsCalledConsistent()
    {
        var rows = RealReleaseCorpus.Load(Directory).SelectMany(RealReleaseCorpus.Score).ToList();
        Assert.DoesNotContain(rows, r => r.IsError && r.Got.StartsWith("consistent", StringComparison.Ordinal));
    }
}

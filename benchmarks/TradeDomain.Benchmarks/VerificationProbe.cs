using System.Globalization;
using System.Text;
using TradeDomain.Tests.Verification.RealReleases;
using TradeDomain.Verification;

namespace TradeDomain.Benchmarks;

/// <summary>Quick looks at the text verifier: its verdicts on a corpus (to diff before and after a change) and the
/// memory it allocates per megabyte of text.</summary>
internal static class VerificationProbe
{
    /// <summary>Every claim of every passage of the corpus in <paramref name="directory"/> (the passages in the order
    /// <see cref="RealReleaseCorpus.Load"/> gives, the claims in order of appearance), one a line: passage, index,
    /// offset, kind, published figure, verdict, computed value, reading and explanation. A <c>.txt</c> file among the
    /// passages is checked as a whole text.</summary>
    public static string VerdictDump(string directory)
    {
        var texts = RealReleaseCorpus.Load(directory).Select(p => (p.Id, p.Text)).ToList();
        foreach (var path in Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            texts.Add((Path.GetFileName(path), File.ReadAllText(path)));
        }

        var output = new StringBuilder();
        foreach (var (id, text) in texts)
        {
            var checks = VerificationReport.Check(text).Checks;
            for (int i = 0; i < checks.Count; i++)
            {
                var c = checks[i];
                output.Append(CultureInfo.InvariantCulture,
                    $"{id}\t{i}\t{c.Claim.Offset}\t{c.Claim.Kind.Name()}\t{c.Claim.Published.Value}\t{c.Verdict.Name()}\t{c.Computed}\t{c.Reading}\t{c.Explanation}\n");
            }
        }

        return output.ToString();
    }

    /// <summary>Megabytes allocated on this thread per megabyte (UTF-8) of <paramref name="text"/> by extraction and
    /// verification, after one warm-up run.</summary>
    public static string Allocations(string text)
    {
        var bytes = Encoding.UTF8.GetByteCount(text);
        ClaimVerifier.Verify(ClaimExtractor.Extract(text));
        long start = GC.GetAllocatedBytesForCurrentThread();
        var extracted = ClaimExtractor.Extract(text);
        long afterExtract = GC.GetAllocatedBytesForCurrentThread();
        ClaimVerifier.Verify(extracted);
        long end = GC.GetAllocatedBytesForCurrentThread();
        return string.Create(CultureInfo.InvariantCulture,
            $"allocated {(end - start) / 1e6:F1} MB for {bytes / 1e6:F2} MB of text = {(double)(end - start) / bytes:F1} MB per MB (extraction {(double)(afterExtract - start) / bytes:F1}, verification {(double)(end - afterExtract) / bytes:F1})");
    }
}

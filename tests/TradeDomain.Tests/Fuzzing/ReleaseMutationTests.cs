using System.Globalization;
using System.Text;
using TradeDomain.Tests.Verification.RealReleases;
using TradeDomain.Verification;

namespace TradeDomain.Tests.Fuzzing;

/// <summary>
/// The checker on real release text gone wrong: every passage of the real-release corpus, mutated with a seeded
/// generator the way copied and converted text goes wrong (digits dropped, doubled or changed, separators swapped,
/// brackets and dashes removed or added, sentences cut, duplicated or reordered, words lower-cased, invisible and
/// unusual characters inserted). <see cref="VerificationReport.Check(string)"/> must not throw, and every check it
/// returns must be well formed: it names its sentence (or a table's cell), it has an explanation, a consistent or inconsistent
/// verdict has both intervals (but a conversion, a plausibility check), and an inconsistent one the nearest consistent
/// value (but a share set or a conversion, which have no one published figure to correct). The default run makes 3 mutants a passage; the heavy sweep
/// (explicit, trait Category=Heavy, run once by .ci/run) 40.
/// </summary>
public class ReleaseMutationTests
{
    private static string Directory => Path.Combine(AppContext.BaseDirectory, "RealReleases");

    [Fact]
    public void MutatedReleases_AreCheckedWithoutThrowing() => Sweep(3, seed: 7);

    [Fact(Explicit = true)]
    [Trait("Category", "Heavy")]
    public void MutatedReleases_AreCheckedWithoutThrowing_Heavy() => Sweep(40, seed: 2026);

    private static void Sweep(int perPassage, int seed)
    {
        var passages = RealReleaseCorpus.Load(Directory);
        Assert.True(passages.Count > 100, $"only {passages.Count} passages found in {Directory}");
        var random = new Random(seed);
        foreach (var passage in passages)
        {
            for (int n = 0; n < perPassage; n++)
            {
                string text = Mutate(passage.Text, random);
                VerificationReport report;
                try
                {
                    report = VerificationReport.Check(text);
                }
                catch (Exception e)
                {
                    Assert.Fail($"{passage.Id} mutant #{n} (seed {seed}) threw {e.GetType().Name}: {e.Message}\n{Show(text)}\n{e.StackTrace}");
                    return;
                }

                foreach (var check in report.Checks)
                {
                    Assert.False(string.IsNullOrWhiteSpace(check.Claim.Sentence), $"{passage.Id} mutant #{n}: a check that names no sentence or table cell");
                    Assert.False(string.IsNullOrEmpty(check.Explanation), $"{passage.Id} mutant #{n}: a check without an explanation");
                    if (check.Verdict is Verdict.Consistent or Verdict.Inconsistent && check.Claim.Kind != ClaimKind.Conversion)
                    {
                        Assert.True(check.ComputedInterval is not null && check.PublishedInterval is not null, $"{passage.Id} mutant #{n}: a {check.Verdict} {check.Claim.Kind} check without its intervals: {check.Explanation}");
                    }

                    if (check.Verdict == Verdict.Inconsistent && check.Claim.Kind is not (ClaimKind.ShareSet or ClaimKind.Conversion))
                    {
                        Assert.True(check.NearestConsistent is not null, $"{passage.Id} mutant #{n}: an inconsistent {check.Claim.Kind} check without the nearest consistent value: {check.Explanation}");
                    }
                }
            }
        }
    }

    private static readonly string[] Inserts =
        [" ", "\u00A0", "\u202F", ",", ".", "%", " %", "(", ")", "-", "–", "—", "+", "$", "млрд", "billion", " or ", " или ", "0", "9", "\u200B", "\uFEFF", "\n", "\n\n", "…", "«", "»"];

    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        int edits = 1 + random.Next(6);
        for (int e = 0; e < edits && sb.Length > 0; e++)
        {
            int at = random.Next(sb.Length);
            switch (random.Next(9))
            {
                case 0:
                    // drop a run of characters
                    sb.Remove(at, Math.Min(sb.Length - at, 1 + random.Next(12)));
                    break;
                case 1:
                    // change a digit
                    int digit = IndexOfDigit(sb, at);
                    if (digit >= 0)
                    {
                        sb[digit] = (char)('0' + random.Next(10));
                    }

                    break;
                case 2:
                    // double a digit
                    int d2 = IndexOfDigit(sb, at);
                    if (d2 >= 0)
                    {
                        sb.Insert(d2, sb[d2]);
                    }

                    break;
                case 3:
                    sb.Insert(at, Inserts[random.Next(Inserts.Length)]);
                    break;
                case 4:
                    // duplicate a stretch (a repeated sentence or figure)
                    int len = Math.Min(sb.Length - at, 20 + random.Next(200));
                    sb.Insert(at, sb.ToString(at, len));
                    break;
                case 5:
                    // cut the text
                    sb.Length = at;
                    break;
                case 6:
                    // swap the two halves (sentences out of order)
                    string s = sb.ToString();
                    sb.Clear().Append(s[at..]).Append(' ').Append(s[..at]);
                    break;
                case 7:
                    string lower = sb.ToString().ToLower(CultureInfo.InvariantCulture);
                    sb.Clear().Append(lower);
                    break;
                default:
                    // a separator inside a number swapped for another
                    int d3 = IndexOfDigit(sb, at);
                    if (d3 >= 0 && d3 + 1 < sb.Length && sb[d3 + 1] is '.' or ',' or ' ' or '\u00A0')
                    {
                        sb[d3 + 1] = ".,  '"[random.Next(5)];
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private static int IndexOfDigit(StringBuilder sb, int from)
    {
        for (int i = 0; i < sb.Length; i++)
        {
            int k = (from + i) % sb.Length;
            if (char.IsAsciiDigit(sb[k]))
            {
                return k;
            }
        }

        return -1;
    }

    private static string Show(string text) => text.Length <= 400 ? text : text[..400] + "…";
}

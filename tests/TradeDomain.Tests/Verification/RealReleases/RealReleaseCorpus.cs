using System.Globalization;
using System.Text;
using System.Text.Json;
using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.RealReleases;

/// <summary>One expected claim of a real-release passage, worked out by hand (see /work/team/CORPUS-FORMAT.md).</summary>
internal sealed record ExpectedClaim(string Kind, decimal Published, string PublishedText, IReadOnlyList<string> Verdicts)
{
    /// <summary>Whether the text gives the claim's inputs (some acceptable verdict other than unverifiable).</summary>
    public bool Checkable => Verdicts.Any(v => v != "unverifiable");

    /// <summary>Whether the claim is a real error of the release (inconsistent is the only acceptable verdict).</summary>
    public bool IsError => Verdicts.Count > 0 && Verdicts.All(v => v == "inconsistent");
}

/// <summary>A passage of a real release with its expected claims.</summary>
internal sealed record Passage(string Id, string Language, string Text, IReadOnlyList<ExpectedClaim> Claims);

/// <summary>What became of one expected claim, or one tool claim that no expectation matched.</summary>
/// <param name="Outcome">right, wrong, missed (no tool claim; right when unverifiable is acceptable), false-alarm.</param>
internal sealed record Scored(string PassageId, string Language, string Kind, string Published, string Outcome, string Expected, string Got, bool Checkable, bool IsError)
{
    public bool Acceptable => Outcome is "right" or "missed-ok";

    /// <summary>Whether the row is an expected claim (a false alarm on an expected claim is one too).</summary>
    public bool Matched { get; init; }

    public bool IsExpected => Outcome != "false-alarm" || Matched;

    /// <summary>A row the known-failures file must list: an unacceptable verdict or a false alarm.</summary>
    public bool IsFailure => Outcome is "wrong" or "missed" or "false-alarm";
}

/// <summary>Loads the real-release corpus, runs <c>tradecheck</c>'s extraction and verification on each passage, and
/// scores the verdicts: a tool claim matches an expected claim of the same kind and published value; an expected claim
/// with no tool claim is a miss (acceptable only when unverifiable is an acceptable verdict); a tool "inconsistent" that
/// no expectation allows is a false alarm.</summary>
internal static class RealReleaseCorpus
{
    public static IReadOnlyList<Passage> Load(string directory)
    {
        var passages = new List<Passage>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = doc.RootElement;
            var claims = new List<ExpectedClaim>();
            foreach (var c in root.GetProperty("claims").EnumerateArray())
            {
                var published = c.GetProperty("published").ValueKind == JsonValueKind.Number
                    ? c.GetProperty("published").GetRawText()
                    : c.GetProperty("published").GetString() ?? "";
                claims.Add(new ExpectedClaim(
                    c.GetProperty("kind").GetString() ?? "",
                    decimal.Parse(published, NumberStyles.Number, CultureInfo.InvariantCulture),
                    published,
                    [.. c.GetProperty("verdicts").EnumerateArray().Select(v => v.GetString() ?? "")]));
            }

            passages.Add(new Passage(root.GetProperty("id").GetString() ?? Path.GetFileNameWithoutExtension(path),
                root.GetProperty("language").GetString() ?? "", root.GetProperty("text").GetString() ?? "", claims));
        }

        return passages;
    }

    public static IReadOnlyList<Scored> Score(Passage passage)
    {
        var checks = VerificationReport.Check(passage.Text).Checks.ToList();
        var used = new bool[checks.Count];
        var rows = new List<Scored>();
        foreach (var e in passage.Claims)
        {
            // Prefer a matching tool claim whose verdict is acceptable, then any of the same kind and published value.
            int index = -1;
            for (int pass = 0; pass < 2 && index < 0; pass++)
            {
                for (int i = 0; i < checks.Count; i++)
                {
                    if (!used[i] && checks[i].Claim.Kind.Name() == e.Kind && checks[i].Claim.Published.Value == e.Published
                        && (pass == 1 || e.Verdicts.Contains(checks[i].Verdict.Name())))
                    {
                        index = i;
                        break;
                    }
                }
            }

            string expected = string.Join("|", e.Verdicts);
            if (index < 0)
            {
                rows.Add(new Scored(passage.Id, passage.Language, e.Kind, e.PublishedText, e.Verdicts.Contains("unverifiable") ? "missed-ok" : "missed", expected, "(no claim)", e.Checkable, e.IsError));
                continue;
            }

            used[index] = true;
            var got = checks[index].Verdict.Name();
            // A tool "inconsistent" that the expectation does not allow is a false alarm, matched or not.
            var outcome = e.Verdicts.Contains(got) ? "right" : got == "inconsistent" ? "false-alarm" : "wrong";
            rows.Add(new Scored(passage.Id, passage.Language, e.Kind, e.PublishedText, outcome, expected, got + ": " + checks[index].Explanation, e.Checkable, e.IsError) { Matched = true });
        }

        for (int i = 0; i < checks.Count; i++)
        {
            if (!used[i] && checks[i].Verdict == Verdict.Inconsistent)
            {
                var c = checks[i].Claim;
                rows.Add(new Scored(passage.Id, passage.Language, c.Kind.Name(), c.Published.Value.ToString(CultureInfo.InvariantCulture), "false-alarm", "(not a claim)", "inconsistent: " + checks[i].Explanation, false, false));
            }
        }

        return rows;
    }

    /// <summary>The known failures: (id, kind, published) → reason.</summary>
    public static Dictionary<(string Id, string Kind, string Published), string> LoadKnownFailures(string path)
    {
        var known = new Dictionary<(string, string, string), string>();
        if (!File.Exists(path))
        {
            return known;
        }

        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(',', 4);
            if (parts.Length == 4)
            {
                known[(parts[0].Trim(), parts[1].Trim(), Normalize(parts[2].Trim()))] = parts[3].Trim();
            }
        }

        return known;
    }

    public static string Normalize(string published) =>
        decimal.TryParse(published, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
            ? (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)
            : published;

    /// <summary>The corpus report: right, wrong, false alarms and missed errors by claim kind and by language.</summary>
    public static string Report(IReadOnlyList<Passage> passages, IReadOnlyList<Scored> rows, bool listFailures)
    {
        var sb = new StringBuilder();
        var expected = rows.Where(r => r.IsExpected).ToList();
        var checkable = expected.Where(r => r.Checkable).ToList();
        int falseAlarms = rows.Count(r => r.Outcome == "false-alarm");
        int errors = expected.Count(r => r.IsError);
        int missedErrors = expected.Count(r => r.IsError && !r.Acceptable);
        int errorCalledConsistent = expected.Count(r => r.IsError && r.Got.StartsWith("consistent", StringComparison.Ordinal));
        sb.AppendLine(CultureInfo.InvariantCulture, $"Real-release corpus: {passages.Count} passages ({string.Join(", ", passages.GroupBy(p => p.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"))}), {expected.Count} expected claims, {checkable.Count} checkable.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Checkable claims acceptable: {checkable.Count(r => r.Acceptable)} of {checkable.Count} ({Percent(checkable.Count(r => r.Acceptable), checkable.Count)}); all expectations acceptable: {expected.Count(r => r.Acceptable)} of {expected.Count} ({Percent(expected.Count(r => r.Acceptable), expected.Count)}).");
        sb.AppendLine(CultureInfo.InvariantCulture, $"False alarms: {falseAlarms} ({Percent(falseAlarms, expected.Count)} of the claims); real errors caught: {errors - missedErrors} of {errors}; errors called consistent: {errorCalledConsistent}.");
        sb.AppendLine();
        sb.AppendLine("Right counts acceptable verdicts (a miss is acceptable where unverifiable is); Wrong includes false alarms on expected claims.");
        sb.AppendLine();
        Table(sb, "Kind", expected.GroupBy(r => r.Kind), rows);
        sb.AppendLine();
        Table(sb, "Language", expected.GroupBy(r => r.Language), rows);
        if (listFailures)
        {
            sb.AppendLine();
            sb.AppendLine("Failures (id, kind, published, outcome: expected → got):");
            foreach (var r in rows.Where(r => r.IsFailure))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"{r.PassageId},{r.Kind},{r.Published},{r.Outcome}: expected {r.Expected}, got {Shorten(r.Got, 220)}");
            }
        }

        return sb.ToString();

        void Table(StringBuilder b, string by, IEnumerable<IGrouping<string, Scored>> groups, IReadOnlyList<Scored> all)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"| {by} | Claims | Checkable | Right | Wrong | Missed | False alarms | Missed errors | Checkable acceptable |");
            b.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var g in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var list = g.ToList();
                int fa = all.Count(r => r.Outcome == "false-alarm" && (by == "Kind" ? r.Kind : r.Language) == g.Key);
                var ch = list.Where(r => r.Checkable).ToList();
                b.AppendLine(CultureInfo.InvariantCulture,
                    $"| {g.Key} | {list.Count} | {ch.Count} | {list.Count(r => r.Acceptable)} | {list.Count(r => r.Outcome is "wrong" || (r.Outcome == "false-alarm" && r.Matched))} | {list.Count(r => r.Outcome == "missed")} | {fa} | {list.Count(r => r.IsError && !r.Acceptable)} | {Percent(ch.Count(r => r.Acceptable), ch.Count)} |");
            }
        }
    }

    private static string Percent(int n, int of) => of == 0 ? "—" : (100m * n / of).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Shorten(string s, int n) => s.Length <= n ? s : s[..n] + "…";
}

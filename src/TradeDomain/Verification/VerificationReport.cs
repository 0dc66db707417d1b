using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TradeDomain.Utility;

namespace TradeDomain.Verification;

/// <summary>
/// The checks of every claim in a text, with a count of each verdict, and the three ways the <c>tradecheck</c> tool
/// prints them: a readable table, JSON and a Markdown table.
/// </summary>
public sealed class VerificationReport
{
    private VerificationReport(IReadOnlyList<ClaimCheck> checks) => Checks = checks;

    /// <summary>Extracts and checks every claim in <paramref name="text"/>; the explanations are written in the text's
    /// language where it is Russian or Ukrainian, in English otherwise.</summary>
    public static VerificationReport Check(string text, CurrencyContext? context = null) =>
        new(ClaimVerifier.Verify(ClaimExtractor.Extract(Preconditions.CheckNotNull(text), context), Languages.Lexicon.Detect(text)));

    /// <summary>A report of checks made elsewhere.</summary>
    public static VerificationReport From(IEnumerable<ClaimCheck> checks) => new([.. Preconditions.CheckNotNull(checks)]);

    /// <summary>The checks, in order of appearance.</summary>
    public IReadOnlyList<ClaimCheck> Checks { get; }

    /// <summary>How many checks got <paramref name="verdict"/>.</summary>
    public int Count(Verdict verdict) => Checks.Count(c => c.Verdict == verdict);

    /// <summary>Whether any claim is inconsistent (the tool then exits with 1).</summary>
    public bool HasInconsistent => Checks.Any(c => c.Verdict == Verdict.Inconsistent);

    /// <summary>"3 consistent, 0 inconsistent, 0 ambiguous, 1 unverifiable".</summary>
    public string Summary =>
        $"{Count(Verdict.Consistent)} consistent, {Count(Verdict.Inconsistent)} inconsistent, {Count(Verdict.Ambiguous)} ambiguous, {Count(Verdict.Unverifiable)} unverifiable";

    /// <summary>
    /// Computed values and intervals are shown rounded to two decimals more than the published figure (the verdicts
    /// use the exact intervals).
    /// JSON of the shape <c>{"claims":[{"sentence":…,"kind":"growth","published":6.8,"computed":6.796,
    /// "interval":[6.629,6.964],"verdict":"consistent","explanation":…}],"summary":{"consistent":3,…}}</c>, plus
    /// "publishedInterval", "reading" and "nearestConsistent" where they apply. Numbers are in each claim's own unit.
    /// </summary>
    public string ToJson(bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("claims");
            foreach (var c in Checks)
            {
                int d = c.Claim.Published.Decimals + 2;
                w.WriteStartObject();
                w.WriteString("sentence", c.Claim.Sentence);
                w.WriteString("kind", c.Claim.Kind.Name());
                w.WriteNumber("published", c.Claim.Published.Value);
                if (c.Computed is { } computed)
                {
                    w.WriteNumber("computed", Round(computed, d));
                }
                else
                {
                    w.WriteNull("computed");
                }

                if (c.ComputedInterval is { } interval)
                {
                    w.WriteStartArray("interval");
                    w.WriteNumberValue(Round(interval.Lower, d));
                    w.WriteNumberValue(Round(interval.Upper, d));
                    w.WriteEndArray();
                }
                else
                {
                    w.WriteNull("interval");
                }

                w.WriteString("verdict", c.Verdict.Name());
                w.WriteString("explanation", c.Explanation);
                if (c.PublishedInterval is { } published)
                {
                    w.WriteStartArray("publishedInterval");
                    w.WriteNumberValue(published.Lower);
                    w.WriteNumberValue(published.Upper);
                    w.WriteEndArray();
                }

                if (c.Claim.Direction is { } direction)
                {
                    w.WriteString("direction", direction == GrowthDirection.Decrease ? "decrease" : "increase");
                }

                if (c.Reading.Length > 0)
                {
                    w.WriteString("reading", c.Reading);
                }

                if (c.NearestConsistent is { } nearest)
                {
                    w.WriteNumber("nearestConsistent", nearest);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("summary");
            foreach (var verdict in new[] { Verdict.Consistent, Verdict.Inconsistent, Verdict.Ambiguous, Verdict.Unverifiable })
            {
                w.WriteNumber(verdict.Name(), Count(verdict));
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A Markdown table ready to paste into a report, then the summary line.</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| # | Sentence | Kind | Published | Computed | Interval | Verdict | Explanation |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        int i = 1;
        foreach (var c in Checks)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {i++} | {Cell(c.Claim.Sentence)} | {c.Claim.Kind.Name()} | {Published(c)} | {Computed(c)} | {Interval(c)} | **{c.Verdict.Name()}** | {Cell(c.Explanation)} |").AppendLine();
        }

        sb.AppendLine().AppendLine(Summary + ".");
        return sb.ToString();
    }

    /// <summary>A plain-text report: each claim's sentence, kind, published and recomputed values, interval, verdict
    /// and explanation, then the summary line.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        int i = 1;
        foreach (var c in Checks)
        {
            sb.Append(CultureInfo.InvariantCulture, $"[{i++}] {c.Verdict.Name().ToUpperInvariant()}  {c.Claim.Kind.Name()}").AppendLine();
            sb.Append("    sentence:    ").AppendLine(Shorten(c.Claim.Sentence, 300));
            sb.Append("    published:   ").AppendLine(Published(c));
            sb.Append("    computed:    ").AppendLine(Computed(c) + (c.ComputedInterval is null ? "" : "  in " + Interval(c)));
            sb.Append("    explanation: ").AppendLine(c.Explanation);
            sb.AppendLine();
        }

        if (Checks.Count == 0)
        {
            sb.AppendLine("No claims found.");
        }

        sb.AppendLine(Summary);
        return sb.ToString();
    }

    private static decimal Round(decimal value, int decimals) => Math.Round(value, Math.Clamp(decimals, 0, 20), MidpointRounding.AwayFromZero);

    private static string Published(ClaimCheck c)
    {
        var n = c.Claim.Published.ToString();
        return c.Claim.Kind switch
        {
            ClaimKind.Growth or ClaimKind.Cagr or ClaimKind.Share or ClaimKind.ShareSet => n + "%" + DirectionSuffix(c.Claim),
            ClaimKind.PercentagePoint => n + " pp" + DirectionSuffix(c.Claim),
            ClaimKind.Multiple => c.Claim.Multiple?.ToString() ?? n + " times",
            _ => c.Claim.To?.Text ?? n,
        };
    }

    private static string DirectionSuffix(Claim claim) => claim.Kind is ClaimKind.Growth or ClaimKind.PercentagePoint or ClaimKind.Cagr
        ? claim.Direction == GrowthDirection.Decrease ? " (decrease)" : " (increase)"
        : "";

    private static string Computed(ClaimCheck c) => c.Computed is { } v ? Round(v, c.Claim.Published.Decimals + 2).ToString(CultureInfo.InvariantCulture) : "—";

    private static string Interval(ClaimCheck c)
    {
        if (c.ComputedInterval is not { } i)
        {
            return "—";
        }

        int d = c.Claim.Published.Decimals + 2;
        return string.Create(CultureInfo.InvariantCulture, $"[{Round(i.Lower, d)}, {Round(i.Upper, d)}]");
    }

    private static string Cell(string s) => Shorten(s, 400).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Shorten(string s, int n) => s.Length <= n ? s : s[..n] + "…";
}

using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Mentions;

namespace TradeDomain.Verification.Linking;

/// <summary>
/// A flow split into two subsets that make it up together: "Total exports were JD 4351.1 million. National exports came to
/// JD 3673.0 million, while re-exports reached JD 678.1 million"; "crude oil exports … non-crude oil exports". The pair is
/// complementary by the language data (<c>subset-pair</c>: re-exports and domestic or national exports) or by its words
/// ("non-oil" and "oil", "ненефтяной" and "нефтяной").
/// </summary>
internal static partial class DocumentLinker
{
    /// <summary>How many sentences after a total its two subsets are looked for.</summary>
    private const int SubsetSplitReach = 2;

    /// <summary>Each flow value that is no subset's and has, in its sentence after it or in the next two sentences of its
    /// paragraph, exactly one complementary pair of subset values of its measure, period and subject: their sum. Certain
    /// only where all three share a sentence; a total already summed by another rule is left to it.</summary>
    private static IEnumerable<Claim> SubsetSplits(List<SentenceFacts> sentences, List<Claim> claims)
    {
        var lex = Lexicon.All;
        var summed = claims.Where(c => c.Kind == ClaimKind.Sum).Select(c => c.Offset).ToHashSet();
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            if (!s.Mentions.Any(v => v.Subset))
            {
                // The parts stand in this sentence or the next ones: a sentence with no subset value and none after it in
                // reach has nothing to split.
                bool later = false;
                for (int n = si + 1; n < sentences.Count && n <= si + SubsetSplitReach && !later; n++)
                {
                    later = sentences[n].Mentions.Any(v => v.Subset);
                }

                if (!later)
                {
                    continue;
                }
            }

            foreach (var total in Values(s.Mentions))
            {
                if (total.Subset || total.Earlier || total.Role is Role.Change or Role.From || total.InParentheses
                    || total.Measure is not (Measure.Exports or Measure.Imports) || summed.Contains(s.Offset + total.Token.Start))
                {
                    continue;
                }

                var near = new List<SentenceFacts>();
                for (int n = si; n < sentences.Count && n <= si + SubsetSplitReach; n++)
                {
                    if (sentences[n].Paragraph == s.Paragraph && sentences[n].Index >= s.Index && sentences[n].Index <= s.Index + SubsetSplitReach)
                    {
                        near.Add(sentences[n]);
                    }
                }

                var parts = near.SelectMany(x => Values(x.Mentions).Where(v => (x.Index > s.Index || v.Token.Start > total.Token.End)
                        && v.Subset && v.SubsetWord >= 0 && v.Measure == total.Measure && !v.Earlier && v.Role is not (Role.Change or Role.From)
                        && Compatible(v, total) && YearsAgree(total, v)
                        && (total.Months is null || v.Months is null || v.Months == total.Months) && SameSubject(v, total)
                        && v.Figure!.Interval.Upper < total.Figure!.Interval.Upper)
                    .Select(v => (Value: v, Words: x.Words)))
                    .ToList();
                var pairs = new List<(FigureMention A, FigureMention B)>();
                for (int i = 0; i < parts.Count; i++)
                {
                    for (int j = i + 1; j < parts.Count; j++)
                    {
                        if (Complementary(parts[i].Words, parts[i].Value.SubsetWord, parts[j].Words, parts[j].Value.SubsetWord, lex))
                        {
                            pairs.Add((parts[i].Value, parts[j].Value));
                        }
                    }
                }

                if (pairs.Count != 1)
                {
                    continue;
                }

                var (a, b) = pairs[0];
                bool certain = a.Sentence == s.Index && b.Sentence == s.Index;
                yield return Claim.Sum(total.Figure!, [a.Figure!, b.Figure!])
                    with { Sentence = s.Text.Trim(), Offset = s.Offset + total.Token.Start, IsCertain = certain, Approximation = ApproximationOf(total) };
            }
        }
    }

    /// <summary>Whether two subset words name the two sides of one split: a <c>subset-pair</c> value and its "-rest", or a
    /// word and the same word with a negative prefix ("non-oil"/"oil", "ненефтяной"/"нефтяной").</summary>
    private static bool Complementary(List<Word> wordsA, int a, List<Word> wordsB, int b, Lexicon lex)
    {
        var pa = lex.Match(wordsA, a, "subset-pair", out _);
        var pb = lex.Match(wordsB, b, "subset-pair", out _);
        if (pa is not null && pb is not null)
        {
            return pa.Value + "-rest" == pb.Value || pb.Value + "-rest" == pa.Value;
        }

        static string? Negated(string w) => w.StartsWith("non-", StringComparison.Ordinal) ? w[4..]
            : w.StartsWith("non", StringComparison.Ordinal) && w.Length > 5 ? w[3..]
            : w.StartsWith("не", StringComparison.Ordinal) && w.Length > 5 ? w[2..] : null;
        static bool SameStem(string x, string y) => x.Length >= 3 && y.Length >= 3 && x.AsSpan(0, Math.Min(4, Math.Min(x.Length, y.Length))).SequenceEqual(y.AsSpan(0, Math.Min(4, Math.Min(x.Length, y.Length))));
        string wa = wordsA[a].Lower, wb = wordsB[b].Lower;
        // Either way round ("нефтяной" itself begins with "не").
        return wa != wb && ((Negated(wa) is { } na && SameStem(na, wb)) || (Negated(wb) is { } nb && SameStem(nb, wa)));
    }
}

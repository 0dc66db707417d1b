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
    private const int SubsetSplitReach = 4;

    /// <summary>Each flow value that is no subset's and has, in its sentence after it or in the next four sentences of its
    /// paragraph (up to the next value of its measure and period that is no subset's either: another total), exactly one
    /// complementary pair of subset values of its measure, period and subject: their sum. A balance splits the same way,
    /// each side with its sign ("a trade surplus of US$3.42 billion … a non-oil and gas surplus of US$5.34 billion … the
    /// oil and gas balance … a deficit of US$1.92 billion": 5.34 − 1.92). Certain only where all three share a sentence;
    /// a total already summed by another rule is left to it.</summary>
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
                bool balance = total.Measure == Measure.Balance;
                if (total.Subset || total.Earlier || total.Role is Role.Change or Role.From || total.InParentheses
                    || total.Measure is not (Measure.Exports or Measure.Imports or Measure.Balance) || (balance && total.BalanceSign == 0)
                    || summed.Contains(s.Offset + total.Token.Start))
                {
                    continue;
                }

                bool samePeriod(FigureMention v) => v.Measure == total.Measure && !v.Earlier && v.Role is not (Role.Change or Role.From)
                    && Compatible(v, total) && YearsAgree(total, v) && (total.Months is null || v.Months is null || v.Months == total.Months);
                var near = new List<SentenceFacts>();
                for (int n = si; n < sentences.Count && n <= si + SubsetSplitReach; n++)
                {
                    var x = sentences[n];
                    if (x.Paragraph != s.Paragraph || x.Index < s.Index || x.Index > s.Index + SubsetSplitReach)
                    {
                        continue;
                    }

                    // Another total of the measure and period ends the reach: the subsets after it are its own.
                    if (n > si && Values(x.Mentions).Any(v => !v.Subset && !v.InParentheses && samePeriod(v) && SameSubject(v, total)))
                    {
                        break;
                    }

                    near.Add(x);
                }

                var parts = near.SelectMany(x => Values(x.Mentions).Where(v => (x.Index > s.Index || v.Token.Start > total.Token.End)
                        && v.Subset && v.SubsetWord >= 0 && samePeriod(v) && SameSubject(v, total)
                        && (balance ? v.BalanceSign != 0 : v.Figure!.Interval.Upper < total.Figure!.Interval.Upper))
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
                yield return (balance ? Claim.Sum(Signed(total), [Signed(a), Signed(b)]) : Claim.Sum(total.Figure!, [a.Figure!, b.Figure!]))
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
        // "non-oil" read as two words: the prefix before the subset word joins it.
        static string Joined(List<Word> words, int i) => i > 0 && words[i - 1].Lower is "non" && words[i].Start - words[i - 1].End <= 1
            ? "non-" + words[i].Lower : words[i].Lower;
        string wa = Joined(wordsA, a), wb = Joined(wordsB, b);
        // Either way round ("нефтяной" itself begins with "не").
        return wa != wb && ((Negated(wa) is { } na && SameStem(na, wb)) || (Negated(wb) is { } nb && SameStem(nb, wa)));
    }
}

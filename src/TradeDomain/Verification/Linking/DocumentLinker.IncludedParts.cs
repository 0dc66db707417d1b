using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Mentions;

namespace TradeDomain.Verification.Linking;

/// <summary>
/// "Экспорт составил 840,3 млн долларов, в т.ч. в страны дальнего зарубежья — 732,5 млн, в страны ближнего зарубежья —
/// 107,8 млн", "imports reached $5.2 billion, of which $3.7 billion from the CIS and $1.5 billion from other countries":
/// a total, an "including" phrase right after it, and two or more values of the same measure after that phrase in the
/// sentence are a sum. Such a list need not name every part, so the sum is certain only where a part is the rest of the
/// whole (a <c>list-complete</c> word: "other countries", "остальные", "дальнего зарубежья"); otherwise a sum that does
/// not add up is ambiguous, never inconsistent.
/// </summary>
internal static partial class DocumentLinker
{
    private static IEnumerable<Claim> IncludedParts(List<SentenceFacts> sentences, List<Claim> formed)
    {
        var lex = Lexicon.All;
        foreach (var s in sentences)
        {
            var words = s.Words;
            for (int k = 0; k < words.Count; k++)
            {
                bool lead = k == 0 && lex.Match(words, 0, "including-lead", out _) is not null;
                if (lex.Match(words, k, "including", out int length) is null && !(lead && lex.Match(words, 0, "including-lead", out length) is not null))
                {
                    continue;
                }

                int at = words[k].Start, after = words[Math.Min(words.Count - 1, k + Math.Max(1, length) - 1)].End;
                FigureMention? total = null;
                foreach (var m in s.Mentions)
                {
                    if (m.Token.End <= at)
                    {
                        total = m;
                    }
                }

                // "Across the first five months, exports totalled US$156.77 billion, up 15.2% year-on-year. Of this the
                // domestic sector supplied US$43.69 billion, …, and the foreign-invested sector … US$113.08 billion": an
                // including phrase opening the sentence (data class including-lead) takes the total from the sentence
                // before, its last current value of a measure.
                if (total is null && lead && sentences.FirstOrDefault(x => x.Paragraph == s.Paragraph && x.Index == s.Index - 1) is { } previous)
                {
                    total = Values(previous.Mentions).LastOrDefault(v => !v.Earlier && v.Role != Role.Change && v.Measure != Measure.None && !v.InParentheses);
                }

                if (total is null || !IsValueFact(total) || total.Earlier || total.Role == Role.Change || total.Measure == Measure.None
                    || formed.Exists(c => c.Kind == ClaimKind.Sum && c.Published.Value == total.Token.Value))
                {
                    continue;
                }

                var parts = new List<FigureMention>();
                foreach (var v in s.Mentions)
                {
                    if (v.Token.Start < after || !v.IsValue)
                    {
                        continue;
                    }

                    if (v.Figure is null || v.Earlier || v.Role == Role.Change || v.Forecast || (v.Measure != Measure.None && v.Measure != total.Measure)
                        || !Compatible(v, total) || v.Figure.Value >= total.Figure!.Value)
                    {
                        break; // the list ends where a value of something else begins
                    }

                    parts.Add(v);
                }

                if (parts.Count < 2)
                {
                    continue;
                }

                bool complete = SentenceHas(s, "list-complete", after);
                yield return Claim.Sum(total.Figure!, [.. parts.Select(p => p.Figure)]) with
                {
                    Sentence = s.Text.Trim(),
                    Offset = s.Offset + total.Token.Start,
                    IsCertain = complete && total.Sentence == s.Index,
                    DoubtKey = complete ? null : "parts-may-not-exhaust",
                    Approximation = ApproximationOf(total),
                };
            }
        }
    }
}

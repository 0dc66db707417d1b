using TradeDomain.Verification.Mentions;

namespace TradeDomain.Verification.Linking;

/// <summary>
/// A total said of a named subject takes its parts from the nearby sentence that names the same subject, before a
/// sentence that names none ("Turnover with the CIS countries went up to $4.45 billion. Exports to the CIS countries rose
/// to $2.375 billion …": not the country's exports of the sentence before, which stand as near).
/// </summary>
internal static partial class DocumentLinker
{
    /// <summary>The part of a total with a subject from the nearest sentence of the paragraph (up to four each way) whose
    /// candidates name that subject, where no sentence with other candidates stands nearer; none where such sentences stand at equal distance on both sides, where the sentence
    /// holds another total of the measure, period and subject, or where one of the same subject stands between.</summary>
    private static FigureMention? PartOfSubject(FigureMention total, SentenceFacts s, List<SentenceFacts> all, Func<FigureMention, bool> fits)
    {
        if (total.Subject.Count == 0)
        {
            return null;
        }

        // A list's later items carry the names of the items before them ("Латвия …, Литва - на 10,35 млрд евро"): a
        // figure is compared by the names it adds itself where it adds any.
        var ownTotal = OwnSubject(total, s);
        var subject = ownTotal.Count > 0 ? ownTotal : total.Subject;
        bool Named(FigureMention v)
        {
            if (v.Subject.Count == 0)
            {
                return false;
            }

            var at = all.Find(x => x.Index == v.Sentence);
            var own = at is null ? null : OwnSubject(v, at);
            return (own is { Count: > 0 } ? own : v.Subject).Overlaps(subject);
        }

        bool OtherTotal(FigureMention v) => v.IsValue && v != total && v.Measure == total.Measure && !v.Earlier && v.Role != Role.Change && !NotAnotherTotal(v, total)
            && YearsAgree(total, v) && (total.Months is null || v.Months is null || v.Months == total.Months) && Named(v);
        var hits = new List<(int Distance, FigureMention? Part)>();
        for (int side = -1; side <= 1; side += 2)
        {
            foreach (var other in NearestWithValues(all, s, side, 4))
            {
                // "Exports to the CIS countries rose …, while imports from these countries …": a sentence whose exports
                // or imports name the subject speaks of it in its other values of them too.
                bool names = other.Mentions.Any(v => v.Measure is Measure.Exports or Measure.Imports && Named(v));
                // A value that names the subject itself goes before one that names none.
                var found = other.Mentions.Where(v => fits(v) && Named(v)).ToList();
                if (found.Count == 0 && names)
                {
                    found = [.. other.Mentions.Where(v => fits(v) && v.Subject.Count == 0)];
                }

                if (found.Count > 0)
                {
                    hits.Add((Math.Abs(other.Index - s.Index), other.Mentions.Any(OtherTotal) ? null : Best(found, total)));
                    break;
                }

                if (other.Mentions.Any(OtherTotal))
                {
                    break;
                }
            }
        }

        if (hits.Count == 0 || (hits.Count == 2 && hits[0].Distance == hits[1].Distance))
        {
            return null;
        }

        // Only a choice among candidates that stand as near as any other: a nearer sentence naming no subject still wins.
        var hit = hits.Count == 2 && hits[1].Distance < hits[0].Distance ? hits[1] : hits[0];
        int nearest = int.MaxValue;
        foreach (var x in all)
        {
            if (x.Paragraph == s.Paragraph && x.Index != s.Index && Math.Abs(x.Index - s.Index) < nearest && x.Mentions.Any(v => fits(v) && SameSubject(v, total)))
            {
                nearest = Math.Abs(x.Index - s.Index);
            }
        }

        return hit.Distance <= nearest ? hit.Part : null;
    }

    /// <summary>How many sentences before a value said of "other countries" its total and named part are looked for
    /// ("Canada posted a trade surplus with the world of $428 million … [six sentences on] … Canada's trade deficit with
    /// countries other than the United States was $3.0 billion"). Linked by size, so never certain: a wider reach can
    /// make a claim ambiguous, never inconsistent.</summary>
    private const int OthersReach = 9;
}

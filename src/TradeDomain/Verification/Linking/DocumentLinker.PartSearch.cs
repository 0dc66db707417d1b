using TradeDomain.Verification.Mentions;

namespace TradeDomain.Verification.Linking;

/// <summary>
/// Where the exports or imports of a turnover or balance stand when its own sentence has none: the nearest sentences
/// of the paragraph that hold values ("2." and other bare numbers do not count), up to four each way, as long as no
/// other value of the total's measure and period stands between. A balance, the result of flows stated before it ("As a
/// result, the balance …"), looks back before it looks on; a turnover, stated before it is broken down ("Of the total,
/// exports …"), looks on first at the same distance.
/// </summary>
internal static partial class DocumentLinker
{
    private static FigureMention? PartNearby(FigureMention total, SentenceFacts s, List<SentenceFacts> all, Func<FigureMention, bool> fits)
    {
        int ahead = total.Measure == Measure.Turnover ? -1 : 1;
        var nearby = all.Where(x => x.Paragraph == s.Paragraph && x.Index != s.Index && x.Mentions.Any(v => v.IsValue))
            .GroupBy(x => Math.Sign(x.Index - s.Index))
            .SelectMany(g => g.OrderBy(x => Math.Abs(x.Index - s.Index)).Take(4))
            .OrderBy(x => total.Measure == Measure.Balance && x.Index > s.Index ? 1 : 0).ThenBy(x => Math.Abs(x.Index - s.Index)).ThenBy(x => ahead * x.Index)
            .ToList();
        return SearchParts(total, nearby, fits, out var found) ? found : null;
    }

    /// <summary>Walks the sentences in order; true when the search ended at a sentence holding a fitting value (the
    /// part, or null where another total stands in that sentence too).</summary>
    private static bool SearchParts(FigureMention total, List<SentenceFacts> nearby, Func<FigureMention, bool> fits, out FigureMention? part)
    {
        var blocked = new HashSet<int>();
        foreach (var other in nearby)
        {
            int direction = Math.Sign(other.Index - total.Sentence);
            if (blocked.Contains(direction))
            {
                continue;
            }

            var found = other.Mentions.Where(v => fits(v) && SameSubject(v, total)).ToList();
            if (found.Count > 0)
            {
                part = !other.Mentions.Any(v => v.IsValue && v.Measure == total.Measure && !v.Earlier && v.Role != Role.Change && v != total && !NotAnotherTotal(v, total)
                    && (total.Year is null || v.Year is null || v.Year == total.Year)) ? Best(found, total) : null;
                return true;
            }

            // Another total of the same period in between ends the search that way; one of another year or period does not.
            if (other.Mentions.Any(v => v.IsValue && v.Measure == total.Measure && !v.Earlier && !NotAnotherTotal(v, total) && (total.Year is null || v.Year is null || v.Year == total.Year)
                && (total.Months is null || v.Months is null || v.Months == total.Months)))
            {
                blocked.Add(direction);
            }
        }

        part = null;
        return false;
    }
}

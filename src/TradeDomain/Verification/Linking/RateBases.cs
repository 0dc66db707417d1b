using TradeDomain.Verification.Mentions;

namespace TradeDomain.Verification.Linking;

/// <summary>The two values of a rate stated alone, as in a headline.</summary>
internal static partial class DocumentLinker
{
    /// <summary>
    /// "Дефицит внешней торговли сократился в 2,4 раза. Отрицательное сальдо … уменьшилось на 58,6%, до $3,9 млрд
    /// (с $9,42 млрд)": a rate or multiple stated alone (no value in its clause, no other rate of its measure in its sentence), of a named measure, takes the one pair of values
    /// (one earlier, one current) of that measure in a sentence near it that restates the change with its own rate — a
    /// headline and its body give the same two values. Only one such sentence within two of it, of the same subject and
    /// period, may fit; the link is never certain.
    /// </summary>
    private static (FigureMention From, FigureMention To)? RestatedPair(FigureMention p, SentenceFacts here, List<SentenceFacts> sentences)
    {
        static bool IsRate(FigureMention v) => v.Token.Unit == Numbers.NumberUnit.Times || (v.Token.Unit == Numbers.NumberUnit.Percent && v.PercentRole == PercentRole.Growth);
        if (p.Measure == Measure.None || p.OtherMeasure || Values(here.Mentions).Any(v => v.Clause == p.Clause)
            || here.Mentions.Any(v => v != p && IsRate(v) && v.Measure == p.Measure))
        {
            // A sentence of several rates of one measure ("up 0.1% on the month … down 17.2% on the year") states no
            // headline change.
            return null;
        }

        var pairs = new List<(FigureMention, FigureMention)>();
        foreach (var other in sentences.Where(x => x.Paragraph == here.Paragraph && x.Index != here.Index && Math.Abs(x.Index - here.Index) <= 2))
        {
            bool restates = other.Mentions.Any(v => IsRate(v) && v.Measure == p.Measure && !v.OtherMeasure);
            if (!restates)
            {
                continue;
            }

            var values = Values(other.Mentions).Where(v => v.Measure == p.Measure && SameSubject(v, p) && v.Role != Role.Change).ToList();
            var from = values.Where(v => v.Role == Role.From && v.Earlier).ToList();
            var to = values.Where(v => v.Role is Role.To or Role.None && !v.Earlier).ToList();
            if (from.Count == 1 && to.Count == 1 && Compatible(from[0], to[0])
                && (p.Months is null || to[0].Months is null || p.Months == to[0].Months)
                && (p.Year is null || to[0].Year is null || p.Year == to[0].Year))
            {
                pairs.Add((from[0], to[0]));
            }
        }

        return pairs.Count == 1 ? pairs[0] : null;
    }
}

using TradeDomain.Verification.Mentions;

namespace TradeDomain.Verification.Linking;

/// <summary>The whole of a share stated elsewhere in the document.</summary>
internal static partial class DocumentLinker
{
    /// <summary>
    /// The whole of a share whose part is known but whose whole neither its sentence nor its paragraph settles: the
    /// document's total of the whole's measure stated up to the share's sentence — its largest current value larger than
    /// the part (a release states its total before it breaks it down, and every part is smaller than its whole). The
    /// measure is the one the share names ("of turnover", "в общем объеме экспорта"), else the share's own or its
    /// part's; a share that names none ("of the total", "Tashkent holds the largest share") takes the largest amount
    /// in the part's unit. The link is never certain, so it can make the share ambiguous but never inconsistent.
    /// </summary>
    private static FigureMention? DocumentWhole(FigureMention p, FigureMention part, SentenceFacts s, List<SentenceFacts> all)
    {
        if (p.Earlier || part.Figure is null || p.OtherMeasure)
        {
            return null;
        }

        var measure = p.WholeMeasure != Measure.None ? p.WholeMeasure : p.Measure != Measure.None ? p.Measure : part.Measure;
        if (p.PartMeasure != Measure.None && measure == p.PartMeasure && p.WholeMeasure == Measure.None)
        {
            // "The share of exports was 60%": the share names its part's measure, not its whole's.
            return null;
        }

        if (measure == Measure.None)
        {
            // "Russia is second - 230 million dollars, 19.5 percent, exports to Kazakhstan amounted to …": the measure of the
            // sentence's other values, when they name one.
            var named = Values(s.Mentions).Select(v => v.Measure).Where(x => x != Measure.None).Distinct().ToList();
            measure = named.Count == 1 ? named[0] : Measure.None;
            if (measure == Measure.None && !NamesShare(p, s))
            {
                // A bare percentage by an amount ("230 million dollars, reaching 19.5 percent") says nothing of its whole.
                return null;
            }
        }

        bool Fits(FigureMention v) => v.IsValue && v.Figure is not null && v != part && !v.Earlier && v.Role is Role.To or Role.None
            && !v.InParentheses && !v.IsSubPart && (!v.Subset || part.Subset) && Compatible(v, part) && (measure == Measure.None || v.Measure == measure)
            && v.Figure.Interval.Lower > part.Figure.Interval.Upper
            && YearsAgree(part, v)
            && (part.Months is null || v.Months is null || v.Months == part.Months)
            && !GivenWithPercent(v, all);
        var candidates = all.Where(x => x.Index <= s.Index).SelectMany(x => x.Mentions)
            .Where(v => Fits(v) && (v.Sentence < s.Index || v.Token.Start < p.Token.Start)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        decimal max = candidates.Max(v => v.Figure!.Value);
        return candidates.First(v => v.Figure!.Value == max);
    }

    /// <summary>Whether a value is printed with a percentage that is no rate ("$386.7 million, which is 32.8 percent",
    /// "China ($2.1 billion, 23.4 percent)"): it is a part of some whole, not a total.</summary>
    private static bool GivenWithPercent(FigureMention v, List<SentenceFacts> all)
    {
        var ms = all.First(x => x.Index == v.Sentence).Mentions;
        int i = ms.IndexOf(v);
        // A share of another measure's whole ("exports stood at N2.91 trillion, representing 29.79 per cent of total
        // trade") leaves the value the total of its own measure.
        return new[] { i - 1, i + 1 }.Any(j => j >= 0 && j < ms.Count && ms[j].Token.Unit == Numbers.NumberUnit.Percent
            && ms[j].PercentRole is PercentRole.Share or PercentRole.None && ms[j].Clause == v.Clause && !ms[j].Earlier
            && !(ms[j].WholeMeasure != Measure.None && v.Measure != Measure.None && ms[j].WholeMeasure != v.Measure)
            && Math.Abs((j < i ? v.Token.Start - ms[j].Token.End : ms[j].Token.Start - v.Token.End)) <= 16
            && !(j < i && IsOfGap(all.First(x => x.Index == v.Sentence).Text, ms[j].Token.End, v.Token.Start)));
    }

    /// <summary>"74.45 per cent of N4.54 trillion total exports": the text between a percentage and an amount is "of", so
    /// the amount is the percentage's whole, not a value given with a share of its own.</summary>
    private static bool IsOfGap(string text, int from, int to) =>
        to > from && text.AsSpan(from, to - from).Trim() is var gap && (gap.Equals("of", StringComparison.OrdinalIgnoreCase) || gap.Equals("of the", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a share word ("share", "accounted for", "доля") or a whole word ("of the total") stands in the
    /// share's sentence up to just after it.</summary>
    private static bool NamesShare(FigureMention p, SentenceFacts s)
    {
        var lex = Languages.Lexicon.All;
        var words = s.Words;
        for (int k = 0; k < words.Count && words[k].Start <= p.Token.End + 24; k++)
        {
            if (lex.Is(words, k, "share") || lex.Is(words, k, "share-whole"))
            {
                return true;
            }
        }

        return false;
    }
}

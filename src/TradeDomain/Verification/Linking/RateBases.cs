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
            var from = values.Where(v => v.Earlier && v.Role is Role.From or Role.To or Role.None).ToList();
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

    /// <summary>
    /// "составило $731 млн, что почти в три раза больше аналогичного показателя 2015 года, который составил $255 млн",
    /// "exports reached $5.0 billion, 25% more than a year earlier, when they stood at $4.0 billion": the one value of an
    /// earlier period after the rate in its clause and stretch, of the new value's measure and unit, is the base (the new
    /// value before the rate, of the rate's own measure). The base is found by its period words, not its role, so the
    /// link is not certain.
    /// </summary>
    private static FigureMention? EarlierAfter(FigureMention m, SentenceFacts s, FigureMention to)
    {
        var ms = s.Mentions;
        var (lo, hi) = Span(m, ms);
        var found = Values(ms).Where(v => v != to && v != m && v.Clause == m.Clause && v.Token.Start > m.Token.End && v.Token.End < hi && v.Token.Start > lo
            && (v.Earlier || EarlierNamedBetween(s, m.Token.End, v.Token.Start, to.Year)) && v.Role is Role.To or Role.None && SameMeasure(v, to) && Compatible(v, to)
            && (!v.Subset || to.Subset)).ToList();
        return found.Count == 1 && to.Token.Start < m.Token.Start && !to.Earlier && to.Measure == m.Measure ? found[0] : null;
    }

    /// <summary>Whether the words between two places name an earlier period: an earlier-period phrase ("предыдущего
    /// года", "a year earlier") or a year before the new value's.</summary>
    /// <summary>"в 2024 году товарооборот … увеличился на 25% … и достиг 647 млн долларов, тогда как в 2023 году он
    /// составлял 487 млн долларов": a value in a later clause of the sentence, of the year before the rate's (named), of the
    /// rate's measure or none, is the base, where it is the only one.</summary>
    private static FigureMention? YearBeforeLater(FigureMention m, SentenceFacts s, FigureMention to)
    {
        if ((to.Year ?? m.Year) is not int year || to.Earlier || m.Token.Start > to.Token.Start)
        {
            return null;
        }

        var found = Values(s.Mentions).Where(v => v != to && v.Clause > to.Clause && v.Token.Start > to.Token.End && v.Year == year - 1
            && v.Role is Role.To or Role.None && (v.Measure == Measure.None || v.Measure == to.Measure) && Compatible(v, to) && (!v.Subset || to.Subset)).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static bool EarlierNamedBetween(SentenceFacts s, int from, int to, int? year)
    {
        var lex = Languages.Lexicon.All;
        var words = s.Words;
        for (int k = 0; k < words.Count; k++)
        {
            if (words[k].Start < from || words[k].End > to)
            {
                continue;
            }

            if (lex.Is(words, k, "earlier"))
            {
                return true;
            }

            var w = words[k].Bare;
            if (year is { } y && w.Length == 4 && w.All(char.IsAsciiDigit) && int.Parse(w, System.Globalization.CultureInfo.InvariantCulture) is var named
                && named >= 1900 && named < y)
            {
                return true;
            }
        }

        return false;
    }
}

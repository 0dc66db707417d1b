using TradeDomain.Verification.Mentions;

namespace TradeDomain.Verification.Linking;

/// <summary>
/// The part of a share said of a named subject, stated in another sentence of the document: "Turnover with the CIS
/// countries went up to $4.45 billion. … The share of the CIS countries in foreign trade turnover reached 36.9
/// percent"; "с Казахстаном товарооборот - $4,6 млрд … приходится на Казахстан - 62%".
/// </summary>
internal static partial class DocumentLinker
{
    /// <summary>
    /// The one current value of the share's measure (its part's measure where it names one, else its whole's: the
    /// CIS countries' share of turnover is their turnover; for a share further down a list, the whole its sentence's
    /// other shares name) whose clause names the share's subject, anywhere in the
    /// document; none where the share names no subject or no measure, or where such values differ. Linked by subject
    /// and measure only, so never certain: a mismatch makes the share ambiguous, never inconsistent.
    /// </summary>
    private static FigureMention? SubjectPart(FigureMention p, SentenceFacts s, List<SentenceFacts> all)
    {
        if (p.Earlier || p.OtherMeasure)
        {
            return null;
        }

        var measure = p.PartMeasure != Measure.None ? p.PartMeasure : p.WholeMeasure != Measure.None ? p.WholeMeasure : p.Measure;
        if (measure == Measure.None)
        {
            // "Наибольшая доля товарооборота … приходится на Казахстан - 62%, остальное - на Кыргызстан - 17%": a share
            // further down a list is of the whole its sentence's first share names.
            var named = s.Mentions.Where(v => v.PercentRole == PercentRole.Share && v != p && v.WholeMeasure != Measure.None).Select(v => v.WholeMeasure).Distinct().ToList();
            measure = named.Count == 1 ? named[0] : Measure.None;
        }

        if (measure == Measure.None)
        {
            return null;
        }

        var own = OwnSubject(p, s);
        if (own.Count == 0 && p.Clause == 0 && s.Words.Count > 0 && LeadingCountry(s) is { } country)
        {
            // "China alone accounted for 22.6 percent of …": the sentence's first word, which no subject counts (every
            // sentence starts with a capital), is a country's name.
            own.Add(country);
        }

        if (own.Count == 0)
        {
            return null;
        }

        bool Fits(FigureMention v) => v.IsValue && v.Figure is not null && !v.Earlier && !v.Forecast && v.Role is Role.To or Role.None
            && !v.IsSubPart && v.Measure == measure && v.Subject.Count > 0 && OwnSubject(v, all.First(x => x.Index == v.Sentence)).Overlaps(own)
            && !(v.Sentence == s.Index && v.Clause == p.Clause)
            && (p.Year is null || v.Year is null || v.Year == p.Year) && (p.Months is null || v.Months is null || v.Months == p.Months);
        var candidates = all.SelectMany(x => x.Mentions).Where(Fits).ToList();
        return candidates.Count > 0 && candidates.Select(v => v.Figure!.Value).Distinct().Count() == 1 ? candidates[0] : null;
    }

    /// <summary>The subject named for a figure itself: the names of its clause less those the figures of its kind before
    /// it in the clause already had (a list of values, a list of shares; a rate before its value shares its subject) ("с Казахстаном … $2,80 млрд, с Кыргызстаном … $1,30 млрд": Kyrgyzstan's, not Kazakhstan's).</summary>
    private static HashSet<string> OwnSubject(FigureMention m, SentenceFacts s)
    {
        var own = new HashSet<string>(m.Subject, StringComparer.Ordinal);
        foreach (var before in s.Mentions.TakeWhile(v => v != m).Where(v => v.Clause == m.Clause && v.Token.Unit == m.Token.Unit))
        {
            own.ExceptWith(before.Subject);
        }

        return own;
    }

    /// <summary>The subject stem of a sentence's first word when it is a country's name, as the mentions stem names.</summary>
    private static string? LeadingCountry(SentenceFacts s)
    {
        var first = s.Words[0];
        var text = s.Text.AsSpan(first.Start, first.End - first.Start);
        if (text.Length < 4 || !char.IsUpper(text[0]) || !Country.TryFromName(text, out _))
        {
            return null;
        }

        var bare = first.Bare.TrimEnd('\'', 's');
        return bare.Length > 5 ? bare[..5] : bare;
    }
}

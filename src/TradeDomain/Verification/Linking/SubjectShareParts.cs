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
            bool several = false;
            foreach (var v in s.Mentions)
            {
                if (v.PercentRole == PercentRole.Share && v != p && v.WholeMeasure != Measure.None)
                {
                    several |= measure != Measure.None && v.WholeMeasure != measure;
                    measure = v.WholeMeasure;
                }
            }

            measure = several ? Measure.None : measure;
            if (measure == Measure.None)
            {
                // "экспорт в Германию – 4,6 млрд долларов; доля Германии составила 46,0%": a share naming no measure is of
                // the measure of its sentence's values named with its subject, where they name one.
                var named = s.Mentions.Where(v => v != p && IsValueFact(v) && v.Measure != Measure.None && v.Subject.Count > 0 && v.Subject.Overlaps(p.Subject))
                    .Select(v => v.Measure).Distinct().ToList();
                measure = named.Count == 1 ? named[0] : Measure.None;
            }
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

        // One value only among the candidates (the same figure printed twice counts once).
        FigureMention? found = null;
        foreach (var x in all)
        {
            foreach (var v in x.Mentions)
            {
                if (!FitsSubjectPart(v, p, s, all, measure, own))
                {
                    continue;
                }

                if (found is null)
                {
                    found = v;
                }
                else if (v.Figure!.Value != found.Figure!.Value)
                {
                    return null;
                }
            }
        }

        return found;
    }

    /// <summary>Whether <paramref name="v"/> is a current value of <paramref name="measure"/> whose own subject is the
    /// share's, outside the share's clause, of the share's period where both state it.</summary>
    private static bool FitsSubjectPart(FigureMention v, FigureMention p, SentenceFacts s, List<SentenceFacts> all, Measure measure, HashSet<string> own) =>
        v.IsValue && v.Figure is not null && !v.Earlier && !v.Forecast && v.Role is Role.To or Role.None
            && !v.IsSubPart && v.Measure == measure && v.Subject.Count > 0 && NamesSubject(OwnSubject(v, SentenceOf(all, v)), own)
            && !(v.Sentence == s.Index && v.Clause == p.Clause)
            && YearsAgree(p, v) && (p.Months is null || v.Months is null || v.Months == p.Months);

    /// <summary>Whether a value's subject is the share's: one of its names, or all of them where the share's clause names
    /// two or more ("Из стран ЕС Латвия ввезла 78%": Latvia's imports are the whole, not the part from the EU).</summary>
    private static bool NamesSubject(HashSet<string> value, HashSet<string> share)
    {
        // Names counted by their stems; a stem is matched by itself or by the country it names ("Китай" and "КНР").
        int names = 0;
        bool all = true;
        foreach (var stem in share)
        {
            if (stem.StartsWith('#'))
            {
                continue;
            }

            names++;
            all &= value.Contains(stem) || (MentionReader.CountryOfStem(stem) is { } country && value.Contains(country));
        }

        return names >= 2 ? all : value.Overlaps(share);
    }

    /// <summary>The first sentence of <paramref name="all"/> with the mention's sentence index.</summary>
    private static SentenceFacts SentenceOf(List<SentenceFacts> all, FigureMention v)
    {
        foreach (var x in all)
        {
            if (x.Index == v.Sentence)
            {
                return x;
            }
        }

        throw new InvalidOperationException("A mention's sentence is among the sentences linked.");
    }

    /// <summary>The subject named for a figure itself: the names of its clause less those the figures of its kind before
    /// it in the clause already had (a list of values, a list of shares; a rate before its value shares its subject) ("с Казахстаном … $2,80 млрд, с Кыргызстаном … $1,30 млрд": Kyrgyzstan's, not Kazakhstan's).</summary>
    private static HashSet<string> OwnSubject(FigureMention m, SentenceFacts s)
    {
        var own = new HashSet<string>(m.Subject, StringComparer.Ordinal);
        foreach (var before in s.Mentions)
        {
            if (before == m)
            {
                break;
            }

            if (before.Clause == m.Clause && before.Token.Unit == m.Token.Unit)
            {
                own.ExceptWith(before.Subject);
            }
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

        return MentionReader.SubjectStem(first.Bare);
    }
}

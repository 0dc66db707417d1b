using TradeDomain.Verification.Mentions;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Linking;

/// <summary>A sentence of the document with its mentions.</summary>
internal sealed record SentenceFacts(string Text, int Offset, int Paragraph, int Index, List<FigureMention> Mentions)
{
    /// <summary>The sentence's words (read once by the extractor).</summary>
    internal List<Languages.Word> Words { get; init; } = [];
}

/// <summary>
/// The third stage: mentions → claims, over the whole document. Facts (values with a measure, a role and a period) are
/// looked up wherever they stand: a growth rate's base in another sentence of the same measure and an earlier period,
/// the exports and imports of a turnover or a balance in the next sentences, the two balances a multiple compares.
/// A fact links only where measure and period agree and exactly one value fits; a link made across sentences is not
/// certain, so it can make a claim ambiguous but never inconsistent. Nothing is paired by distance alone.
/// </summary>
internal static partial class DocumentLinker
{
    internal static List<Claim> Link(List<SentenceFacts> sentences)
    {
        if (sentences.Count == 0)
        {
            // A paragraph without figures: nothing to link (and no tables and lists to build for it).
            return [];
        }

        var claims = new List<Claim>();
        var continuing = ContinueListsAcrossSentences(sentences);
        var lists = new Dictionary<int, List<FigureMention>>();
        for (int si = 0; si < sentences.Count; si++)
        {
            var sentence = sentences[si];
            // Trimmed once: every claim of the sentence carries the same text.
            var text = sentence.Text.Trim();
            bool runsOn = continuing.ContainsValue(sentence.Index);
            var ms = sentence.Mentions;
            var shares = new List<FigureMention>();
            foreach (var m in ms)
            {
                Claim? claim = m.Token.Unit switch
                {
                    NumberUnit.Times => MultipleClaim(m, sentence, sentences),
                    NumberUnit.Points => PointsClaim(m, ms),
                    NumberUnit.Percent => m.PercentRole switch
                    {
                        PercentRole.Growth => GrowthClaim(m, sentence, sentences),
                        PercentRole.Cagr => CagrClaim(m, sentence),
                        PercentRole.Index => IndexClaim(m, sentence, sentences),
                        PercentRole.Coverage => CoverageClaim(m, sentence, sentences),
                        PercentRole.Share => Collect(shares, m),
                        _ => null,
                    },
                    NumberUnit.Plain when IsCoverageRatio(m) => CoverageClaim(m, sentence, sentences),
                    NumberUnit.Amount or NumberUnit.Quantity => ValueClaim(m, sentence, sentences),
                    _ => null,
                };
                if (claim is not null && claim.MissingFinding is null && ms.FirstOrDefault(v => v.Token.AmbiguousCurrency is not null) is { } yen)
                {
                    claim = claim with { MissingFinding = AmbiguousFinding(yen) };
                }

                if (claim is not null)
                {
                    claims.Add(claim with { Sentence = text, Offset = sentence.Offset + m.Token.Start });
                }
            }

            foreach (var share in shares)
            {
                if (shares.Count < 2 || (PartOf(share, sentence) is null && RespectivePart(share, sentence) is null && share.PartMeasure == Measure.None && SubjectPart(share, sentence, sentences) is null))
                {
                    continue;
                }

                claims.Add(ShareClaim(share, sentence, sentences) with { Sentence = text, Offset = sentence.Offset + share.Token.Start });
            }

            if (shares.Count > 1)
            {
                shares.RemoveAll(x => x.IsSubPart);
            }
            if (continuing.TryGetValue(sentence.Index, out int leadSentence) && lists.TryGetValue(leadSentence, out var carried) && carried.Count > 0 && shares.Count >= 1)
            {
                lists[sentence.Index] = JoinListAcrossSentences(carried, shares, sentence, sentences, claims, runsOn);
                continue;
            }

            lists[sentence.Index] = [.. shares];
            if (shares.Count >= 2 && (NamesSeveralYears(sentence.Text) || shares.Select(x => x.WholeMeasure).Where(w => w != Measure.None).Distinct().Count() > 1
                || shares.Select(x => x.WholeOwner).Distinct().Count() > 1))
            {
                // "57.7% in 2024 (57.7% in 2023)": shares of one whole in different periods are no share set; nor are
                // shares of different wholes ("12% of exports, 16% of imports", "72 percent of Latvian exports, 59 percent of
                // Lithuanian exports").
                foreach (var share in shares)
                {
                    claims.Add(ShareClaim(share, sentence, sentences) with { Sentence = text, Offset = sentence.Offset + share.Token.Start });
                }
            }
            else if (shares.Count >= 2 && !runsOn)
            {
                bool complete = ListIsComplete(sentence);
                bool wholesMayDiffer = ListWholesMayDiffer(shares, sentence, sentences);
                bool mayContinue = complete && !wholesMayDiffer && ContinuesSharesBefore(sentence, sentences);
                claims.Add(Claim.ShareSet([.. shares.Select(s => PublishedNumber.Create(s.Token.Value, s.Token.Decimals))], complete)
                    with
                    {
                        Sentence = text, Offset = sentence.Offset + shares[0].Token.Start,
                        IsCertain = !shares.Any(x => x.ContinuesList) && !wholesMayDiffer && !mayContinue,
                        DoubtKey = wholesMayDiffer ? "list-wholes" : mayContinue ? "list-continues" : null,
                    });
            }
            else if (shares.Count == 1)
            {
                claims.Add(ShareClaim(shares[0], sentence, sentences) with { Sentence = text, Offset = sentence.Offset + shares[0].Token.Start });
            }
        }

        claims.AddRange(TotalsOfParts(sentences));
        claims.AddRange(ExportAndImportShares(sentences));
        claims.AddRange(SumsOfParts(sentences));
        claims.AddRange(ListTotals(sentences));
        claims.AddRange(IncludedParts(sentences, claims).ToList());
        claims.AddRange(SubsetSplits(sentences, claims).ToList());
        return [.. claims.OrderBy(c => c.Offset)];
    }

    private static Claim? Collect(List<FigureMention> shares, FigureMention m)
    {
        shares.Add(m);
        return null;
    }

    private static bool IsCoverageRatio(FigureMention m) => m.PercentRole == PercentRole.Coverage;

    /// <summary>Two facts of other sentences may be linked only if their clauses do not name different subjects.</summary>
    private static bool SameSubject(FigureMention a, FigureMention b) =>
        a.Subject.Count == 0 || b.Subject.Count == 0 || a.Subject.Overlaps(b.Subject);

    private static bool Compatible(FigureMention a, FigureMention b) =>
        a.IsMoney == b.IsMoney && a.IsQuantity == b.IsQuantity && (!a.IsMoney || SameCurrency(a, b));

    private static bool SameCurrency(FigureMention a, FigureMention b) =>
        a.Figure is null || b.Figure is null || a.Figure.Currency == b.Figure.Currency || a.Figure.Currency.Code == "XXX" || b.Figure.Currency.Code == "XXX";

    private static IEnumerable<FigureMention> Values(IEnumerable<FigureMention> ms) => ms.Where(IsValueFact);

    /// <summary>A value with its figure, not a forecast and not of another measure (a price, a volume, a threshold "each"
    /// item passes): what <see cref="Values"/> keeps.</summary>
    private static bool IsValueFact(FigureMention v) => v.IsValue && v.Figure is not null && !v.Forecast && !v.OtherMeasure;

    /// <summary>The new value a rate, multiple or index speaks of: a value with the "to" role in its clause, else the
    /// value just before it in the clause (not a base, not a change).</summary>
    private static FigureMention? NewValue(FigureMention m, List<FigureMention> ms)
    {
        if (m.OtherMeasure)
        {
            return null;
        }

        var (lo, hi) = Span(m, ms);
        FigureMention? nearestTo = null, lastBefore = null;
        foreach (var v in ms)
        {
            if (!IsValueFact(v) || v.Clause != m.Clause || v == m || v.Role == Role.Change || v.Token.Start <= lo || v.Token.End >= hi || !SameMeasure(v, m)
                || BeforeOwnMeasureWord(v, m))
            {
                continue;
            }

            // The nearest "to" value (the first of equally near ones), else the last plain value before the rate.
            if (v.Role == Role.To && !v.Earlier && (nearestTo is null || Math.Abs(v.Token.Start - m.Token.Start) < Math.Abs(nearestTo.Token.Start - m.Token.Start)))
            {
                nearestTo = v;
            }

            if (v.Token.End <= m.Token.Start && v.Role == Role.None && !v.Earlier)
            {
                lastBefore = v;
            }
        }

        // "exports totaled $98.1 billion so far, at a daily average of $743.4 million, 25.2% more than …": a value standing
        // right before the rate (only a comma between), after the "to" value, is the one the rate speaks of.
        if (nearestTo is not null && lastBefore is not null && nearestTo.Token.End <= lastBefore.Token.Start && lastBefore.Token.End <= m.Token.Start
            && m.Token.Start - lastBefore.Token.End <= 2 && !m.InParentheses && m.InParentheses == lastBefore.InParentheses)
        {
            return lastBefore;
        }

        return nearestTo ?? lastBefore;
    }

    /// <summary>"The deficit came to MRs 21.06bn, 34% lower than the MRs 31.9bn of the previous quarter and 2.1% lower than
    /// the MRs 21.5bn of a year before"; "a surplus of QR 21.3 billion, a decrease of QR 5.2 billion or 19.6 percent compared
    /// to March 2022, and a drop by QR 1.6 billion or 7.2% compared to February 2023": a rate with its own base or change
    /// and no new value of its own, right after a rate of the same measure in its clause (nothing between them but the
    /// earlier rate's base and this one's change), compares the same new value.</summary>
    private static FigureMention? SharedNewValue(FigureMention m, List<FigureMention> ms, FigureMention? from, FigureMention? change)
    {
        int at = ms.IndexOf(m);
        int p = at - 1;
        while (p >= 0 && ms[p].IsValue && ms[p].Role is Role.From or Role.Change)
        {
            p--;
        }

        if (p < 0 || p == at - 1 || ms[p] is not { Token.Unit: NumberUnit.Percent, PercentRole: PercentRole.Growth } previous
            || previous.Clause != m.Clause || previous.Measure != m.Measure || m.Measure == Measure.None)
        {
            return null;
        }

        bool ownBase = from is not null && from.Token.Start >= m.Token.End;
        bool ownChange = change is not null && change.Token.Start > previous.Token.End && change.Token.End <= m.Token.Start;
        var shared = NewValue(previous, ms);
        return (ownBase || ownChange) && shared is { Role: Role.To or Role.None, Earlier: false } && shared.Measure == m.Measure && (from is null || Compatible(shared, from)) ? shared : null;
    }

    private static FigureMention? OldValue(FigureMention m, List<FigureMention> ms, FigureMention? to)
    {
        if (m.OtherMeasure)
        {
            return null;
        }

        var (lo, hi) = Span(m, ms);
        // The base right before the new value with no figure between ("from A to B", "A-dan B-ga") first, then a base
        // after the new value ("to B from A"), then the nearest to the rate (the first of equally placed ones).
        FigureMention? best = null;
        (int, int) bestKey = default;
        foreach (var v in ms)
        {
            if (!IsValueFact(v) || v == to || v == m || !(v.Clause == m.Clause || v.InParentheses) || v.Role != Role.From || (to is not null && !Compatible(v, to))
                || v.Token.Start <= lo || v.Token.End >= hi || !SameMeasure(v, to ?? m) || BeforeOwnMeasureWord(v, m))
            {
                continue;
            }

            var key = (to is not null && v.Token.End <= to.Token.Start && !ms.Any(x => x != v && x != to && x.Token.Start > v.Token.Start && x.Token.Start < to.Token.Start) ? 0
                : to is not null && v.Token.Start > to.Token.Start ? 1 : 2, Math.Abs(v.Token.Start - m.Token.Start));
            if (best is null || key.CompareTo(bestKey) < 0)
            {
                best = v;
                bestKey = key;
            }
        }

        return best;
    }

    /// <summary>Whether a value stands before the measure word the rate took after the figure before it (the rate speaks
    /// of what that later word names).</summary>
    private static bool BeforeOwnMeasureWord(FigureMention v, FigureMention rate) =>
        rate.MeasureWordStart >= 0 && v.Token.End <= rate.MeasureWordStart && rate.Token.Start > rate.MeasureWordStart;

    /// <summary>Whether the rate's stretch names two different new values ("to $18.7 billion … to $52.6 billion"): then
    /// the one used is not certain.</summary>
    private static bool TwoNewValues(FigureMention m, List<FigureMention> ms)
    {
        var (lo, hi) = Span(m, ms);
        decimal? first = null;
        foreach (var v in ms)
        {
            if (IsValueFact(v) && v.Clause == m.Clause && v.Role == Role.To && !v.Earlier && v.Token.Start > lo && v.Token.End < hi)
            {
                if (first is { } f && f != v.Figure!.Value)
                {
                    return true;
                }

                first ??= v.Figure!.Value;
            }
        }

        return false;
    }

    /// <summary>The stretch of the sentence a rate owns: from the rate or multiple before it to the one after it.</summary>
    private static (int Lo, int Hi) Span(FigureMention m, List<FigureMention> ms)
    {
        int lo = -1, hi = int.MaxValue;
        bool afterFound = false;
        foreach (var v in ms)
        {
            if (v == m || !(v.Token.Unit == NumberUnit.Times || (v.Token.Unit == NumberUnit.Percent && v.PercentRole is PercentRole.Growth or PercentRole.Index or PercentRole.Cagr)))
            {
                continue;
            }

            if (v.Token.End <= m.Token.Start)
            {
                lo = v.Token.End;
            }

            if (!afterFound && v.Token.Start >= m.Token.End)
            {
                hi = v.Token.Start;
                afterFound = true;
            }
        }

        return (lo, hi);
    }

    /// <summary>Values of one claim measure the same thing, where both say what they measure.</summary>
    private static bool SameMeasure(FigureMention a, FigureMention b) =>
        a.Measure == Measure.None || b.Measure == Measure.None || a.Measure == b.Measure;

    private static FigureMention? ChangeValue(FigureMention m, List<FigureMention> ms)
    {
        // "Exports were up $3.1 billion, or 1.7 percent, and imports were down $3.2 billion, or 1.4 percent": the change
        // of the rate's own measure, where the clause holds changes of several.
        FigureMention? first = null;
        foreach (var v in ms)
        {
            if (IsValueFact(v) && v.Role == Role.Change && v.Clause == m.Clause && Math.Abs(v.Token.Start - m.Token.Start) < 80)
            {
                if (m.Measure == Measure.None || v.Measure == m.Measure)
                {
                    return v;
                }

                first ??= v;
            }
        }

        return first;
    }

    /// <summary>The base of a rate in another sentence near it: the same measure, said of the year before or of "the
    /// same period last year", one value only.</summary>
    private static FigureMention? BaseElsewhere(FigureMention m, FigureMention to, SentenceFacts here, List<SentenceFacts> sentences)
    {
        if (to.Measure == Measure.None)
        {
            return null;
        }

        bool Fits(FigureMention v) => v.IsValue && v.Figure is not null && v != to && v.Measure == to.Measure && v.Role != Role.Change && Compatible(v, to)
            && v.Role is Role.To or Role.None && !v.InParentheses
            && (to.Year is { } y ? v.Year == y - 1 : v.EarlierStated && v.Year is null)
            && (to.Months is null || v.Months is null || v.Months == to.Months);
        var candidates = sentences.Where(s => s.Paragraph == here.Paragraph && s.Index != here.Index && Math.Abs(s.Index - here.Index) <= 2)
            .SelectMany(s => s.Mentions).Where(v => Fits(v) && SameSubject(v, to) && (v.Subject.Count == 0) == (to.Subject.Count == 0)).ToList();
        _ = m;
        return candidates.Select(v => v.Figure!.Value).Distinct().Count() == 1 ? candidates[0] : null;
    }

    /// <summary>"Сальдо … увеличилось на 25,5%, до 60,5 миллиарда долларов. … сальдо … составило 60,5 миллиарда долларов
    /// (в первом квартале 2011 года - 48,2 миллиарда долларов)": a nearby sentence that restates the rate's new value
    /// (the same figure, measure and subject) with one earlier value of that measure gives the base.</summary>
    private static FigureMention? BaseOfRestatement(FigureMention to, SentenceFacts here, List<SentenceFacts> sentences)
    {
        if (to.Measure == Measure.None || to.Figure is null)
        {
            return null;
        }

        FigureMention? found = null;
        foreach (var other in sentences.Where(x => x.Paragraph == here.Paragraph && x.Index != here.Index && Math.Abs(x.Index - here.Index) <= 2))
        {
            var values = Values(other.Mentions).Where(v => v.Measure == to.Measure && v.Role != Role.Change && Compatible(v, to) && SameSubject(v, to)).ToList();
            bool restates = values.Any(v => !v.Earlier && v.Figure!.Value == to.Figure.Value && v.Figure.Scale == to.Figure.Scale);
            var earlier = values.Where(v => v.Earlier).ToList();
            if (!restates || earlier.Count != 1 || values.Count != 2)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = earlier[0];
        }

        return found;
    }

    /// <summary>The one pair of values (from, to) of the rate's measure in a nearby sentence that has no rate of that
    /// measure of its own.</summary>
    private static (FigureMention From, FigureMention To)? PairElsewhere(FigureMention p, SentenceFacts here, List<SentenceFacts> sentences)
    {
        if (p.Measure == Measure.None || p.OtherMeasure || Values(here.Mentions).Any(v => v.Clause == p.Clause))
        {
            return null;
        }

        var pairs = new List<(FigureMention, FigureMention)>();
        foreach (var other in sentences.Where(x => x.Paragraph == here.Paragraph && x.Index != here.Index && WordedDistance(x, here, sentences) <= 2))
        {
            if (other.Mentions.Any(v => v.Token.Unit is NumberUnit.Percent or NumberUnit.Times && v.Measure == p.Measure && !v.OtherMeasure && v.PercentRole != PercentRole.Share))
            {
                continue;
            }

            var values = Values(other.Mentions).Where(v => v.Measure == p.Measure && SameSubject(v, p)).ToList();
            var from = values.Where(v => v.Role == Role.From).ToList();
            if (from.Count == 0)
            {
                // "Exports in May 2018 were recorded at $2.144 billion compared to $1.620 billion in May 2017": a value
                // of the earlier period is the base even without a "from" word.
                from = values.Where(v => v.Earlier && v.Role != Role.Change).ToList();
            }

            var to = values.Where(v => v.Role == Role.To && !v.Earlier).ToList();
            if (from.Count == 1 && to.Count == 1 && Compatible(from[0], to[0]) && (p.Year is null || to[0].Year is null || to[0].Year == p.Year)
                && (p.Months is null || to[0].Months is null || to[0].Months == p.Months))
            {
                pairs.Add((from[0], to[0]));
            }
        }

        return pairs.Count == 1 ? pairs[0] : null;
    }

    /// <summary>The two values a rate in a sentence of its own speaks of ("That is a 0.6 percent increase"): a sentence
    /// with no values of its own and a word pointing back before the rate takes the one new value and the one earlier
    /// value of the sentence before it, of the rate's measure (or any, where the rate names none).</summary>
    private static (FigureMention From, FigureMention To)? PreviousPair(FigureMention rate, SentenceFacts here, List<SentenceFacts> sentences)
    {
        if (Values(here.Mentions).Any() || SentencePointedBack(rate, here, sentences) is not { } previous)
        {
            return null;
        }

        var values = Values(previous.Mentions).Where(v => v.Role != Role.Change && (rate.Measure == Measure.None || v.Measure == rate.Measure)).ToList();
        var to = values.Where(v => v.Role == Role.To && !v.Earlier).ToList();
        var from = values.Where(v => v.Earlier).ToList();
        return to.Count == 1 && from.Count == 1 && to[0].Measure == from[0].Measure && Compatible(to[0], from[0]) && SameSubject(to[0], from[0])
            ? (from[0], to[0]) : null;
    }

    /// <summary>The one current new value of the sentence a word before the rate points back to, of the base's measure
    /// (or any, where the base names none) and unit; null when none or several.</summary>
    private static FigureMention? PointedBackLevel(FigureMention rate, FigureMention from, SentenceFacts here, List<SentenceFacts> sentences)
    {
        if (Values(here.Mentions).Any(v => v != from && v.Clause == rate.Clause) || SentencePointedBack(rate, here, sentences) is not { } previous)
        {
            return null;
        }

        var to = Values(previous.Mentions).Where(v => v.Role == Role.To && !v.Earlier && Compatible(v, from)
            && (from.Measure == Measure.None || v.Measure == Measure.None || v.Measure == from.Measure)).ToList();
        return to.Count == 1 ? to[0] : null;
    }

    /// <summary>The sentence before <paramref name="here"/> in its paragraph, when a word pointing back ("it", "that is",
    /// "этот показатель") stands before <paramref name="figure"/>; else null.</summary>
    private static SentenceFacts? SentencePointedBack(FigureMention figure, SentenceFacts here, List<SentenceFacts> sentences)
    {
        var words = Languages.Lexicon.Tokenize(here.Text, 0, figure.Token.Start);
        return Enumerable.Range(0, words.Count).Any(k => Languages.Lexicon.All.Is(words, k, "anaphor"))
            ? sentences.FirstOrDefault(x => x.Paragraph == here.Paragraph && x.Index == here.Index - 1)
            : null;
    }

    /// <summary>The level a change in the next sentence speaks of ("it decreased by …"): the last current value of the
    /// previous sentence, when the change names no other measure.</summary>
    private static FigureMention? PreviousLevel(FigureMention change, SentenceFacts here, List<SentenceFacts> sentences)
    {
        var previous = SentencePointedBack(change, here, sentences);
        var level = previous is null ? null : Values(previous.Mentions).LastOrDefault(v => !v.Earlier && v.Role is Role.To or Role.None && Compatible(v, change) && SameSubject(v, change));
        return level is not null && (change.Measure == Measure.None || change.Measure == level.Measure) ? level : null;
    }

    /// <summary>Whether a "year to date" phrase ("Year-to-date, …", "с начала года") stands in the sentences from a level to
    /// a change after it, but not in the level's own: the change is then of the year so far, the level of one month.</summary>
    private static bool YearToDateBetween(FigureMention level, FigureMention change, List<SentenceFacts> all)
    {
        var lex = Languages.Lexicon.All;
        bool Has(SentenceFacts x) => Enumerable.Range(0, x.Words.Count).Any(k => lex.Is(x.Words, k, "year-to-date"));
        int lo = Math.Min(level.Sentence, change.Sentence), hi = Math.Max(level.Sentence, change.Sentence);
        var span = all.Where(x => x.Paragraph == change.Paragraph && x.Index >= lo && x.Index <= hi).ToList();
        return span.Any(Has) && !span.Where(x => x.Index == level.Sentence).Any(Has);
    }

    private static Figure Minus(Figure a, Figure b) =>
        new($"{a.Text} − {b.Text}", a.Value - b.Value, a.Interval - b.Interval, a.Interval - b.Interval, a.Currency, a.Scale, Math.Max(a.Decimals, b.Decimals));

    private static Figure Plus(Figure a, Figure b) =>
        new($"{a.Text} + {b.Text}", a.Value + b.Value, a.Interval + b.Interval, a.Interval + b.Interval, a.Currency, a.Scale, Math.Max(a.Decimals, b.Decimals));

    private static Approximation ApproximationOf(FigureMention m) => m.Token.Approximator switch
    {
        "almost" => Approximation.Almost,
        "over" => Approximation.Over,
        "about" => Approximation.About,
        _ => Approximation.None,
    };

    private static Claim GrowthClaim(FigureMention p, SentenceFacts s, List<SentenceFacts> all)
    {
        var ms = s.Mentions;
        var to = NewValue(p, ms);
        var from = OldValue(p, ms, to);
        var change = ChangeValue(p, ms);
        if (to is null && (from is not null || change is not null))
        {
            to = SharedNewValue(p, ms, from, change);
        }

        if (to is null && from is not null && ms.IndexOf(p) is int pi and > 0 && ms[pi - 1] is { Token.Unit: NumberUnit.Percent, PercentRole: PercentRole.Share } share
            && share.Clause == p.Clause && PartOf(share, s) is { } sharePart && sharePart.Measure == p.Measure && !sharePart.Earlier
            && sharePart.Role is Role.To or Role.None && Compatible(sharePart, from))
        {
            // "reached $55.94 billion, or 80.7 percent of total export revenue in 2018, up 2.9 percent from an export value of
            // $54.38 billion in 2017": the value the share before the rate is given with is the rate's new value.
            to = sharePart;
        }

        var after = from is null && to is not null ? EarlierAfter(p, s, to) : null;
        // A base of the named year before, in the sentence's later clause, is as certain as one named "from".
        var yearBefore = from is null && to is not null && after is null ? YearBeforeLater(p, s, to) : null;
        from ??= after ?? yearBefore;
        bool certain = !TwoNewValues(p, ms) && after is null;
        Figure? fromFigure = from?.Figure;
        if (to is null && change is not null && from is null && PreviousLevel(change, s, all) is { } level)
        {
            // "Foreign trade turnover amounted to $42.5 billion. … it decreased by $3.4 billion or 7.4 percent."
            to = level;
            certain = false;
        }
        else if (to is null && from is null && change is not null && change.Measure != Measure.None && !change.Earlier
            && !WithoutOwnRate(change, s).Contains(p) && !Values(ms).Any(v => v != change && v.Clause == p.Clause && v.Role != Role.Change)
            && (Single(s, all, change.Measure, change, v => v.Component == change.Component)
                ?? (change.Component == TradeComponent.None ? Single(s, all, change.Measure, change, v => v.Component == TradeComponent.Goods) : null)) is { } current && current.Sentence != s.Index && SameSubject(current, change)
            && (change.Months is null || current.Months == change.Months)
            && !YearToDateBetween(current, change, all))
        {
            // "Turnover … 8.6 billion USD in the first seven months. … Against the same period of last year, turnover rose
            // by 1.8 billion USD (27.5 percent)": the change's level is its measure's one current value nearby, of the
            // change's months and part of trade (else goods, for a change that names none: "експорт товарів … експорт зменшився"), and not across a "year to date" ("April exports were $95.5 billion. …
            // Year-to-date … Exports decreased $79.8 billion or 9.5%"); only for a rate printed as its change's own ("by X
            // (Y percent)", "X, or Y percent") in a clause with no level of its own.
            to = current;
            certain = false;
        }

        Figure? toFigure = null;
        Figure? derivedChange = null;
        bool derivedFall = false, fromEarlier = false;
        if (from is null && to is not null && change is not null && Compatible(change, to))
        {
            fromFigure = p.Direction == GrowthDirection.Decrease ? Plus(to.Figure!, change.Figure!) : Minus(to.Figure!, change.Figure!);
            (derivedChange, derivedFall) = (change.Figure, p.Direction == GrowthDirection.Decrease);
        }
        else if (from is not null && to is null && change is not null && change != from && from.Role == Role.From && from.Clause == p.Clause && change.Clause == p.Clause
                 && change.Token.Start > p.Token.End && change.Token.End < from.Token.Start && Compatible(change, from) && p.Direction is not null)
        {
            // "exports increased 10.7% (R14.9 billion) from R139.4 billion": the new value is the earlier one and the change.
            toFigure = p.Direction == GrowthDirection.Decrease ? Minus(from.Figure!, change.Figure!) : Plus(from.Figure!, change.Figure!);
            (derivedChange, derivedFall, fromEarlier) = (change.Figure, p.Direction == GrowthDirection.Decrease, true);
        }
        else if (from is null && to is not null && BaseElsewhere(p, to, s, all) is { } elsewhere)
        {
            fromFigure = elsewhere.Figure;
            certain = false;
        }
        else if (from is not null && to is null && change is null && PointedBackLevel(p, from, s, all) is { } pointedLevel)
        {
            // "… trade increased to N9.76 trillion … It was also a 14.13 per cent increase compared to N8.55 trillion
            // recorded in Q1 2020": a rate with only its base in its clause, after a word pointing back, is of the new
            // value of the sentence before.
            to = pointedLevel;
            certain = false;
        }
        else if (to is null && p.Measure != Measure.None && !p.Earlier && EarlierLevelOnly(p, ms, from) is { } earlierLevel
                 && Single(s, all, p.Measure, earlierLevel) is { } currentLevel && currentLevel.Sentence != s.Index
                 && (currentLevel.Subject.Count == 0 ? earlierLevel.Subject.Count == 0 : currentLevel.Subject.Overlaps(earlierLevel.Subject))
                 && !YearToDateBetween(currentLevel, earlierLevel, all))
        {
            // "Foreign trade … came to Rs 1.281 trillion. In the same period last year foreign trade stood at Rs 1.319
            // trillion, so this year's trade volume is down by 3 percent": a rate whose sentence gives only its earlier
            // level is of its measure's one current value nearby.
            (from, to, fromFigure) = (earlierLevel, currentLevel, earlierLevel.Figure);
            certain = false;
        }
        else if (from is null && to is not null && BaseOfRestatement(to, s, all) is { } restatedBase)
        {
            fromFigure = restatedBase.Figure;
            certain = false;
        }

        if (from is null && to is null && fromFigure is null && PairElsewhere(p, s, all) is { } pair)
        {
            // "Exports grew 2.8% in February. … Exports increased to $34.0 billion from $33.1 billion in January."
            (fromFigure, to, certain) = (pair.From.Figure, pair.To, false);
        }
        else if (from is null && to is null && fromFigure is null && RestatedPair(p, s, all) is { } restated)
        {
            (fromFigure, to, certain) = (restated.From.Figure, restated.To, false);
        }
        else if (from is null && to is null && fromFigure is null && ChangePairElsewhere(p, s, all) is { } changed)
        {
            (fromFigure, to, certain, derivedChange, derivedFall) = (changed.From, changed.To, false, changed.Change, changed.Fall);
        }
        else if (from is null && to is null && fromFigure is null && PreviousPair(p, s, all) is { } previous)
        {
            // "… was $91.6 billion in February, up $0.5 billion from $91.1 billion in January. That is a 0.6 percent increase."
            (fromFigure, to, certain) = (previous.From.Figure, previous.To, false);
        }

        if (from is null && to is null && fromFigure is null && change is null && RepeatedRate(p, s, all) is { } twin)
        {
            // "Импорт товаров вырос на 16,0%. … Импорт … составил $ 2 053,5 млн. и … вырос на 16,0% или на $ 282,7 млн.": a
            // headline rate printed again with its values is checked with them.
            var restated = GrowthClaim(twin.Rate, twin.Sentence, all);
            return Claim.Growth(p.Token.Number, p.Direction ?? GrowthDirection.Increase, restated.From, restated.To)
                with { Approximation = ApproximationOf(p), IsCertain = false };
        }

        var percents = ms.Where(v => v.PercentRole == PercentRole.Value && v.Clause == p.Clause).ToList();
        var fromPercent = percents.FirstOrDefault(v => v.Role == Role.From);
        var toPercent = percents.FirstOrDefault(v => v.Role == Role.To);
        if (fromFigure is null && to is null && fromPercent is not null && toPercent is not null)
        {
            return Claim.Growth(p.Token.Number, p.Direction ?? GrowthDirection.Increase, Figure.FromNumber(fromPercent.Token.Number, fromPercent.Token.Text),
                Figure.FromNumber(toPercent.Token.Number, toPercent.Token.Text)) with { Approximation = ApproximationOf(p) };
        }

        return Claim.Growth(p.Token.Number, p.Direction ?? GrowthDirection.Increase, fromFigure, to?.Figure ?? toFigure)
            with
            {
                Approximation = ApproximationOf(p), IsCertain = certain, MissingFinding = toFigure is null ? AmbiguousFinding(from, to) : null,
                DerivedChange = derivedChange, DerivedFall = derivedFall, DerivedFromEarlier = fromEarlier,
            };
    }

    /// <summary>The one value of a rate's sentence, of its measure, outside brackets and before the rate: an earlier
    /// period's level (as the base found, or "In the same period last year foreign trade stood at Rs 1.319 trillion"), no
    /// current value beside it.</summary>
    private static FigureMention? EarlierLevelOnly(FigureMention p, List<FigureMention> ms, FigureMention? from)
    {
        var levels = Values(ms).Where(v => v.Measure == p.Measure && v.Role != Role.Change && !v.InParentheses).ToList();
        // Before the rate ("… stood at Rs 1.319 trillion, so … down by 3 percent"): a level after it ("went up 31.1% to
        // €5.894 billion against the same period in 2005") is its new value, whatever period words follow.
        // After it, one with earlier-period words of its own and no "to" role ("up 55.5% this year, set against a surplus of
        // $1.2 billion at the same point last year") is its earlier level too.
        if (levels.Count != 1 || !levels[0].Earlier || (levels[0].Token.End > p.Token.Start && !(levels[0].EarlierStated && levels[0].Role != Role.To))
            || (from is not null && from != levels[0]))
        {
            return null;
        }

        return levels[0];
    }

    /// <summary>
    /// The one other growth rate of the document with the same printed value, measure, direction, subject and period
    /// as a rate whose sentence holds no value of its own, standing in a clause that has values: the same rate printed
    /// again with its figures (a headline before the details).
    /// </summary>
    private static (FigureMention Rate, SentenceFacts Sentence)? RepeatedRate(FigureMention p, SentenceFacts s, List<SentenceFacts> all)
    {
        if (p.Measure == Measure.None || p.OtherMeasure || p.Earlier || Values(s.Mentions).Any())
        {
            return null;
        }

        var twins = all.Where(x => x.Index != s.Index).SelectMany(x => x.Mentions.Select(v => (Rate: v, Sentence: x)))
            .Where(c => c.Rate.Token.Unit == NumberUnit.Percent && c.Rate.PercentRole == PercentRole.Growth && c.Rate.Token.Value == p.Token.Value
                && c.Rate.Token.Decimals == p.Token.Decimals && c.Rate.Measure == p.Measure && c.Rate.Direction == p.Direction && !c.Rate.OtherMeasure
                && c.Rate.Subject.SetEquals(p.Subject) && c.Rate.Months == p.Months && c.Rate.Year == p.Year
                && Values(c.Sentence.Mentions).Any(v => v.Clause == c.Rate.Clause) && !YearToDateBetween(c.Rate, p, all))
            .ToList();
        return twins.Count == 1 ? twins[0] : null;
    }

    /// <summary>Whether a sentence names two or more different years (1900–2100), as in a comparison of periods.</summary>
    private static bool NamesSeveralYears(string text)
    {
        int first = 0;
        for (int i = 0; i + 4 <= text.Length; i++)
        {
            if ((i > 0 && char.IsAsciiDigit(text[i - 1])) || (i + 4 < text.Length && char.IsAsciiDigit(text[i + 4]))
                || !char.IsAsciiDigit(text[i]) || !char.IsAsciiDigit(text[i + 1]) || !char.IsAsciiDigit(text[i + 2]) || !char.IsAsciiDigit(text[i + 3]))
            {
                continue;
            }

            int year = ((text[i] - '0') * 1000) + ((text[i + 1] - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0');
            bool partOfNumber = (i > 0 && text[i - 1] is '.' or ',') || (i + 4 < text.Length && text[i + 4] is '.' or ',' && i + 5 < text.Length && char.IsAsciiDigit(text[i + 5]));
            if (year is < 1900 or > 2100 || partOfNumber)
            {
                continue;
            }

            if (first == 0)
            {
                first = year;
            }
            else if (year != first)
            {
                return true;
            }
        }

        return false;
    }

    private static Finding? AmbiguousFinding(params FigureMention?[] ms) =>
        ms.FirstOrDefault(m => m?.Token.AmbiguousCurrency is not null) is { } a
            ? new("currency.yen-or-yuan", a.Token.AmbiguousCurrency!, a.Token.Text)
            : null;

    /// <summary>The growth rate that follows a multiple in its clause with nothing but words between (no figure): its
    /// restatement ("almost doubled, growing by 44 per cent").</summary>
    private static FigureMention? RateRightAfter(FigureMention t, List<FigureMention> ms)
    {
        int i = ms.IndexOf(t);
        return i >= 0 && i + 1 < ms.Count && ms[i + 1] is { Token.Unit: NumberUnit.Percent, PercentRole: PercentRole.Growth } rate
            && rate.Clause == t.Clause && (rate.Measure == t.Measure || t.Measure == Measure.None) ? rate : null;
    }

    private static Claim MultipleClaim(FigureMention t, SentenceFacts s, List<SentenceFacts> all)
    {
        var ms = s.Mentions;
        var multiple = t.Token.Wording switch
        {
            MultipleWording.Russian => Multiple.Create(PublishedNumber.Create(t.Token.Value, t.Token.Decimals), MultipleWording.Russian),
            MultipleWording.TimesMore => Multiple.Create(PublishedNumber.Create(t.Token.Value, t.Token.Decimals), MultipleWording.TimesMore),
            MultipleWording.Fold => Multiple.Create(PublishedNumber.Create(t.Token.Value, t.Token.Decimals), MultipleWording.Fold),
            _ => Multiple.Create(PublishedNumber.Create(t.Token.Value, t.Token.Decimals), MultipleWording.Times),
        };
        bool halved = t.Token.Text.StartsWith("halv", StringComparison.OrdinalIgnoreCase);
        bool decrease = halved || t.Direction == GrowthDirection.Decrease;
        var to = NewValue(t, ms);
        var from = OldValue(t, ms, to);
        if (to is null && from is null && RateRightAfter(t, ms) is { } rate)
        {
            // "imports have almost doubled, growing by 44 per cent from $153.95m to $221.87m": a multiple word restated
            // by the rate right after it speaks of the rate's two values.
            var rateTo = NewValue(rate, ms);
            if (rateTo is not null && OldValue(rate, ms, rateTo) is { } rateFrom)
            {
                (to, from) = (rateTo, rateFrom);
            }
        }

        var after = from is null && to is not null ? EarlierAfter(t, s, to) : null;
        from ??= after;
        var change = ChangeValue(t, ms);
        Figure? fromFigure = from?.Figure;
        Figure? derivedChange = null;
        bool derivedFall = false;
        bool certain = after is null;
        if (from is null && to is not null && change is not null && Compatible(change, to))
        {
            fromFigure = decrease ? Plus(to.Figure!, change.Figure!) : Minus(to.Figure!, change.Figure!);
            (derivedChange, derivedFall) = (change.Figure, decrease);
        }
        else if (from is null && to is null && Values(ms).All(v => v.Role == Role.Change || v.Clause != t.Clause) && t.Measure != Measure.None)
        {
            // "Таким образом, положительное сальдо снизилось в 2,4 раза": the two values of the measure in the sentence before.
            var previous = all.LastOrDefault(x => x.Index < s.Index && x.Paragraph == s.Paragraph && Values(x.Mentions).Any(v => v.Measure == t.Measure));
            if (previous is not null && previous.Index == s.Index - 1)
            {
                var pair = Values(previous.Mentions).Where(v => v.Measure == t.Measure && v.Role != Role.Change).ToList();
                if (pair.Count == 2 && pair.Count(v => v.Earlier) == 1 && Compatible(pair[0], pair[1])
                    && (t.Months is null || pair.All(v => v.Months == t.Months)) && s.Mentions.Count(v => v.Token.Unit != NumberUnit.Times) == 0)
                {
                    from = pair.First(v => v.Earlier);
                    to = pair.First(v => !v.Earlier);
                    fromFigure = from.Figure;
                    certain = false;
                }
            }
        }
        else if (from is null && to is not null && BaseElsewhere(t, to, s, all) is { } elsewhere)
        {
            fromFigure = elsewhere.Figure;
            certain = false;
        }

        if (from is null && to is null && fromFigure is null && RestatedPair(t, s, all) is { } restated)
        {
            (fromFigure, to, certain) = (restated.From.Figure, restated.To, false);
        }

        // A decrease as a multiple is old ÷ new.
        var claim = decrease ? Claim.ForMultiple(multiple, to?.Figure, fromFigure) : Claim.ForMultiple(multiple, fromFigure, to?.Figure);
        return claim with
        {
            Approximation = ApproximationOf(t), IsCertain = certain, Direction = decrease ? GrowthDirection.Decrease : null, MissingFinding = AmbiguousFinding(from, to),
            DerivedChange = derivedChange, DerivedFall = derivedFall,
        };
    }

    private static Claim PointsClaim(FigureMention q, List<FigureMention> ms)
    {
        var percents = ms.Where(v => v.Token.Unit == NumberUnit.Percent && v.Clause == q.Clause && v.PercentRole == PercentRole.Value).ToList();
        var from = percents.FirstOrDefault(v => v.Role == Role.From);
        var to = percents.FirstOrDefault(v => v.Role == Role.To);
        if (from is null && to is null)
        {
            var plain = ms.Where(v => v.Token.Unit == NumberUnit.Percent && v.Clause == q.Clause && v.Token.End <= q.Token.Start && v.PercentRole is PercentRole.Share or PercentRole.None or PercentRole.Value).ToList();
            if (plain.Count == 2)
            {
                (from, to) = (plain[0], plain[1]);
            }
        }

        return Claim.PercentagePointChange(q.Token.Number, q.Direction, from is null ? null : Figure.FromNumber(from.Token.Number, from.Token.Text),
            to is null ? null : Figure.FromNumber(to.Token.Number, to.Token.Text)) with { Approximation = ApproximationOf(q) };
    }

    private static Claim CagrClaim(FigureMention p, SentenceFacts s)
    {
        var values = Values(s.Mentions).Where(v => v.Clause == p.Clause || v.InParentheses).ToList();
        var from = values.FirstOrDefault(v => v.Role == Role.From);
        var to = values.FirstOrDefault(v => v.Role == Role.To && v != from);
        if (from is null && to is null && values.Count == 2)
        {
            (from, to) = (values[0], values[1]);
        }

        decimal? years = null;
        if (from?.Year is { } y0 && to?.Year is { } y1 && y1 > y0)
        {
            years = y1 - y0;
        }
        else if (OverYears(s.Text) is { } n)
        {
            years = n;
        }

        return Claim.Cagr(p.Token.Number, p.Direction ?? GrowthDirection.Increase, from?.Figure, to?.Figure, years) with { Approximation = ApproximationOf(p) };
    }

    private static int? OverYears(string text)
    {
        var m = System.Text.RegularExpressions.Regex.Match(text, @"(?:over|in|for|during) (?:the (?:past|last) )?(?<n>\d{1,2}) years|за (?:последние )?(?<n>\d{1,2}) (?:лет|года)",
            System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return m.Success ? int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static Claim IndexClaim(FigureMention p, SentenceFacts s, List<SentenceFacts> all)
    {
        var to = NewValue(p, s.Mentions);
        var from = OldValue(p, s.Mentions, to);
        bool certain = true;
        Figure? fromFigure = from?.Figure;
        Figure? derivedChange = null;
        bool fall = false;
        if (from is null && to is not null && IndexChange(p, s, to) is { } changed)
        {
            // "reached 1.045 billion dollars, which is 88.2 percent of the January-April 2016 level or 140.2 million
            // dollars less": the base is the level and the difference stated after the index.
            fromFigure = changed.Less ? Plus(to.Figure!, changed.Change.Figure!) : Minus(to.Figure!, changed.Change.Figure!);
            (derivedChange, fall) = (changed.Change.Figure, changed.Less);
        }
        else if (from is null && to is not null && BaseElsewhere(p, to, s, all) is { } elsewhere)
        {
            fromFigure = elsewhere.Figure;
            certain = false;
        }

        return Claim.Index(p.Token.Number, fromFigure, to?.Figure) with
        {
            IsCertain = certain, Approximation = ApproximationOf(p), DerivedChange = derivedChange, DerivedFall = fall,
        };
    }

    /// <summary>A value joined to an index by "or" and followed by a word of direction ("… or 140.2 million dollars less",
    /// "… или на 12 млн долларов меньше"): the difference from the base level.</summary>
    private static (FigureMention Change, bool Less)? IndexChange(FigureMention p, SentenceFacts s, FigureMention to)
    {
        var lex = Languages.Lexicon.All;
        var ms = s.Mentions;
        int i = ms.IndexOf(p);
        if (i < 0 || i + 1 >= ms.Count || ms[i + 1] is not { IsValue: true, Figure: not null } v || v.Clause != p.Clause || v == to || !Compatible(v, to))
        {
            return null;
        }

        var gap = Languages.Lexicon.Tokenize(s.Text, p.Token.End, v.Token.Start);
        if (!Enumerable.Range(0, gap.Count).Any(k => lex.Is(gap, k, "or")) || gap.Count > 12)
        {
            return null;
        }

        var after = Languages.Lexicon.Tokenize(s.Text, v.Token.End, Math.Min(s.Text.Length, v.Token.End + 16));
        bool less = after.Count > 0 && lex.Is(after, 0, "decrease");
        bool more = after.Count > 0 && lex.Is(after, 0, "increase");
        return less || more ? (v, less) : null;
    }

    private static Claim CoverageClaim(FigureMention p, SentenceFacts s, List<SentenceFacts> all)
    {
        if (p.Earlier)
        {
            return EarlierCoverage(p, s, all);
        }

        var exports = Single(s, all, Measure.Exports, p);
        var imports = Single(s, all, Measure.Imports, p);
        bool certain = exports?.Sentence == s.Index && imports?.Sentence == s.Index;
        return Claim.Coverage(p.Token.Number, exports?.Figure, imports?.Figure, p.Token.Unit == NumberUnit.Percent) with { IsCertain = certain };
    }

    /// <summary>Whether a value <paramref name="v"/> may be of the period of <paramref name="anchor"/> as far as years go:
    /// the same year, or either names none; but a current figure that names no year is of the text's latest year, so a
    /// value of an earlier year (<see cref="FigureMention.BeforeLatestYear"/>) is not its.</summary>
    internal static bool YearsAgree(FigureMention anchor, FigureMention v) =>
        anchor.Year is { } y ? v.Year is null || v.Year == y : v.Year is null || anchor.Earlier || !v.BeforeLatestYear;

    /// <summary>The one current value of a measure: in the sentence, else in the paragraph; null when none or several.</summary>
    private static FigureMention? Single(SentenceFacts s, List<SentenceFacts> all, Measure measure, FigureMention anchor, Func<FigureMention, bool>? also = null)
    {
        bool Fits(FigureMention v) => (also is null || also(v)) && (!v.Subset || anchor.Subset) && v.IsValue && v.Figure is not null && v.Measure == measure && !v.Earlier && v.Role is not (Role.Change or Role.From) && !v.Forecast
            && (anchor.IsValue ? Compatible(v, anchor) : !v.IsQuantity) && YearsAgree(anchor, v)
            && (anchor.Months is null || v.Months is null || v.Months == anchor.Months);
        var here = s.Mentions.Where(Fits).ToList();
        if (here.Count >= 1)
        {
            return here.Select(v => v.Figure!.Value).Distinct().Count() == 1 ? here[0] : null;
        }

        // The nearest sentence that has such a value decides; two different values there leave it open.
        var near = all.Where(x => x.Paragraph == s.Paragraph && x.Index != s.Index && Math.Abs(x.Index - s.Index) <= 3)
            .Select(x => (Distance: Math.Abs(x.Index - s.Index), Values: x.Mentions.Where(v => Fits(v) && SameSubject(v, anchor) && !PartnerValueForWhole(v, anchor)).ToList()))
            .Where(x => x.Values.Count > 0).OrderBy(x => x.Distance).ToList();
        if (near.Count == 0 && !anchor.Earlier && !anchor.InParentheses)
        {
            // None that near: the paragraph's one current value of the measure, if it names only one (not for a figure
            // of an earlier period, which the current values do not make up).
            var far = all.Where(x => x.Paragraph == s.Paragraph && x.Index != s.Index).SelectMany(x => x.Mentions).Where(v => Fits(v) && SameSubject(v, anchor)).ToList();
            return far.Count > 0 && far.Select(v => v.Figure!.Value).Distinct().Count() == 1 ? far[0] : null;
        }

        if (near.Count > 1 && near[1].Distance == near[0].Distance)
        {
            // Two sentences as near, one before and one after: the one whose values are all of the anchor's months (or,
            // like it, of none named: "… 4.7 billion USD. Against the same period of last year … export by 953 million
            // USD. In July 2021 export amounted to 630.3 million USD") decides; else it stays open.
            var tied = near.Where(x => x.Distance == near[0].Distance).ToList();
            var sameMonths = tied.Where(x => x.Values.All(v => v.Months == anchor.Months)).ToList();
            near = sameMonths.Count == 1 ? sameMonths : [];
        }

        if (near.Count == 0)
        {
            return null;
        }

        return near[0].Values.Select(v => v.Figure!.Value).Distinct().Count() == 1 ? near[0].Values[0] : null;
    }

    private static Claim ShareClaim(FigureMention p, SentenceFacts s, List<SentenceFacts> all)
    {
        var values = Values(s.Mentions).Where(v => v.Clause == p.Clause).ToList();
        FigureMention? part = null, whole = null;
        bool certain = true;
        if (p.PartMeasure != Measure.None)
        {
            // "На импорт пришлось 19,7%, или $424,67 млн": the value the share is given with, where it is of the part's measure.
            var given = PartOf(p, s);
            part = given is not null && (given.Measure == Measure.None || given.Measure == p.PartMeasure) ? given : Single(s, all, p.PartMeasure, p);
            certain = part?.Sentence == s.Index;
            if (part is null && SubjectPart(p, s, all) is { } named)
            {
                (part, certain) = (named, false);
            }
        }
        else
        {
            part = PartOf(p, s) ?? RespectivePart(p, s) ?? values.LastOrDefault(v => v.Token.End <= p.Token.Start && v.Role != Role.Change && !v.Earlier);
            if (part is null && SubjectPart(p, s, all) is { } named)
            {
                (part, certain) = (named, false);
            }

            // "The NBS put imports at 48.84 per cent of total trade": a share of a measure in another whole, with no value
            // of its own in its clause, is of that measure's one current value stated before it (of its subject, when it names
            // one).
            if (part is null && !p.Earlier && p.Measure != Measure.None && p.WholeMeasure != Measure.None && p.Measure != p.WholeMeasure
                && Single(s, all, p.Measure, p) is { } measured && measured.Sentence <= s.Index && (p.Subject.Count == 0 ? measured.Subject.Count == 0 : measured.Subject.Overlaps(p.Subject)))
            {
                (part, certain) = (measured, measured.Sentence == s.Index);
            }
        }

        whole = values.FirstOrDefault(v => v.Token.Start >= p.Token.End && v != part && v.Role is Role.None or Role.From && Gap(s, p, v).Length < 40
            && GapWords(s, p, v).Any(w => w.Bare is "of" or "from" or "от" or "від" or "в" or "у" or "in") && !IsPartOfAnotherShare(v, p, s));
        if (whole is null && part is not null && p.WholeMeasure == Measure.None && p.Measure != Measure.None)
        {
            // "The largest turnover was with China (21.5 percent or $2.13 billion)": the share of the sentence's measure.
            whole = Headline(s, all, p.Measure, part);
            whole = whole == part ? null : whole;
            certain = false;
        }
        if (whole is not null && !(p.WholeMeasure == Measure.None || whole.Measure == p.WholeMeasure || whole.Measure == Measure.None))
        {
            whole = null;
        }

        if (whole is null && p.WholeMeasure != Measure.None && part is not null && p.WholeMeasure != part.Measure)
        {
            whole = Single(s, all, p.WholeMeasure, part);
            whole = whole is not null && whole.Sentence != s.Index && GivenWithPercent(whole, all) ? null : whole;
            // "China … with 16.2 percent of total goods exports, worth SR47.588 billion, while South Korea followed with a
            // value of SR26.408 billion and a share of 9 percent": another share's part is no whole.
            whole = whole is not null && IsPartOfAnotherShare(whole, p, s) ? null : whole;
            certain &= whole?.Sentence == s.Index;
        }

        if (whole is null && part is not null && p.WholeMeasure == Measure.None && p.PartMeasure is Measure.Exports or Measure.Imports
            && part.Measure == p.PartMeasure && p.Subject.Count == 0 && part.Subject.Count == 0 && !p.Earlier)
        {
            // "доля экспортных операций составила 65%, импортных – 35%", "the share of exports was 60%": a share of a flow
            // that names no whole and no partner is of the turnover of its period. Implied, so never certain.
            whole = Single(s, all, Measure.Turnover, part);
            certain = false;
        }

        if (part is not null && whole is not null && (!Compatible(part, whole) || part.Figure!.Interval.Lower > whole.Figure!.Interval.Upper))
        {
            // A part larger than its whole means the two were not linked right.
            whole = null;
        }

        if (whole is null && part is not null && DocumentWhole(p, part, s, all) is { } total)
        {
            (whole, certain) = (total, false);
        }

        return Claim.Share(p.Token.Number, part?.Figure, whole?.Figure) with { IsCertain = certain, Approximation = ApproximationOf(p) };
    }

    /// <summary>"Japan followed at 9.9 percent and India at 8.9 percent, with exports of 13.2 billion and 11.9 billion
    /// respectively": in a sentence that pairs its figures one by one, as many values after a clause's shares as there are
    /// shares there are their parts, in order.</summary>
    private static FigureMention? RespectivePart(FigureMention p, SentenceFacts s)
    {
        var shares = s.Mentions.Where(m => m.Token.Unit == NumberUnit.Percent && m.PercentRole == PercentRole.Share && !m.Earlier && m.Clause == p.Clause).ToList();
        if (shares.Count < 2 || !SentenceHas(s, "one-by-one"))
        {
            return null;
        }

        int lastShare = shares[^1].Token.End;
        var after = Values(s.Mentions).Where(v => v.Token.Start > lastShare && v.Role != Role.Change && !v.Earlier && v.Clause == p.Clause).ToList();
        int i = shares.IndexOf(p);
        return after.Count == shares.Count && i >= 0 && after.Select(v => v.Token.Currency).Distinct().Count() == 1 ? after[i] : null;
    }

    /// <summary>Whether a value is the part another share of the sentence is given with.</summary>
    private static bool IsPartOfAnotherShare(FigureMention v, FigureMention share, SentenceFacts s)
    {
        foreach (var q in s.Mentions)
        {
            if (q != share && q.Token.Unit == NumberUnit.Percent && q.PercentRole == PercentRole.Share && (PartOf(q, s) == v || RespectivePart(q, s) == v))
            {
                return true;
            }
        }

        return false;
    }

    private static string Gap(SentenceFacts s, FigureMention a, FigureMention b) =>
        a.Token.End <= b.Token.Start ? s.Text[a.Token.End..b.Token.Start] : s.Text[b.Token.End..a.Token.Start];

    /// <summary>The words of <see cref="Gap"/>, read from the sentence in place.</summary>
    private static List<Languages.Word> GapWords(SentenceFacts s, FigureMention a, FigureMention b) =>
        a.Token.End <= b.Token.Start ? Languages.Lexicon.Tokenize(s.Text, a.Token.End, b.Token.Start) : Languages.Lexicon.Tokenize(s.Text, b.Token.End, a.Token.Start);

    /// <summary>The value a share is given with: "(21.5 percent or $2.13 billion)", "15%, or US$ 4.4 billion",
    /// "($2.1 billion, 23.4 percent)", "40.1 percent, or $3.97 billion", "35.3 percent ($5.55 billion)".</summary>
    private static FigureMention? PartOf(FigureMention p, SentenceFacts s)
    {
        int i = s.Mentions.IndexOf(p);
        // "N418 billion or 9.22per cent, N55.4 billion or 1.2per cent": an amount joined by "or" before the share is its
        // part, whatever follows the share after a comma.
        if (i > 0 && s.Mentions[i - 1] is { IsValue: true, Figure: not null } before && MentionReader.IsOrGap(Gap(s, before, p))
            && !(i + 1 < s.Mentions.Count && s.Mentions[i + 1].IsValue && MentionReader.IsOrGap(Gap(s, p, s.Mentions[i + 1]))))
        {
            return before;
        }

        foreach (var j in new[] { i + 1, i - 1 })
        {
            if (j < 0 || j >= s.Mentions.Count || !s.Mentions[j].IsValue || s.Mentions[j].Figure is null)
            {
                continue;
            }

            var v = s.Mentions[j];
            var gap = Gap(s, p, v).Trim().ToLowerInvariant();
            if (MentionReader.IsOrGap(gap) || gap is "," or "–" or "-" or "—" or ", that is" or ", что составляет"
                || (j == i - 1 && gap is "," or "(" or "/")
                || (j == i + 1 && gap is "(" && v.InParentheses)
                || (j == i - 1 && IsShareLink(gap))
                || (j == i + 1 && WorthAfterShare(gap))
                || (j == i + 1 && p.WholeMeasure != Measure.None && IsWholeThenOr(gap)
                    && !s.Mentions.Any(m => m != p && m.Token.Unit == NumberUnit.Percent && m.PercentRole == PercentRole.Share && m.Clause == p.Clause)))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>"43% экспорта, или $217,2 млн", "12.4% of total exports, or $3.1 billion": the share's whole named in a few
    /// words (no figure), then an "or" that restates the share as its amount; only for the one share of its clause ("9,9%
    /// и 8,9% экспорта, или 13,2 млрд и 11,9 млрд риялов соответственно" pairs them in order).</summary>
    private static bool IsWholeThenOr(string gap)
    {
        int comma = gap.LastIndexOf(',');
        if (comma <= 0 || !MentionReader.IsOrGap(gap[comma..]))
        {
            return false;
        }

        var head = gap[..comma];
        return !head.Any(c => char.IsDigit(c) || c is '(' or ')' or ';' or ',') && Languages.Lexicon.Tokenize(head).Count is >= 1 and <= 5;
    }

    /// <summary>"15.6 percent of total goods exports, worth SR46.010 billion", "… in August with a value of SR23.5 billion":
    /// the share's worth after it (<see cref="MentionReader.IsWorthGap"/>, also without a comma).</summary>
    private static bool WorthAfterShare(string gap) => MentionReader.IsWorthGap(gap, withoutComma: true, Languages.Lexicon.All);

    /// <summary>Whether the words between an amount and its share are a phrase of the class <c>share-link</c> alone
    /// ("N1.92 trillion, representing 66.38 per cent", "…, что составляет 12%").</summary>
    private static bool IsShareLink(string gap)
    {
        var words = Languages.Lexicon.Tokenize(gap.TrimStart(',', ' '));
        return words.Count > 0 && Languages.Lexicon.All.Match(words, 0, "share-link", out int length) is not null && length == words.Count;
    }

    /// <summary>The whole of a list of shares: the total of the measure in the paragraph — its largest current value
    /// not in parentheses, if only one value is largest (every part is smaller than its whole).</summary>
    private static FigureMention? Headline(SentenceFacts s, List<SentenceFacts> all, Measure measure, FigureMention like)
    {
        bool Fits(FigureMention v) => v.IsValue && v.Figure is not null && v.Measure == measure && !v.Earlier && v.Role is Role.To or Role.None && !v.InParentheses && !v.Forecast && Compatible(v, like)
            && YearsAgree(like, v) && (like.Months is null || v.Months is null || v.Months == like.Months);

        // A release states the total before it breaks it down: a total up to the list's sentence comes first, one after it
        // (often of another period: "For the whole of last year, turnover reached …") only when none stands before.
        var candidates = all.Where(x => x.Paragraph == s.Paragraph && x.Index <= s.Index).SelectMany(x => x.Mentions)
            .Where(v => Fits(v) && v != like && v.Figure!.Value > like.Figure!.Value).ToList();
        if (candidates.Count == 0)
        {
            candidates = [.. all.Where(x => x.Paragraph == s.Paragraph).SelectMany(x => x.Mentions).Where(Fits)];
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        decimal max = candidates.Max(v => v.Figure!.Value);
        var top = candidates.Where(v => v.Figure!.Value == max).ToList();
        return top[0] == like || max <= like.Figure!.Value ? null : top[0];
    }

    /// <summary>Claims an amount makes by itself: a total of exports and imports, a balance, an absolute change, a
    /// conversion in parentheses.</summary>
    private static Claim? ValueClaim(FigureMention m, SentenceFacts s, List<SentenceFacts> all)
    {
        // "239.6 billion yuan ($33.79 billion) …, up 41.8 percent from a year earlier": a conversion in brackets is one
        // whatever period words follow it (they are the period of both figures). One joined by "or" ("$474.7 million, or
        // 177.2 billion drams") is one where the figure is no checkable total or balance of its own.
        var converted = m.Figure is not null && !m.Forecast ? ConversionOf(m, s) : null;
        if (converted is not null && m.InParentheses)
        {
            return Claim.Conversion(m.Figure!, converted.Figure!);
        }

        var own = OwnValueClaim(m, s, all);
        if (m.Forecast)
        {
            // A forecast forms a claim only with forecast parts of its own ("Economists had expected a deficit of $3.5
            // billion" has none: no claim).
            return HasInputs(own) ? own : null;
        }

        return converted is not null && !HasInputs(own) ? Claim.Conversion(m.Figure!, converted.Figure!) : own;
    }

    /// <summary>Whether a value's own claim found every figure it is checked from (a total's or balance's parts, a
    /// change's two values).</summary>
    private static bool HasInputs(Claim? claim) => claim is { MissingFinding: null } && claim.Kind switch
    {
        ClaimKind.Sum or ClaimKind.Difference => claim.Terms.Count >= 2 && claim.Terms.All(t => t is not null),
        ClaimKind.Change => claim.From is not null && claim.To is not null,
        _ => false,
    };

    private static Claim? OwnValueClaim(FigureMention m, SentenceFacts s, List<SentenceFacts> all)
    {
        // A forecast or target is checked only as a total or balance of forecasts ("a combined trade target of 13,037
        // million …, with a deficit of 193 million. Exports are expected to reach 6,422 million and imports 6,615 million").
        if (m.Earlier && m.Figure is not null && !m.Forecast && m.Role != Role.From && EarlierOwnParts(m, s) is var (earlierExports, earlierImports))
        {
            return m.Measure == Measure.Turnover
                ? Claim.Sum(m.Figure, [earlierExports.Figure, earlierImports.Figure]) with { Approximation = ApproximationOf(m) }
                : (m.BalanceSign < 0 ? Claim.Difference(m.Figure, earlierImports.Figure, earlierExports.Figure) : Claim.Difference(m.Figure, earlierExports.Figure, earlierImports.Figure))
                    with { SignStated = m.BalanceSign != 0, Approximation = ApproximationOf(m) };
        }

        if (m.Figure is null || m.Earlier || RestatementOf(m, s) is not null
            || (m.Forecast && (m.Role == Role.Change || m.Measure is not (Measure.Turnover or Measure.Balance))))
        {
            return null;
        }

        if (m.Role == Role.Change)
        {
            return ChangeClaim(m, s, all);
        }

        if (m.Measure == Measure.Turnover && m.Role != Role.From)
        {
            var (exports, imports) = Parts(m, s, all, out bool loose);
            if (exports is not null && imports is not null)
            {
                // "total trade of US$ 631.7 million made up of imports of US$ 380.1 million, exports of US$ 220.4 million and
                // re-exports of US$ 31.2 million": a flow's subset listed beside the parts is a part too, and not certain.
                var listed = exports.Sentence == s.Index && imports.Sentence == s.Index ? ListedSubsetPart(m, exports, imports, s) : null;
                return Claim.Sum(m.Figure, listed is null ? [exports.Figure, imports.Figure] : [exports.Figure, imports.Figure, listed.Figure])
                    with { IsCertain = listed is null && !loose && ((exports.Sentence == s.Index && imports.Sentence == s.Index) || OnlyPairNextTo(m, exports, imports, s, all)), Approximation = ApproximationOf(m) };
            }

            return null;
        }

        if (m.Measure == Measure.Balance && m.Role != Role.From)
        {
            var (exports, imports) = Parts(m, s, all, out bool loose);
            bool certain = !loose && ((exports?.Sentence == s.Index && imports?.Sentence == s.Index) || (exports is not null && imports is not null && OnlyPairNextTo(m, exports, imports, s, all)));
            int sign = m.BalanceSign != 0 ? m.BalanceSign : m.Token.Sign;
            Figure? exportsFigure = exports?.Figure, importsFigure = imports?.Figure;
            if ((exports is null) != (imports is null) && Single(s, all, Measure.Turnover, m) is { } turnover && turnover.Figure is { } t
                && (exports ?? imports)!.Figure is { } known && known.Interval.Upper < t.Interval.Lower && Compatible(turnover, exports ?? imports!))
            {
                // "a trade surplus of $3.1 billion … turnover rose 17% to $125.7 billion. Of the figure, $64.4 billion came
                // from exports": the other flow is the turnover less the one given.
                (exportsFigure, importsFigure) = exports is null ? (Minus(t, known), importsFigure) : (exportsFigure, Minus(t, known));
                certain = false;
            }

            if (exportsFigure is not null && importsFigure is not null && sign == 0
                && m.Figure.Interval.Lower > Math.Max(exportsFigure.Interval.Upper, importsFigure.Interval.Upper))
            {
                // "Brazil's balance of trade totalled US$31.1bn in February, as exports rose … to US$16.18bn and imports …
                // to US$15.03bn": a balance larger than both its flows cannot be their difference; it is read as their
                // total (the word misused). If that does not fit either, the figure is wrong under both readings.
                return Claim.Sum(m.Figure, [exportsFigure, importsFigure]) with { IsCertain = certain, Approximation = ApproximationOf(m) };
            }

            var claim = sign < 0
                ? Claim.Difference(m.Figure, importsFigure, exportsFigure)
                : Claim.Difference(m.Figure, exportsFigure, importsFigure);
            return claim with { IsCertain = certain, SignStated = sign != 0, Approximation = ApproximationOf(m) };
        }

        return null;
    }

    /// <summary>"In the same quarter of last year total trade came to GH¢86.6 billion, made up of GH¢45.4 billion in exports
    /// and GH¢40.9 billion in imports": an earlier period's total or balance whose parts follow it in its own clause, as
    /// plain values (no level or base role of their own, no period of their own, or the same earlier period) are of that
    /// period too: the one exports and the one imports value there.</summary>
    private static (FigureMention Exports, FigureMention Imports)? EarlierOwnParts(FigureMention total, SentenceFacts s)
    {
        if (total.Measure is not (Measure.Turnover or Measure.Balance))
        {
            return null;
        }

        bool Fits(FigureMention v, Measure measure) => v != total && v.IsValue && v.Figure is not null && v.Measure == measure && !v.Forecast
            && v.Token.Start > total.Token.End && v.Clause == total.Clause && v.PercentRole == PercentRole.None && !v.Subset
            && (v.Earlier || (v.Role == Role.None && v.Year is null && v.Months is null)) && Compatible(v, total);
        var exports = s.Mentions.Where(v => Fits(v, Measure.Exports)).ToList();
        var imports = s.Mentions.Where(v => Fits(v, Measure.Imports)).ToList();
        return exports.Count == 1 && imports.Count == 1 ? (exports[0], imports[0]) : null;
    }

    /// <summary>A value of a subset of exports or imports after the total, in the clause of both its parts, outside
    /// brackets and not after an "including" word: one more item of the list the total is made of.</summary>
    private static FigureMention? ListedSubsetPart(FigureMention total, FigureMention exports, FigureMention imports, SentenceFacts s)
    {
        var lex = Languages.Lexicon.All;
        foreach (var v in s.Mentions)
        {
            if (!IsValueFact(v) || !v.Subset || v.InParentheses || v.Measure is not (Measure.Exports or Measure.Imports) || v.Token.Start < total.Token.End
                || v.Clause != exports.Clause || v.Clause != imports.Clause || !Compatible(v, total))
            {
                continue;
            }

            int listed = Math.Max(exports.Token.End, imports.Token.End);
            if (!MentionReader.IncludingBetween(s.Words, listed < v.Token.Start ? listed : total.Token.End, v.Token.Start, lex))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>"22.2 billion yuan ($3.1 billion)": an amount in parentheses right after an amount in another currency;
    /// "MRs 109bn or about USD 3.11bn", "2,3 трлн тенге, или 5,1 млрд долларов": one joined to it by a conversion word
    /// (data class <c>conversion-link</c>) and nothing else.</summary>
    private static FigureMention? ConversionOf(FigureMention m, SentenceFacts s)
    {
        if (!m.IsMoney || !m.Token.HasCurrency)
        {
            return null;
        }

        var previous = s.Mentions.LastOrDefault(v => v.Token.End <= m.Token.Start);
        if (previous?.Figure is null || m.Figure is null || !previous.IsMoney || !previous.Token.HasCurrency || previous.Figure.Currency == m.Figure.Currency)
        {
            return null;
        }

        var gap = s.Text[previous.Token.End..m.Token.Start];
        if (m.InParentheses)
        {
            // "127,7 млрд юаней (около 19,8 млрд долл. США)": an approximator may open the bracket.
            var inBracket = gap.TrimEnd();
            int open = inBracket.LastIndexOf('(');
            if (open >= 0 && inBracket[(open + 1)..].Trim() is { Length: > 0 } inside)
            {
                var approxWords = Languages.Lexicon.Tokenize(inside);
                if (Languages.Lexicon.All.Match(approxWords, 0, "approx", out int approxLength) is not null && approxLength == approxWords.Count)
                {
                    gap = gap[..(open + 1)];
                }
            }

            return gap.Trim() is "(" or ", (" ? previous : null;
        }

        // "34,91 млрд юаней /5,45 млрд долл. США/": slashes as the brackets of a conversion (Xinhua's Russian style).
        if (gap.Trim() == "/" && s.Text.AsSpan(m.Token.End).TrimStart().StartsWith("/"))
        {
            return previous;
        }

        // An approximator may follow the conversion word ("or about USD 3.11bn").
        var words = Languages.Lexicon.Tokenize(gap);
        var lex = Languages.Lexicon.All;
        if (words.Count == 0 || gap.AsSpan().IndexOfAny("();:") >= 0 || lex.Match(words, 0, "conversion-link", out int length) is null)
        {
            return null;
        }

        if (length < words.Count && lex.Match(words, length, "approx", out int approx) is not null)
        {
            length += approx;
        }

        return length == words.Count ? previous : null;
    }

    /// <summary>"… внешнеторговый оборот республики составил 2 млрд 600 млн долларов. Доля экспорта достигла 2 млрд 362 млн
    /// доларов, импорт равен 287 млн долларов.": the total's one exports and one imports value, both in the sentence right
    /// after the total's (which holds no other value), with no other current value of either flow, the total's measure or
    /// the balance in the paragraph: as certain a link as one within the sentence.</summary>
    private static bool OnlyPairNextTo(FigureMention total, FigureMention exports, FigureMention imports, SentenceFacts s, List<SentenceFacts> all)
    {
        if (exports.Sentence != imports.Sentence || exports.Sentence != s.Index + 1 || Values(s.Mentions).Any(v => v != total))
        {
            return false;
        }

        return !all.Where(x => x.Paragraph == s.Paragraph).SelectMany(x => Values(x.Mentions)).Any(v => v != total && v != exports && v != imports && !v.Earlier
            && v.Measure is Measure.Exports or Measure.Imports or Measure.Turnover or Measure.Balance && v.Role != Role.Change);
    }

    /// <summary>The exports and imports of a total or balance. Where the total names no months and its two parts name
    /// different ones ("exports … to USD 80.11 billion in April-June", "imports … USD 38.24 billion in June"), the parts
    /// are looked for again as if the total named either part's months; a pair of one period found only one way is
    /// taken.</summary>
    private static (FigureMention? Exports, FigureMention? Imports) Parts(FigureMention m, SentenceFacts s, List<SentenceFacts> all) =>
        Parts(m, s, all, out _);

    /// <summary>The exports and imports of a total or balance; <paramref name="loose"/> when they are amounts in brackets
    /// after growth rates taken as levels (<see cref="FigureMention.MayBeLevel"/>), where no other pair fits.</summary>
    private static (FigureMention? Exports, FigureMention? Imports) Parts(FigureMention m, SentenceFacts s, List<SentenceFacts> all, out bool loose)
    {
        loose = false;
        var exports = Part(m, s, all, Measure.Exports);
        var imports = Part(m, s, all, Measure.Imports);
        if (exports is null && imports is null && LooseParts(m, s, all) is { } pair)
        {
            loose = true;
            return pair;
        }

        if (m.Months is not null || exports?.Months is not { } em || imports?.Months is not { } im || em == im)
        {
            return (exports, imports);
        }

        var otherExports = Part(m.WithMonths(im), s, all, Measure.Exports);
        var otherImports = Part(m.WithMonths(em), s, all, Measure.Imports);
        bool byImports = otherExports is not null && otherExports.Months == im;
        bool byExports = otherImports is not null && otherImports.Months == em;
        return byImports == byExports ? (exports, imports) : byImports ? (otherExports, imports) : (exports, otherImports);
    }

    /// <summary>"… падение составило 19,1% (6603,3 млн долл.). В том числе экспорт … на 14,4% (5340,1 млн долл.), импорт – на
    /// 34,4% (1263,2 млн долл.)": the one exports and the one imports amount bracketed after a rate, within two sentences
    /// of the total in its paragraph, of its period and subject.</summary>
    private static (FigureMention, FigureMention)? LooseParts(FigureMention total, SentenceFacts s, List<SentenceFacts> all)
    {
        bool Fits(FigureMention v, Measure measure) => v.MayBeLevel && v.Measure == measure && v.Figure is not null && v != total && !v.Forecast
            && Compatible(v, total) && YearsAgree(total, v)
            && (total.Months is null || v.Months is null || v.Months == total.Months) && SameSubject(v, total)
            && v.Figure.Interval.Upper <= (total.Measure == Measure.Turnover ? total.Figure!.Interval.Upper : decimal.MaxValue);
        var near = all.Where(x => x.Paragraph == s.Paragraph && Math.Abs(x.Index - s.Index) <= 2).SelectMany(x => x.Mentions).ToList();
        var exports = near.Where(v => Fits(v, Measure.Exports)).ToList();
        var imports = near.Where(v => Fits(v, Measure.Imports)).ToList();
        return exports.Count == 1 && imports.Count == 1 ? (exports[0], imports[0]) : null;
    }

    /// <summary>An exports or imports value that goes with a total or balance: the same period, in the sentence or within
    /// two sentences of it in the paragraph, the only one of its measure there.</summary>
    private static FigureMention? Part(FigureMention total, SentenceFacts s, List<SentenceFacts> all, Measure measure)
    {
        List<FigureMention>? here = null;
        FigureMention? inClause = null;
        int clauseCount = 0;
        foreach (var v in s.Mentions)
        {
            if (!FitsPart(v, total, measure))
            {
                continue;
            }

            (here ??= []).Add(v);
            if (v.Clause == total.Clause)
            {
                inClause = v;
                clauseCount++;
            }
        }

        if (clauseCount == 1)
        {
            return inClause;
        }

        return here is not null ? Best(here, total) : PartNearby(total, s, all, measure) ?? PartOfSameMonths(total, s, all, measure);
    }

    /// <summary>"Vietnam's goods trade so far this year has reached US$305.53 billion … Across the first five months,
    /// exports totalled US$156.77 billion … In five months imports came to US$148.76 billion": farther than the nearby
    /// sentences, the one value of the part's measure in the linked text whose months are the total's, both named.</summary>
    private static FigureMention? PartOfSameMonths(FigureMention total, SentenceFacts s, List<SentenceFacts> all, Measure measure)
    {
        if (total.Months is null)
        {
            return null;
        }

        var found = all.Where(x => x.Paragraph == s.Paragraph).SelectMany(x => x.Mentions)
            .Where(v => v.Months == total.Months && FitsPart(v, total, measure) && SameSubject(v, total)).ToList();
        return found.Count > 0 && found.Select(v => v.Figure!.Value).Distinct().Count() == 1 ? found[0] : null;
    }

    /// <summary>Whether a value may be a part (of <paramref name="measure"/>) of a total: a current value of that
    /// measure and the total's period, not a change, a base, a forecast or a percentage.</summary>
    private static bool FitsPart(FigureMention v, FigureMention total, Measure measure) =>
        v.IsValue && v.Figure is not null && v.Measure == measure && v.Role is not (Role.Change or Role.From) && !v.Earlier && v.Forecast == total.Forecast
            && Compatible(v, total) && YearsAgree(total, v)
            && (total.Months is null || v.Months is null || v.Months == total.Months)
            && v.PercentRole == PercentRole.None && ComponentsAgree(v, total) && (!v.Subset || total.Subset);

    /// <summary>Whether two values may be of one part of trade: the same components, or one of them names none
    /// (service exports are no part of the goods balance).</summary>
    private static bool ComponentsAgree(FigureMention a, FigureMention b) =>
        a.Component == TradeComponent.None || b.Component == TradeComponent.None || a.Component == b.Component;

    /// <summary>A part of a total that its own sentence does not hold: from the sentence naming the total's subject,
    /// else from the nearest sentences of the paragraph.</summary>
    private static FigureMention? PartNearby(FigureMention total, SentenceFacts s, List<SentenceFacts> all, Measure measure)
    {
        bool Fits(FigureMention v) => FitsPart(v, total, measure);
        if (PartOfSubject(total, s, all, Fits) is { } named)
        {
            return named;
        }

        // The next (or previous) sentences that hold values ("2." and other bare numbers do not count), as long as no
        // other value of the total's measure and period stands between, in the order of ComparePartSentences.
        var blocked = new HashSet<int>();
        var nearby = NearestWithValues(all, s, -1, 4);
        nearby.AddRange(NearestWithValues(all, s, 1, 4));
        nearby.Sort((a, b) => ComparePartSentences(total, s, a, b));
        foreach (var other in nearby)
        {
            int direction = Math.Sign(other.Index - s.Index);
            if (blocked.Contains(direction))
            {
                continue;
            }

            var found = other.Mentions.Where(v => Fits(v) && SameSubject(v, total)).ToList();
            if (found.Count > 0)
            {
                if (!other.Mentions.Any(v => v.IsValue && v.Measure == total.Measure && !v.Earlier && v.Role != Role.Change && v != total && !NotAnotherTotal(v, total)
                    && YearsAgree(total, v)))
                {
                    return Best(found, total);
                }

                // The parts there are another total's: none that way, the other way may still hold this one's.
                blocked.Add(direction);
                continue;
            }

            // Another total of the same period in between ends the search that way; one of another year or period does not.
            if (other.Mentions.Any(v => v.IsValue && v.Measure == total.Measure && !v.Earlier && !NotAnotherTotal(v, total) && YearsAgree(total, v)
                && (total.Months is null || v.Months is null || v.Months == total.Months)))
            {
                blocked.Add(direction);
            }
        }

        return null;
    }

    /// <summary>The sentences of <paramref name="s"/>'s paragraph on one side of it (<paramref name="side"/> -1 before, 1
    /// after) that hold a value, at most <paramref name="count"/> of them, nearest first.</summary>
    private static List<SentenceFacts> NearestWithValues(List<SentenceFacts> all, SentenceFacts s, int side, int count)
    {
        var found = new List<SentenceFacts>();
        foreach (var x in all)
        {
            if (x.Paragraph == s.Paragraph && Math.Sign(x.Index - s.Index) == side && HasValue(x))
            {
                found.Add(x);
            }
        }

        // A paragraph's sentences have distinct indices, so no two on one side stand at the same distance.
        found.Sort((a, b) => Math.Abs(a.Index - s.Index).CompareTo(Math.Abs(b.Index - s.Index)));
        if (found.Count > count)
        {
            found.RemoveRange(count, found.Count - count);
        }

        return found;

        static bool HasValue(SentenceFacts x)
        {
            foreach (var v in x.Mentions)
            {
                if (v.IsValue)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>"The share of exports in the turnover amounted to 66.2 percent. … The share of imports in the turnover
    /// amounted to 33.7 percent.": the two shares of one stated whole that together make it up form a complete set.</summary>
    private static IEnumerable<Claim> ExportAndImportShares(List<SentenceFacts> sentences)
    {
        var exports = new List<FigureMention>();
        var imports = new List<FigureMention>();
        foreach (var x in sentences)
        {
            foreach (var v in x.Mentions)
            {
                if (v.PercentRole == PercentRole.Share && v.WholeMeasure == Measure.Turnover && !v.Earlier && v.Subject.Count == 0
                    && v.PartMeasure is Measure.Exports or Measure.Imports)
                {
                    (v.PartMeasure == Measure.Exports ? exports : imports).Add(v);
                }
            }
        }

        if (exports.Count == 1 && imports.Count == 1 && exports[0].Sentence != imports[0].Sentence)
        {
            var first = sentences.First(x => x.Index == Math.Min(exports[0].Sentence, imports[0].Sentence));
            yield return Claim.ShareSet([exports[0].Token.Number, imports[0].Token.Number], complete: true)
                with { Sentence = first.Text.Trim(), Offset = first.Offset + exports[0].Token.Start };

            // "… 66.2 percent, up from 72.4 percent a year earlier. … 33.7 percent, up from 27.6 percent a year earlier.":
            // the two shares of the earlier period, each the one earlier percentage in its share's clause, make it up too.
            var before = EarlierShare(exports[0], sentences);
            var beforeImports = EarlierShare(imports[0], sentences);
            if (before is not null && beforeImports is not null)
            {
                yield return Claim.ShareSet([before.Token.Number, beforeImports.Token.Number], complete: true)
                    with { Sentence = first.Text.Trim(), Offset = first.Offset + before.Token.Start, IsCertain = false };
            }
        }
    }

    private static FigureMention? EarlierShare(FigureMention share, List<SentenceFacts> sentences)
    {
        var earlier = sentences.First(x => x.Index == share.Sentence).Mentions
            .Where(v => v.Token.Unit == NumberUnit.Percent && v.PercentRole is PercentRole.Value or PercentRole.None && v.Earlier && v.Clause == share.Clause && v.Token.Start > share.Token.End)
            .ToList();
        return earlier.Count == 1 ? earlier[0] : null;
    }

    /// <summary>One candidate, or among several the only one with the total's months, the only one named with the
    /// total's subject, or the only one as much in parentheses as the total; else none.</summary>
    private static FigureMention? Best(List<FigureMention> candidates, FigureMention total)
    {
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var sameMonths = candidates.Where(v => v.Months == total.Months).ToList();
        if (sameMonths.Count == 1)
        {
            return sameMonths[0];
        }

        var pool = sameMonths.Count > 0 ? sameMonths : candidates;

        // "Китай – 31,5 млрд (экспорт – 16,2 млрд, …), Россия – 27,1 млрд (экспорт – 9,2 млрд, …)": the part named
        // with the total's own subject.
        if (total.Subject.Count > 0)
        {
            var named = pool.Where(v => v.Subject.Count > 0 && v.Subject.Overlaps(total.Subject)).ToList();
            if (named.Count == 1)
            {
                return named[0];
            }
        }

        var sameParentheses = pool.Where(v => v.InParentheses == total.InParentheses).ToList();
        return sameParentheses.Count == 1 ? sameParentheses[0] : null;
    }

    /// <summary>"В целом … 42 миллиарда": a total of the turnovers with groups of partners listed before it, when one of
    /// them is "other countries" (so the list is complete).</summary>
    private static IEnumerable<Claim> TotalsOfParts(List<SentenceFacts> sentences)
    {
        var lex = Languages.Lexicon.All;
        foreach (var s in sentences)
        {
            if (!StartsWithTotal(s.Words, lex))
            {
                continue;
            }

            foreach (var t in s.Mentions)
            {
                if (!(t.IsValue && t.Figure is not null && t.Measure == Measure.Turnover))
                {
                    continue;
                }

                var earlier = sentences.Where(x => x.Paragraph == s.Paragraph && x.Index < s.Index).ToList();
                var others = earlier.Where(x => HasOthers(x.Words, lex)).ToList();
                if (others.Count != 1)
                {
                    continue;
                }

                var parts = earlier.Select(x => x.Mentions.Where(v => v.IsValue && v.Figure is not null && v.Measure == Measure.Turnover && v.Earlier == t.Earlier
                        && v.Role != Role.Change && Compatible(v, t) && YearsAgree(t, v)).ToList())
                    .Where(l => l.Count == 1).Select(l => l[0]).ToList();
                if (parts.Count == 2 && parts.Any(p => p.Sentence == others[0].Index))
                {
                    yield return Claim.Sum(t.Figure!, [parts[0].Figure, parts[1].Figure]) with { Sentence = s.Text.Trim(), Offset = s.Offset + t.Token.Start, IsCertain = false };
                }
            }
        }
    }

    /// <summary>Whether a "total" word stands among a sentence's first six words.</summary>
    private static bool StartsWithTotal(List<Languages.Word> words, Languages.Lexicon lex)
    {
        for (int k = 0; k < Math.Min(6, words.Count); k++)
        {
            if (lex.Is(words, k, "total"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOthers(List<Languages.Word> words, Languages.Lexicon lex) =>
        Enumerable.Range(0, words.Count).Any(k => lex.Is(words, k, "others"));
}

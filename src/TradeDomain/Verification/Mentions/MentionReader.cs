using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Mentions;

/// <summary>
/// The second stage: numbers → typed mentions. Gives each number of a sentence its measure (exports, imports,
/// turnover, balance with its sign words), its role (from, to, an absolute change), its period (year, months, or
/// "earlier"), and for a percentage what it is (a growth rate, a share, an index, a coverage ratio, an average annual
/// rate, or a value), all from the word lists of <see cref="Lexicon"/>.
/// </summary>
internal static partial class MentionReader
{
    internal sealed record SentencePeriod(int? Year, (int, int)? Months);

    [ThreadStatic]
    private static List<Word>? cachedWords;

    [ThreadStatic]
    private static bool[]? cachedClasses;

    /// <summary>Whether a phrase of <paramref name="cls"/> starts at word <paramref name="k"/>; the classes of every word
    /// are looked up once per sentence (the same words are asked about for every figure of it).</summary>
    private static bool Is(List<Word> words, int k, string cls)
    {
        var lex = Lexicon.All;
        int width = lex.ClassCount;
        if (!ReferenceEquals(cachedWords, words) || cachedClasses is null)
        {
            if (cachedClasses is null || cachedClasses.Length < words.Count * width)
            {
                cachedClasses = new bool[Math.Max(words.Count, 64) * width];
            }

            lex.MarkClasses(words, cachedClasses);
            cachedWords = words;
        }

        int column = lex.ClassColumn(cls);
        return column >= 0 && k >= 0 && k < words.Count && cachedClasses[(k * width) + column];
    }

    /// <summary>The longest phrase of <paramref name="cls"/> that starts at word <paramref name="k"/> of a sentence (see
    /// <see cref="Lexicon.Match"/>), looked for only where <see cref="Is"/> says one starts.</summary>
    private static Phrase? Match(List<Word> words, int k, string cls, out int length)
    {
        if (!Is(words, k, cls))
        {
            length = 0;
            return null;
        }

        return Lexicon.All.Match(words, k, cls, out length);
    }

    internal static List<FigureMention> Read(string s, List<Word> words, List<NumberToken> tokens, int sentence, int paragraph, SentencePeriod inherited, out SentencePeriod period)
    {
        var lex = Lexicon.All;
        var mentions = new List<FigureMention>();
        var clauseBreaks = new List<int>();
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == ';')
            {
                clauseBreaks.Add(i);
            }
        }

        var wordAtPos = new int[words.Count];
        var itemStarts = new List<int>();
        var items = new Dictionary<FigureMention, int>();
        for (int k = 0; k < words.Count; k++)
        {
            if (Match(words, k, "clause", out _) is not null && k > 0 && ((words[k].Bare is not ("а" or "but" or "as" or "while" or "whilst") && !Is(words, k, "clause-after-comma")) || s[..words[k].Start].TrimEnd().EndsWith(',')))
            {
                clauseBreaks.Add(words[k].Start);
            }

            // "…), Россия – 27,1 млрд": a named item of a list has its own name.
            if (ListItemStart(s, words, k))
            {
                itemStarts.Add(words[k].Start);
            }

            // A topic marker after its topic ("import esa $12,2 mlrd", "idxal isə 15 milyard"): the clause starts at the
            // topic, the word before it.
            if (k > 0 && Is(words, k, "clause-topic") && s.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IsWhiteSpace())
            {
                clauseBreaks.Add(words[k - 1].Start);
            }
        }

        // The sentence's period: its first year and months, else the previous sentence's ("за этот период").
        int? sentenceYear = tokens.FirstOrDefault(t => t.Unit == NumberUnit.Year)?.Year;
        var sentenceMonths = MonthsIn(s, words, 0, words.Count, lex);
        period = sentenceYear is null && sentenceMonths is null ? inherited : new SentencePeriod(sentenceYear ?? inherited.Year, sentenceMonths);

        int previousEnd = 0;
        FigureMention? previousValue = null;
        bool previousTookMeasureAfter = false;
        int previousAfterEnd = 0;
        int monthTakenEnd = -1;
        int periodFloor = 0; // the first word whose period words later figures of the sentence may take
        bool afterAblative = false; // the amount before ended in the ablative: a dative now is where it went ("from A to B")
        foreach (var t in tokens)
        {
            if (t.Unit is NumberUnit.Year or NumberUnit.Day)
            {
                continue;
            }

            var m = new FigureMention { Token = t, Sentence = sentence, Paragraph = paragraph };
            // The clause: how many breaks stand before the figure, and where the last of them is.
            int clauseStart = 0;
            foreach (int b in clauseBreaks)
            {
                if (b < t.Start)
                {
                    m.Clause++;
                    clauseStart = Math.Max(clauseStart, b);
                }
            }

            m.InParentheses = Depth(s, t.Start) > 0;
            int segStart = Math.Max(previousEnd, clauseStart);
            var (wFrom, wTo) = WordRange(words, segStart, t.Start);
            if (previousTookMeasureAfter)
            {
                wFrom = Math.Max(wFrom, WordRange(words, previousAfterEnd, t.Start).From);
            }

            // Measure: a measure word right after the number ("$3.2 billion fell on imports") when none stands before it,
            // else the nearest one before it in the clause.
            var (afterFrom, afterTo) = WordRange(words, t.End, NextStart(tokens, t, s.Length));
            bool tookAfter = false;
            var before = LastMeasure(words, wFrom, wTo, lex, out int sign, out int measureWordStart);
            if (before != Measure.None && AsideStart(s, words, wFrom, measureWordStart, t.Start, lex) is int asideWord
                && LastMeasure(words, wFrom, asideWord, lex, out int outerSign, out int outerStart) is var outer && outer != Measure.None)
            {
                // "The trade balance deficit, calculated by deducting total exports from imports, reached JD.7550.6
                // million": the measure words of an aside between commas define the figure, they do not name it.
                (before, sign, measureWordStart) = (outer, outerSign, outerStart);
            }

            m.MeasureWordStart = measureWordStart;

            // A measure word in the genitive right after an amount is the amount's own, the one before it the whole's:
            // "Dövriyyənin 2 milyard 236 milyon ABŞ dolları ixracın … payına düşüb" (of the turnover, 2 236 million
            // fell to exports' share).
            if (before != Measure.None && t.Unit is NumberUnit.Amount && afterFrom < afterTo
                && s.AsSpan(t.End, words[afterFrom].Start - t.End).IsWhiteSpace() && lex.HasEnding(words[afterFrom], "of-case")
                && FirstMeasure(words, afterFrom, afterFrom + 1, lex, out int ownSign, out _) is var genitive and not Measure.None)
            {
                before = genitive;
                sign = ownSign;
                tookAfter = true;
                previousAfterEnd = words[afterFrom].End;
            }

            // "23,478 miliarde de euro la expedieri şi 27,839 miliarde de euro la introduceri" (… on dispatches and … on
            // arrivals): a measure word right after the amount and a word of the class measure-on is the amount's own,
            // whatever the clause named before.
            if (t.Unit is NumberUnit.Amount or NumberUnit.Quantity && afterFrom + 1 < afterTo && Is(words, afterFrom, "measure-on")
                && s.AsSpan(t.End, words[afterFrom].Start - t.End).IsWhiteSpace()
                && FirstMeasure(words, afterFrom + 1, afterFrom + 2, lex, out int onSign, out int onEnd) is var on and not Measure.None)
            {
                before = on;
                sign = onSign;
                tookAfter = true;
                previousAfterEnd = words[onEnd].End;
            }

            // "the gap came from a 2.1 percent rise in imports": a rate's direction noun with "in"/"of" and a measure after
            // it names the rate's measure, whatever the clause named before.
            if (before != Measure.None && RateOfMeasureAfter(t, words, afterFrom) && afterFrom + 2 < afterTo && words[afterFrom + 1].Bare is "in" or "of"
                && s.AsSpan(t.End, words[afterFrom].Start - t.End).IsWhiteSpace()
                && FirstMeasure(words, afterFrom + 2, afterFrom + 3, lex, out int inSign, out _) is var rateOf and not Measure.None)
            {
                before = rateOf;
                sign = inSign;
            }

            if (before == Measure.None)
            {
                var (cFrom, _) = WordRange(words, clauseStart, t.Start);
                // "$3.59 billion of this amount accounted for export": a breakdown phrase right after the amount puts its
                // measure word further on.
                int reach = afterFrom < afterTo && lex.Match(words, afterFrom, "amount-breakdown", out int breakdown) is not null ? breakdown + 3 : 3;
                var after = FirstMeasure(words, afterFrom, Math.Min(afterTo, afterFrom + reach), lex, out int afterSign, out int afterEndWord);
                bool direct = after != Measure.None && s.AsSpan(t.End, words[afterEndWord].Start - t.End).IndexOfAny(",;()") < 0
                    && !HasConjunction(words, afterFrom, afterEndWord) && !HasClass(words, afterFrom, afterEndWord, "clause", null, lex);
                if (direct && t.Unit is NumberUnit.Amount or NumberUnit.Quantity)
                {
                    m.Measure = after;
                    m.BalanceSign = afterSign;
                    tookAfter = true;
                    previousAfterEnd = words[afterEndWord].End;
                }
                else if (direct && RateOfMeasureAfter(t, words, afterFrom))
                {
                    m.Measure = after;
                    m.BalanceSign = afterSign;
                }
                else
                {
                    // In a list item the measure words of the items before, in their brackets, are theirs.
                    m.Measure = ItemStart(itemStarts, clauseStart, t.Start) > clauseStart
                        ? LastMeasureOutsideBrackets(s, words, cFrom, wTo, t.Start, lex, out sign)
                        : LastMeasure(words, cFrom, wTo, lex, out sign);
                    m.BalanceSign = sign;
                }
            }
            else
            {
                m.Measure = before;
                m.BalanceSign = sign;
            }

            // Role from the words since the previous number (years skipped); for a figure outside brackets, not from
            // words in a bracket closed before it ("285 million (1.4 percent less than a year earlier) and Kazakhstan with
            // more than 253 million": "earlier" is the rate's, in its bracket).
            int roleFrom = wFrom < wTo ? Math.Max(wFrom, WordRange(words, PastClosedBracket(s, m, words[wFrom].Start), t.Start).From) : wFrom;

            m.Role = RoleOf(s, words, roleFrom, wTo, lex, t);
            // "ötən ilin eyni dövrü ilə müqayisədə 7 502,48 min dollar və ya 18,8% azalaraq": a postposition closes the base
            // phrase before it (class from-postposition); the number after it is not the base.
            if (m.Role == Role.From && wTo > roleFrom && Is(words, wTo - 1, "from-postposition"))
            {
                m.Role = Role.None;
            }

            // "the gap came from a 2.1 percent rise in imports": a percentage with a direction noun right after it is a
            // rate, not a value "from 2.1%".
            if (m.Role == Role.From && RateOfMeasureAfter(t, words, afterFrom) && words[afterFrom].Start - t.End <= 2)
            {
                m.Role = Role.None;
            }
            if (m.Role == Role.Change && !HasClass(words, WordRange(words, clauseStart, t.Start).From, wTo, "increase", "decrease", lex))
            {
                m.Role = Role.None;
            }

            // "Export exceeded import by USD 846.6 million": the amount one flow exceeds the other by is the balance, not a
            // change of it.
            if (m.Role == Role.Change && m.Measure == Measure.Balance && HasClass(words, WordRange(words, clauseStart, t.Start).From, wTo, "exceeds-balance", null, lex))
            {
                m.Role = Role.To;
            }

            // A case ending on the amount says more than a word before it, which in these languages is a postposition of
            // the phrase before ("o'tgan yilga nisbatan $5,6 mlrdga (o'sish 37,4%) ko'paygan").
            var byCase = CaseRole(words, t, lex, afterAblative);
            if (byCase != Role.None)
            {
                m.Role = byCase;
            }

            afterAblative = byCase == Role.From && t.Unit is NumberUnit.Amount or NumberUnit.Quantity;

            // "… 18,8% azalaraq 32 442,76 min dollar təşkil edib" (… came to): in a verb-final language the verb of amounting
            // after an amount (class to-after) makes it the level reached.
            if (m.Role == Role.None && t.Unit is NumberUnit.Amount or NumberUnit.Quantity && afterFrom < words.Count
                && s.AsSpan(t.End, words[afterFrom].Start - t.End).IsWhiteSpace() && Is(words, afterFrom, "to-after"))
            {
                m.Role = Role.To;
            }

            // Period: a year just before (same segment) or just after ("$336 billion in 2019").
            // A year after "than", "against", "проти", "по сравнению с" is the base's year, not this value's.
            var yearBefore = YearBefore(tokens, words, segStart, t, lex, ofBase: false);
            // "exports reached $5.1 billion (less by 15.6% in comparison to January-May 2019), and imports – $7.8 billion": a
            // year inside a bracket closed before the figure is the bracket's.
            if (yearBefore is not null && s.AsSpan(yearBefore.End, t.Start - yearBefore.End).Contains(')') && !s.AsSpan(yearBefore.End, t.Start - yearBefore.End).Contains('(')
                && s.AsSpan(0, yearBefore.Start).LastIndexOf('(') > s.AsSpan(0, yearBefore.Start).LastIndexOf(')'))
            {
                yearBefore = null;
            }

            var yearAfter = YearAfter(s, tokens, t);
            var baseYear = YearBefore(tokens, words, segStart, t, lex, ofBase: true);
            // "fell by $3.7 billion against the same period of 2018, to $15.1 billion": a year between a base word and the
            // "to" word is the base's, not the new value's.
            // The year must follow the base word at once or after an earlier-period phrase ("с зарубежными странами за шесть
            // месяцев 2020 года" is "with", not "from").
            int? baseWord = m.Role == Role.To ? BaseWordBeforeTo(words, wFrom, wTo, lex) : null;
            if (baseWord is { } bw && yearBefore is not null && WordRange(words, 0, yearBefore.Start).To is var yearWord && yearWord > bw
                && ((lex.Match(words, bw, "from", out int baseLength) is not null && yearWord - (bw + baseLength) <= 1) || HasClass(words, bw, yearWord, "earlier", null, lex)))
            {
                yearBefore = null;
            }

            // A month (and its year) the previous amount took after it, followed by a base word or the end of its clause, is
            // that amount's, not this figure's.
            // "from K7,294.8 million in February, 2019, to K7,018.5 million in March": so is one followed by a "to" word.
            bool pastTakenMonth = monthTakenEnd > wFrom && monthTakenEnd <= wTo
                && (HasClass(words, monthTakenEnd, wTo, "from", "clause", lex) || HasClass(words, monthTakenEnd, wTo, "to", null, lex));
            if (pastTakenMonth && HasClass(words, monthTakenEnd, wTo, "clause", null, lex))
            {
                // The clause after it names its own period or none: nothing before the taken month is searched again.
                periodFloor = monthTakenEnd;
            }
            if (pastTakenMonth && yearBefore is not null && (monthTakenEnd >= words.Count || yearBefore.Start < words[monthTakenEnd].Start))
            {
                yearBefore = null;
            }

            // "a 20.8 per cent growth on the same period in 2016, with exports totalling RM856.05 billion": a year in an
            // earlier-period phrase right after a growth rate is the rate's base, not the next figure's.
            if (yearBefore is not null && mentions.Count > 0 && mentions[^1] is { Token.Unit: NumberUnit.Percent, PercentRole: PercentRole.Growth } rate
                && rate.Token.End <= segStart && WordRange(words, 0, yearBefore.Start).To is var yw && yw - wFrom <= 6
                && HasClass(words, wFrom, yw, "earlier", null, lex))
            {
                yearBefore = null;
            }

            m.Year = (t.Unit is NumberUnit.Amount or NumberUnit.Quantity ? yearAfter?.Year : null) ?? (IsRateBaseYear(words, yearBefore, lex) ? null : yearBefore?.Year);
            m.YearLeads = m.Year is not null && m.Year == yearBefore?.Year && !(t.Unit is NumberUnit.Amount or NumberUnit.Quantity && yearAfter is not null);
            // "$62 billion in March from a revised $65.64 billion in February": the month the previous amount took after it
            // is not this base's, which has its own after it ("… registered in March 2017 while imports rose …": nor the
            // next clause's).
            // A month named right after an amount is its own before one earlier in the clause ("narrowed to £1.6 billion in
            // October, down from £4.3 billion in September").
            // "decreased $4.3 billion from December to $47.0 billion": the months between "from" and "to" are the base's.
            int monthsTo = baseWord ?? wTo;
            m.Months = MonthsIn(s, words, pastTakenMonth ? monthTakenEnd : wFrom, monthsTo, lex);
            monthTakenEnd = -1;
            // Not in a bracket that opens after it ("130,6 млн дол. (у січні-серпні 2020 р. … 80,6 млн дол.)" is the base's).
            if (m.Months is null && t.Unit is NumberUnit.Amount or NumberUnit.Quantity && afterFrom < words.Count
                && !s.AsSpan(t.End, words[afterFrom].Start - t.End).Contains('(') && MonthAfter(s, words, afterFrom, afterTo, lex) is { } own)
            {
                m.Months = own.Months;
                monthTakenEnd = own.End;
                if (m.Year is null && YearRightAfter(tokens, words[own.End - 1].End) is { } ownYear)
                {
                    m.Year = ownYear.Year;
                }
            }

            if (m.Months is null && !pastTakenMonth)
            {
                m.Months = MonthsIn(s, words, Math.Max(periodFloor, WordRange(words, clauseStart, t.Start).From), monthsTo, lex);
            }

            // "In the first nine months, exports came to $1.9 billion, while imports exceeded $13.2 billion": a clause that
            // names no months has the months the sentence named before it.
            if (m.Months is null && !pastTakenMonth && periodFloor == 0 && sentenceMonths is not null && MonthsIn(s, words, 0, WordRange(words, 0, t.Start).To, lex) == sentenceMonths)
            {
                m.Months = sentenceMonths;
            }
            // "Vietnam's goods trade so far this year has reached US$305.53 billion", "a trade deficit of US$1 billion in the
            // month": months named by the text elsewhere (MarkRelativeMonths).
            if (m.Months is null && !pastTakenMonth && t.Unit is NumberUnit.Amount or NumberUnit.Quantity)
            {
                int clauseFrom = Math.Max(periodFloor, WordRange(words, clauseStart, t.Start).From);
                int afterEnd = Math.Min(afterTo, afterFrom + 4);
                m.RelativeMonths = HasClass(words, clauseFrom, wTo, "year-to-date", null, lex) || HasClass(words, afterFrom, afterEnd, "year-to-date", null, lex) ? RelativeMonths.YearToDate
                    : HasClass(words, clauseFrom, wTo, "the-month", null, lex) || HasClass(words, afterFrom, afterEnd, "the-month", null, lex) ? RelativeMonths.TheMonth
                    : RelativeMonths.None;
            }

            // Earlier-period words count only after the last "to" word before the figure ("rose … on a year earlier,
            // standing at $76.5 million" speaks of the change, not of the level).
            int lastTo = roleFrom;
            for (int k = wTo - 1; k >= roleFrom; k--)
            {
                if (Is(words, k, "to"))
                {
                    lastTo = k + 1;
                    break;
                }
            }

            // "Imports in the same period of last year amounted to US$17.3 billion": words naming the same period before, in
            // front of the level's own verb, with no change or base word in the clause, are the level's.
            int ownFrom = WordRange(words, clauseStart, t.Start).From;
            int earlierWord = FirstWordOf(words, Math.Max(roleFrom, ownFrom), lastTo, "earlier-level", lex);
            bool earlierBeforeVerb = earlierWord >= 0 && t.Unit is NumberUnit.Amount or NumberUnit.Quantity
                && s.AsSpan(words[earlierWord].Start, t.Start - words[earlierWord].Start).IndexOfAny(",;()") < 0
                && !HasClass(words, ownFrom, wTo, "increase", "decrease", lex) && !HasClass(words, ownFrom, wTo, "growth", "change-verb", lex)
                && !HasClass(words, ownFrom, wTo, "from", "by", lex);
            m.EarlierStated = HasClass(words, lastTo, wTo, "earlier", null, lex) || earlierBeforeVerb
                || (HasClass(words, afterFrom, Math.Min(afterTo, afterFrom + 3), "earlier", null, lex) && !BracketOpensAfter(s, t, words, afterFrom)
                    && !OwnPeriodAfter(s, words, t, afterFrom, m.Role, lex) && !BaseFollows(words, afterFrom, afterTo, lex) && !ComparedPostposition(words, afterFrom, afterTo, lex)
                    && !HasClass(words, afterFrom, Math.Min(afterTo, afterFrom + 3), "comparison-relative", null, lex));
            m.Earlier = m.EarlierStated || (m.Year is { } y0 && period.Year is { } py && y0 < py);
            if (m.Role == Role.None && m.InParentheses && (m.Earlier || yearBefore is not null) && t.Unit is NumberUnit.Amount or NumberUnit.Quantity)
            {
                m.Role = Role.From;
                m.Earlier = true;
            }

            // "по сравнению с 2020 годом (11,8 миллиарда)", "compared with 2022 ($6.1 billion)": the base, of that year.
            if (m.Role == Role.None && baseYear is not null && yearBefore is null && t.Unit is NumberUnit.Amount or NumberUnit.Quantity
                && s[baseYear.End..t.Start].Contains('(', StringComparison.Ordinal))
            {
                m.Role = Role.From;
                m.Year ??= baseYear.Year;
            }

            if (m.Role == Role.From)
            {
                m.Earlier = true;
            }

            m.OtherMeasure = OtherMeasureIn(words, wFrom, wTo, lex)
                || (t.Unit == NumberUnit.Percent && OtherMeasureIn(words, afterFrom, Math.Min(afterTo, afterFrom + 4), lex));
            int item = ItemStart(itemStarts, clauseStart, t.Start);
            if (item > clauseStart)
            {
                items[m] = item;
            }

            m.Subject = SubjectOf(s, words, WordRange(words, item, t.Start).From, wTo, tokens, lex);
            m.Forecast = IsForecast(words, WordRange(words, clauseStart, t.Start).From, wTo, afterFrom, afterTo);
            if (m.InParentheses)
            {
                int open = s.LastIndexOf('(', t.Start);
                var inside = Lexicon.Tokenize(s, open + 1, t.Start);
                m.IsSubPart = Enumerable.Range(0, inside.Count).Any(k => lex.Is(inside, k, "including"));
            }

            m.Direction = DirectionOf(words, wFrom, wTo, afterFrom, afterTo, clauseStart, t, lex);
            // "the deficit deteriorated by 25.9%", "профицит ухудшился": a balance that worsens grows if it is a deficit and
            // shrinks if it is a surplus (and the other way round for one that improves).
            if (m.Direction is null && m.Measure == Measure.Balance && m.BalanceSign != 0)
            {
                int clauseWord = WordRange(words, clauseStart, t.Start).From;
                bool worsens = HasClass(words, clauseWord, wTo, "worsen", null, lex);
                if (worsens || HasClass(words, clauseWord, wTo, "improve", null, lex))
                {
                    m.Direction = worsens == (m.BalanceSign < 0) ? GrowthDirection.Increase : GrowthDirection.Decrease;
                }
            }
            if (t.Unit == NumberUnit.Plain && t.Decimals > 0 && HasClass(words, WordRange(words, clauseStart, t.Start).From, wTo, "coverage", null, lex))
            {
                // "коэффициент покрытия импорта экспортом 0,97".
                m.PercentRole = PercentRole.Coverage;
            }

            if (t.Unit == NumberUnit.Percent)
            {
                ClassifyPercent(m, s, words, tokens, wFrom, wTo, afterFrom, afterTo, clauseStart, lex);
            }

            // "до 780 тыс. тонн (542 тыс. тонн)": a value in brackets right after the new value, in its unit, is the base.
            if (t.Unit is NumberUnit.Amount or NumberUnit.Quantity && m.Role == Role.None && m.InParentheses && previousValue is { Role: Role.To } newValue
                && newValue.Token.Unit == t.Unit && t.HasCurrency == newValue.Token.HasCurrency && (!t.HasCurrency || t.Currency == newValue.Token.Currency)
                && s[newValue.Token.End..t.Start].Trim() == "(")
            {
                m.Role = Role.From;
                m.Earlier = true;
            }

            if (t.Unit is NumberUnit.Amount or NumberUnit.Quantity)
            {
                previousValue = m;
            }

            previousTookMeasureAfter = tookAfter;
            previousEnd = t.End;
            mentions.Add(m);
        }

        DropThresholds(s, words, mentions);
        MarkRatesWithChangeAfter(s, mentions, lex);
        MarkChanges(s, mentions, lex);
        MarkUnlabelledTotals(mentions);
        MarkListTotals(words, mentions, lex);
        PairRespectively(s, words, mentions, lex);
        BasesJoinedOneByOne(s, words, mentions, lex);
        EarlierLevelsJoined(s, words, mentions, lex);
        MeasureFromAnaphor(words, mentions);
        MarkComparatives(s, words, mentions, lex);
        MarkWorthOfQuantities(s, mentions, lex);
        MarkWorthOfShares(s, mentions, lex);
        MarkComponents(words, mentions, lex);
        MarkSubsets(words, mentions, lex);
        MarkSubsetTotals(mentions);
        ShareRuns(s, words, mentions, lex);
        SharesBeforeListWord(words, mentions);
        RankedListShares(words, mentions);
        SharesOfLeadWhole(s, words, mentions, lex);
        ListItemMeasures(s, mentions, items);
        MarkIncludedParts(words, mentions, lex);

        // "59% к январю-сентябрю 2008 года, с Россией - 59,5%, с Украиной - 51,4%": a list after an index is of indices.
        if (mentions.Any(x => x.PercentRole == PercentRole.Index))
        {
            foreach (var x in mentions.Where(x => x.ShareByList))
            {
                x.PercentRole = PercentRole.Index;
                x.ShareByList = false;
            }
        }
        if (!mentions.Any(x => x.PercentRole == PercentRole.Index))
        {
            ContinueShareLists(words, mentions);
            LeadShareLists(s, words, mentions);
        }

        _ = previousValue;
        _ = wordAtPos;
        return mentions;
    }

    /// <summary>The last year between <paramref name="segStart"/> and the figure: one after a "from" word (the base's
    /// year) when <paramref name="ofBase"/>, else one after none and with no "including" between it and the figure.</summary>
    private static NumberToken? YearBefore(List<NumberToken> tokens, List<Word> words, int segStart, NumberToken t, Lexicon lex, bool ofBase)
    {
        NumberToken? found = null;
        foreach (var y in tokens)
        {
            if (y.Unit != NumberUnit.Year || y.Start < segStart || y.End > t.Start)
            {
                continue;
            }

            int before = WordRange(words, 0, y.Start).To;
            bool afterFrom = HasClass(words, Math.Max(0, before - 4), before, "from", null, lex);
            if (ofBase ? afterFrom : !afterFrom && !IncludingBetween(words, y.End, t.Start, lex))
            {
                found = y;
            }
        }

        return found;
    }

    /// <summary>A year that starts within two characters of <paramref name="end"/> ("March 2017").</summary>
    private static NumberToken? YearRightAfter(List<NumberToken> tokens, int end)
    {
        foreach (var y in tokens)
        {
            if (y.Unit == NumberUnit.Year && y.Start >= end && y.Start - end <= 2)
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>The first year within 12 characters after the figure with no other figure between ("$336 billion in 2019").</summary>
    private static NumberToken? YearAfter(string text, List<NumberToken> tokens, NumberToken t)
    {
        foreach (var y in tokens)
        {
            // Not across an opening bracket: "2885,8 млн.дол. (у 2015р. позитивне – 610,7 млн.дол.)" names the base's year.
            if (y.Unit == NumberUnit.Year && y.Start >= t.End && y.Start - t.End <= 12 && !FigureBetween(y) && !text.AsSpan(t.End, y.Start - t.End).Contains('('))
            {
                return y;
            }
        }

        return null;

        bool FigureBetween(NumberToken y)
        {
            foreach (var o in tokens)
            {
                if (o.Unit != NumberUnit.Year && o.Start > t.End && o.Start < y.Start)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static readonly string[] JoiningClasses = ["increase", "decrease", "by", "or", "approx"];

    /// <summary>"which was 12.4 percent or 32.8 million USD more than a year before", "18.8 percent or 173.1 million USD
    /// below January-April of last year": a percentage with no role of its own, joined by "or" to an amount that a word
    /// of direction follows (class <c>direction-after</c>), is a growth rate, and the amount its change.</summary>
    private static void MarkRatesWithChangeAfter(string s, List<FigureMention> mentions, Lexicon lex)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var (rate, value) = (mentions[i], mentions[i + 1]);
            if (rate.Token.Unit != NumberUnit.Percent || rate.PercentRole != PercentRole.None || rate.Direction is not null
                || !value.IsValue || value.Clause != rate.Clause || value.Role is Role.From or Role.Change)
            {
                continue;
            }

            var gap = Lexicon.Tokenize(s, rate.Token.End, value.Token.Start);
            if (gap.Count is 0 or > 2 || !lex.Is(gap, 0, "or") || s.AsSpan(rate.Token.End, value.Token.Start - rate.Token.End).IndexOfAny(",;()") >= 0)
            {
                continue;
            }

            var after = Lexicon.Tokenize(s, value.Token.End, Math.Min(s.Length, value.Token.End + 24));
            if (after.Count == 0 || lex.Match(after, 0, "direction-after", out _) is not { } word)
            {
                continue;
            }

            var direction = word.Value == "-" ? GrowthDirection.Decrease : GrowthDirection.Increase;
            rate.PercentRole = PercentRole.Growth;
            rate.Role = Role.None;
            rate.Direction = direction;
            value.Role = Role.Change;
            value.Direction = direction;
            value.Earlier = false;
        }
    }

    /// <summary>"decreased by US$3.4 billion or 7.4 percent", "a 12.7% decrease, or US$ 3.5 billion", "fell $1,166m (3%)":
    /// a value joined to a growth rate by "or" or a bracket is the absolute change, not a level.</summary>
    private static void MarkChanges(string s, List<FigureMention> mentions, Lexicon lex)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var a = mentions[i];
            var b = mentions[i + 1];
            var (value, rate) = a.IsValue && b.Token.Unit == NumberUnit.Percent ? (a, b) : b.IsValue && a.Token.Unit == NumberUnit.Percent ? (b, a) : (null, null);
            if (value is null || rate is null || rate.PercentRole != PercentRole.Growth || value.Clause != rate.Clause || value.Role == Role.From)
            {
                continue;
            }

            var gapWords = Lexicon.Tokenize(s, a.Token.End, b.Token.Start);

            // "from $336 billion to $490 billion, or by 45.8%": the rate of the whole change, not a change of its own.
            // "stood at US$15.21 billion or increased by 11.73 percent", "hit US$11.53 billion or slipped 4.80 percent": a
            // level with a verb of change of its own after "or" is the level the rate changed to.
            if (value.Role == Role.To && gapWords.Any(w => lex.Is(gapWords, gapWords.IndexOf(w), "by") || lex.Is(gapWords, gapWords.IndexOf(w), "change-verb")))
            {
                continue;
            }
            var gap = s[a.Token.End..b.Token.Start];
            // Every word of the gap is a direction, "by", "or" or an approximator (phrases of several words, "və ya", whole).
            bool joined = true;
            for (int k = 0; k < gapWords.Count && joined;)
            {
                int step = 0;
                foreach (var cls in JoiningClasses)
                {
                    if (lex.Match(gapWords, k, cls, out int len) is not null)
                    {
                        step = Math.Max(step, len);
                    }
                }

                step = step > 0 ? step : gapWords[k].Bare is "a" or "an" ? 1 : 0;
                joined = step > 0;
                k += step;
            }
            bool directionBefore = false;
            var wordsBefore = Lexicon.Tokenize(s, Math.Max(0, value.Token.Start - 25), value.Token.Start);
            if (wordsBefore.Count > 0)
            {
                int last = wordsBefore.Count - 1;
                directionBefore = lex.Is(wordsBefore, last, "increase") || lex.Is(wordsBefore, last, "decrease")
                    || (last > 0 && lex.Is(wordsBefore, last, "by") && (lex.Is(wordsBefore, last - 1, "increase") || lex.Is(wordsBefore, last - 1, "decrease")));
            }

            // Russian and Ukrainian say "или на 951,2 млн" for a change and "или $5,45 млрд" for the level itself.
            bool cyrillicOr = gapWords.Any(w => w.Bare is "или" or "або");
            bool byWord = gapWords.Any(w => lex.Is(gapWords, gapWords.IndexOf(w), "by")) || (wordsBefore.Count > 0 && lex.Is(wordsBefore, wordsBefore.Count - 1, "by"));
            // "на 27,7% больше (+$6,9 млрд)": a signed amount in a bracket that opens after the rate and its direction
            // word is the change itself.
            var bracketTail = gap.TrimEnd();
            bool signed = value == b && bracketTail.Length >= 2 && bracketTail[^1] is '+' or '-' or '−' && bracketTail[..^1].TrimEnd().EndsWith('(');
            bool linked = (gapWords.Any(w => lex.Is(gapWords, gapWords.IndexOf(w), "or")) && (!cyrillicOr || byWord)) || (value == a && gap.Trim() == "(" && directionBefore)
                || (value == b && gap.Trim() == "(" && rate.Direction is not null) || (signed && rate.Direction is not null);
            // "puts turnover … at MRs 57.3bn, or 20.8% lower than …": a level its "to" word names, with no direction word
            // right before it and no level before it in the clause ("reached $62.5 billion, which is $12 billion, or 23.9
            // percent more"), stays the level the rate compares.
            bool levelCompared = value == a && value.Role == Role.To && !directionBefore && !byWord
                && !mentions.Exists(o => o != value && o.IsValue && o.Role != Role.From && o.Token.End <= value.Token.Start && o.Clause == value.Clause);
            if (joined && linked && gap.Length < 40 && !levelCompared)
            {
                value.Role = Role.Change;
                value.Earlier = false;
                value.Direction ??= rate.Direction;
                value.MayBeLevel = value == b && gap.Trim() == "(";
            }
        }
    }

    /// <summary>Stems of the capitalized words of a clause before a figure (not the sentence's first word, months or
    /// currency names): the countries and groups it is about.</summary>
    private static HashSet<string> SubjectOf(string s, List<Word> words, int from, int to, List<NumberToken> tokens, Lexicon lex)
    {
        var subject = new HashSet<string>(StringComparer.Ordinal);
        for (int k = from; k < to; k++)
        {
            var w = words[k];
            // A letter alone ("U.S."), one written onto a figure ("N5.93 trillion", "Q3") or a currency code of an amount
            // ("EGP 23.05bn") names nothing.
            // The sentence's first word is capitalised anyway (a partner's name there is added by ApplyReporter), and so is
            // the first word after a colon, a dash or an opening quote ("KARACHI: In fiscal year …").
            if (k == 0 || StartsUnit(s, words, k) || !char.IsUpper(s[w.Start]) || Is(words, k, "month") || Is(words, k, "weekday") || Is(words, k, "period-abbreviation") || w.Bare is "сша" or "us" or "usd" or "eur"
                || w.Bare.Length < 2 || (w.End < s.Length && char.IsAsciiDigit(s[w.End])) || tokens.Exists(t => t.Start <= w.Start && w.End <= t.End)
                || MeasureAt(words, k, lex, out _) is not null || InSource(s, words, from, k) || InInstitutionName(s, words, k))
            {
                continue;
            }

            if (SubjectStem(w.Bare) is { Length: > 0 } stem)
            {
                subject.Add(stem);
                // "Германия" and "ФРГ", "Китай" and "КНР": a stem that only one country's one-word names have also
                // adds the country, so two spellings of it name one subject.
                if (CountryOfStem(stem) is { } country)
                {
                    subject.Add(country);
                }
            }
        }

        // "товарооборот Минска и Пекина": two capitals in one clause stand for their countries.
        var capitals = subject.Select(stem => CapitalStems.Value.GetValueOrDefault(stem)).OfType<string>().Distinct().ToList();
        if (capitals.Count >= 2)
        {
            subject.UnionWith(capitals);
        }

        return subject;
    }

    /// <summary>Capitals' stems and the country subjects they stand for (<c>Verification/Data/capital-metonyms.csv</c>).</summary>
    private static readonly Lazy<Dictionary<string, string>> CapitalStems = new(() =>
    {
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(MentionReader).Assembly.GetManifestResourceStream("TradeDomain.Verification.Data.capital-metonyms.csv")
            ?? throw new InvalidOperationException("The embedded capital-metonyms.csv is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("name,", StringComparison.Ordinal) || line.Split(',') is not [var name, var code])
            {
                continue;
            }

            stems.TryAdd(SubjectStem(name.ToLowerInvariant()), CountrySubject(code));
        }

        return stems;
    });

    /// <summary>The subject a country adds beside its stem ("#DE"), for a stem that the one-word names of one country
    /// alone have (from the country names and aliases of <see cref="CountryRegistry"/>); null otherwise.</summary>
    /// <summary>How a country stands in a subject beside the stems of its names: "#" and its alpha-2 code ("#DE").</summary>
    internal static string CountrySubject(string alpha2) => "#" + alpha2;

    internal static string? CountryOfStem(string stem) =>
        CountryStems.Value.GetValueOrDefault(stem) ?? CountryStems.Value.GetValueOrDefault(CountryRegistry.NormalizeName(stem));

    private static readonly Lazy<Dictionary<string, string>> CountryStems = new(() =>
    {
        var byStem = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, entries) in CountryRegistry.Names)
        {
            if (entries.Length != 1 || name.Length < 3 || name.Contains(' ', StringComparison.Ordinal) || name.Contains('-', StringComparison.Ordinal))
            {
                continue;
            }

            string code = CountrySubject(CountryRegistry.Entries[entries[0]].Alpha2);
            string stem = SubjectStem(name);
            byStem[stem] = byStem.TryGetValue(stem, out var known) && known != code ? null : code;
        }

        return byStem.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.Ordinal);
    });

    /// <summary>A word capitalised because it begins a sentence after a colon, a dash or a quote ("KARACHI: In fiscal
    /// year …"): not a country's name, and a lower-case word follows it ("Main partners: China – $31.5 billion" keeps
    /// China).</summary>
    private static bool StartsUnit(string s, List<Word> words, int k) =>
        k > 0 && k + 1 < words.Count && s.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(":—\"“«") >= 0
        && s.AsSpan(words[k].End, words[k + 1].Start - words[k].End).IsWhiteSpace() && char.IsLower(s[words[k + 1].Start])
        && !Country.TryFromName(words[k].Bare, out _);

    /// <summary>
    /// The stem a name is compared by: without an English possessive or plural "s", without the Cyrillic case ending's
    /// final vowels, "й" and "ь" (Литва, Литвы, Литве → литв; Латвия, Латвии → латв; Китай, Китая → кит), and at most
    /// five letters (Казахстан, Казахстаном → казах).
    /// </summary>
    internal static string SubjectStem(string bare)
    {
        var stem = bare.AsSpan().TrimEnd("'s");
        if (stem.Length > 3)
        {
            var trimmed = stem.TrimEnd("аеёиоуыэюяйьіїє");
            stem = trimmed.Length >= 3 ? trimmed : stem;
        }

        return stem.Length > 5 ? stem[..5].ToString() : stem.ToString();
    }

    /// <summary>"6,91 միլիարդ ԱՄՆ դոլար՝ նախորդ տարվա նույն ժամանակահատվածի համեմատ" (… compared with the same period of the
    /// previous year): an earlier period after a figure that a "from" word closes, postpositionally, within a few words is
    /// what the figure is compared with, not its own period.</summary>
    private static bool ComparedPostposition(List<Word> words, int afterFrom, int afterTo, Lexicon lex)
    {
        for (int k = afterFrom + 1; k < Math.Min(afterTo, afterFrom + 6); k++)
        {
            if (lex.Match(words, k, "from", out int length) is not null && k + length <= afterTo && !HasClass(words, afterFrom, k, "from", null, lex))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"to $4.5 billion from last year's $4.0 billion": the earlier period after a figure belongs to the base
    /// that a "from" word right after the figure introduces, when the next figure follows within a few words.</summary>
    private static bool BaseFollows(List<Word> words, int afterFrom, int afterTo, Lexicon lex) =>
        afterFrom < words.Count && afterTo - afterFrom <= 4 && lex.Match(words, afterFrom, "from", out _) is not null;

    private static int NextStart(List<NumberToken> tokens, NumberToken t, int length)
    {
        foreach (var o in tokens)
        {
            if (o.Start >= t.End && o.Unit is not (NumberUnit.Year or NumberUnit.Day))
            {
                return o.Start;
            }
        }

        return length;
    }

    private static int Depth(string s, int pos)
    {
        int depth = 0;
        for (int i = 0; i < pos; i++)
        {
            depth += s[i] == '(' ? 1 : s[i] == ')' && depth > 0 ? -1 : 0;
        }

        return depth;
    }

    /// <summary>The words lying between two positions: [From, To).</summary>
    internal static (int From, int To) WordRange(List<Word> words, int start, int end) => Lexicon.WordRange(words, start, end);

    private static Measure MeasureOf(string cls, out int sign)
    {
        sign = cls switch
        {
            "surplus" => 1,
            "deficit" => -1,
            _ => 0,
        };
        return cls switch
        {
            "exports" => Measure.Exports,
            "imports" => Measure.Imports,
            "turnover" => Measure.Turnover,
            "balance" or "surplus" or "deficit" => Measure.Balance,
            _ => Measure.None,
        };
    }

    private static readonly string[] MeasureClasses = ["exports", "imports", "turnover", "balance", "surplus", "deficit"];

    private static Phrase? MeasureAt(List<Word> words, int k, Lexicon lex, out int len)
    {
        len = 0;
        Phrase? best = null;
        foreach (var cls in MeasureClasses)
        {
            if (Match(words, k, cls, out int l) is { } p && l > len)
            {
                best = p;
                len = l;
            }
        }

        return best;
    }

    internal static Measure LastMeasure(List<Word> words, int from, int to, Lexicon lex, out int sign) =>
        LastMeasure(words, from, to, lex, out sign, out _);

    /// <summary>The measure of the last measure word of words [from, to), with where that word starts (-1 for none).</summary>
    private static Measure LastMeasure(List<Word> words, int from, int to, Lexicon lex, out int sign, out int wordStart)
    {
        sign = 0;
        wordStart = -1;
        for (int k = to - 1; k >= from; k--)
        {
            if (MeasureAt(words, k, lex, out _) is { } p)
            {
                wordStart = words[k].Start;
                // "imports and exports amounted to …": a longer phrase that begins before the word found and reaches it
                // decides (read backwards, its last word alone would name another measure) — not in a sentence that
                // pairs its figures "respectively", where the phrase lists the measures one by one.
                bool respectively = HasClass(words, 0, words.Count, "respectively", null, lex);
                for (int j = k - 1; !respectively && j >= Math.Max(from, k - 3); j--)
                {
                    if (MeasureAt(words, j, lex, out int len) is { } longer && j + len - 1 >= k && longer.Class != p.Class)
                    {
                        p = longer;
                        k = j;
                    }
                }

                var measure = MeasureOf(p.Class, out sign);

                // "дефицит внешней торговли", "deficit in trade": a balance word just before the trade word decides; so
                // does one further back that an "in"/"of" joins to it ("a shortfall in goods and services trade").
                for (int j = k - 1; measure == Measure.Turnover && j >= Math.Max(from, k - 5); j--)
                {
                    if (MeasureAt(words, j, lex, out _) is { } b && MeasureOf(b.Class, out int bs) == Measure.Balance
                        && (j >= k - 3 || words[j + 1].Bare is "in" or "of"))
                    {
                        measure = Measure.Balance;
                        sign = bs;
                        k = j;
                    }
                }

                if (measure == Measure.Balance && sign == 0 && k > from && MeasureAt(words, k - 1, lex, out _) is { } signWord)
                {
                    _ = MeasureOf(signWord.Class, out sign);
                }

                return measure;
            }
        }

        return Measure.None;
    }

    /// <summary>The index of the first word of an aside that holds the measure word found before a figure: a comma before
    /// the measure word, a word of the data class <c>aside-start</c> right after it ("calculated by", "the difference
    /// between", "то есть"), and a comma after the measure word before the figure; null when there is none.</summary>
    private static int? AsideStart(string s, List<Word> words, int from, int measureWordStart, int figureStart, Lexicon lex)
    {
        if (measureWordStart < 0 || from >= words.Count)
        {
            return null;
        }

        int open = s.LastIndexOf(',', measureWordStart);
        int close = s.IndexOf(',', measureWordStart);
        if (open < words[from].Start || close < 0 || close >= figureStart)
        {
            return null;
        }

        int first = WordRange(words, open, measureWordStart).From;
        return first < words.Count && Is(words, first, "aside-start") ? first : null;
    }

    private static Measure FirstMeasure(List<Word> words, int from, int to, Lexicon lex, out int sign, out int endWord)
    {
        sign = 0;
        endWord = from;
        for (int k = from; k < to && k < words.Count; k++)
        {
            if (MeasureAt(words, k, lex, out int len) is { } p)
            {
                endWord = k + len - 1;
                return MeasureOf(p.Class, out sign);
            }
        }

        return Measure.None;
    }

    /// <summary>The first word in [from, to) that begins a phrase of the class, or -1.</summary>
    private static int FirstWordOf(List<Word> words, int from, int to, string cls, Lexicon lex)
    {
        for (int k = from; k < to && k < words.Count; k++)
        {
            if (Is(words, k, cls))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool HasClass(List<Word> words, int from, int to, string cls, string? orClass, Lexicon lex)
    {
        for (int k = from; k < to && k < words.Count; k++)
        {
            if (Is(words, k, cls) || (orClass is not null && Is(words, k, orClass)))
            {
                return true;
            }
        }

        return false;
    }

    private static Role RoleOf(string s, List<Word> words, int from, int to, Lexicon lex, NumberToken t)
    {
        // "… above last year's level (61.8 million)": a figure in brackets after an earlier period is the base.
        int gapStart = from < to ? words[from].Start : t.Start;
        if (s.AsSpan(gapStart, t.Start - gapStart).TrimEnd().EndsWith('(') && HasClass(words, from, to, "earlier", null, lex))
        {
            return Role.From;
        }

        // "by more than $1.9 billion": an approximator between the role word and the number is skipped.
        for (int k = to - 1; k >= from && k >= to - 3; k--)
        {
            if (Match(words, k, "approx", out int al) is not null && k + al == to)
            {
                to = k;
                break;
            }
        }

        // "from a revised $65.64 billion", "to a record $114.66 billion", "from an export value of $54.38 billion": words
        // about the value itself between the role word and the number are skipped too.
        for (int k = to - 1; k > from && k >= to - 4; k--)
        {
            if (Match(words, k, "value-word", out int vl) is not null && k + vl == to)
            {
                to = k;
                break;
            }
        }

        // "from last year's $4.0 billion", "against the previous year's $61.8 billion": an earlier period between the role
        // word and the number is skipped too.
        for (int k = to - 1; k > from && k >= to - 3; k--)
        {
            if (Match(words, k, "earlier", out int el) is not null && k + el == to)
            {
                int role = k - 1;
                if (Match(words, role, "from", out int fl) is not null && role + fl == k)
                {
                    return Role.From;
                }

                break;
            }
        }

        if (to > from && to - 1 < words.Count && Is(words, to - 1, "change-verb") && t.Unit is NumberUnit.Amount or NumberUnit.Quantity
            && s.AsSpan(words[to - 1].End, t.Start - words[to - 1].End).Trim().Length <= 3 && !EndsLevelPhrase(words, to, lex))
        {
            return Role.Change;
        }

        // "compared to $54.49 billion": a role phrase of two or more words that ends right before the number outranks a
        // one-word phrase of another role inside it ("to").
        for (int k = Math.Max(from, to - 4); k <= to - 2; k++)
        {
            foreach (var cls in RoleClasses)
            {
                if (Match(words, k, cls, out int len) is { Words.Length: > 1 } && k + len == to)
                {
                    return cls switch
                    {
                        "from" => Role.From,
                        "to" => Role.To,
                        _ => t.Unit is NumberUnit.Amount or NumberUnit.Quantity ? Role.Change : Role.None,
                    };
                }
            }
        }

        for (int k = to - 1; k >= from && k >= to - 6; k--)
        {
            foreach (var cls in RoleClasses)
            {
                if (Match(words, k, cls, out int len) is { } rw && (k + len == to || (k + len == to - 1 && rw.Words.Length == 1 && rw.Words[0].Length > 2
                    && !char.IsUpper(s[words[to - 1].Start]))))
                {
                    // "by more than $1.9 billion": an approximator may stand between "by" and the number.
                    return cls switch
                    {
                        "from" => Role.From,
                        "to" => Role.To,
                        _ => t.Unit is NumberUnit.Amount or NumberUnit.Quantity ? Role.Change : Role.None,
                    };
                }
            }
        }

        return Role.None;
    }

    /// <summary>
    /// The role a case ending gives an amount in Azerbaijani, Uzbek and Kazakh, where "from A to B" is written as endings
    /// of the amount's last word: "4,32 milyard dollardan 10,69 milyard dollara", "738 мың тоннадан 1 049 мың тоннаға"
    /// (<c>from-case</c>, the ablative: the earlier value; <c>to-case</c>, the dative: the new one). An ablative before
    /// "more"/"less" ("10 milyard dollardan çox") is a comparison, not a base; a dative before "compared with"
    /// ("5 mlrd dollarga nisbatan") is the base, before a verb of change (within three words) the change.
    /// </summary>
    private static Role CaseRole(List<Word> words, NumberToken t, Lexicon lex, bool afterAblative)
    {
        if (t.Unit is not (NumberUnit.Amount or NumberUnit.Quantity))
        {
            return Role.None;
        }

        var (first, end) = WordRange(words, t.Start, t.End);
        if (end <= first)
        {
            return Role.None;
        }

        // A currency's own name is no case form, whatever its last letters ("тенге" is not "тен" + the dative "-ге").
        var last = words[end - 1];
        if (CurrencyRegistry.WordsBySpan.ContainsKey(last.Bare))
        {
            return Role.None;
        }

        bool nextIs(string cls) => end < words.Count && Is(words, end, cls);
        if (lex.HasEnding(last, "from-case"))
        {
            return nextIs("than-after") ? Role.None : Role.From;
        }

        var whole = lex.Match(words, end - 1, "to-case", out _);
        if (whole is not null || lex.HasEnding(last, "to-case"))
        {
            // The dative before a verb of change is what the value changed by ("$5,6 mlrdga … ko'paygan", "increased by"),
            // before a verb of reaching what it came to ("$24,8 milliardga yetdi").
            int next = end;
            while (next < words.Count && next < end + 3 && !Is(words, next, "increase") && !Is(words, next, "decrease") && !Is(words, next, "to") && !Is(words, next, "from"))
            {
                next++;
            }

            // After an ablative amount, or where the language's dative only ever means "to" (a form listed with the
            // value "to": Azerbaijani says "by" with no ending), it is where the value went.
            bool changeVerb = next < words.Count && next < end + 3 && (Is(words, next, "increase") || Is(words, next, "decrease"));
            return next < words.Count && next < end + 3 && Is(words, next, "from") ? Role.From
                : changeVerb && !afterAblative && whole?.Value != "to" ? Role.Change
                : Role.To;
        }

        return Role.None;
    }

    private static readonly string[] RoleClasses = ["from", "to", "by"];

    private static GrowthDirection? DirectionOf(List<Word> words, int wFrom, int wTo, int afterFrom, int afterTo, int clauseStart, NumberToken t, Lexicon lex)
    {
        if (t.Sign < 0)
        {
            return GrowthDirection.Decrease;
        }

        if (t.Sign > 0)
        {
            return GrowthDirection.Increase;
        }

        for (int k = afterFrom; k < Math.Min(afterTo, afterFrom + 2); k++)
        {
            if (Is(words, k, "increase"))
            {
                return GrowthDirection.Increase;
            }

            if (Is(words, k, "decrease"))
            {
                return GrowthDirection.Decrease;
            }
        }

        var (cFrom, _) = WordRange(words, clauseStart, t.Start);
        for (int k = wTo - 1; k >= Math.Min(wFrom, cFrom); k--)
        {
            // "more than" before a number is an approximator, not a direction.
            if (Match(words, k, "approx", out int al) is not null && k + al == wTo)
            {
                continue;
            }

            if (Is(words, k, "decrease"))
            {
                return GrowthDirection.Decrease;
            }

            if (Is(words, k, "increase"))
            {
                return GrowthDirection.Increase;
            }
        }

        return null;
    }

    /// <summary>Whether a "by" word stands right before a figure ("fell by 3.2%": a change, not a value).</summary>
    private static bool IsByPercent(List<Word> words, NumberToken o)
    {
        int w = WordRange(words, 0, o.Start).To;
        return w > 0 && Is(words, w - 1, "by");
    }

    /// <summary>Whether a value word ("from", "to", "с", "до") stands right before a figure: a later percentage of a
    /// from–to list, not a rate ("…, an increase of 5%").</summary>
    private static bool AfterValueWord(List<Word> words, NumberToken o, Lexicon lex)
    {
        int w = WordRange(words, 0, o.Start).To;
        return w > 0 && (HasClass(words, w - 1, w, "value", null, lex) || Is(words, w - 1, "from") || Is(words, w - 1, "to"));
    }

    private static void ClassifyPercent(FigureMention m, string s, List<Word> words, List<NumberToken> tokens, int wFrom, int wTo, int afterFrom, int afterTo, int clauseStart, Lexicon lex)
    {
        var t = m.Token;
        var (cFrom, _) = WordRange(words, clauseStart, t.Start);

        // Index form: "104.9% of the level of 2023", "131% к январю–апрелю", "108,4% к соответствующему периоду"; not a
        // change by a percent against a period ("вырос на 32,35% к маю", "up by 4.9% on the level of 2023").
        bool byPercent = wTo > 0 && wTo <= words.Count && words[wTo - 1].End <= t.Start && Is(words, wTo - 1, "by");
        if (!byPercent && afterFrom < words.Count && words[afterFrom].Start - t.End <= 2 && Match(words, afterFrom, "index", out int il) is { } ix)
        {
            bool periodFollows = ix.Words.Length > 1;
            for (int k = afterFrom + il; k < Math.Min(words.Count, afterFrom + il + 3) && !periodFollows; k++)
            {
                periodFollows = Is(words, k, "month") || Is(words, k, "period") || Is(words, k, "earlier");
            }

            foreach (var y in tokens)
            {
                periodFollows |= y.Unit == NumberUnit.Year && y.Start > t.End && y.Start - t.End <= 8;
            }

            if (periodFollows)
            {
                m.PercentRole = PercentRole.Index;
                return;
            }
        }

        // "88.2 percent of the January-April 2016 level": a level word after a period named between "of the" and it.
        if (!byPercent && afterFrom < words.Count && words[afterFrom].Start - t.End <= 2 && Match(words, afterFrom, "index-of", out int ofLength) is not null)
        {
            for (int k = afterFrom + ofLength; k < Math.Min(words.Count, afterFrom + ofLength + 5); k++)
            {
                if (Is(words, k, "index-level"))
                {
                    m.PercentRole = PercentRole.Index;
                    return;
                }

                if (!(Is(words, k, "month") || Is(words, k, "period") || Is(words, k, "earlier") || Is(words, k, "months-span")))
                {
                    break;
                }
            }
        }

        if (HasClass(words, cFrom, wTo, "coverage", null, lex))
        {
            m.PercentRole = PercentRole.Coverage;
            return;
        }

        if (HasClass(words, Math.Max(cFrom, wFrom), wTo, "cagr", null, lex))
        {
            m.PercentRole = PercentRole.Cagr;
            return;
        }

        // A percentage is a value "from 20.0%" or "to 25.0%" after a from-value or a direction ("rose to"), not after
        // "amounted to" (that is a share or rate stated).
        bool valueWord = HasClass(words, Math.Max(wFrom, wTo - 2), wTo, "value", null, lex) && !HasClass(words, Math.Max(wFrom, wTo - 2), wTo, "by", null, lex);
        bool afterDirection = wTo >= 2 && (Is(words, wTo - 2, "increase") || Is(words, wTo - 2, "decrease"));
        bool afterFromValue = false;
        foreach (var o in tokens)
        {
            afterFromValue |= o.Unit == NumberUnit.Percent && o.End <= t.Start && o.Start >= clauseStart && o != t;
        }

        if (valueWord && (m.Role == Role.From || (m.Role == Role.To && (afterDirection || afterFromValue))))
        {
            m.PercentRole = PercentRole.Value;
            // "Доля СНГ в общем объеме экспорта сократилась с 31,8% до 22,4%", "the EU's share of exports fell to 37% from
            // 41%": with no change in points or percent beside it (every later percentage another from–to value), the new
            // value of a share is the share now (of the last measure named after the share word); the earlier value stays
            // an earlier value.
            int shareWord = -1;
            for (int k = cFrom; k < wTo; k++)
            {
                if (Is(words, k, "share"))
                {
                    shareWord = k;
                    break;
                }
            }

            if (m.Role == Role.To && !m.Earlier && shareWord >= 0
                && !tokens.Any(o => o != t && o.Unit is NumberUnit.Points or NumberUnit.Times && o.Start >= clauseStart)
                && !tokens.Any(o => o != t && o.Unit == NumberUnit.Percent && o.Start >= clauseStart && o.Start < t.Start && o.End > words[shareWord].Start && IsByPercent(words, o))
                && !tokens.Any(o => o.Unit == NumberUnit.Percent && o.Start > t.End && !AfterValueWord(words, o, lex)))
            {
                m.PercentRole = PercentRole.Share;
                m.WholeMeasure = LastMeasure(words, shareWord + 1, wTo, lex, out _);
            }

            return;
        }

        // Shares: a share word before it, "of total"/"of all" or a measure right after it ("31,2% внешнеторгового оборота").
        bool shareBefore = HasClass(words, wFrom, wTo, "share", null, lex) || (m.InParentheses && HasClass(words, 0, words.Count, "share-context", null, lex) && m.Direction is null);
        // "a 4.8 percent share of total export receipts, even though these exports declined by 11.6 percent": a change
        // by the percentage ("declined by") is a rate, whatever share word stands before it (the share's level is "to").
        if (shareBefore && m.Direction is not null && m.Role != Role.To && wTo > 0 && HasClass(words, Math.Max(wFrom, wTo - 2), wTo, "by", null, lex))
        {
            shareBefore = false;
        }
        bool shareAfter = afterFrom < words.Count && words[afterFrom].Start - t.End <= 2 && Is(words, afterFrom, "share-whole");
        var measureAfter = Measure.None;
        // "увеличившись на 97,6 процента, импорт из России – …": a measure word after a comma begins the next item, it is
        // no whole of the percentage.
        if (afterFrom < words.Count && words[afterFrom].Start - t.End <= 2 && s.AsSpan(t.End, words[afterFrom].Start - t.End).IsWhiteSpace())
        {
            int k = afterFrom;
            // "contributing 21.9% to total trade", "с долей 20,5% в товарообороте": after a share word, "to" and "в"/"у"
            // name the whole as well.
            if (words[k].Bare is "of" or "от" or "від" or "in" || (shareBefore && words[k].Bare is "to" or "в" or "во" or "у"))
            {
                k++;
                // "41.89% of the turnover", "15.1% of Uzbekistan's overall trade": an article, a possessive and an
                // adjective of the share-whole-word class may stand before the whole's measure.
                if (k < afterTo && words[k].Bare is "the" or "its" or "all")
                {
                    k++;
                }

                if (k + 1 < afterTo && words[k].IsPossessive)
                {
                    k++;
                }

                // "7.5 percent of Saudi imports", "of Chinese exports": a proper adjective before the measure.
                if (k + 1 < afterTo && char.IsUpper(s[words[k].Start]) && MeasureAt(words, k + 1, lex, out _) is not null)
                {
                    m.WholeOwner = words[k].Lower;
                    k++;
                }

                if (k + 1 < afterTo && Is(words, k, "whole-adjective"))
                {
                    k++;
                }
            }

            // "18.9% of the value of goods imports", "18,9% стоимости импорта": words that name the whole's measure by its
            // value or its goods (data class whole-filler), before the measure word.
            for (int n = 0; n < 3 && k + 1 < afterTo && Match(words, k, "whole-filler", out int filler) is not null; n++)
            {
                k += filler;
            }

            // "74.45per cent of the value of total exports": the adjective after the filler words.
            if (k + 1 < afterTo && Is(words, k, "whole-adjective"))
            {
                k++;
            }

            if (k < afterTo && MeasureAt(words, k, lex, out _) is { } p && !HasClass(words, afterFrom, k + 1, "increase", "decrease", lex))
            {
                measureAfter = MeasureOf(p.Class, out _);
            }
        }

        // "80,3% приходится на экспорт": a share word right after the percentage, and the part's measure after it; the
        // whole of exports' or imports' share is the turnover.
        // "Russia followed with a 15.8% share", "a 7.5 percent share of exports": otherwise a share word right after the
        // percentage (no direction) makes it a share, of the measure after "of"/"in" beside it.
        if (!shareBefore && !shareAfter && measureAfter == Measure.None && afterFrom < afterTo && Is(words, afterFrom, "share") && m.Direction is null)
        {
            int shareGap = words[afterFrom].Start - t.End;
            bool ofOrIn = afterFrom + 1 < afterTo && words[afterFrom + 1].Bare is "of" or "in";
            if (shareGap <= 3 && !m.InParentheses && !ofOrIn
                && FirstMeasure(words, afterFrom + 1, Math.Min(afterTo, afterFrom + 3), lex, out _, out _) is var partAfter && partAfter is Measure.Exports or Measure.Imports)
            {
                m.PercentRole = PercentRole.Share;
                m.PartMeasure = partAfter;
                m.WholeMeasure = Measure.Turnover;
                return;
            }

            if (shareGap <= 2 && !Is(words, afterFrom, "share-verb"))
            {
                m.PercentRole = PercentRole.Share;
                m.WholeMeasure = ofOrIn ? FirstMeasure(words, afterFrom + 1, Math.Min(afterTo, afterFrom + 5), lex, out _, out _) : Measure.None;
                return;
            }
        }

        // "საგარეო სავაჭრო ბრუნვის 46.4 პროცენტს შეადგენს" (46.4 percent of the turnover): a language that puts the whole in
        // the genitive right before the percentage (data class whole-before, its value the whole's measure class).
        if (wTo > 0 && m.Direction is null && words[wTo - 1].End <= t.Start && s.AsSpan(words[wTo - 1].End, t.Start - words[wTo - 1].End).IsWhiteSpace()
            && Match(words, wTo - 1, "whole-before", out _) is { } wholeBefore)
        {
            m.PercentRole = PercentRole.Share;
            m.WholeMeasure = MeasureOf(wholeBefore.Value, out _);
            return;
        }

        // "crude oil exports came to N3.38 trillion …, 74.45 per cent of N4.54 trillion total exports": a percentage of an
        // amount printed right after "of" is that amount's share.
        if (!shareBefore && !shareAfter && measureAfter == Measure.None && m.Direction is null && !byPercent && afterFrom < words.Count
            && words[afterFrom].Bare == "of" && words[afterFrom].Start - t.End <= 2
            && tokens.FirstOrDefault(o => o.Start >= words[afterFrom].End) is { Unit: NumberUnit.Amount } ofAmount
            && s.AsSpan(words[afterFrom].End, ofAmount.Start - words[afterFrom].End).Trim().Length <= 3)
        {
            m.PercentRole = PercentRole.Share;
            return;
        }

        if (shareBefore || shareAfter || measureAfter != Measure.None)
        {
            m.PercentRole = PercentRole.Share;
            m.WholeMeasure = measureAfter;
            if (measureAfter == Measure.None && shareAfter)
            {
                m.WholeMeasure = FirstMeasure(words, afterFrom, Math.Min(afterTo, afterFrom + 5), lex, out _, out _);
            }

            // "На экспорт пришлась большая часть товарооборота – 72,5%": the part named after a share-on word ("на") right
            // before the share word, the whole after it.
            for (int k = Math.Max(wFrom, 2); k < wTo && m.PartMeasure == Measure.None; k++)
            {
                if (Is(words, k, "share") && Is(words, k - 2, "share-on") && MeasureAt(words, k - 1, lex, out _) is { } on)
                {
                    m.PartMeasure = MeasureOf(on.Class, out _);
                    var whole = FirstMeasure(words, k + 1, Math.Min(wTo, k + 4), lex, out _, out _);
                    if (whole != Measure.None && whole != m.PartMeasure)
                    {
                        m.WholeMeasure = whole;
                    }
                }
            }

            // "the share of exports in turnover", "доля экспорта в товарообороте".
            for (int k = wFrom; k < wTo; k++)
            {
                if (Is(words, k, "share"))
                {
                    var part = FirstMeasure(words, k + 1, Math.Min(wTo, k + 3), lex, out _, out int pe);
                    if (part != Measure.None)
                    {
                        m.PartMeasure = part;
                        var whole = FirstMeasure(words, pe + 1, Math.Min(wTo, pe + 6), lex, out _, out _);
                        if (whole != Measure.None && whole != part)
                        {
                            m.WholeMeasure = whole;
                        }
                    }

                    break;
                }
            }

            return;
        }

        // A list "China (21.5 percent or $2.13 billion), Russia (17.8 percent …)": names, each with a percentage first
        // in its brackets.
        if (m.InParentheses && m.Direction is null && AfterNameInBrackets(s, t.Start)
            && CountPercents(s, tokens, AfterNameInBrackets) >= 2)
        {
            m.PercentRole = PercentRole.Share;
            m.ShareByList = true;
            return;
        }

        // A list "Казахстан – 47%, Узбекистан – 20%": a name, a dash, a figure.
        var gap = s[Math.Max(0, t.Start - 4)..t.Start];
        if (gap.Contains('–', StringComparison.Ordinal) || gap.Contains('—', StringComparison.Ordinal) || gap.Contains(" - ", StringComparison.Ordinal))
        {
            int dashes = CountPercents(s, tokens, AfterDash);
            if (dashes >= 2 && m.Direction is null)
            {
                m.PercentRole = PercentRole.Share;
                m.ShareByList = true;
                return;
            }
        }

        if (m.Direction is not null || HasClass(words, cFrom, wTo, "growth", null, lex) || HasClass(words, afterFrom, Math.Min(afterTo, afterFrom + 3), "growth", null, lex))
        {
            m.PercentRole = PercentRole.Growth;
        }
    }

    /// <summary>How many percentages of the sentence start where <paramref name="startsList"/> says a list item does.</summary>
    private static int CountPercents(string s, List<NumberToken> tokens, Func<string, int, bool> startsList)
    {
        int count = 0;
        foreach (var o in tokens)
        {
            if (o.Unit == NumberUnit.Percent && startsList(s, o.Start))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether a dash stands within the four characters before <paramref name="start"/>.</summary>
    private static bool AfterDash(string s, int start) => s.AsSpan(Math.Max(0, start - 4), start - Math.Max(0, start - 4)).IndexOfAny(['–', '—', '-']) >= 0;

    private static bool AfterNameInBrackets(string s, int start)
    {
        int p = start - 1;
        while (p >= 0 && s[p] == ' ')
        {
            p--;
        }

        if (p < 1 || s[p] != '(')
        {
            return false;
        }

        p--;
        while (p >= 0 && s[p] == ' ')
        {
            p--;
        }

        int end = p + 1;
        while (p >= 0 && char.IsLetter(s[p]))
        {
            p--;
        }

        return end - p > 2 && char.IsUpper(s[p + 1]);
    }

    /// <summary>"$62 billion in March", "2,5 млрд долларов в марте": a month named right after an amount, by a period
    /// preposition, before any other number: the amount's own months, and the word after them.</summary>
    private static ((int, int) Months, int End)? MonthAfter(string s, List<Word> words, int afterFrom, int afterTo, Lexicon lex)
    {
        // "the RM82.62 billion registered in March 2017": a word saying where the value was recorded may stand between.
        if (afterFrom + 2 < afterTo && Match(words, afterFrom, "recorded", out int rl) is not null)
        {
            afterFrom += rl;
        }

        if (afterFrom + 1 >= afterTo || Match(words, afterFrom, "month-of", out int pl) is null)
        {
            return null;
        }

        // "18.8 billion leva in the six months", "2.25 billion leva in the first half of 2011": a span or part of the year.
        // Not of a fiscal year ("in the first two months of this fiscal year", class fiscal-year), whose months the
        // fiscal reader places.
        int spanAt = afterFrom + pl + (afterFrom + pl < afterTo && words[afterFrom + pl].Bare == "the" ? 1 : 0);
        if (HasClass(words, spanAt, spanAt + 8, "fiscal-year", null, lex))
        {
            spanAt = afterTo;
        }

        if (spanAt < afterTo && Match(words, spanAt, "months-span", out int sl) is { } span && spanAt + sl <= afterTo)
        {
            return ((1, int.Parse(span.Value, System.Globalization.CultureInfo.InvariantCulture)), spanAt + sl);
        }

        if (spanAt < afterTo && Match(words, spanAt, "months-part", out int ml) is { } part && spanAt + ml <= afterTo && MonthsOfPart(part) is { } partMonths)
        {
            return (partMonths, spanAt + ml);
        }

        if (Match(words, afterFrom + pl, "month", out _) is not { } month)
        {
            return null;
        }

        int a = int.Parse(month.Value, System.Globalization.CultureInfo.InvariantCulture);
        int k = afterFrom + pl;
        if (k + 1 < afterTo && words[k + 1].Start - words[k].End <= 3 && Match(words, k + 1, "month", out _) is { } second)
        {
            return ((a, int.Parse(second.Value, System.Globalization.CultureInfo.InvariantCulture)), k + 2);
        }

        return RangeEnd(s, words, k, afterTo, lex) is int end ? ((a, end), k + 3) : ((a, a), k + 1);
    }

    /// <summary>Whether a word of the <c>other-measure</c> class (prices, volumes, GDP) stands in [from, to), not as part of
    /// a measure phrase of the trade values ("foreign trade volume", "volume of trade" is the turnover).</summary>
    private static bool OtherMeasureIn(List<Word> words, int from, int to, Lexicon lex)
    {
        for (int k = from; k < to && k < words.Count; k++)
        {
            if (!Is(words, k, "other-measure"))
            {
                continue;
            }

            bool inMeasure = false;
            for (int j = Math.Max(0, k - 3); j <= k && !inMeasure; j++)
            {
                inMeasure = MeasureAt(words, j, lex, out int len) is not null && j + len > k && len > 1;
            }

            if (!inMeasure)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a phrase of the class ends right before word <paramref name="k"/> ("since", "compared with").</summary>
    private static bool EndsBefore(List<Word> words, int k, string cls)
    {
        for (int j = k - 1; j >= Math.Max(0, k - 3); j--)
        {
            if (Match(words, j, cls, out int len) is not null && j + len == k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A month named with a day, as a dateline or a date of publication prints it, is no period of the figures:
    /// "ULAN BATOR, Sept. 10 (Xinhua) --", "MANILA, Nov. 6 (Xinhua)", "АСТАНА, 10 сентября." — a day number (1–31) right
    /// after the month and then a bracket or punctuation, or right before it and then punctuation.</summary>
    private static bool IsDayDate(string s, Word month)
    {
        static bool Day(ReadOnlySpan<char> digits) => digits.Length is 1 or 2 && int.TryParse(digits, out int d) && d is >= 1 and <= 31;

        int i = month.End;
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        if (i > start && Day(s.AsSpan(start, i - start)))
        {
            // "Sept. 10 (Xinhua)", "Sept. 10, 2024", "March 5." — not "March 10 billion" (a figure's number goes on).
            var rest = s.AsSpan(i).TrimStart();
            return rest.IsEmpty || rest[0] is '(' or '-' or '—' or '–' || (rest[0] is ',' or '.' && (rest.Length == 1 || !char.IsAsciiDigit(rest[1])));
        }

        // "10 сентября.", "30 січня." : the day before the month, punctuation right after it.
        int j = month.Start - 1;
        while (j >= 0 && s[j] == ' ')
        {
            j--;
        }

        int end = j + 1;
        while (j >= 0 && char.IsAsciiDigit(s[j]))
        {
            j--;
        }

        return end - (j + 1) is 1 or 2 && (j < 0 || !char.IsLetterOrDigit(s[j]) && s[j] is not ('.' or ',')) && Day(s.AsSpan(j + 1, end - j - 1))
            && s.AsSpan(month.End).TrimStart() is { IsEmpty: false } after && after[0] is '.' or ',' or '/' or '(' && (after.Length == 1 || !char.IsAsciiDigit(after[1]));
    }

    private static (int, int)? MonthsIn(string s, List<Word> words, int from, int to, Lexicon lex)
    {
        (int, int)? months = null;
        for (int k = from; k < to; k++)
        {
            if (Match(words, k, "month", out _) is { } first)
            {
                // "the biggest surplus since June", "самый большой профицит с июня": a month after "since" is a point of
                // comparison, not the period of the figures (a range "с января по июнь" is one).
                if (k > 0 && EndsBefore(words, k, "month-since") && RangeEnd(s, words, k, to, lex) is null
                    && !(k + 1 < to && Match(words, k + 1, "month", out _) is not null))
                {
                    continue;
                }

                if (IsDayDate(s, words[k]))
                {
                    continue;
                }

                int a = int.Parse(first.Value, System.Globalization.CultureInfo.InvariantCulture);
                int b = a;
                if (k + 1 < to && words[k + 1].Start - words[k].End <= 3 && Match(words, k + 1, "month", out _) is { } second)
                {
                    b = int.Parse(second.Value, System.Globalization.CultureInfo.InvariantCulture);
                    k++;
                }
                else if (RangeEnd(s, words, k, to, lex) is int end)
                {
                    b = end;
                    k += 2;
                }

                months ??= (a, b);
            }
        }

        return months ?? SpanIn(s, words, from, to, lex);
    }
}

using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Mentions;

/// <summary>
/// Passes over a sentence's mentions after each has been read on its own: figures of a forecast, measures paired one
/// by one ("exports and imports reached $A and $B respectively"), and a value compared with another ("$7.6 billion
/// less than December exports of $132.5 billion"). Every word they use is a class of the language data.
/// </summary>
internal static partial class MentionReader
{
    /// <summary>Whether a figure is an expectation rather than data: a forecast word before it in its clause
    /// ("economists had expected a deficit of …", "по прогнозу аналитиков") or right after it ("$3.4 billion expected").</summary>
    private static bool IsForecast(List<Word> words, int clauseFrom, int to, int afterFrom, int afterTo)
    {
        for (int k = clauseFrom; k < to; k++)
        {
            if (Is(words, k, "forecast"))
            {
                return true;
            }
        }

        for (int k = afterFrom; k < Math.Min(afterTo, afterFrom + 3); k++)
        {
            if (Is(words, k, "forecast"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a conjunction ("and", "и", "та") stands among words [from, to): a measure word after it
    /// begins the next item ("to $10.81 billion and imports rose …"), it does not name the figure before.</summary>
    private static bool HasConjunction(List<Word> words, int from, int to)
    {
        for (int k = from; k < to && k < words.Count; k++)
        {
            if (Is(words, k, "conjunction"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PairedMeasures = ["exports", "imports"];

    /// <summary>"Exports and imports reached $41.2 billion and $57.3 billion respectively": the measures listed are
    /// given to the figures in their order, when exactly two figures of one kind (values, or percentages) follow.</summary>
    private static void PairRespectively(string s, List<Word> words, List<FigureMention> mentions, Lexicon lex)
    {
        int marker = -1;
        for (int k = 0; k < words.Count; k++)
        {
            if (Is(words, k, "one-by-one"))
            {
                marker = k;
                break;
            }
        }

        if (marker < 0)
        {
            return;
        }

        for (int k = 0; k + 2 < words.Count; k++)
        {
            var first = SingleMeasureAt(words, k, lex, out int l1);
            if (first is null || k + l1 + 1 >= words.Count || !Is(words, k + l1, "conjunction"))
            {
                continue;
            }

            // "total imports and total exports": the second measure may repeat the first's adjective.
            int secondAt = k + l1 + 1 + (Is(words, k + l1 + 1, "whole-adjective") ? 1 : 0);
            var second = SingleMeasureAt(words, secondAt, lex, out int l2);
            if (second is null || second == first)
            {
                continue;
            }

            int listEnd = words[secondAt + l2 - 1].End;
            var after = mentions.Where(m => m.Token.Start >= listEnd).ToList();
            // "… reached 4.7 billion USD and 3.8 billion USD respectively, resulting in a surplus of 0.9 billion": where
            // the marker follows the figures, the pair is the figures before it.
            var beforeMarker = after.Where(m => m.Token.End <= words[marker].Start).ToList();
            var pool = beforeMarker.Count(m => m.IsValue) == 2 || beforeMarker.Count(m => m.Token.Unit == NumberUnit.Percent) == 2 ? beforeMarker : after;
            var values = pool.Where(m => m.IsValue).ToList();
            AssignInOrder(values, first.Value, second.Value);
            // "decreased by $44.3 million (10.5%) and $3.0 million (1.7%) respectively": the second value of the pair is
            // what the first is (a change, a level reached), where no word of its own says otherwise.
            if (values.Count == 2 && values[1].Role == Role.None && values[0].Role is Role.Change or Role.To)
            {
                values[1].Role = values[0].Role;
            }

            AssignInOrder(pool.Where(m => m.Token.Unit == NumberUnit.Percent).ToList(), first.Value, second.Value);
            _ = s;
            return;
        }
    }

    /// <summary>"Imports from EU states were €543.8 million and from third countries €297.3 million, up from €536.2 million
    /// and €234.2 million respectively": in a sentence that pairs its figures one by one, a value joined to a base by a
    /// bare "and" is a base too, of the same period as the first.</summary>
    private static void BasesJoinedOneByOne(string s, List<Word> words, List<FigureMention> mentions, Lexicon lex)
    {
        if (!HasClass(words, 0, words.Count, "respectively", null, lex))
        {
            return;
        }

        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var (a, b) = (mentions[i], mentions[i + 1]);
            if (!a.IsValue || !b.IsValue || a.Role != Role.From || b.Role != Role.None || a.Token.Unit != b.Token.Unit
                || s.AsSpan(a.Token.End, b.Token.Start - a.Token.End).IndexOfAny(",;()") >= 0)
            {
                continue;
            }

            var gap = Lexicon.Tokenize(s, a.Token.End, b.Token.Start);
            if (gap.Count == 1 && Is(gap, 0, "conjunction"))
            {
                b.Role = Role.From;
                b.Earlier = a.Earlier;
            }
        }
    }

    /// <summary>"the year-earlier quarter shows total exports of $198.52 billion and total imports of $220.94 billion": a
    /// level of an earlier period stated before its verb, joined by "and" to the next level of another flow with no period,
    /// direction or base words of its own between, is of that earlier period too.</summary>
    private static void EarlierLevelsJoined(string s, List<Word> words, List<FigureMention> mentions, Lexicon lex)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var (a, b) = (mentions[i], mentions[i + 1]);
            if (!a.IsValue || !b.IsValue || !a.Earlier || !a.EarlierStated || b.Earlier || a.Role is Role.From or Role.Change || b.Role is not (Role.None or Role.To)
                || a.Measure == b.Measure || b.Measure is not (Measure.Exports or Measure.Imports or Measure.Turnover or Measure.Balance) || a.Token.Unit != b.Token.Unit
                || (b.Year is not null && b.Year != a.Year) || (b.Months is not null && b.Months != a.Months) || s.AsSpan(a.Token.End, b.Token.Start - a.Token.End).IndexOfAny(";()") >= 0)
            {
                continue;
            }

            var (from, to) = WordRange(words, a.Token.End, b.Token.Start);
            if (from < to && Is(words, from, "conjunction") && !HasClass(words, from, to, "earlier", "increase", lex)
                && !HasClass(words, from, to, "decrease", "from", lex) && !HasClass(words, from, to, "month", "by", lex))
            {
                b.Earlier = true;
                b.EarlierStated = true;
            }
        }
    }

    private static void AssignInOrder(List<FigureMention> figures, Measure first, Measure second)
    {
        if (figures.Count != 2)
        {
            return;
        }

        figures[0].Measure = first;
        figures[1].Measure = second;
        figures[0].BalanceSign = 0;
        figures[1].BalanceSign = 0;
    }

    private static Measure? SingleMeasureAt(List<Word> words, int k, Lexicon lex, out int length)
    {
        foreach (var cls in PairedMeasures)
        {
            if (Match(words, k, cls, out length) is not null)
            {
                return MeasureOf(cls, out _);
            }
        }

        length = 0;
        return null;
    }

    /// <summary>"January exports were $7.6 billion less than December exports of $132.5 billion": a value followed
    /// directly by a comparative ("less than", "больше, чем") is the absolute change, and the next value of the clause,
    /// after the comparative, is its base.</summary>
    private static void MarkComparatives(string s, List<Word> words, List<FigureMention> mentions, Lexicon lex)
    {
        MarkChangesAndBasesByWords(s, words, mentions, lex);
        MarkEarlierRatiosInBrackets(s, words, mentions, lex);
        MarkComparativesAfter(s, words, mentions, lex);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!m.IsValue || m.Role is Role.Change or Role.From)
            {
                continue;
            }

            var (afterFrom, _) = WordRange(words, m.Token.End, s.Length);
            if (afterFrom >= words.Count || !string.IsNullOrWhiteSpace(s[m.Token.End..words[afterFrom].Start]))
            {
                continue;
            }

            GrowthDirection? direction = Match(words, afterFrom, "comparative-less", out int len) is not null ? GrowthDirection.Decrease
                : Match(words, afterFrom, "comparative-more", out len) is not null ? GrowthDirection.Increase : null;
            // "11.2 billion ISK more in September 2020 than in September 2019": the period may stand between the
            // comparative word (classes more-word, less-word) and its "than".
            if (direction is null && (Is(words, afterFrom, "more-word") || Is(words, afterFrom, "less-word"))
                && ThanWithin(words, afterFrom + 1, 5, lex) is int than && HasClass(words, afterFrom + 1, than, "month", "earlier", lex))
            {
                direction = Is(words, afterFrom, "more-word") ? GrowthDirection.Increase : GrowthDirection.Decrease;
                len = 1;
            }

            if (direction is null)
            {
                continue;
            }

            int comparativeEnd = words[afterFrom + len - 1].End;
            var baseValue = mentions.Skip(i + 1).FirstOrDefault(v => v.IsValue);
            if (baseValue is null || baseValue.Clause != m.Clause || baseValue.Token.Start < comparativeEnd || baseValue.Token.Unit != m.Token.Unit
                || baseValue.Role is Role.Change or Role.To)
            {
                // "$6.7 billion less than January's exports", "$2.1 billion more than a year earlier": compared with an
                // earlier period whose value is not printed, the value is still the change.
                int next = mentions.Skip(i + 1).FirstOrDefault()?.Token.Start ?? s.Length;
                // The window stops at the next figure ("4 billion ISK lower than in September 2019, or 5.8% at …").
                int windowEnd = Math.Min(words.Count, afterFrom + len + 4);
                while (windowEnd > afterFrom + len && words[windowEnd - 1].End > next)
                {
                    windowEnd--;
                }

                if (m.Token.Unit == NumberUnit.Amount && windowEnd > afterFrom + len && words[windowEnd - 1].End <= next
                    && HasClass(words, afterFrom + len, windowEnd, "month", "earlier", lex))
                {
                    m.Role = Role.Change;
                    m.Compared = true;
                    m.Direction = direction;
                    m.Earlier = false;
                }

                continue;
            }

            m.Role = Role.Change;
            m.Compared = true;
            m.Direction = direction;
            m.Earlier = false;
            baseValue.Role = Role.From;
            baseValue.Earlier = true;
        }
    }

    /// <summary>The first word of class <c>than</c> among the <paramref name="reach"/> words from <paramref name="from"/>.</summary>
    private static int? ThanWithin(List<Word> words, int from, int reach, Lexicon lex)
    {
        for (int k = from; k < Math.Min(words.Count, from + reach); k++)
        {
            if (Is(words, k, "than"))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>"… ticarət dövriyyəsini 215,2 milyon dollar çox, … idxalı isə 84 milyon dollar az göstərir" (shows the
    /// turnover 215.2 million more, the imports 84 million less): where "more" and "less" follow the amount (classes
    /// <c>more-after</c>, <c>less-after</c>), an amount right before one is the difference, not a level; an amount in the
    /// ablative before it ("10 milyard dollardan çox", more than 10 billion) is not, its word says "over".</summary>
    private static void MarkComparativesAfter(string s, List<Word> words, List<FigureMention> mentions, Lexicon lex)
    {
        foreach (var m in mentions)
        {
            if (!m.IsValue || m.Role is Role.Change or Role.To)
            {
                continue;
            }

            var (first, end) = WordRange(words, m.Token.Start, m.Token.End);
            var (afterFrom, _) = WordRange(words, m.Token.End, s.Length);
            if (afterFrom >= words.Count || !string.IsNullOrWhiteSpace(s[m.Token.End..words[afterFrom].Start])
                || (end > first && lex.HasEnding(words[end - 1], "from-case")))
            {
                continue;
            }

            GrowthDirection? direction = Is(words, afterFrom, "more-after") ? GrowthDirection.Increase
                : Is(words, afterFrom, "less-after") ? GrowthDirection.Decrease : null;
            if (direction is null)
            {
                continue;
            }

            m.Role = Role.Change;
            m.Compared = true;
            m.Direction = direction;
            m.Earlier = false;

            // "… müqayisədə 6 faiz və ya 27 milyon dollar çoxdur" (6 percent, or 27 million dollars, more than …): a bare
            // percentage joined to the change by "or" right before it is the rate of the same change.
            int i = mentions.IndexOf(m);
            // A case ending glued to the percentage ("6%-ით") and an approximator after "or" ("ýa-da takmynan 171 million")
            // may stand between.
            if (i > 0 && mentions[i - 1] is { Token.Unit: NumberUnit.Percent, PercentRole: PercentRole.None, Direction: null } rate
                && WordRange(words, rate.Token.End, m.Token.Start) is var (gapFrom, gapTo)
                && (gapFrom < gapTo && words[gapFrom].Start <= rate.Token.End + 1 && s[rate.Token.End] == '-' ? gapFrom + 1 : gapFrom) is var orAt
                && orAt < gapTo && lex.Match(words, orAt, "or", out int orLength) is not null
                && (orAt + orLength == gapTo || (orAt + orLength < gapTo && lex.Match(words, orAt + orLength, "approx", out int approxLength) is not null && orAt + orLength + approxLength == gapTo)))
            {
                rate.PercentRole = PercentRole.Growth;
                rate.Direction = direction;
                rate.Earlier = false;
                rate.Measure = rate.Measure == Measure.None ? m.Measure : rate.Measure;
            }
        }
    }

    /// <summary>Where the words that may speak of a figure outside brackets begin, from <paramref name="from"/>: after the
    /// last bracket closed before it ("285 million (1.4 percent less than a year earlier) and Kazakhstan with more than
    /// 253 million": "less than a year earlier" is the rate's, in its bracket).</summary>
    private static int PastClosedBracket(string s, FigureMention m, int from)
    {
        if (m.InParentheses || from >= m.Token.Start)
        {
            return from;
        }

        int close = s.LastIndexOf(')', m.Token.Start - 1, m.Token.Start - from);
        return close >= 0 ? close + 1 : from;
    }

    /// <summary>Whether a phrase of the "to" class of two or more words ends at word <paramref name="end"/> ("made up
    /// $33.8 billion"): its last word is then no direction verb ("up").</summary>
    private static bool EndsLevelPhrase(List<Word> words, int end, Lexicon lex)
    {
        for (int k = Math.Max(0, end - 3); k < end - 1; k++)
        {
            if (Match(words, k, "to", out int length) is not null && k + length == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"an increase in the goods deficit of $5.8 billion to $71.8 billion": a value right before "to" and the
    /// new value, after a direction word of its clause, is the absolute change; "down from the record deficit of
    /// £10.2 billion": a value after a direction word and "from" (no "to" between) is the earlier value.</summary>
    private static void MarkChangesAndBasesByWords(string s, List<Word> words, List<FigureMention> mentions, Lexicon lex)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!m.IsValue || m.Role != Role.None)
            {
                continue;
            }

            int previousEnd = i > 0 ? mentions[i - 1].Token.End : 0;
            var (from, to) = WordRange(words, PastClosedBracket(s, m, previousEnd), m.Token.Start);
            for (int k = from; k + 1 < to; k++)
            {
                // "with more than 253 million": an approximator right before the number is no direction and base word.
                if (Match(words, k, "approx", out int al) is not null && k + al == to)
                {
                    break;
                }

                if ((Is(words, k, "increase") || Is(words, k, "decrease")) && Match(words, k + 1, "from", out int fl) is not null
                    && !Enumerable.Range(k + 1 + fl, Math.Max(0, to - k - 1 - fl)).Any(j => Is(words, j, "to")))
                {
                    m.Role = Role.From;
                    m.Earlier = true;
                    break;
                }
            }

            if (m.Role != Role.None || i + 1 >= mentions.Count)
            {
                continue;
            }

            var next = mentions[i + 1];
            var (gFrom, gTo) = WordRange(words, m.Token.End, next.Token.Start);
            bool toBetween = gTo == gFrom + 1 && Is(words, gFrom, "to") && words[gFrom].Bare.Length <= 2
                && s[m.Token.End..next.Token.Start].Trim().Length == words[gFrom].Lower.Length;
            if (!toBetween || !next.IsValue || next.Token.Unit != m.Token.Unit || next.Clause != m.Clause || next.Role != Role.To)
            {
                continue;
            }

            var (cFrom, cTo) = WordRange(words, 0, m.Token.Start);
            for (int k = cTo - 1; k >= cFrom && k >= cTo - 8; k--)
            {
                bool up = Is(words, k, "increase"), down = Is(words, k, "decrease");
                if (up || down)
                {
                    m.Role = Role.Change;
                    m.Direction ??= up ? GrowthDirection.Increase : GrowthDirection.Decrease;
                    m.Earlier = false;
                    break;
                }
            }
        }
    }

    /// <summary>Whether "including"/"в том числе" stands between two positions: a year before it belongs to the total
    /// before, not to the parts listed after it ("… к уровню 2015 г., в том числе экспорт – 47,6 млн").</summary>
    internal static bool IncludingBetween(List<Word> words, int start, int end, Lexicon lex)
    {
        var (from, to) = WordRange(words, start, end);
        for (int k = from; k < to; k++)
        {
            if (Is(words, k, "including"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a bracket opens between a figure and the word after it: "0,97 (годом ранее – 0,90)" — the
    /// earlier-period words inside are the next figure's, not this one's.</summary>
    private static bool BracketOpensAfter(string s, NumberToken t, List<Word> words, int afterFrom) =>
        afterFrom < words.Count && words[afterFrom].Start > t.End && s.AsSpan(t.End, words[afterFrom].Start - t.End).Contains('(');

    /// <summary>"Коэффициент покрытия … составил 0,92 (в январе–ноябре 2019 года – 0,83)": a coverage ratio in the
    /// brackets after another, with a year or earlier-period words before it in the brackets, is the earlier period's
    /// (the sentence's first year is then the earlier one, so the year alone does not tell).</summary>
    private static void MarkEarlierRatiosInBrackets(string s, List<Word> words, List<FigureMention> mentions, Lexicon lex)
    {
        for (int i = 1; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var before = mentions[i - 1];
            if (m.PercentRole != PercentRole.Coverage || before.PercentRole != PercentRole.Coverage || !m.InParentheses || before.InParentheses)
            {
                continue;
            }

            int open = s.IndexOf('(', before.Token.End);
            if (open < 0 || open > m.Token.Start)
            {
                continue;
            }

            var inside = s[(open + 1)..m.Token.Start];
            var (from, to) = WordRange(words, open, m.Token.Start);
            bool earlierWords = Enumerable.Range(from, Math.Max(0, to - from)).Any(k => Is(words, k, "earlier"));
            if (earlierWords || HasYear(inside))
            {
                m.Earlier = true;
            }
        }

        _ = lex;
    }

    private static bool HasYear(string text)
    {
        for (int i = 0; i + 4 <= text.Length; i++)
        {
            if ((i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]))
                && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                && int.Parse(text.AsSpan(i, 4), System.Globalization.CultureInfo.InvariantCulture) is >= 1900 and <= 2100)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Which components each value's measure words name: those within four words before (not back over a
    /// figure) and five after the last word of its measure before the figure ("the goods and services deficit", "service
    /// exports", "дефицит торговли товарами", "экспорт услуг"); where the nearest such word names none, those of the
    /// sentence's earlier word of that measure ("For goods alone, the deficit shrank to £7.6 billion, down from the
    /// record deficit of £10.2 billion").</summary>
    private static void MarkComponents(List<Word> words, List<FigureMention> mentions, Lexicon lex)
    {
        foreach (var v in mentions)
        {
            if (!v.IsValue || v.Measure == Measure.None)
            {
                continue;
            }

            int figureWord = WordRange(words, 0, v.Token.Start).To;
            var component = TradeComponent.None;
            for (int k = figureWord - 1; k >= 0 && component == TradeComponent.None; k--)
            {
                if (!MeasureWordOf(words, k, v.Measure, lex))
                {
                    continue;
                }

                // Not back over a figure before the measure word: its words are another item's ("… $71.5 billion and the services surplus").
                int bound = mentions.LastOrDefault(o => o.Token.End <= words[k].Start)?.Token.End ?? 0;
                for (int j = Math.Max(0, k - 4); j < Math.Min(figureWord, k + 6); j++)
                {
                    if (words[j].Start < bound)
                    {
                        continue;
                    }

                    if (lex.Is(words, j, "component-goods"))
                    {
                        component |= TradeComponent.Goods;
                    }

                    if (lex.Is(words, j, "component-services"))
                    {
                        component |= TradeComponent.Services;
                    }
                }
            }

            v.Component = component;
        }
    }

    /// <summary>The "from" word before the last "to" word among words [from, to) ("… from December to"), or null: what
    /// stands between them names the base, not the value after "to".</summary>
    private static int? BaseWordBeforeTo(List<Word> words, int from, int to, Lexicon lex)
    {
        for (int k = to - 1; k > from; k--)
        {
            if (!lex.Is(words, k, "to"))
            {
                continue;
            }

            for (int f = k - 1; f >= from; f--)
            {
                if (lex.Is(words, f, "from"))
                {
                    return f;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>"Of the total external trade, USD70.93 billion (38.9%) were exported goods and USD111.59 billion (61.1%)
    /// were imported goods": a sentence that opens with its whole ("of the total …", "из общего объема …") makes a bare
    /// percentage in brackets right after an amount that amount's share of the whole, and a measure word right after the
    /// bracket the amount's own.</summary>
    private static void SharesOfLeadWhole(string s, List<Word> words, List<FigureMention> mentions, Lexicon lex)
    {
        if (words.Count == 0 || Match(words, 0, "whole-lead", out int lead) is null)
        {
            return;
        }

        var whole = FirstMeasure(words, lead, Math.Min(words.Count, lead + 4), lex, out _, out _);
        if (whole == Measure.None || mentions.Count == 0 || mentions[0].Token.Start < words[Math.Min(words.Count - 1, lead)].End)
        {
            return;
        }

        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            FigureMention amount = mentions[i], share = mentions[i + 1];
            if (!amount.IsValue || amount.Token.Unit != NumberUnit.Amount || share.Token.Unit != NumberUnit.Percent || share.PercentRole != PercentRole.None
                || share.Direction is not null || s[amount.Token.End..share.Token.Start].Trim() != "(" || share.Token.End >= s.Length
                || !s[share.Token.End..].TrimStart().StartsWith(')'))
            {
                continue;
            }

            share.PercentRole = PercentRole.Share;
            share.WholeMeasure = whole;
            int close = s.IndexOf(')', share.Token.End) + 1;
            var (afterFrom, afterTo) = WordRange(words, close, i + 2 < mentions.Count ? mentions[i + 2].Token.Start : s.Length);
            var own = FirstMeasure(words, afterFrom, Math.Min(afterTo, afterFrom + 3), lex, out _, out _);
            if (own != Measure.None && own != whole && !HasConjunction(words, afterFrom, Math.Min(afterTo, afterFrom + 1)))
            {
                amount.Measure = own;
            }
        }
    }

    /// <summary>"… made up 95.0%, 3.2% and 1.2% of total exports, respectively": percentages printed one after another
    /// with nothing between them but commas and "and" are one list; where its first or last is a share, the others
    /// (which have no words of their own) are shares of the same whole.</summary>
    private static void ShareRuns(string s, List<Word> words, List<FigureMention> mentions, Lexicon lex)
    {
        int i = 0;
        while (i < mentions.Count)
        {
            int j = i;
            while (j + 1 < mentions.Count && mentions[j].Token.Unit == NumberUnit.Percent && mentions[j + 1].Token.Unit == NumberUnit.Percent
                   && OnlySeparators(s, words, mentions[j].Token.End, mentions[j + 1].Token.Start, lex))
            {
                j++;
            }

            if (j > i)
            {
                var lead = mentions[j].PercentRole == PercentRole.Share && mentions[j].WholeMeasure != Measure.None ? mentions[j]
                    : mentions[i].PercentRole == PercentRole.Share ? mentions[i] : null;
                if (lead is not null)
                {
                    for (int k = i; k <= j; k++)
                    {
                        var m = mentions[k];
                        if (m.PercentRole is PercentRole.None or PercentRole.Growth)
                        {
                            m.PercentRole = PercentRole.Share;
                            m.Direction = null;
                            m.Role = Role.None;
                            m.WholeMeasure = lead.WholeMeasure;
                            m.PartMeasure = lead.PartMeasure;
                        }
                    }
                }
            }

            i = j + 1;
        }
    }

    /// <summary>"Precious stones dominated the basket with 26.8%, followed by petroleum oils with a share of 12.1%": a
    /// percentage with no role of its own before a list word (class <c>list-next</c>) and a share is the list's first share,
    /// of the same whole.</summary>
    private static void SharesBeforeListWord(List<Word> words, List<FigureMention> mentions)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var m = mentions[i];
            var next = mentions[i + 1];
            // ("Лидируют драгоценные камни с 26,8%": "с" reads as "from" before a list word too.)
            if (m.Token.Unit != NumberUnit.Percent || m.PercentRole is not (PercentRole.None or PercentRole.Value) || m.Direction is not null
                || next.Token.Unit != NumberUnit.Percent || next.PercentRole != PercentRole.Share)
            {
                continue;
            }

            var (from, to) = WordRange(words, m.Token.End, next.Token.Start);
            for (int k = from; k < to; k++)
            {
                if (Is(words, k, "list-next"))
                {
                    m.PercentRole = PercentRole.Share;
                    m.WholeMeasure = next.WholeMeasure;
                    m.PartMeasure = next.PartMeasure;
                    m.Role = Role.None;
                    m.Earlier = false;
                    break;
                }
            }
        }
    }

    /// <summary>"Major exports were gold at 21.6 percent, nickel mattes 17.3 percent, tobacco 13 percent …", "The main
    /// export destinations were South Africa with 30.3 percent, …": a sentence that opens a ranked list of a measure (a
    /// word of class <c>list-head</c> within three words before its measure word: "the main sources of imports") and then prints two or more percentages
    /// with no role, direction or change word of their own gives shares of that measure.</summary>
    private static void RankedListShares(List<Word> words, List<FigureMention> mentions)
    {
        var bare = mentions.Where(m => m.Token.Unit == NumberUnit.Percent && m.PercentRole is PercentRole.None && m.Direction is null && !m.Earlier).ToList();
        if (bare.Count < 2 || mentions.Exists(m => m.Token.Unit == NumberUnit.Percent && m.PercentRole is PercentRole.Growth or PercentRole.Index)
            || HasClass(words, 0, words.Count, "increase", "decrease", Lexicon.All))
        {
            return;
        }

        int first = WordRange(words, 0, bare[0].Token.Start).To;
        for (int k = 0; k < first; k++)
        {
            if (MeasureAt(words, k, Lexicon.All, out _) is not { } measureWord)
            {
                continue;
            }

            bool head = false;
            for (int j = Math.Max(0, k - 3); j < k && !head; j++)
            {
                head = Is(words, j, "list-head");
            }

            if (!head)
            {
                continue;
            }

            var measure = MeasureOf(measureWord.Class, out _);
            foreach (var m in bare)
            {
                m.PercentRole = PercentRole.Share;
                m.WholeMeasure = measure;
                m.Role = Role.None;
            }

            return;
        }
    }

    /// <summary>"Laos' total trade for January reached 890 million U.S. dollars, but in February it dropped to 769 million
    /// U.S. dollars": a value with no measure word of its own in a later clause, after an anaphor ("it", class
    /// <c>anaphor</c>) since the figure before it, has the measure of the sentence's value before it.</summary>
    private static void MeasureFromAnaphor(List<Word> words, List<FigureMention> mentions)
    {
        for (int i = 1; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!m.IsValue || m.Measure != Measure.None || m.Clause == 0)
            {
                continue;
            }

            var (from, to) = WordRange(words, mentions[i - 1].Token.End, m.Token.Start);
            bool anaphor = false;
            for (int k = from; k < to && !anaphor; k++)
            {
                anaphor = Is(words, k, "anaphor");
            }

            if (anaphor && mentions.Take(i).LastOrDefault(v => v.IsValue && v.Measure != Measure.None && v.Clause < m.Clause) is { } before)
            {
                m.Measure = before.Measure;
                m.BalanceSign = before.BalanceSign;
            }
        }
    }

    /// <summary>Whether text [start, end) holds only commas, spaces and conjunctions ("and", "и", "та").</summary>
    private static bool OnlySeparators(string s, List<Word> words, int start, int end, Lexicon lex)
    {
        if (end <= start)
        {
            return true;
        }

        var (from, to) = WordRange(words, start, end);
        for (int k = from; k < to; k++)
        {
            if (!lex.Is(words, k, "conjunction"))
            {
                return false;
            }
        }

        foreach (char c in s.AsSpan(start, end - start))
        {
            if (!char.IsWhiteSpace(c) && c != ',' && !char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}

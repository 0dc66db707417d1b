using TradeDomain.Verification.Languages;

namespace TradeDomain.Verification.Mentions;

/// <summary>
/// Measures of a subset of the goods: "non-oil and gas imports", "crude oil exports", "the ten top exports", "экспорт
/// несырьевых товаров", "ненефтяной экспорт". A word of the data class <c>subset</c> within two words of the figure's
/// measure word (before or after it, not past another figure) makes the value a subset's: it is no part of the total
/// exports or imports, and no total's part is taken from it, unless the total is a subset's too.
/// </summary>
internal static partial class MentionReader
{
    private const int SubsetReach = 2;

    private static void MarkSubsets(List<Word> words, List<FigureMention> mentions, Lexicon lex)
    {
        foreach (var v in mentions)
        {
            if (!v.IsValue || v.Measure is not (Measure.Exports or Measure.Imports or Measure.Turnover or Measure.Balance))
            {
                continue;
            }

            int figureWord = WordRange(words, 0, v.Token.Start).To;
            // Back to the value before it: a rate between them shares the measure word ("re-exports increased 18.4% to …").
            int bound = mentions.LastOrDefault(o => o.Token.End <= v.Token.Start && o != v && o.IsValue)?.Token.End ?? 0;
            bool own = false;
            for (int k = figureWord - 1; k >= 0 && words[k].Start >= bound; k--)
            {
                if (!MeasureWordOf(words, k, v.Measure, lex))
                {
                    continue;
                }

                own = true;

                for (int j = Math.Max(0, k - SubsetReach); j < Math.Min(figureWord, k + SubsetReach + 1); j++)
                {
                    if (words[j].Start >= bound && lex.Is(words, j, "subset"))
                    {
                        v.Subset = true;
                        // "non-oil and gas", "oil and gas": the subset is named by the first word of such a run (it tells
                        // the two sides of a split apart).
                        int first = j;
                        while (first >= 2 && words[first - 2].Start >= bound && words[first - 1].Bare is "and" or "и" or "і" or "та"
                            && lex.Is(words, first - 2, "subset"))
                        {
                            first -= 2;
                        }

                        v.SubsetWord = v.SubsetWord < 0 ? first : v.SubsetWord;
                    }
                }

                // "Total goods exports, counting goods of domestic origin and re-exports, came to QR30.9 billion": the
                // total named before its parts is the figure's.
                if (v.Subset && TotalNamedBefore(words, bound, k, v.Measure, lex))
                {
                    v.Subset = false;
                    v.SubsetWord = -1;
                }

                // "The oil and gas balance, by contrast, showed a deficit of US$1.92 billion": a balance is often named
                // twice, its sector beside the first word.
                if (v.Subset || v.Measure != Measure.Balance)
                {
                    break;
                }
            }

            // "the ten top exports reached $29.834 billion, higher by 0.9 percent than the $29.572 billion of last year": a
            // value with no measure word of its own since the figure before it is of that figure's subset.
            // Not one naming its own measure right after it ("crude oil exports came to N3.38 trillion …, 74.45 per cent of
            // N4.54 trillion total exports").
            if (!own && mentions.LastOrDefault(o => o.IsValue && o.Token.End <= v.Token.Start && o != v) is { } before
                && before.Measure == v.Measure && before.Clause == v.Clause && before.Subset && !MeasureRightAfter(words, v.Token.End, v.Measure, lex))
            {
                v.Subset = true;
            }
        }
    }

    /// <summary>Whether the measure's word follows an amount at once, "total" or "overall" between ("N4.54 trillion total
    /// exports").</summary>
    private static bool MeasureRightAfter(List<Word> words, int tokenEnd, Measure measure, Lexicon lex)
    {
        int k = WordRange(words, tokenEnd, tokenEnd).From;
        if (k < words.Count && words[k].Bare is "total" or "overall")
        {
            k++;
        }

        return k < words.Count && words[k].Start - tokenEnd < 12 && MeasureWordOf(words, k, measure, lex);
    }

    /// <summary>"Exports of energy resources fell … to $3,231.3 million and imports of energy resources … to $5,871.9
    /// million, the deficit amounting to $2,640.6 million": a balance or total after a subset's exports and imports, with no
    /// other exports or imports before it in the sentence, is that subset's.</summary>
    private static void MarkSubsetTotals(List<FigureMention> mentions)
    {
        foreach (var v in mentions)
        {
            if (!v.IsValue || v.Subset || v.Measure is not (Measure.Balance or Measure.Turnover))
            {
                continue;
            }

            bool exports = false, imports = false, whole = false;
            foreach (var o in mentions)
            {
                if (o.Token.End > v.Token.Start || !o.IsValue || o.Measure is not (Measure.Exports or Measure.Imports))
                {
                    continue;
                }

                whole |= !o.Subset;
                exports |= o.Subset && o.Measure == Measure.Exports;
                imports |= o.Subset && o.Measure == Measure.Imports;
            }

            v.Subset = exports && imports && !whole;
        }
    }

    /// <summary>Whether a measure word of <paramref name="measure"/> with a whole adjective ("total", "overall") up to
    /// two words before it stands in words [from, k).</summary>
    private static bool TotalNamedBefore(List<Word> words, int bound, int k, Measure measure, Lexicon lex)
    {
        for (int j = k - 1; j >= 1 && words[j].Start >= bound; j--)
        {
            if (lex.Is(words, j, "clause"))
            {
                return false; // "… of total exports, while re-exports amounted to …": another clause's total
            }

            if (MeasureWordOf(words, j, measure, lex) && (lex.Is(words, j - 1, "whole-adjective") || (j >= 2 && lex.Is(words, j - 2, "whole-adjective"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether word <paramref name="k"/> begins a measure word of <paramref name="measure"/>.</summary>
    private static bool MeasureWordOf(List<Word> words, int k, Measure measure, Lexicon lex)
    {
        foreach (var cls in MeasureClasses)
        {
            if (MeasureOf(cls, out _) == measure && lex.Is(words, k, cls))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Figures after a word of the <c>including</c> class that follows a figure of their kind are parts of it: "товары
    /// занимают 56,2%, включая промышленные товары – 18,1%, пищевые продукты – 10%" (the shares after "включая" are
    /// parts of the 56,2%, no members of one share set with it); "импорт составил 844,2 млн долларов, что на 12,6% больше,
    /// чем в январе-октябре 2012 года, в том числе из стран дальнего зарубежья – 772,6 млн" (a subset's value, neither the
    /// base of the rate nor a level of all imports).
    /// </summary>
    private static void MarkIncludedParts(List<Word> words, List<FigureMention> mentions, Lexicon lex)
    {
        for (int k = 0; k < words.Count; k++)
        {
            if (!lex.Is(words, k, "including"))
            {
                continue;
            }

            int at = words[k].Start;
            var before = mentions.LastOrDefault(o => o.Token.End <= at);
            if (before is null)
            {
                continue;
            }

            bool shares = before.Token.Unit == Numbers.NumberUnit.Percent && before.PercentRole == PercentRole.Share;
            // The value the parts are of may stand before a rate of its own ("844,2 млн долларов, что на 12,6% больше …").
            if (!shares)
            {
                before = mentions.LastOrDefault(o => o.Token.End <= at && o.IsValue) ?? before;
            }

            bool values = !shares && before.IsValue && before.Measure != Measure.None;
            foreach (var m in mentions.Where(o => o.Token.Start > at))
            {
                if (shares && m.Token.Unit == Numbers.NumberUnit.Percent && m.PercentRole == PercentRole.Share && !m.InParentheses)
                {
                    m.IsSubPart = true;
                }
                else if (shares && m.IsValue && m.Role is Role.None or Role.To)
                {
                    // "19.20% of total exports; of which non-oil products contributed N1.779 trillion or 9.28%": the
                    // amounts the included shares are given with do not end the parts.
                    continue;
                }
                else if (values && m.IsValue && m.Measure == before.Measure && m.Clause == before.Clause)
                {
                    m.Subset = true;
                    // Not "…, including last year's $X": no earlier-period word between the including word and the value.
                    int valueWord = WordRange(words, 0, m.Token.Start).To;
                    if (!HasClass(words, k, valueWord, "earlier", null, lex))
                    {
                        m.EarlierStated = false;
                        m.Role = m.Role == Role.From ? Role.None : m.Role;
                        m.Earlier = false;
                    }
                }
                else
                {
                    break;
                }
            }
        }
    }
}

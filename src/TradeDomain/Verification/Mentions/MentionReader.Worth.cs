using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Mentions;

/// <summary>
/// A quantity and what it was worth: "424072,3 литра на $330,2 тыс.", "187371,6 литра на сумму $197,5 тыс.", "1.2 million
/// tonnes worth $540 million". The amount right after a quantity, joined only by a word of the data class <c>worth</c>,
/// is the same goods' value: of the quantity's role, period and measure, never a change ("на" there is not "by").
/// </summary>
internal static partial class MentionReader
{
    private static void MarkWorthOfQuantities(string s, List<FigureMention> mentions, Lexicon lex)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            FigureMention q = mentions[i], a = mentions[i + 1];
            if (q.Token.Unit != NumberUnit.Quantity || a.Token.Unit != NumberUnit.Amount || a.Clause != q.Clause)
            {
                continue;
            }

            var gap = Lexicon.Tokenize(s, q.Token.End, a.Token.Start);
            if (gap.Count == 0 || lex.Match(gap, 0, "worth", out int length) is null || length != gap.Count
                || s.AsSpan(q.Token.End, a.Token.Start - q.Token.End).IndexOfAny(",;()") >= 0)
            {
                continue;
            }

            a.Role = q.Role;
            a.Earlier = q.Earlier;
            a.Direction = null;
            a.Year ??= q.Year;
            a.Months ??= q.Months;
            if (a.Measure == Measure.None)
            {
                a.Measure = q.Measure;
            }
        }
    }

    /// <summary>"Exports made up 60.25% of total trade in the quarter, with a value of N19.167 trillion, up 51.00% from …
    /// (N12.693 trillion)": the amount after a share and its whole, joined by a comma and a word of the data class
    /// <c>share-worth</c>, is the part of a flow's share of the turnover, of the flow's measure; so are the figures after it in the clause that
    /// took the whole's measure from the whole's words, up to another measure word.</summary>
    private static void MarkWorthOfShares(string s, List<FigureMention> mentions, Lexicon lex)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            FigureMention p = mentions[i], a = mentions[i + 1];
            // Only a flow's share of the turnover: "the largest importer with 16.2 percent of total exports, worth …" is
            // worth exports (the role noun is no measure of the value).
            if (p.Token.Unit != NumberUnit.Percent || p.PercentRole != PercentRole.Share || p.Measure is not (Measure.Exports or Measure.Imports)
                || p.WholeMeasure != Measure.Turnover || !a.IsValue || a.Clause != p.Clause || a.Measure != p.WholeMeasure)
            {
                continue;
            }

            if (!IsWorthGap(s[p.Token.End..a.Token.Start], withoutComma: false, lex))
            {
                continue;
            }

            var whole = a.Measure;
            a.Measure = p.Measure;
            for (int j = i + 2; j < mentions.Count && mentions[j].Clause == p.Clause && mentions[j].Measure == whole; j++)
            {
                var between = Lexicon.Tokenize(s, a.Token.End, mentions[j].Token.Start);
                if (Enumerable.Range(0, between.Count).Any(k => MeasureAt(between, k, lex, out _) is not null))
                {
                    break;
                }

                mentions[j].Measure = p.Measure;
            }
        }
    }

    /// <summary>Whether the text between a share and an amount joins the amount to it as its worth ("15.6 percent of total
    /// goods exports, worth SR46.010 billion"): after the last comma, nothing but a phrase of the data class
    /// <c>share-worth</c>, with no bracket or semicolon before it; <paramref name="withoutComma"/> also takes a share-worth
    /// phrase of two words or more that ends the text with no comma at all ("17.6 percent of total exports in August with a
    /// value of SR23.5 billion").</summary>
    internal static bool IsWorthGap(string gap, bool withoutComma, Lexicon lex)
    {
        int comma = gap.LastIndexOf(',');
        if (gap.AsSpan(0, Math.Max(comma, 0)).IndexOfAny("();") >= 0)
        {
            return false;
        }

        var words = Lexicon.Tokenize(gap[(comma + 1)..]);
        if (comma >= 0)
        {
            return words.Count > 0 && lex.Match(words, 0, "share-worth", out int length) is not null && length == words.Count;
        }

        if (!withoutComma || gap.AsSpan().IndexOfAny("();") >= 0)
        {
            return false;
        }

        for (int k = 1; k < words.Count; k++)
        {
            if (lex.Match(words, k, "share-worth", out int length) is not null && length >= 2 && k + length == words.Count)
            {
                return true;
            }
        }

        return false;
    }
}

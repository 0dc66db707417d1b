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
}

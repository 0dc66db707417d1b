using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Mentions;

/// <summary>
/// "47.4% of exports went through A, 17% through B and 13.7% through C, which made up 78% of all exports": a percentage
/// after two or more listed ones, with a list-total phrase between it and the last of them (data class
/// <c>list-total</c>: "which made up", "что составило", "в сумме"), is their total, not one more share.
/// </summary>
internal static partial class MentionReader
{
    private static void MarkListTotals(List<Word> words, List<FigureMention> mentions, Lexicon lex)
    {
        var listed = new List<FigureMention>();
        foreach (var m in mentions)
        {
            if (m.Token.Unit != NumberUnit.Percent || m.PercentRole is PercentRole.Growth or PercentRole.Index or PercentRole.Cagr or PercentRole.Coverage)
            {
                continue;
            }

            if (listed.Count >= 2 && PhraseBetween(words, listed[^1].Token.End, m.Token.Start, "list-total", lex))
            {
                m.ListTotal = true;
                m.PercentRole = PercentRole.Value;
                m.ShareByList = false;
                m.ContinuesList = false;
                return;
            }

            listed.Add(m);
        }
    }

    private static bool PhraseBetween(List<Word> words, int start, int end, string cls, Lexicon lex)
    {
        var (from, to) = WordRange(words, start, end);
        for (int k = from; k < to; k++)
        {
            if (lex.Match(words, k, cls, out int length) is not null && k + length <= to)
            {
                return true;
            }
        }

        return false;
    }
}

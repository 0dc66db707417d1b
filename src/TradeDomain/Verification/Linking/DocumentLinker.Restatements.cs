using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Mentions;

namespace TradeDomain.Verification.Linking;

/// <summary>Figures that restate another figure of their sentence and so make no claim of their own.</summary>
internal static partial class DocumentLinker
{
    /// <summary>"21,9 миллиарда крон (около 1,4 миллиарда евро)", "22.2 billion yuan ($3.1 billion)": an amount in
    /// parentheses right after another amount (nothing between them but the bracket and an approximator) restates that
    /// amount in another currency or unit; it is no total, balance or change of its own, whether or not both currencies
    /// are known (a currency word the reader does not know may stand before the bracket).</summary>
    private static FigureMention? RestatementOf(FigureMention m, SentenceFacts s)
    {
        if (!m.IsMoney)
        {
            return null;
        }

        var previous = s.Mentions.LastOrDefault(v => v.Token.End <= m.Token.Start);
        if (previous is null || !previous.IsMoney || previous.Figure is null)
        {
            return null;
        }

        // Between them: at most two words (a currency the reader does not know: "крон", "rupees"), the bracket, and
        // approximators only.
        var gap = s.Text.AsSpan(previous.Token.End, m.Token.Start - previous.Token.End);
        int open = gap.IndexOf('(');
        if (open < 0 || gap.Length > 40 || gap.ContainsAny("0123456789)") || gap[(open + 1)..].Contains('(')
            || Lexicon.Tokenize(gap[..open].ToString()).Count > 2)
        {
            return null;
        }

        var words = Lexicon.Tokenize(gap[(open + 1)..].ToString());
        var lex = Lexicon.All;
        for (int k = 0; k < words.Count;)
        {
            if (lex.Match(words, k, "approx", out int length) is null)
            {
                return null;
            }

            k += Math.Max(1, length);
        }

        return previous;
    }
}

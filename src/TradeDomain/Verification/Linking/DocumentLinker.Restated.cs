using TradeDomain.Verification.Mentions;

namespace TradeDomain.Verification.Linking;

/// <summary>
/// "21,9 миллиарда крон (около 1,4 миллиарда евро), из них экспорт – 9,3 миллиарда крон": an amount in brackets right
/// after an amount of the same measure, nothing but the bracket (an approximator, the first amount's unit) between, is that amount again in
/// another unit or currency; the total or balance is the amount before it, so the bracketed one makes no claim of its
/// own.
/// </summary>
internal static partial class DocumentLinker
{
    private static bool RestatesPrevious(FigureMention m, SentenceFacts s)
    {
        if (!m.InParentheses || m.Measure is not (Measure.Turnover or Measure.Balance))
        {
            return false;
        }

        int i = s.Mentions.IndexOf(m);
        if (i < 1 || s.Mentions[i - 1] is not { IsValue: true } previous || previous.InParentheses || previous.Measure != m.Measure)
        {
            return false;
        }

        // One word may stand before the bracket: the unit of the first amount where the reader did not take it ("крон").
        var gap = s.Text[previous.Token.End..m.Token.Start];
        int open = gap.IndexOf('(', StringComparison.Ordinal);
        if (open < 0 || gap.IndexOfAny([')', ',', ';']) >= 0 || gap.Any(char.IsDigit) || Languages.Lexicon.Tokenize(gap[..open]).Count > 1)
        {
            return false;
        }

        var lex = Languages.Lexicon.All;
        var words = Languages.Lexicon.Tokenize(gap[(open + 1)..]);
        for (int k = 0; k < words.Count; k++)
        {
            if (lex.Match(words, k, "approx", out int length) is null)
            {
                return false;
            }

            k += length - 1;
        }

        return true;
    }
}

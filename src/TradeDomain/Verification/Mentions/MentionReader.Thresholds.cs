using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Mentions;

/// <summary>
/// Thresholds: "23 commodities each earned over US$1 billion", "24 товара свыше 1 млрд долларов каждый". An amount
/// after an "over" word that an "each" word goes with is the bar every item cleared, not a value of the text: no part,
/// whole or total is taken from it.
/// </summary>
internal static partial class MentionReader
{
    /// <summary>Words before an "over" phrase, and after the amount, where its "each" word may stand.</summary>
    private const int EachReachBefore = 3, EachReachAfter = 2;

    private static void DropThresholds(string s, List<Word> words, List<FigureMention> mentions) =>
        mentions.RemoveAll(m => m.IsValue && IsThreshold(s, words, m.Token));

    private static bool IsThreshold(string s, List<Word> words, NumberToken t)
    {
        var (_, to) = WordRange(words, 0, t.Start);
        int over = -1;
        for (int k = Math.Max(0, to - 3); k < to && over < 0; k++)
        {
            if (Match(words, k, "approx", out int length) is { Value: "over" } && k + length == to)
            {
                over = k;
            }
        }

        if (over < 0)
        {
            return false;
        }

        for (int k = Math.Max(0, over - EachReachBefore); k < over; k++)
        {
            if (Is(words, k, "each"))
            {
                return true;
            }
        }

        var (afterFrom, afterTo) = WordRange(words, t.End, s.Length);
        for (int k = afterFrom; k < Math.Min(afterTo, afterFrom + EachReachAfter); k++)
        {
            if (Is(words, k, "each"))
            {
                return true;
            }
        }

        return false;
    }
}

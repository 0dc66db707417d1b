using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Mentions;

/// <summary>
/// "ahead of a 0.9% increase in imports", "при 0,9% росте импорта": a percentage whose own words before it name no
/// measure, followed directly by a word of increase or decrease and then a measure, is a rate of that measure (not of
/// the measure its clause named earlier).
/// </summary>
internal static partial class MentionReader
{
    private static bool RateOfMeasureAfter(NumberToken t, List<Word> words, int afterFrom) =>
        t.Unit == NumberUnit.Percent && afterFrom < words.Count && (Is(words, afterFrom, "increase") || Is(words, afterFrom, "decrease"));
}

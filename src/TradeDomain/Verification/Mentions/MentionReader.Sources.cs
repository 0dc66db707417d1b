using TradeDomain.Verification.Languages;

namespace TradeDomain.Verification.Mentions;

/// <summary>
/// The source a figure is quoted from ("according to the State Statistics Committee,", "согласно Нацстаткому,", "со
/// ссылкой на Госстат"; data class <c>source</c>) names who reports it, not what it is of: its capitalised words, up to
/// the next comma, are no subject of the figures.
/// </summary>
internal static partial class MentionReader
{
    private const int SourceWords = 7;

    /// <summary>Whether word <paramref name="k"/> stands in a source phrase that begins at or after word
    /// <paramref name="from"/>.</summary>
    private static bool InSource(string s, List<Word> words, int from, int k)
    {
        for (int j = k; j >= Math.Max(from, k - SourceWords); j--)
        {
            if (j < k && s.AsSpan(words[j].End, words[j + 1].Start - words[j].End).IndexOfAny(",;:\"«»“”()") >= 0)
            {
                return false;
            }

            if (Is(words, j, "source"))
            {
                return true;
            }
        }

        return false;
    }
}

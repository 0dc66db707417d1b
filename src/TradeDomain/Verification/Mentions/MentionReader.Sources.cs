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

    /// <summary>
    /// Whether word <paramref name="k"/> belongs to an institution's name: a run of capitalised words and words of the
    /// class <c>institution</c>, joined by words of the class <c>name-connector</c> ("Bureau of Economic Analysis",
    /// "Pakistan Bureau of Statistics", "Национального банка Казахстана"), that holds an institution word. Such a name
    /// says who reports the figures, not what they are of.
    /// </summary>
    private static bool InInstitutionName(string s, List<Word> words, int k)
    {
        bool Member(int j) => char.IsUpper(s[words[j].Start]) || Is(words, j, "institution");
        bool Joined(int a, int b) => s.AsSpan(words[a].End, words[b].Start - words[a].End).IndexOfAny(",;:\"«»“”()–—-") < 0;
        bool found = Is(words, k, "institution");
        for (int j = k - 1, steps = 0; j >= 0 && steps < 6 && !found && Joined(j, j + 1); j--, steps++)
        {
            if (Member(j))
            {
                found = Is(words, j, "institution");
            }
            else if (!(Is(words, j, "name-connector") && j > 0 && Member(j - 1)))
            {
                break;
            }
        }

        for (int j = k + 1, steps = 0; j < words.Count && steps < 6 && !found && Joined(j - 1, j); j++, steps++)
        {
            if (Member(j))
            {
                found = Is(words, j, "institution");
            }
            else if (!(Is(words, j, "name-connector") && j + 1 < words.Count && Member(j + 1)))
            {
                break;
            }
        }

        return found;
    }
}

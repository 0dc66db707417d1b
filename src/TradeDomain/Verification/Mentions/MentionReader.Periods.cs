using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Mentions;

/// <summary>
/// "Imports stood at $361.8 billion last year", "the surplus reached 11.12 billion USD last year": a calendar period
/// word right after a level or a bare value (data class <c>own-period</c>, nothing but spaces between) names the period it is
/// of, not an earlier one it is compared with ("up from $4 billion last year" is a base by its "from" word, and "a
/// year earlier", "the same period last year" stay earlier).
/// </summary>
internal static partial class MentionReader
{
    private static bool OwnPeriodAfter(string s, List<Word> words, NumberToken t, int afterFrom, Role role, Lexicon lex) =>
        role is Role.To or Role.None && afterFrom < words.Count && lex.Match(words, afterFrom, "own-period", out _) is not null
            && string.IsNullOrWhiteSpace(s[t.End..words[afterFrom].Start]);

    /// <summary>"exports reached €118.3 billion, up 1.9% over March 2030, and imports came to €95.6 billion": a year
    /// after a rate's base word (data class <c>year-base</c>) is the year the rate compares with, not the year of the
    /// values after it (it still makes a bracketed value after it a base).</summary>
    private static bool IsRateBaseYear(List<Word> words, NumberToken? year, Lexicon lex)
    {
        if (year is null)
        {
            return false;
        }

        int to = WordRange(words, 0, year.Start).To;
        return HasClass(words, Math.Max(0, to - 4), to, "year-base", null, lex);
    }
}

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
}

using TradeDomain.Verification.Languages;

namespace TradeDomain.Verification.Mentions;

/// <summary>
/// Acronyms a text defines for the institutions it quotes ("Pakistan Bureau of Statistics (PBS)", "Федеральная
/// таможенная служба (ФТС)"; a name with a word of the data class <c>institution</c>) name who reports the figures, not
/// what they are of: wherever the text uses them later ("Provisional PBS data show …"), they are no subject. An acronym
/// of a name with no such word ("European Union (EU)", "Eurasian Economic Union (EAEU)") stays a subject.
/// </summary>
internal static partial class MentionReader
{
    private const int LongestAcronym = 8;
    private const int InstitutionNameWords = 8;

    /// <summary>The subject stems of the institution acronyms <paramref name="text"/> defines (empty for most texts).</summary>
    internal static HashSet<string> InstitutionAcronyms(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (int open = text.IndexOf('(', StringComparison.Ordinal); open >= 0; open = text.IndexOf('(', open + 1))
        {
            int close = open + 1;
            while (close < text.Length && close - open <= LongestAcronym + 1 && char.IsLetter(text[close]) && char.IsUpper(text[close]))
            {
                close++;
            }

            if (close >= text.Length || text[close] != ')' || close - open - 1 < 2)
            {
                continue;
            }

            // The name before the bracket, back to the start of its sentence or clause.
            int start = open;
            while (start > 0 && open - start < 120 && text[start - 1] is not ('.' or ',' or ';' or ':' or '(' or ')' or '\n'))
            {
                start--;
            }

            var words = Lexicon.Tokenize(text, start, open);
            for (int k = Math.Max(0, words.Count - InstitutionNameWords); k < words.Count; k++)
            {
                if (Is(words, k, "institution"))
                {
                    found.Add(SubjectStem(text[(open + 1)..close].ToLowerInvariant()));
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>Takes the institution acronyms out of the mentions' subjects.</summary>
    internal static void SetInstitutionsApart(List<FigureMention> mentions, HashSet<string> institutions)
    {
        if (institutions.Count == 0)
        {
            return;
        }

        foreach (var m in mentions)
        {
            if (m.Subject.Overlaps(institutions))
            {
                m.Subject = m.Subject.Where(stem => !institutions.Contains(stem)).ToHashSet(StringComparer.Ordinal);
            }
        }
    }
}

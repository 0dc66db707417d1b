using System.Text.RegularExpressions;

namespace TradeDomain.Verification;

/// <summary>Splits text into paragraphs (blank lines) and sentences, without breaking at decimal points, initials or
/// abbreviations such as "млрд.", "тыс.", "U.S.", "p.p.", "г.".</summary>
internal static partial class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "млрд", "млн", "тыс", "трлн", "г", "гг", "руб", "долл", "п", "т", "е", "др", "пр", "см", "им", "ул", "стр", "млрд.", "ст",
        "mr", "mrs", "ms", "dr", "no", "vs", "approx", "e.g", "i.e", "etc", "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "p.p", "pp", "u.s", "u.k", "bn", "mn", "mln", "bln", "st", "fig", "est",
        "дол", "тис", "грн", "млр",
        // Georgian: million, billion, thousand.
        "მლნ", "მლრდ", "ათ",
    };

    /// <summary>Paragraphs of (sentence, offset) pairs.</summary>
    internal static IEnumerable<List<(string Sentence, int Offset)>> Paragraphs(string text)
    {
        var paragraph = new List<(string, int)>();
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.Length : newline;
            var line = text[lineStart..lineEnd];
            if (line.AsSpan().IsWhiteSpace())
            {
                if (paragraph.Count > 0)
                {
                    yield return paragraph;
                    paragraph = [];
                }
            }
            else
            {
                paragraph.AddRange(Split(line, lineStart));
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        if (paragraph.Count > 0)
        {
            yield return paragraph;
        }
    }

    /// <summary>Whether the dot at <paramref name="i"/> ends a currency prefix of the currency data ("Kshs.", "Rs.").</summary>
    private static bool EndsCurrencyPrefix(string line, int i)
    {
        int start = i;
        while (start > 0 && char.IsLetter(line[start - 1]))
        {
            start--;
        }

        var word = line.AsSpan(start, i + 1 - start);
        if (word is "Rs.")
        {
            return true;
        }

        foreach (var (prefix, _) in CurrencyRegistry.Prefixes)
        {
            if (word.SequenceEqual(prefix))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ArmenianCapitalAfter(string line, int i)
    {
        int k = i + 1;
        while (k < line.Length && char.IsWhiteSpace(line[k]))
        {
            k++;
        }

        return k > i + 1 && k < line.Length && line[k] is >= '\u0531' and <= '\u0556';
    }

    private static IEnumerable<(string, int)> Split(string line, int offset)
    {
        int start = 0;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            // The Armenian full stop "։", and the colon Armenian typists put for it before a capital of their alphabet.
            if (c is not ('.' or '!' or '?' or '…' or '\u0589') && !(c == ':' && ArmenianCapitalAfter(line, i)))
            {
                continue;
            }

            int next = i + 1;
            while (next < line.Length && line[next] is '"' or '»' or '”' or ')' or '\'')
            {
                next++;
            }

            if (next < line.Length && !char.IsWhiteSpace(line[next]))
            {
                continue;
            }

            int after = next;
            while (after < line.Length && char.IsWhiteSpace(line[after]))
            {
                after++;
            }

            // The Georgian alphabet has no capitals: any of its letters may start a sentence.
            if (after < line.Length && !(char.IsUpper(line[after]) || line[after] is '"' or '«' or '“' or '(' or '–' or '—' || char.IsDigit(line[after])
                || line[after] is >= '\u10D0' and <= '\u10FF'))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(line, i) && after < line.Length && !StartsSentenceAfterScale(line, i, after))
            {
                continue;
            }

            // "exports rose to Kshs. 490 billion": a currency prefix written with a dot before a figure ends no sentence.
            if (c == '.' && after < line.Length && char.IsAsciiDigit(line[after]) && EndsCurrencyPrefix(line, i))
            {
                continue;
            }

            if (!line.AsSpan(start, next - start).IsWhiteSpace())
            {
                yield return (line[start..next], offset + start);
            }

            start = next;
        }

        if (start < line.Length && !line.AsSpan(start).IsWhiteSpace())
        {
            yield return (line[start..], offset + start);
        }
    }

    /// <summary>"… 18,086 млрд. Впервые …": after a Russian scale abbreviation a capitalized word (not a code such as
    /// США) starts a new sentence.</summary>
    private static bool StartsSentenceAfterScale(string line, int dot, int next)
    {
        int wordStart = dot;
        while (wordStart > 0 && char.IsLetter(line[wordStart - 1]))
        {
            wordStart--;
        }

        var word = line[wordStart..dot];
        bool afterDigit = wordStart > 0 && char.IsDigit(line[wordStart - 1]);
        if (word is not ("млрд" or "млн" or "тыс" or "трлн" or "руб" or "долл" or "дол" or "тис" or "грн" or "г" or "гг" or "bn" or "mn" or "mln" or "bln") && !(afterDigit && word.Length <= 2))
        {
            return false;
        }

        int end = next;
        while (end < line.Length && char.IsLetter(line[end]))
        {
            end++;
        }

        return char.IsUpper(line[next]) && (end - next == 1 ? line[next] is >= 'А' and <= 'Я' : char.IsLower(line[next + 1]));
    }

    private static bool IsAbbreviation(string line, int dot)
    {
        int wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(line[wordStart - 1]) || line[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = line[wordStart..dot];
        // "млн.дол.": abbreviations written together, the last of them before the dot.
        var last = word[(word.LastIndexOf('.') + 1)..];
        return word.Length == 1 || Abbreviations.Contains(word) || Abbreviations.Contains(word.TrimEnd('.'))
            || (last.Length < word.Length && Abbreviations.Contains(last));
    }
}

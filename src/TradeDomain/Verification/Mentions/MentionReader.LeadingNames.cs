using TradeDomain.Verification.Languages;

namespace TradeDomain.Verification.Mentions;

/// <summary>
/// A sentence's first word is capitalised whatever it is, so <see cref="SubjectOf"/> skips it. Where it is the name of a
/// country other than the release's own ("China was the largest source of imports, at $11.26bn", "Russia remained a key
/// partner"), it is the subject of the figures of the sentence's first clause that name none of their own. The release's own country (see
/// <see cref="FirstCountryNamed"/>, "Uzbekistan's foreign trade turnover reached …") has the totals, not a partner's.
/// </summary>
internal static partial class MentionReader
{
    /// <summary>The release's own country: the one most often written in the possessive ("Uzbekistan's foreign trade",
    /// "Turkey's exports"; the first of equally frequent ones), else the first country the text names.</summary>
    internal static Country? FirstCountryNamed(string text)
    {
        var head = text.Length > 8_000 ? text[..8_000] : text;
        var words = Lexicon.Tokenize(head);
        Country? first = null;
        var possessive = new List<(Country Country, int Count)>();
        foreach (var w in words)
        {
            if (w.Bare.Length <= 2 || !char.IsUpper(head[w.Start]) || !Country.TryFromName(w.Bare, out var country))
            {
                continue;
            }

            first ??= country;
            if (w.Lower.EndsWith("'s", StringComparison.Ordinal) || w.Lower.EndsWith("’s", StringComparison.Ordinal))
            {
                int i = possessive.FindIndex(p => p.Country == country);
                if (i < 0)
                {
                    possessive.Add((country, 1));
                }
                else
                {
                    possessive[i] = (country, possessive[i].Count + 1);
                }
            }
        }

        return possessive.Count > 0 ? possessive.First(p => p.Count == possessive.Max(x => x.Count)).Country : first;
    }

    /// <summary>Adds a leading partner's name to the subjects of the figures in the sentence's first clause.</summary>
    internal static void AddLeadingPartner(string s, List<Word> words, List<FigureMention> mentions, Country? reporter)
    {
        if (words.Count < 2 || reporter is null || !char.IsUpper(s[words[0].Start]) || !Country.TryFromName(words[0].Bare, out var country)
            || country == reporter.Value || SubjectStem(words[0].Bare) is not { Length: > 0 } stem)
        {
            return;
        }

        foreach (var m in mentions)
        {
            // Not a figure that names a subject of its own (the next item of a list).
            if (m.Clause == 0 && m.Token.Start > words[0].End && m.Subject.Count == 0)
            {
                m.Subject = new HashSet<string>(StringComparer.Ordinal) { stem };
            }
        }
    }
}

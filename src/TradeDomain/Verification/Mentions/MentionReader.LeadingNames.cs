using TradeDomain.Verification.Languages;

namespace TradeDomain.Verification.Mentions;

/// <summary>
/// The release's own country and the partners named first in a sentence. The release's own country (see
/// <see cref="ReporterOf"/>: "Pakistan's trade deficit widened …", "Uzbekistan's foreign trade turnover reached …") has the
/// totals: where it is the only country written in the possessive its name is no subject, so "Pakistan's trade deficit"
/// and "the deficit" are the same figure. A sentence's first
/// word is capitalised whatever it is, so <see cref="SubjectOf"/> skips it; where it is the name of another country
/// ("China was the largest source of imports, at $11.26bn", "Russia remained a key partner"), it is the subject of the
/// figures of the sentence's first clause that name none of their own.
/// </summary>
internal static partial class MentionReader
{
    /// <summary>The release's own country, the subject stems of the words that name it, and whether the text says so
    /// plainly (it is the only country written in the possessive), so that its name can be taken out of subjects.</summary>
    internal sealed record Reporter(Country Country, HashSet<string> Stems, bool Plain);

    /// <summary>The release's own country: the one most often written in the possessive ("Uzbekistan's foreign trade",
    /// "Turkey's exports"; the first of equally frequent ones), else the first country the text names; null when the
    /// text names none.</summary>
    internal static Reporter? ReporterOf(string text)
    {
        var head = text.Length > 8_000 ? text[..8_000] : text;
        var words = Lexicon.Tokenize(head);
        var named = new List<(Country Country, string Stem, bool Possessive)>();
        foreach (var w in words)
        {
            if (w.Bare.Length > 2 && char.IsUpper(head[w.Start]) && Country.TryFromName(w.Bare, out var country))
            {
                named.Add((country, SubjectStem(w.Bare), w.IsPossessive));
            }
        }

        if (named.Count == 0)
        {
            return null;
        }

        var possessive = named.Where(n => n.Possessive).GroupBy(n => n.Country).ToList();
        var reporter = possessive.Count > 0 ? possessive.First(g => g.Count() == possessive.Max(x => x.Count())).Key : named[0].Country;
        // The reporter's stems and the country subject its names add (see CountryOfStem).
        var stems = named.Where(n => n.Country == reporter).Select(n => n.Stem).ToHashSet(StringComparer.Ordinal);
        stems.Add(CountrySubject(reporter.Alpha2));
        return new Reporter(reporter, stems, possessive.Count == 1);
    }

    /// <summary>Takes the release's own country out of the subjects and adds a leading partner's name to the subjects of
    /// the figures in the sentence's first clause that name none.</summary>
    internal static void ApplyReporter(string s, List<Word> words, List<FigureMention> mentions, Reporter? reporter)
    {
        if (reporter is null)
        {
            return;
        }

        // A release comparing several countries' own figures ("Latvia's exports …, Lithuania's …") keeps every name.
        foreach (var m in reporter.Plain ? mentions : [])
        {
            if (m.Subject.Overlaps(reporter.Stems))
            {
                m.Subject = m.Subject.Where(stem => !reporter.Stems.Contains(stem)).ToHashSet(StringComparer.Ordinal);
            }
        }

        if (words.Count < 2 || !char.IsUpper(s[words[0].Start]) || !Country.TryFromName(words[0].Bare, out var country)
            || country == reporter.Country || SubjectStem(words[0].Bare) is not { Length: > 0 } stem)
        {
            return;
        }

        foreach (var m in mentions)
        {
            // Not a figure that names a subject of its own (the next item of a list).
            if (m.Clause == 0 && m.Token.Start > words[0].End && m.Subject.Count == 0)
            {
                m.Subject = new HashSet<string>(StringComparer.Ordinal) { stem, CountrySubject(country.Alpha2) };
            }
        }
    }
}

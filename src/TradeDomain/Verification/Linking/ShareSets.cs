using TradeDomain.Verification.Mentions;

namespace TradeDomain.Verification.Linking;

/// <summary>When a list of shares is stated complete, and when its shares may be of different wholes (a list's stated
/// total is marked by the mention reader: <c>MentionReader.MarkListTotals</c>).</summary>
internal static partial class DocumentLinker
{
    /// <summary>
    /// "Латвия экспортировала … 4,404 млрд евро, Литва - на 10,35 млрд евро … Из стран ЕС Латвия ввезла 78% общего
    /// объема импорта, Литва - 70%, Эстония - 82%": shares listed by name with a dash, in a sentence that speaks neither
    /// of partners nor of shares and does not close the list with "others", may each be a share of its own
    /// subject's whole — where none of them names a whole, or where at least two of the named subjects have values of
    /// the shares' measure of their own elsewhere in the document (they are reporters, each with its own total) — so a
    /// sum above 100 is no proof of an error: such a set is not certain (<see cref="Claim.DoubtKey"/> says why).
    /// </summary>
    private static bool ListWholesMayDiffer(List<FigureMention> shares, SentenceFacts sentence, List<SentenceFacts> all)
    {
        bool byName = false, named = false;
        foreach (var m in shares)
        {
            byName |= m.ShareByList;
            named |= m.WholeMeasure != Measure.None || m.Measure != Measure.None;
        }

        if (!byName || ListIsComplete(sentence) || NamesShareContext(sentence))
        {
            // Partners' shares ("main partners: …", "the share of …") and a list closed by "others" are of one whole.
            return false;
        }

        if (!named)
        {
            return true;
        }

        int withOwnValues = 0;
        foreach (var m in shares)
        {
            var measure = m.WholeMeasure != Measure.None ? m.WholeMeasure : m.Measure;
            var own = OwnSubject(m, sentence);
            if (measure == Measure.None || own.Count == 0)
            {
                continue;
            }

            bool found = false;
            foreach (var other in all)
            {
                if (other.Index == sentence.Index)
                {
                    continue;
                }

                foreach (var v in other.Mentions)
                {
                    if (v.IsValue && v.Figure is not null && v.Measure == measure && v.Subject.Count > 0 && OwnSubject(v, other).Overlaps(own))
                    {
                        found = true;
                        break;
                    }
                }

                if (found)
                {
                    break;
                }
            }

            withOwnValues += found ? 1 : 0;
        }

        return withOwnValues >= 2;
    }

    /// <summary>
    /// Whether a list of shares names the rest of its whole ("other countries", "прочие", "остальные", "інші"), so its
    /// shares add up to 100: a word of the <c>list-complete</c> class of the language data stands in its sentence.
    /// </summary>
    private static bool ListIsComplete(SentenceFacts sentence) => SentenceHas(sentence, "list-complete");

    /// <summary>
    /// "Первенство во ввозе тоже за Россией — свыше 88%. На ЕС и остальные государства приходится чуть более 5% и 6,5%
    /// соответственно": a list closed by "the rest" right after a sentence of the paragraph that states shares (or percentages with no other
    /// role) may continue that sentence's list, so its own shares need not add up to 100 (the set is not certain).
    /// </summary>
    private static bool ContinuesSharesBefore(SentenceFacts sentence, List<SentenceFacts> all)
    {
        var before = all.FirstOrDefault(x => x.Paragraph == sentence.Paragraph && x.Index == sentence.Index - 1);
        // A share, or a percentage with no role of its own ("за Россией — свыше 88%").
        return before is not null && before.Mentions.Any(m => m.Token.Unit == Numbers.NumberUnit.Percent && m.PercentRole is PercentRole.Share or PercentRole.None
            && m.Direction is null && !m.Earlier);
    }

    /// <summary>Whether a word of the <c>share-context</c> class ("partners", "share", "доля", "партнёры") stands in the sentence.</summary>
    private static bool NamesShareContext(SentenceFacts sentence) => SentenceHas(sentence, "share-context");

    /// <summary>Whether a phrase of word class <paramref name="cls"/> of the language data stands in the sentence (at or
    /// after position <paramref name="from"/>).</summary>
    private static bool SentenceHas(SentenceFacts sentence, string cls, int from = 0)
    {
        var lex = Languages.Lexicon.All;
        var words = sentence.Words.Count > 0 ? sentence.Words : Languages.Lexicon.Tokenize(sentence.Text);
        for (int k = 0; k < words.Count; k++)
        {
            if (words[k].Start >= from && lex.Is(words, k, cls))
            {
                return true;
            }
        }

        return false;
    }
}

namespace TradeDomain.Verification.Linking;

/// <summary>When a list of shares is stated complete.</summary>
internal static partial class DocumentLinker
{
    /// <summary>
    /// Whether a list of shares names the rest of its whole ("other countries", "прочие", "остальные", "інші"), so its
    /// shares add up to 100: a word of the <c>list-complete</c> class of the language data stands in its sentence.
    /// </summary>
    private static bool ListIsComplete(SentenceFacts sentence)
    {
        var lex = Languages.Lexicon.All;
        var words = sentence.Words.Count > 0 ? sentence.Words : Languages.Lexicon.Tokenize(sentence.Text);
        for (int k = 0; k < words.Count; k++)
        {
            if (lex.Is(words, k, "list-complete"))
            {
                return true;
            }
        }

        return false;
    }
}

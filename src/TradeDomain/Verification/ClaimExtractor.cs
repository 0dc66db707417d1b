using TradeDomain.Utility;
using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Linking;
using TradeDomain.Verification.Mentions;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification;

/// <summary>
/// Finds claims in prose as press releases write them, in English, Russian and Ukrainian, in stages: numbers
/// (<c>Verification/Numbers</c>: every number with its unit, scale, currency and approximator), mentions
/// (<c>Verification/Mentions</c>: each figure's measure, role, period and direction, from the word lists in
/// <c>Verification/Languages</c>), and linking over the whole document (<c>Verification/Linking</c>: growth rates and
/// their bases, multiples, indices, shares and share sets of one whole, totals and balances of exports and imports,
/// absolute changes, coverage ratios, conversions). A figure the text does not give stays missing, so the claim is
/// unverifiable rather than matched to an unrelated number.
/// </summary>
public static class ClaimExtractor
{
    private const int MaxSentenceLength = 2000;
    private const int MaxLinkedSentences = 200;

    /// <summary>The claims in <paramref name="text"/>, in order of appearance. Never throws on any text.</summary>
    /// <param name="text">Plain text: a press release or any part of one.</param>
    /// <param name="context">What "$" and "dollars" mean (USD by default), and "¥".</param>
    public static IReadOnlyList<Claim> Extract(string text, CurrencyContext? context = null)
    {
        Preconditions.CheckNotNull(text);
        context = Numbers.SymbolCues.Resolve(text, context ?? CurrencyContext.Default);
        var language = Lexicon.Detect(text.Length > 20_000 ? text[..20_000] : text);
        var institutions = MentionReader.InstitutionAcronyms(text);
        var reporter = MentionReader.ReporterOf(text);
        var claims = new List<Claim>();
        int paragraphIndex = 0;
        foreach (var paragraph in Sentences.Paragraphs(text))
        {
            // Facts are linked within a run of paragraphs of modest size (a release), not over a whole corpus at once.
            var facts = new List<SentenceFacts>();
            Currency paragraphCurrency = default;
            var period = new MentionReader.SentencePeriod(null, null);
            int index = 0;
            foreach (var (sentence, offset) in paragraph)
            {
                if (sentence.Length > MaxSentenceLength || !MayHoldFigures(sentence))
                {
                    index++;
                    continue;
                }

                var words = Lexicon.Tokenize(sentence);
                var tokens = NumberReader.Read(sentence, words, language, context);
                if (tokens.Count == 0)
                {
                    index++;
                    continue;
                }

                var mentions = MentionReader.Read(sentence, words, tokens, index, paragraphIndex, period, out period);
                MentionReader.SetInstitutionsApart(mentions, institutions);
                MentionReader.ApplyReporter(sentence, words, mentions, reporter);
                AssignFigures(mentions, words, ref paragraphCurrency);
                facts.Add(new SentenceFacts(sentence, offset, paragraphIndex, index, mentions) { Words = words });
                index++;

                // A paragraph with no end (a whole file on one line) is linked in runs of sentences, so the work stays
                // linear in the length of the text.
                if (facts.Count >= MaxLinkedSentences)
                {
                    MentionReader.ResolveDocumentPeriods(facts.Select(f => f.Mentions));
                    claims.AddRange(DocumentLinker.Link(facts));
                    facts = [];
                    paragraphIndex++;
                }
            }

            MentionReader.ResolveDocumentPeriods(facts.Select(f => f.Mentions));
            claims.AddRange(DocumentLinker.Link(facts));
            paragraphIndex++;
        }

        if (text.Contains('|', StringComparison.Ordinal))
        {
            claims.AddRange(TableLinker.Link(text, language));
        }

        return [.. claims.OrderBy(c => c.Offset)];
    }

    /// <summary>Every mention of every sentence, one a line (for diagnosing the extractor).</summary>
    internal static string Describe(string text)
    {
        var sb = new System.Text.StringBuilder();
        var language = Lexicon.Detect(text);
        var institutions = MentionReader.InstitutionAcronyms(text);
        var reporter = MentionReader.ReporterOf(text);
        foreach (var paragraph in Sentences.Paragraphs(text))
        {
            var period = new MentionReader.SentencePeriod(null, null);
            Currency currency = default;
            int index = 0;
            var read = new List<(string Sentence, List<FigureMention> Mentions)>();
            foreach (var (sentence, _) in paragraph)
            {
                var words = Lexicon.Tokenize(sentence);
                var tokens = NumberReader.Read(sentence, words, language, CurrencyContext.Default);
                var mentions = MentionReader.Read(sentence, words, tokens, index++, 0, period, out period);
                MentionReader.SetInstitutionsApart(mentions, institutions);
                MentionReader.ApplyReporter(sentence, words, mentions, reporter);
                AssignFigures(mentions, words, ref currency);
                read.Add((sentence, mentions));
            }

            MentionReader.ResolveDocumentPeriods(read.Select(r => r.Mentions));
            foreach (var (sentence, mentions) in read)
            {
                sb.Append("# ").AppendLine(sentence.Length > 100 ? sentence[..100] : sentence);
                foreach (var m in mentions)
                {
                    sb.Append("   ").AppendLine(m.ToString());
                }
            }
        }

        return sb.ToString();
    }

    private static bool MayHoldFigures(string sentence)
    {
        foreach (char c in sentence)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return sentence.Contains("doubl", StringComparison.OrdinalIgnoreCase) || sentence.Contains("tripl", StringComparison.OrdinalIgnoreCase)
            || sentence.Contains("halv", StringComparison.OrdinalIgnoreCase) || sentence.Contains("twice", StringComparison.OrdinalIgnoreCase)
            || sentence.Contains("fold", StringComparison.OrdinalIgnoreCase) || sentence.Contains("вдво", StringComparison.OrdinalIgnoreCase)
            || sentence.Contains("втро", StringComparison.OrdinalIgnoreCase) || sentence.Contains("раза", StringComparison.OrdinalIgnoreCase)
            || sentence.Contains("удвои", StringComparison.OrdinalIgnoreCase) || sentence.Contains("вдвічі", StringComparison.OrdinalIgnoreCase)
            || sentence.Contains("рази", StringComparison.OrdinalIgnoreCase) || sentence.Contains("times", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Amounts without a currency of their own take the sentence's (or the paragraph's so far): "(61.8 billion)".
    /// A sentence that names its currency in words ("In euro terms, …", "в долларовом выражении": data class
    /// <c>currency-terms</c>, whose value is the ISO code) has that currency before the paragraph's.</summary>
    private static void AssignFigures(List<FigureMention> mentions, List<Word> words, ref Currency paragraphCurrency)
    {
        var named = TermsCurrency(words);
        var sentenceCurrency = mentions.FirstOrDefault(m => m.Token.Unit == NumberUnit.Amount && m.Token.HasCurrency)?.Token.Currency ?? named ?? paragraphCurrency;
        var fallback = sentenceCurrency.IsDefault ? Currency.FromCode("XXX") : sentenceCurrency;
        foreach (var m in mentions)
        {
            var t = m.Token;
            if (t.Unit is NumberUnit.Amount or NumberUnit.Quantity && t.AmbiguousCurrency is null)
            {
                var currency = t.Unit == NumberUnit.Quantity ? Currency.FromCode("XXX")
                    : t.HasCurrency ? t.Currency
                    : mentions.Where(o => o.Token.HasCurrency).OrderBy(o => Math.Abs(o.Token.Start - t.Start)).FirstOrDefault()?.Token.Currency ?? fallback;
                if (AmountText.TryScaleUp(t.Value, t.Scale, out _))
                {
                    var amount = ReportedAmount.Create(t.Sign < 0 ? -t.Value : t.Value, t.Scale, currency, t.Decimals);
                    m.Figure = Figure.FromAmount(amount, t.Text);
                }
            }
        }

        if (!sentenceCurrency.IsDefault)
        {
            paragraphCurrency = sentenceCurrency;
        }
    }

    private static Currency? TermsCurrency(List<Word> words)
    {
        var lex = Lexicon.All;
        for (int k = 0; k < words.Count; k++)
        {
            if (lex.Match(words, k, "currency-terms", out _) is { } p && Currency.TryFromCode(p.Value, out var c))
            {
                return c;
            }
        }

        return null;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeDomain.Verification;

public static partial class ClaimExtractor
{
    private const int MaxSentenceLength = 2000;

    /// <summary>Finds the numbers of a sentence and what each is: an amount (with its currency, inherited from the
    /// sentence or paragraph for a bare "(61.8 billion)"), a percentage, percentage points, a multiple or a year.</summary>
    private static List<Mention> Scan(string sentence, CurrencyContext context, ref Currency paragraphCurrency)
    {
        var mentions = new List<Mention>();
        if (sentence.Length > MaxSentenceLength)
        {
            return mentions;
        }

        bool russian = Cyrillic().IsMatch(sentence);
        foreach (Match w in MultipleWord().Matches(sentence))
        {
            if (Multiple.TryParse(w.Value, null, out var word))
            {
                mentions.Add(new Mention { Kind = MentionKind.Multiple, Start = w.Index, End = w.Index + w.Length, Text = w.Value, Multiple = word });
            }
        }

        foreach (Match n in NumberToken().Matches(sentence))
        {
            var mention = Classify(sentence, n, russian, context);
            if (mention is not null && !mentions.Any(m => m.Start < mention.End && mention.Start < m.End))
            {
                mentions.Add(mention);
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));

        // Bare scaled numbers take the currency of the sentence (or the paragraph so far).
        var sentenceCurrency = mentions.FirstOrDefault(m => m.Kind == MentionKind.Amount && m.HasCurrency)?.Amount.Currency ?? paragraphCurrency;
        var fallback = sentenceCurrency.IsDefault ? Currency.FromCode("XXX") : sentenceCurrency;
        foreach (var m in mentions.Where(m => m.Kind == MentionKind.Amount))
        {
            if (!m.HasCurrency)
            {
                var nearest = mentions.Where(o => o.Kind == MentionKind.Amount && o.HasCurrency)
                    .OrderBy(o => Math.Abs(o.Start - m.Start)).FirstOrDefault();
                var currency = nearest?.Amount.Currency ?? fallback;
                m.Amount = ReportedAmount.Create(m.Amount.Printed, m.Amount.Scale, currency, m.Amount.Decimals);
            }

            m.Figure = Figure.FromAmount(m.Amount, m.Text);
        }

        if (!sentenceCurrency.IsDefault)
        {
            paragraphCurrency = sentenceCurrency;
        }

        var lower = sentence.ToLowerInvariant();
        int clause = 0, clauseStart = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            int prevEnd = i == 0 ? 0 : mentions[i - 1].End;
            int nextStart = i + 1 < mentions.Count ? mentions[i + 1].Start : sentence.Length;
            m.Before = lower[prevEnd..m.Start];
            m.After = lower[m.End..nextStart];
            if (i > 0 && ClauseBreak().Match(m.Before) is { Success: true } brk)
            {
                clause++;
                clauseStart = prevEnd + brk.Index;
            }

            m.Clause = clause;

            // Roles look back past years ("less than in 2022 (9.1 billion)"), directions over the whole clause.
            int j = i - 1;
            while (j >= 0 && mentions[j].Kind == MentionKind.Year)
            {
                j--;
            }

            m.Role = RoleOf(lower[(j < 0 ? 0 : mentions[j].End)..m.Start]);
            m.ClauseBefore = lower[clauseStart..m.Start];
            if (m.Kind == MentionKind.Percent && m.Figure is null)
            {
                m.Figure = Figure.FromNumber(m.Number, m.Text);
            }
        }

        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            if (mentions[i].Kind == MentionKind.Amount && mentions[i + 1].Kind == MentionKind.Year && YearGap().IsMatch(mentions[i].After))
            {
                mentions[i].AttachedYear = mentions[i + 1].Year;
            }
        }

        return mentions;
    }

    private static Mention? Classify(string sentence, Match n, bool russian, CurrencyContext context)
    {
        var number = n.Groups["num"].Value;
        var signText = n.Groups["sign"].Value;
        int start = n.Index, end = n.Index + n.Length;
        var after = sentence.AsSpan(end);
        var afterText = after.Length > 80 ? after[..80].ToString() : after.ToString();
        var numberText = (signText.Length > 0 && signText[0] != '+' ? "-" : "") + number;

        if (PercentUnit().Match(afterText) is { Success: true } pu)
        {
            return NumberMention(MentionKind.Percent, numberText, russian || pu.Value.Contains("процент", StringComparison.OrdinalIgnoreCase), start, end + pu.Length, sentence);
        }

        if (PointsUnit().Match(afterText) is { Success: true } pp)
        {
            return NumberMention(MentionKind.Points, numberText, russian || pp.Value.Contains('п', StringComparison.Ordinal), start, end + pp.Length, sentence);
        }

        var beforeText = sentence[Math.Max(0, start - 3)..start];
        if (TimesUnit().Match(afterText) is { Success: true } tu)
        {
            bool inRussian = tu.Value.Contains("раз", StringComparison.OrdinalIgnoreCase);
            if (inRussian && !beforeText.EndsWith("в ", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            int mStart = inRussian ? start - 2 : start;
            var text = sentence[mStart..(end + tu.Length)];
            return Multiple.TryParse(text, null, out var multiple)
                ? new Mention { Kind = MentionKind.Multiple, Start = mStart, End = end + tu.Length, Text = text, Multiple = multiple }
                : null;
        }

        if (beforeText.EndsWith('×') && PublishedNumber.TryParse(number, null, out var times))
        {
            return new Mention { Kind = MentionKind.Multiple, Start = start - 1, End = end, Text = "×" + number, Multiple = Multiple.Create(times, MultipleWording.Symbol) };
        }

        // An amount: a currency before the number, or a scale word or currency word after it.
        var prefix = n.Groups["cur"].Value + (n.Groups["code"].Success ? n.Groups["code"].Value + " " : "");
        if (n.Groups["code"].Success && !Currency.TryFromCode(n.Groups["code"].Value, out _))
        {
            prefix = "";
            start = n.Groups["sign"].Success && n.Groups["sign"].Length > 0 ? n.Groups["sign"].Index : n.Groups["num"].Index;
        }

        var amount = ParseAmount(prefix, numberText, afterText, context, out int consumed, out bool hasCurrency);
        if (amount is { } a)
        {
            return new Mention
            {
                Kind = MentionKind.Amount, Start = start, End = end + consumed, Text = sentence[start..(end + consumed)].Trim(),
                Amount = a, HasCurrency = hasCurrency,
            };
        }

        if (prefix.Length == 0 && signText.Length == 0 && number.Length == 4 && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            && year is >= 1900 and <= 2100)
        {
            return new Mention { Kind = MentionKind.Year, Start = start, End = end, Text = number, Year = year };
        }

        return null;
    }

    private static Mention? NumberMention(MentionKind kind, string number, bool russian, int start, int end, string sentence) =>
        NumberText.TryParseSigned(number, russian, out var value, out int decimals, out _)
            ? new Mention { Kind = kind, Start = start, End = end, Text = sentence[start..end], Number = PublishedNumber.Create(value, decimals) }
            : null;

    /// <summary>The longest reading of the number and the words after it that is an amount (scale word and/or currency).</summary>
    private static ReportedAmount? ParseAmount(string prefix, string number, string after, CurrencyContext context, out int consumed, out bool hasCurrency)
    {
        consumed = 0;
        hasCurrency = false;
        var words = AmountWords().Match(after);
        if (!words.Success && prefix.Length == 0)
        {
            return null;
        }

        // Try the longest run of following words first: "billion US dollars", then "billion US", "billion".
        var tokens = words.Success ? words.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        for (int k = Math.Min(tokens.Length, 5); k >= 0; k--)
        {
            var tail = TrimPunctuation(string.Join(' ', tokens.Take(k)));
            var candidate = prefix + number + (tail.Length > 0 ? " " + tail : "");
            if (ReportedAmount.TryParse(candidate, context, out var amount))
            {
                hasCurrency = true;
                consumed = k == 0 ? 0 : LengthOfWords(after, tail);
                return amount;
            }

            // A scale word without a currency: "(61.8 billion)".
            if (prefix.Length == 0 && k == 1 && ScaleOnly().IsMatch(tail)
                && ReportedAmount.TryParse(number + " " + tail + " XXX", CultureInfo.InvariantCulture, out var bare))
            {
                consumed = LengthOfWords(after, tail);
                return bare;
            }
        }

        return null;
    }

    /// <summary>Drops the punctuation that ends a phrase ("dollars).", "billion,") but keeps an abbreviation's dot ("млрд.", "тыс.").</summary>
    private static string TrimPunctuation(string tail)
    {
        var trimmed = tail.TrimEnd(',', ';', ':', ')', '.', '!', '?', '»', '"');
        return tail.Length > trimmed.Length && tail[trimmed.Length] == '.' && AbbreviatedScale().IsMatch(trimmed) ? trimmed + "." : trimmed;
    }

    private static int LengthOfWords(string after, string words)
    {
        int i = 0, j = 0;
        while (i < after.Length && j < words.Length)
        {
            if (char.IsWhiteSpace(after[i]) && (j >= words.Length || words[j] != ' '))
            {
                i++;
                continue;
            }

            i++;
            j++;
        }

        return i;
    }

    private static Role RoleOf(string before)
    {
        // "… above last year's level (61.8 million)": a figure in brackets after an earlier period is the base.
        if (before.TrimEnd().EndsWith('(') && EarlierPeriod().IsMatch(before))
        {
            return Role.From;
        }

        var matches = RoleWord().Matches(before.Length > 60 ? before[^60..] : before);
        if (matches.Count == 0)
        {
            return Role.None;
        }

        var last = matches[^1];
        return last.Groups["from"].Success ? Role.From : Role.To;
    }

    [GeneratedRegex(@"(?:previous|prior|preceding|last year|a year (?:earlier|ago|before)|year-on-year|прошл\w+|предыдущ\w+|ранее|аналогичн\w+ период\w*|\b(?:19|20)\d\d\b)")]
    private static partial Regex EarlierPeriod();

    [GeneratedRegex(@"(?:^|\s)(?:млрд|млн|тыс|трлн|долл)$")]
    private static partial Regex AbbreviatedScale();

    [GeneratedRegex(@"[\u0400-\u04FF]")]
    private static partial Regex Cyrillic();

    [GeneratedRegex(@"(?<![\w.,])(?:(?<cur>US\$|\$|€|£|₽|₸|¥)\s?|(?<code>[A-Z]{3})[\s\u00A0])?(?<sign>[-−–+]\s?)?(?<num>\d{1,3}(?:(?:,\d{3})+|(?:[\u00A0\u2009\u202F ]\d{3})+)(?:[.,]\d+)?(?![\d])|\d+(?:[.,]\d+)?)")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"^\s?(?:%|percent\b|per cent\b|pct\b|процент\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex PercentUnit();

    [GeneratedRegex(@"^\s?(?:percentage points?\b|p\.\s?p\.|pp\b|pps\b|п\.\s?п\.|процентн\w+ пункт\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex PointsUnit();

    [GeneratedRegex(@"^\s?(?:times more\b|times\b|-fold\b|fold\b|раза?\b(?: больше)?)", RegexOptions.IgnoreCase)]
    private static partial Regex TimesUnit();

    [GeneratedRegex(@"\b(?:doubled|tripled|trebled|quadrupled|quintupled|halved|удвоил(?:ся|ась|ось|ись)|утроил(?:ся|ась|ось|ись))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MultipleWord();

    [GeneratedRegex(@"^[\s\u00A0]?(?:(?:trillion|billion|million|thousand|bn|mn|mln|bln|tn|trn|k|m|трлн\.?|млрд\.?|млн\.?|тыс\.?)(?![\w])[\s\u00A0]*)?(?:[\w.$€£₽₸¥]+[\s\u00A0]?){0,4}", RegexOptions.IgnoreCase)]
    private static partial Regex AmountWords();

    [GeneratedRegex(@"^(?:trillion|billion|million|thousand|bn|mn|mln|bln|tn|trn|трлн\.?|млрд\.?|млн\.?|тыс\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ScaleOnly();

    [GeneratedRegex(@"(?<from>\bfrom\b|\bthan\b|compared (?:to|with)|\bagainst\b|\bversus\b|\bvs\b|\bс\b|\bсо\b|\bчем\b|по сравнению с|\bпротив\b)|(?<to>\bto\b|\breached\b|\breaching\b|\bamounted\b|\bamounting\b|\btotall?ed\b|\btotall?ing\b|stood at|came to|\bwas\b|\bwere\b|\bis\b|\bдо\b|составил\w*|составля\w*|достиг\w*|достига\w*)")]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"(?:;|,\s*while\b|\bwhile\b|,\s*whereas\b|,\s*but\b|,\s*а\s|,\s*тогда как\b|,\s*при этом\b|,\s*однако\b|,\s*and\s+(?:exports|imports|turnover)\b)")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\s*(?:\(|,)?\s*(?:in|of|for|в|за)?\s*(?:the year\s*)?$")]
    private static partial Regex YearGap();
}

using System.Globalization;
using TradeDomain.Verification.Languages;

namespace TradeDomain.Verification.Numbers;

/// <summary>
/// The first stage: text → numbers. Reads every number of a sentence in the forms releases print — thousands grouped by
/// spaces, no-break or thin spaces, apostrophes, commas or dots (decided by <see cref="NumberText"/>'s one rule and the
/// text's language), compound amounts ("2 млрд 407 млн", "27 billion 815 million", "1218 thousand 344.61 USD"), currency
/// signs, codes and words before or after ("US$", "Rs.", "USD", "тенге"), scale words, percent and point units, multiples
/// ("2.4-fold", "в 2 раза", "twice", "вдвое") — with the approximator in front ("almost", "более"). A dash between a name
/// and a figure is not a minus; a doubled scale word ("$2 billion billion") is not a figure.
/// </summary>
internal static class NumberReader
{
    private static readonly string[] Symbols = ["US$", "Rs.", "Rs", "$", "€", "£", "₽", "₸", "¥", "￥", "₹", "₩", "₼", "₴"];

    internal static List<NumberToken> Read(string s, List<Word> words, Language language, CurrencyContext context)
    {
        var lex = Lexicon.All;
        var convention = language == Language.English ? NumberConvention.DecimalPoint : NumberConvention.DecimalComma;
        var tokens = new List<NumberToken>();
        int wi = 0;

        // Multiples written as words: "doubled", "twice", "вдвое", "halved"; "two/three times", "в два раза".
        for (int k = 0; k < words.Count; k++)
        {
            if (lex.Match(words, k, "multiple-word", out int len) is { } mw)
            {
                bool halved = mw.Words[0].StartsWith("halv", StringComparison.Ordinal);
                tokens.Add(new NumberToken
                {
                    Start = words[k].Start, End = words[k + len - 1].End, Text = s[words[k].Start..words[k + len - 1].End], Unit = NumberUnit.Times,
                    Value = decimal.Parse(mw.Value, CultureInfo.InvariantCulture), Decimals = 0, IsWordMultiple = !halved, Wording = MultipleWording.Times,
                });
            }
            else if (lex.Match(words, k, "multiple-number", out _) is { } mn && k + 1 < words.Count && lex.Match(words, k + 1, "times", out _) is not null
                && words[k + 1].Start - words[k].End <= 2)
            {
                bool more = k + 2 < words.Count && words[k + 2].Bare is "more" or "больше" or "більше";
                tokens.Add(new NumberToken
                {
                    Start = words[k].Start, End = words[k + 1].End, Text = s[words[k].Start..words[k + 1].End], Unit = NumberUnit.Times,
                    Value = decimal.Parse(mn.Value, CultureInfo.InvariantCulture), Decimals = 0, IsWordMultiple = true,
                    Wording = more && language == Language.English ? MultipleWording.TimesMore : MultipleWording.Times,
                });
            }
        }

        int i = 0;
        while (i < s.Length)
        {
            if (!char.IsAsciiDigit(s[i]) || (i > 0 && ((char.IsLetterOrDigit(s[i - 1]) && !AfterGluedCurrencyCode(s, i) && !(language == Language.English && PrefixBefore(s, i, glued: true) is not null)) || (s[i - 1] is '.' or ',' && i > 1 && char.IsAsciiDigit(s[i - 2])))))
            {
                i++;
                continue;
            }

            int end = NumberText.LexEnd(s, i);
            var token = ReadAt(s, i, ref end, words, ref wi, language, convention, context, lex);
            if (token is not null && !Overlaps(tokens, token))
            {
                tokens.Add(token);
            }

            i = Math.Max(end, i + 1);
        }

        tokens.Sort((a, b) => a.Start.CompareTo(b.Start));
        InheritRangeUnits(s, words, tokens, lex);
        InheritScaleOfSameCurrency(tokens);
        return tokens;
    }

    /// <summary>
    /// The first number of a range printed with its scale and unit only on the second takes them from it: "from 24 to
    /// 64 thousand tonnes", "с 1,5 до 2,3 млрд долларов", and with case endings "24 мыңнан 64 мың тоннаға" (24 thousand
    /// tonnes). The range is the first number after a <c>from</c> word or in the ablative, then nothing but a <c>to</c>
    /// word, a dash or spaces before the second, which is an amount or a quantity.
    /// </summary>
    /// <summary>"exports … reaching EGP 16.83bn, compared to EGP16.33 in May 2012": an amount with a currency and decimals
    /// but no scale word, below 1 000, in a sentence whose other amounts of that currency all carry one scale, is of that
    /// scale (a trade figure is not sixteen pounds).</summary>
    private static void InheritScaleOfSameCurrency(List<NumberToken> tokens)
    {
        foreach (var t in tokens)
        {
            if (t.Unit != NumberUnit.Amount || !t.HasCurrency || t.Scale != AmountScale.Units || t.Decimals == 0 || t.Value >= 1000)
            {
                continue;
            }

            var scales = tokens.Where(o => o != t && o.Unit == NumberUnit.Amount && o.HasCurrency && o.Currency == t.Currency && o.Scale != AmountScale.Units)
                .Select(o => o.Scale).Distinct().ToList();
            if (scales.Count == 1)
            {
                t.Scale = scales[0];
            }
        }
    }

    private static void InheritRangeUnits(string s, List<Word> words, List<NumberToken> tokens, Lexicon lex)
    {
        for (int k = 0; k + 1 < tokens.Count; k++)
        {
            var a = tokens[k];
            var b = tokens[k + 1];
            if (b.Start < a.End || b.Unit is not (NumberUnit.Amount or NumberUnit.Quantity) || b.AmbiguousCurrency is not null
                || !(a.Unit == NumberUnit.Plain || (a.Unit == NumberUnit.Amount && !a.HasCurrency && a.AmbiguousCurrency is null && (a.Scale == b.Scale || b.Scale == AmountScale.Units)))
                || (a.Unit == NumberUnit.Amount && b.Unit == NumberUnit.Amount && !b.HasCurrency))
            {
                continue;
            }

            // Between them: a "to" word, a dash, or nothing.
            var (gapFrom, gapTo) = Lexicon.WordRange(words, a.End, b.Start);
            var gap = s.AsSpan(a.End, b.Start - a.End).Trim();
            bool joined = gapTo == gapFrom
                ? gap.IsEmpty || gap is "-" or "–" or "—"
                : gapTo - gapFrom == 1 && lex.Match(words, gapFrom, "to", out int toLength) is not null && toLength == 1
                  && s.AsSpan(a.End, words[gapFrom].Start - a.End).IsWhiteSpace() && s.AsSpan(words[gapFrom].End, b.Start - words[gapFrom].End).IsWhiteSpace();
            if (!joined)
            {
                continue;
            }

            // Before the first: a "from" word right before it, or its own last word in the ablative.
            var (aFrom, aTo) = Lexicon.WordRange(words, a.Start, a.End);
            int before = aFrom - 1;
            bool fromWord = before >= 0 && words[before].End <= a.Start && s.AsSpan(words[before].End, a.Start - words[before].End).IsWhiteSpace() && lex.Is(words, before, "from");
            bool ablative = aTo > aFrom && lex.HasEnding(words[aTo - 1], "from-case");
            if (!fromWord && !ablative)
            {
                continue;
            }

            tokens[k] = new NumberToken
            {
                Start = a.Start, End = a.End, Text = a.Text, Unit = b.Unit, Value = a.Value, Decimals = a.Decimals,
                Scale = a.Unit == NumberUnit.Plain ? b.Scale : a.Scale, Currency = b.Currency, HasCurrency = b.HasCurrency,
                Sign = a.Sign, Approximator = a.Approximator,
            };
        }
    }

    /// <summary>Whether a token already read overlaps <paramref name="token"/> (a loop, not a lambda: the read loop
    /// visits every character).</summary>
    private static bool Overlaps(List<NumberToken> tokens, NumberToken token)
    {
        foreach (var t in tokens)
        {
            if (t.Start < token.End && token.Start < t.End)
            {
                return true;
            }
        }

        return false;
    }

    private static int WordAt(List<Word> words, int pos, ref int hint)
    {
        while (hint > 0 && words[hint - 1].Start >= pos)
        {
            hint--;
        }

        while (hint < words.Count && words[hint].Start < pos)
        {
            hint++;
        }

        return hint;
    }

    /// <summary>The index of the word that starts right after <paramref name="pos"/> (only spaces between), or -1.</summary>
    private static int NextWord(string s, List<Word> words, int pos, ref int hint, int maxGap = 2)
    {
        int w = WordAt(words, pos, ref hint);
        if (w >= words.Count)
        {
            return -1;
        }

        for (int p = pos; p < words[w].Start; p++)
        {
            if (!NumberText.IsSpace(s[p]) && s[p] != '-')
            {
                return -1;
            }
        }

        return words[w].Start - pos <= maxGap ? w : -1;
    }

    private static NumberToken? ReadAt(string s, int start, ref int end, List<Word> words, ref int wi, Language language, NumberConvention convention, CurrencyContext context, Lexicon lex)
    {
        // "USD 2, 347 bln" is not read; "1,5" at a sentence end is (the dot is not a decimal there).
        var digits = s.AsSpan(start, end - start);
        if (!NumberText.TryParseDigits(digits, convention, out var value, out int decimals, out _))
        {
            return null;
        }

        // A sign attached to the number, not a dash between a name and a figure ("Казахстан - 47%").
        int sign = 0;
        int tokenStart = start;
        if (start > 0 && (NumberText.IsMinus(s[start - 1]) || s[start - 1] == '+'))
        {
            int p = start - 2;
            while (p >= 0 && NumberText.IsSpace(s[p]))
            {
                p--;
            }

            bool attachedToWord = p >= 0 && p == start - 2 && char.IsLetterOrDigit(s[p]);
            bool afterName = p >= 0 && char.IsLetter(s[p]);
            if (!attachedToWord && !afterName)
            {
                sign = s[start - 1] == '+' ? 1 : -1;
                tokenStart = start - 1;
            }
        }

        // Currency before: a sign ("US$", "$", "Rs.", "€") or a code ("USD 66.0", and "USD182.52" with no space).
        Currency currency = default;
        bool hasCurrency = false;
        string? ambiguous = null;
        int before = tokenStart - 1;
        while (before >= 0 && NumberText.IsSpace(s[before]) && tokenStart - before <= 2)
        {
            before--;
        }

        foreach (var symbol in Symbols)
        {
            int at = before - symbol.Length + 1;
            if (at >= 0 && string.CompareOrdinal(s, at, symbol, 0, symbol.Length) == 0 && (at == 0 || !char.IsLetter(s[at - 1])))
            {
                if (Resolve(symbol, context, out currency))
                {
                    hasCurrency = true;
                }
                else
                {
                    ambiguous = symbol;
                }

                tokenStart = Math.Min(tokenStart, at);
                break;
            }
        }

        if (!hasCurrency && ambiguous is null && before >= 2 && before <= tokenStart - 1 && char.IsAsciiLetterUpper(s[before]) && char.IsAsciiLetterUpper(s[before - 1])
            && char.IsAsciiLetterUpper(s[before - 2]) && (before < 3 || !char.IsLetter(s[before - 3])) && Currency.TryFromCode(s.AsSpan(before - 2, 3), out var code))
        {
            currency = code;
            hasCurrency = true;
            tokenStart = before - 2;
        }

        // A letter prefix of the currency data in English text, glued or spaced ("RM157.05 billion", "R19.70 billion",
        // "Rp 15 trillion", "S$2.1 billion"); a one-letter prefix only glued. Only with decimals or a scale word after the
        // digits: "R2 projects" is a name.
        int scaleWord = NextWord(s, words, end, ref wi, maxGap: 1);
        if (!hasCurrency && ambiguous is null && tokenStart == start && language == Language.English
            && (PrefixBefore(s, start, glued: true) ?? PrefixBefore(s, start, glued: false)) is { } prefix
            && (decimals > 0 || (scaleWord >= 0 && lex.Match(words, scaleWord, "scale", out _) is not null)))
        {
            currency = Currency.FromIndex(prefix.Index);
            hasCurrency = true;
            tokenStart = prefix.Start;
        }

        int w = NextWord(s, words, end, ref wi);
        // "$15.m": a stray dot between an amount with its currency and a glued scale abbreviation is no decimal point.
        if (w < 0 && hasCurrency && end + 1 < s.Length && s[end] == '.' && char.IsAsciiLetterLower(s[end + 1])
            && NextWord(s, words, end + 1, ref wi, maxGap: 0) is int dotted and >= 0 && words[dotted].Start == end + 1
            && lex.Match(words, dotted, "scale", out _) is not null)
        {
            w = dotted;
        }

        string approx = Approximator(s, words, tokenStart, ref wi, lex);

        // Percent and points.
        if (end < s.Length && s[end] == '%' || (end + 1 < s.Length && s[end] == ' ' && s[end + 1] == '%'))
        {
            int pe = s.IndexOf('%', end) + 1;
            return Plain(NumberUnit.Percent, s, tokenStart, pe, value, decimals, sign, approx);
        }

        if (w >= 0 && lex.Match(words, w, null, out int len) is { } unit)
        {
            int ue = words[w + len - 1].End;
            switch (unit.Class)
            {
                case "percent":
                    return Plain(NumberUnit.Percent, s, tokenStart, ue, value, decimals, sign, approx);
                case "points":
                    return Plain(NumberUnit.Points, s, tokenStart, ue, value, decimals, sign, approx);
                case "times" or "times-more":
                {
                    bool russianTimes = unit.Words[0].StartsWith('р');
                    if (russianTimes)
                    {
                        // "в 1,5 раза": the "в" is part of it; "2 раза" without it is a count of occasions.
                        int vb = tokenStart - 1;
                        while (vb >= 0 && NumberText.IsSpace(s[vb]))
                        {
                            vb--;
                        }

                        bool v = vb >= 0 && s[vb] is 'в' or 'В' or 'у' && (vb == 0 || !char.IsLetter(s[vb - 1]));
                        if (!v)
                        {
                            return null;
                        }

                        tokenStart = vb;
                    }

                    if (value <= 0)
                    {
                        return null; // "0 times" multiplies nothing: not a multiple (Multiple refuses it too)
                    }

                    end = ue;
                    return new NumberToken
                    {
                        Start = tokenStart, End = ue, Text = s[tokenStart..ue], Unit = NumberUnit.Times, Value = value, Decimals = decimals, Approximator = approx,
                        Wording = unit.Class == "times-more" ? MultipleWording.TimesMore : russianTimes ? MultipleWording.Russian
                            : unit.Words[0] == "fold" ? MultipleWording.Fold : MultipleWording.Times,
                    };
                }

                case "month":
                    return value is >= 1 and <= 31 && decimals == 0 ? Plain(NumberUnit.Day, s, tokenStart, end, value, 0, 0, "") : null;
            }
        }

        // Scale words, a compound amount, a doubled scale word.
        var scale = AmountScale.Units;
        bool hasScale = false;
        int amountEnd = end;
        // "2M2021", "9M2023": a letter glued between two numbers is a period's label ("two months of 2021"), not a scale.
        if (w >= 0 && words[w].Start == end && words[w].Lower.Length == 1 && char.IsLetter(words[w].Lower[0])
            && words[w].End < s.Length && char.IsAsciiDigit(s[words[w].End]))
        {
            return null;
        }

        if (w >= 0 && lex.Match(words, w, "scale", out int sl) is { } sc && (sc.Words[0] is not ("m" or "k") || words[w].Start == end || hasCurrency))
        {
            scale = (AmountScale)int.Parse(sc.Value, CultureInfo.InvariantCulture);
            hasScale = true;
            amountEnd = words[w + sl - 1].End;
            if (words[w + sl - 1].Lower.EndsWith('.') && !sc.Words[^1].EndsWith('.'))
            {
                amountEnd--;
            }

            int w2 = NextWord(s, words, amountEnd, ref wi);
            if (w2 >= 0 && lex.Match(words, w2, "scale", out _) is not null)
            {
                return null;
            }

            // "2 млрд 407 млн", "27 billion 815 million", "1218 thousand 344.61 USD".
            int p = amountEnd;
            while (p < s.Length && NumberText.IsSpace(s[p]))
            {
                p++;
            }

            if (p < s.Length && p > amountEnd && char.IsAsciiDigit(s[p]))
            {
                int e2 = NumberText.LexEnd(s, p);
                if (NumberText.TryParseDigits(s.AsSpan(p, e2 - p), convention, out var second, out int d2, out _) && second < 1000 && decimals == 0)
                {
                    int w3 = NextWord(s, words, e2, ref wi);
                    var smaller = AmountScale.Units;
                    int compoundEnd = e2;
                    bool ok = false;
                    if (w3 >= 0 && lex.Match(words, w3, "scale", out int sl3) is { } sc3 && int.Parse(sc3.Value, CultureInfo.InvariantCulture) < (int)scale)
                    {
                        smaller = (AmountScale)int.Parse(sc3.Value, CultureInfo.InvariantCulture);
                        compoundEnd = words[w3 + sl3 - 1].End;
                        ok = (int)scale - (int)smaller == 3;
                    }
                    else if (scale == AmountScale.Thousand && CurrencyAfter(s, words, e2, context, ref wi, out _, out _))
                    {
                        ok = true;
                    }

                    if (ok)
                    {
                        value = (value * AmountText.Pow10((int)scale - (int)smaller)) + second;
                        decimals = d2;
                        scale = smaller;
                        amountEnd = compoundEnd;
                    }
                }
            }
        }

        // Currency after: words ("US dollars", "тенге", "долл. США") or a code.
        if (!hasCurrency && ambiguous is null && CurrencyAfter(s, words, amountEnd, context, ref wi, out var after, out int currencyEnd))
        {
            currency = after;
            hasCurrency = true;
            amountEnd = currencyEnd;
        }
        else if (!hasCurrency && ambiguous is null && hasScale is false && IsQuantity(s, words, amountEnd, ref wi, lex, out int qe))
        {
            return new NumberToken { Start = tokenStart, End = qe, Text = s[tokenStart..qe], Unit = NumberUnit.Quantity, Value = value, Decimals = decimals, Scale = scale, Sign = sign, Approximator = approx };
        }

        if (hasScale && !hasCurrency && ambiguous is null && IsQuantity(s, words, amountEnd, ref wi, lex, out int qe2))
        {
            return new NumberToken { Start = tokenStart, End = qe2, Text = s[tokenStart..qe2], Unit = NumberUnit.Quantity, Value = value, Decimals = decimals, Scale = scale, Sign = sign, Approximator = approx };
        }

        if (hasCurrency || hasScale || ambiguous is not null)
        {
            end = amountEnd;
            return new NumberToken
            {
                Start = tokenStart, End = amountEnd, Text = s[tokenStart..amountEnd].Trim(), Unit = NumberUnit.Amount, Value = value, Decimals = decimals,
                Scale = scale, Currency = currency, HasCurrency = hasCurrency, AmbiguousCurrency = ambiguous, Sign = sign, Approximator = approx,
            };
        }

        if (sign == 0 && decimals == 0 && end - start == 4 && value is >= 1900 and <= 2100)
        {
            return new NumberToken { Start = start, End = end, Text = s[start..end], Unit = NumberUnit.Year, Value = value, Year = (int)value };
        }

        // "April 30", "30 April": a day of a date.
        if (decimals == 0 && value is >= 1 and <= 31)
        {
            int pw = WordAt(words, start, ref wi) - 1;
            if (pw >= 0 && start - words[pw].End <= 2 && lex.Is(words, pw, "month"))
            {
                return Plain(NumberUnit.Day, s, start, end, value, 0, 0, "");
            }
        }

        return Plain(NumberUnit.Plain, s, tokenStart, end, value, decimals, sign, approx);
    }

    private static NumberToken Plain(NumberUnit unit, string s, int start, int end, decimal value, int decimals, int sign, string approx) =>
        new() { Start = start, End = end, Text = s[start..end], Unit = unit, Value = value, Decimals = decimals, Sign = sign, Approximator = approx };

    /// <summary>Whether the digits at <paramref name="i"/> follow an ISO 4217 code with no space ("USD182.52 billion", as
    /// some statistics offices print): three capitals, not the end of a longer word.</summary>
    private static bool AfterGluedCurrencyCode(string s, int i) =>
        i >= 3 && char.IsAsciiLetterUpper(s[i - 1]) && char.IsAsciiLetterUpper(s[i - 2]) && char.IsAsciiLetterUpper(s[i - 3])
        && (i == 3 || !char.IsLetterOrDigit(s[i - 4])) && Currency.TryFromCode(s.AsSpan(i - 3, 3), out _);

    /// <summary>The currency data's letter prefix that ends right before the digits at <paramref name="i"/> (glued) or one
    /// space before them, and begins no longer word ("RM157.05", "R19.70", "Rp 15"; not "BR2", "FORM 5"); a spaced prefix
    /// has two letters or more ("R 5" is none).</summary>
    private static (int Start, ushort Index)? PrefixBefore(string s, int i, bool glued)
    {
        int end = glued ? i : i - 1;
        if (!glued && (end < 1 || !NumberText.IsSpace(s[end])))
        {
            return null;
        }

        foreach (var (prefix, index) in CurrencyRegistry.Prefixes)
        {
            int at = end - prefix.Length;
            if (at >= 0 && (glued || prefix.Length >= 2) && string.CompareOrdinal(s, at, prefix, 0, prefix.Length) == 0
                && (at == 0 || !char.IsLetterOrDigit(s[at - 1])))
            {
                return (at, index);
            }
        }

        return null;
    }

    private static bool Resolve(string symbol, CurrencyContext context, out Currency currency)
    {
        currency = symbol switch
        {
            "$" => context.Dollar,
            "US$" => Currency.USD,
            "Rs." or "Rs" or "₹" => Currency.FromCode("INR"),
            "¥" or "￥" => context.Yen,
            _ => CurrencyRegistry.Symbols.TryGetValue(symbol, out var index) ? Currency.FromIndex(index) : default,
        };
        return !currency.IsDefault;
    }

    /// <summary>Currency words or a code right after <paramref name="pos"/>: the longest of up to four words.</summary>
    private static bool CurrencyAfter(string s, List<Word> words, int pos, CurrencyContext context, ref int hint, out Currency currency, out int end)
    {
        currency = default;
        end = pos;
        int w = NextWord(s, words, pos, ref hint);
        if (w < 0)
        {
            // A code: "66.0 USD".
            int p = pos;
            while (p < s.Length && NumberText.IsSpace(s[p]) && p - pos < 2)
            {
                p++;
            }

            return false;
        }

        for (int k = Math.Min(4, words.Count - w); k >= 1; k--)
        {
            var first = words[w];
            var last = words[w + k - 1];
            var text = s.AsSpan(first.Start, last.End - first.Start);
            if (CurrencyRegistry.WordsBySpan.TryGetValue(text, out var index)
                || (text.EndsWith(".") && CurrencyRegistry.WordsBySpan.TryGetValue(text[..^1], out index)))
            {
                currency = index == 0 ? context.Dollar : Currency.FromIndex(index);
                end = CurrencyRegistry.WordsBySpan.ContainsKey(text) ? last.End : last.End - 1;
                return !currency.IsDefault;
            }

            if (k == 1 && text.Length >= 3 && char.IsAsciiLetterUpper(text[0]) && Currency.TryFromCode(text[..3], out currency) && (text.Length == 3 || text[3] == '.'))
            {
                end = first.Start + 3;
                return true;
            }
        }

        // Dollars, dollar (the dollar context), долларов, доларів, and the case forms of the region's other languages
        // (dolları, dollarga, долларды, dolarów).
        var bare = words[w].Bare;
        if (bare.StartsWith("dollar", StringComparison.Ordinal) || bare.StartsWith("доллар", StringComparison.Ordinal) || bare.StartsWith("dolar", StringComparison.Ordinal)
            || bare is "долл" or "доларів" or "долара" or "дол")
        {
            currency = context.Dollar;
            end = words[w].End;
            return !currency.IsDefault;
        }

        return false;
    }

    private static bool IsQuantity(string s, List<Word> words, int pos, ref int hint, Lexicon lex, out int end)
    {
        end = pos;
        int w = NextWord(s, words, pos, ref hint);
        if (w >= 0 && lex.Match(words, w, "quantity", out int len) is not null)
        {
            end = words[w + len - 1].End;
            return true;
        }

        return false;
    }

    /// <summary>An approximator right before the number: "almost", "more than", "более", "около".</summary>
    private static string Approximator(string s, List<Word> words, int start, ref int hint, Lexicon lex)
    {
        int w = WordAt(words, start, ref hint);
        for (int back = 1; back <= 3; back++)
        {
            int k = w - back;
            if (k < 0)
            {
                break;
            }

            if (lex.Match(words, k, "approx", out int len) is { } a && k + len == w && start - words[w - 1].End <= 3)
            {
                return a.Value;
            }
        }

        return "";
    }
}

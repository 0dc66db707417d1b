using System.Globalization;
using System.Text;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>An amount as printed: the number in scale units, its decimals, the scale word and the currency.</summary>
internal readonly record struct PrintedAmount(decimal Mantissa, int Decimals, AmountScale Scale, Currency Currency);

/// <summary>
/// Reads and writes amounts as publications print them: "66.0 billion US dollars", "$490 billion", "USD 66.0 bn",
/// "1,012.5 million US dollars", "66,0 млрд долларов США". Shared by <see cref="Money"/> and <see cref="ReportedAmount"/>.
/// </summary>
internal static class AmountText
{
    internal const int MaxLength = 200;

    private static readonly (string Word, AmountScale Scale, bool Russian)[] ScaleWords =
    [
        ("thousand", AmountScale.Thousand, false), ("thousands", AmountScale.Thousand, false), ("k", AmountScale.Thousand, false),
        ("million", AmountScale.Million, false), ("millions", AmountScale.Million, false), ("mln", AmountScale.Million, false),
        ("mn", AmountScale.Million, false), ("m", AmountScale.Million, false),
        ("billion", AmountScale.Billion, false), ("billions", AmountScale.Billion, false), ("bn", AmountScale.Billion, false),
        ("bln", AmountScale.Billion, false),
        ("trillion", AmountScale.Trillion, false), ("trillions", AmountScale.Trillion, false), ("tn", AmountScale.Trillion, false),
        ("trn", AmountScale.Trillion, false),
        ("тыс.", AmountScale.Thousand, true), ("тыс", AmountScale.Thousand, true), ("тысяч", AmountScale.Thousand, true),
        ("тысячи", AmountScale.Thousand, true), ("тысяча", AmountScale.Thousand, true),
        ("млн.", AmountScale.Million, true), ("млн", AmountScale.Million, true), ("миллионов", AmountScale.Million, true),
        ("миллиона", AmountScale.Million, true), ("миллион", AmountScale.Million, true),
        ("млрд.", AmountScale.Billion, true), ("млрд", AmountScale.Billion, true), ("миллиардов", AmountScale.Billion, true),
        ("миллиарда", AmountScale.Billion, true), ("миллиард", AmountScale.Billion, true),
        ("трлн.", AmountScale.Trillion, true), ("трлн", AmountScale.Trillion, true), ("триллионов", AmountScale.Trillion, true),
        ("триллиона", AmountScale.Trillion, true), ("триллион", AmountScale.Trillion, true),
    ];

    private static readonly string[] Symbols = ["US$", "$", "€", "£", "₽", "₸", "¥", "￥", "₹", "₩", "₼", "₴"];

    internal static bool IsSpace(char c) => NumberText.IsSpace(c);

    private static bool IsMinus(char c) => NumberText.IsMinus(c);

    /// <summary>Parses an amount; on failure returns false with a message saying what was wrong.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, CurrencyContext context, out PrintedAmount result, out string error) =>
        TryParse(text, context, NumberConvention.Undecided, out result, out error);

    /// <summary>Parses an amount; the words decide an ambiguous "1,500" (English scale or currency words: 1500; Russian:
    /// 1.5), else <paramref name="convention"/> (from the caller's culture), else the English convention of the
    /// code and symbol forms ("USD 1,500" = 1500).</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, CurrencyContext context, NumberConvention convention, out PrintedAmount result, out string error)
    {
        result = default;
        var s = text.Trim();
        if (s.IsEmpty)
        {
            error = "The text is empty; expected an amount such as \"66.0 billion US dollars\" or \"USD 1,234.56\".";
            return false;
        }

        if (s.Length > MaxLength)
        {
            error = $"The text is {s.Length} characters long; an amount is at most {MaxLength}.";
            return false;
        }

        int pos = 0;
        bool negative = false;
        if (IsMinus(s[pos]) || s[pos] == '+')
        {
            negative = IsMinus(s[pos]);
            pos++;
        }

        Currency prefixCurrency = default;
        foreach (var symbol in Symbols)
        {
            if (s[pos..].StartsWith(symbol, StringComparison.Ordinal))
            {
                if (!TryResolveSymbol(symbol, context, out prefixCurrency, out error))
                {
                    return false;
                }

                pos += symbol.Length;
                break;
            }
        }

        if (prefixCurrency.IsDefault && s.Length - pos > 4 && char.IsAsciiLetter(s[pos]) && char.IsAsciiLetter(s[pos + 1])
            && char.IsAsciiLetter(s[pos + 2]) && IsSpace(s[pos + 3]))
        {
            if (!Currency.TryFromCode(s.Slice(pos, 3), out prefixCurrency))
            {
                error = $"Unknown currency code '{s.Slice(pos, 3)}' in {Preconditions.Quote(text)}.";
                return false;
            }

            pos += 3;
        }

        while (pos < s.Length && IsSpace(s[pos]))
        {
            pos++;
        }

        if (!negative && pos < s.Length && (IsMinus(s[pos]) || s[pos] == '+'))
        {
            negative = IsMinus(s[pos]);
            pos++;
        }

        int numberStart = pos;
        if (pos >= s.Length || !char.IsAsciiDigit(s[pos]))
        {
            error = $"No number found in {Preconditions.Quote(text)}; expected digits such as 66.0 or 1,012.5.";
            return false;
        }

        pos = NumberText.LexEnd(s, pos);
        var number = s[numberStart..pos];
        while (pos < s.Length && IsSpace(s[pos]))
        {
            pos++;
        }

        var scale = AmountScale.Units;
        bool russian = false;
        bool english = false;
        foreach (var (word, wordScale, isRussian) in ScaleWords)
        {
            var rest = s[pos..];
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == word.Length || IsSpace(rest[word.Length]) || (rest[word.Length] == '.' && !word.EndsWith('.'))))
            {
                scale = wordScale;
                russian = isRussian;
                english = !isRussian;
                pos += word.Length;
                if (pos < s.Length && s[pos] == '.' && isRussian)
                {
                    pos++;
                }

                break;
            }
        }

        var tail = s[pos..].Trim();
        Currency currency = prefixCurrency;
        if (!tail.IsEmpty)
        {
            if (!prefixCurrency.IsDefault)
            {
                error = $"Unexpected text '{Shorten(tail)}' after the amount in {Preconditions.Quote(text)}; the currency was already given as {prefixCurrency}.";
                return false;
            }

            if (!TryResolveWords(tail, context, out currency, out bool cyrillic, out error))
            {
                return false;
            }

            russian |= cyrillic;
            english |= !cyrillic && !Currency.TryFromCode(tail, out _);
        }
        else if (currency.IsDefault)
        {
            error = $"No currency in {Preconditions.Quote(text)}; write it as a code (USD 66.0 bn), a symbol ($66 billion) or a word (66 billion US dollars).";
            return false;
        }

        // Russian words decide a decimal comma; else a culture passed in; else the English forms the library writes
        // ("USD 1,000", "$1,000", "1,000 US dollars") have a thousands comma.
        var decided = russian ? NumberConvention.DecimalComma : english || convention == NumberConvention.Undecided ? NumberConvention.DecimalPoint : convention;
        if (!NumberText.TryParseDigits(number, decided, out var mantissa, out int decimals, out error))
        {
            return false;
        }

        result = new PrintedAmount(negative ? -mantissa : mantissa, decimals, scale, currency);
        return true;
    }

    private static string Shorten(ReadOnlySpan<char> s) => s.Length <= 40 ? s.ToString() : s[..40].ToString() + "…";

    private static bool TryResolveSymbol(string symbol, CurrencyContext context, out Currency currency, out string error)
    {
        error = "";
        currency = symbol switch
        {
            "$" => context.Dollar,
            "¥" or "￥" => context.Yen,
            _ => FindSymbol(symbol),
        };
        if (currency.IsDefault)
        {
            error = symbol is "$"
                ? "'$' is ambiguous in this context; give the currency code (e.g. USD, CAD, AUD)."
                : $"'{symbol}' is ambiguous (CNY or JPY); give the currency code or a CurrencyContext that says which.";
            return false;
        }

        return true;
    }

    private static Currency FindSymbol(string symbol) =>
        CurrencyRegistry.Symbols.TryGetValue(symbol, out var index) ? Currency.FromIndex(index) : default;

    private static bool TryResolveWords(ReadOnlySpan<char> words, CurrencyContext context, out Currency currency, out bool cyrillic, out string error)
    {
        error = "";
        cyrillic = false;
        foreach (var c in words)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic = true;
                break;
            }
        }

        Span<char> normalized = stackalloc char[words.Length];
        int n = 0;
        foreach (var c in words)
        {
            if (IsSpace(c))
            {
                if (n > 0 && normalized[n - 1] != ' ')
                {
                    normalized[n++] = ' ';
                }
            }
            else
            {
                normalized[n++] = c;
            }
        }

        var key = normalized[..n];
        if (CurrencyRegistry.WordsBySpan.TryGetValue(key, out var index))
        {
            currency = index == 0 ? context.Dollar : Currency.FromIndex(index);
            if (currency.IsDefault)
            {
                error = $"'{key}' is ambiguous in this context; give the currency code.";
                return false;
            }

            return true;
        }

        if (Currency.TryFromCode(key, out currency))
        {
            return true;
        }

        currency = default;
        error = $"Unknown currency '{Shorten(key)}'; expected an ISO 4217 code (USD) or a currency word (US dollars, yuan, tenge, долларов США).";
        return false;
    }

    /// <summary>Multiplies by 10^scale exactly, or fails when the value would overflow.</summary>
    internal static bool TryScaleUp(decimal mantissa, AmountScale scale, out decimal value)
    {
        value = mantissa;
        int k = (int)scale;
        if (k == 0)
        {
            return true;
        }

        int s = mantissa.Scale;
        int drop = Math.Min(s, k);
        var bits = decimal.GetBits(mantissa);
        value = new decimal(bits[0], bits[1], bits[2], mantissa < 0, (byte)(s - drop));
        try
        {
            value *= Pow10(k - drop);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Divides by 10^scale exactly (decimal division by a power of ten only moves the point).</summary>
    internal static decimal ScaleDown(decimal value, AmountScale scale) => value / Pow10((int)scale);

    internal static decimal Pow10(int k)
    {
        decimal p = 1m;
        for (int i = 0; i < k; i++)
        {
            p *= 10m;
        }

        return p;
    }

    /// <summary>The format letter of a text form: W words, S symbol, C code, R Russian.</summary>
    internal static string Format(PrintedAmount a, char style)
    {
        var sb = new StringBuilder(32);
        bool negative = a.Mantissa < 0;
        var magnitude = Math.Abs(a.Mantissa);
        var info = a.Currency.Info;
        switch (style)
        {
            case 'W':
                if (negative)
                {
                    sb.Append('-');
                }

                AppendNumber(sb, magnitude, a.Decimals, russian: false);
                AppendScale(sb, a.Scale, full: true);
                sb.Append(' ').Append(info.EnglishWords.Length > 0 ? info.EnglishWords[0] : info.Code);
                break;
            case 'S':
                if (negative)
                {
                    sb.Append('-');
                }

                var symbol = a.Currency == Currency.USD ? "$" : info.Symbol;
                if (symbol is null)
                {
                    sb.Append(info.Code).Append(' ');
                }
                else
                {
                    sb.Append(symbol);
                }

                AppendNumber(sb, magnitude, a.Decimals, russian: false);
                AppendScale(sb, a.Scale, full: true);
                break;
            case 'C':
                sb.Append(info.Code).Append(' ');
                if (negative)
                {
                    sb.Append('-');
                }

                AppendNumber(sb, magnitude, a.Decimals, russian: false);
                AppendScale(sb, a.Scale, full: false);
                break;
            case 'R':
                if (negative)
                {
                    sb.Append('-');
                }

                // A decimal comma only where a Russian word tells the reader the convention; "371,055 STN" alone
                // would read as an English thousands separator, so such text keeps the invariant point.
                bool cyrillic = a.Scale != AmountScale.Units || info.RussianWords.Length > 0;
                AppendNumber(sb, magnitude, a.Decimals, russian: cyrillic);
                sb.Append(a.Scale switch
                {
                    AmountScale.Thousand => " тыс.",
                    AmountScale.Million => " млн",
                    AmountScale.Billion => " млрд",
                    AmountScale.Trillion => " трлн",
                    _ => "",
                });
                sb.Append(' ').Append(info.RussianWords.Length > 0 ? info.RussianWords[0] : info.Code);
                break;
            default:
                throw new FormatException($"Unknown amount format '{style}'; use W (words), S (symbol), C (code) or R (Russian).");
        }

        return sb.ToString();
    }

    private static void AppendScale(StringBuilder sb, AmountScale scale, bool full) =>
        sb.Append(scale switch
        {
            AmountScale.Thousand => full ? " thousand" : " k",
            AmountScale.Million => full ? " million" : " mn",
            AmountScale.Billion => full ? " billion" : " bn",
            AmountScale.Trillion => full ? " trillion" : " tn",
            _ => "",
        });

    /// <summary>English "1,012.5"; Russian "1 012,5" (no-break space groups from five integer digits, as Russian typography does).</summary>
    internal static void AppendNumber(StringBuilder sb, decimal magnitude, int decimals, bool russian)
    {
        var plain = magnitude.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int point = plain.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? plain : plain[..point];
        bool group = !russian || integer.Length >= 5;
        for (int i = 0; i < integer.Length; i++)
        {
            if (group && i > 0 && (integer.Length - i) % 3 == 0)
            {
                sb.Append(russian ? '\u00A0' : ',');
            }

            sb.Append(integer[i]);
        }

        if (point >= 0)
        {
            sb.Append(russian ? ',' : '.').Append(plain, point + 1, plain.Length - point - 1);
        }
    }

    /// <summary>The largest scale at which the amount is at least one scale unit, and the mantissa's significant decimals.</summary>
    internal static PrintedAmount AutoScale(decimal amount, Currency currency)
    {
        var magnitude = Math.Abs(amount);
        var scale = magnitude >= 1_000_000_000_000m ? AmountScale.Trillion
            : magnitude >= 1_000_000_000m ? AmountScale.Billion
            : magnitude >= 1_000_000m ? AmountScale.Million
            : AmountScale.Units;
        var mantissa = ScaleDown(amount, scale);
        mantissa /= 1.000000000000000000000000000000000m; // strips trailing zeros
        return new PrintedAmount(mantissa, mantissa.Scale, scale, currency);
    }
}

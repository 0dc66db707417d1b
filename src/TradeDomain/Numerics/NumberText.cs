using System.Globalization;

namespace TradeDomain;

/// <summary>Numbers as publications print them: "1,012.5" (English), "1 012,5" and "66,0" (Russian), with no-break and
/// thin spaces as group separators and "−", "–" or "-" as minus signs. Shared by every parser in the library.</summary>
internal static class NumberText
{
    internal static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u2009' or '\u202F' or '\u2007' or '\t';

    internal static bool IsMinus(char c) => c is '-' or '\u2212' or '\u2013';

    /// <summary>The end of the number that starts with a digit at <paramref name="pos"/>: digits, and separators followed
    /// by a digit (a space only before a group of exactly three digits).</summary>
    internal static int LexEnd(ReadOnlySpan<char> s, int pos)
    {
        while (pos < s.Length)
        {
            char c = s[pos];
            if (char.IsAsciiDigit(c))
            {
                pos++;
            }
            else if ((c is ',' or '.' or '\'') && pos + 1 < s.Length && char.IsAsciiDigit(s[pos + 1]))
            {
                pos++;
            }
            else if (IsSpace(c) && IsDigitGroupAt(s, pos + 1))
            {
                pos++;
            }
            else
            {
                break;
            }
        }

        return pos;
    }

    private static bool IsDigitGroupAt(ReadOnlySpan<char> s, int start) =>
        start + 3 <= s.Length && char.IsAsciiDigit(s[start]) && char.IsAsciiDigit(s[start + 1]) && char.IsAsciiDigit(s[start + 2])
        && (start + 3 == s.Length || !char.IsAsciiDigit(s[start + 3]));

    /// <summary>Parses "[sign]number" filling the whole span; Russian decides the decimal comma.</summary>
    internal static bool TryParseSigned(ReadOnlySpan<char> s, bool russian, out decimal value, out int decimals, out string error) =>
        TryParseSigned(s, russian ? NumberConvention.DecimalComma : NumberConvention.Undecided, out value, out decimals, out error);

    /// <summary>Parses "[sign]number" filling the whole span, by the rule of <see cref="TryParseDigits(ReadOnlySpan{char}, NumberConvention, out decimal, out int, out string)"/>.</summary>
    internal static bool TryParseSigned(ReadOnlySpan<char> s, NumberConvention convention, out decimal value, out int decimals, out string error)
    {
        value = 0;
        decimals = 0;
        s = s.Trim();
        bool negative = false;
        if (!s.IsEmpty && (IsMinus(s[0]) || s[0] == '+'))
        {
            negative = IsMinus(s[0]);
            s = s[1..].TrimStart();
        }

        if (s.IsEmpty || !char.IsAsciiDigit(s[0]) || LexEnd(s, 0) != s.Length)
        {
            error = $"'{(s.Length > 40 ? s[..40].ToString() + "…" : s.ToString())}' is not a number such as 6.8 or 1,012.5.";
            return false;
        }

        if (!TryParseDigits(s, convention, out value, out decimals, out error))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>The convention of a culture: its decimal separator decides; no culture decides nothing.</summary>
    internal static NumberConvention ConventionOf(IFormatProvider? provider) =>
        provider is CultureInfo culture
            ? culture.NumberFormat.NumberDecimalSeparator == "," ? NumberConvention.DecimalComma : NumberConvention.DecimalPoint
            : NumberConvention.Undecided;

    internal static bool TryParseDigits(ReadOnlySpan<char> number, bool russian, out decimal value, out int decimals, out string error) =>
        TryParseDigits(number, russian ? NumberConvention.DecimalComma : NumberConvention.Undecided, out value, out decimals, out error);

    /// <summary>
    /// Reads digits and separators by the one rule every reader of the library follows (ReportedAmount, Money,
    /// PublishedNumber, Figure and the prose reader of tradecheck):
    /// <list type="number">
    /// <item>Spaces (ordinary, no-break, thin, narrow, figure) and apostrophes only group digits, in threes.</item>
    /// <item>A number with both "." and "," takes the last of them as its decimal separator and the other as its group
    /// separator ("1,012.5", "1.500,00").</item>
    /// <item>A separator that occurs more than once groups digits ("1,234,567", "1.234.567").</item>
    /// <item>A lone "." is a decimal point. A lone "," is a decimal comma when it is not followed by exactly three digits
    /// ("66,0", "1,50", "1,0000"), when the part before it is 0 or longer than three digits ("0,500").</item>
    /// <item>A lone "," followed by exactly three digits ("1,500") is ambiguous: the convention decides it — Russian or
    /// Ukrainian words, or a culture whose decimal separator is a comma: decimal; English words, the code and symbol
    /// forms of an amount ("USD 1,500", "$1,500") or an en culture: thousands. A bare number with nothing that decides
    /// ("1,500", "6,800%" with no culture) is refused.</item>
    /// </list>
    /// </summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> number, NumberConvention convention, out decimal value, out int decimals, out string error)
    {
        value = 0;
        decimals = 0;
        error = "";
        int commas = number.Count(','), dots = number.Count('.');
        char? decimalSeparator = null;
        if (commas > 0 && dots > 0)
        {
            decimalSeparator = number.LastIndexOf(',') > number.LastIndexOf('.') ? ',' : '.';
            if ((decimalSeparator == ',' ? commas : dots) > 1)
            {
                error = $"The number '{number}' has two decimal separators.";
                return false;
            }
        }
        else if (dots == 1)
        {
            decimalSeparator = '.';
        }
        else if (commas == 1)
        {
            int comma = number.IndexOf(',');
            int after = 0;
            while (comma + 1 + after < number.Length && char.IsAsciiDigit(number[comma + 1 + after]))
            {
                after++;
            }

            var before = number[..comma];
            int beforeDigits = 0;
            foreach (var c in before)
            {
                beforeDigits += char.IsAsciiDigit(c) ? 1 : 0;
            }

            bool grouped = before.ContainsAny(" \u00A0\u2009\u202F\u2007'");
            if (after != 3 || before is "0" || (beforeDigits > 3 && !grouped))
            {
                decimalSeparator = ',';
            }
            else if (convention == NumberConvention.DecimalComma)
            {
                decimalSeparator = ',';
            }
            else if (convention == NumberConvention.Undecided && !grouped)
            {
                error = $"The number '{number}' is ambiguous: \"1,500\" is 1500 in English and 1.5 in Russian; write the text's words (\"1,500 million US dollars\", \"1,500 млрд долларов\") or pass a culture that says which.";
                return false;
            }
        }

        Span<char> digits = stackalloc char[number.Length + 1];
        int n = 0;
        int decimalAt = -1;
        int groupLength = -1;
        int firstGroup = 0;
        char? groupSeparator = null;
        for (int i = 0; i < number.Length; i++)
        {
            char c = number[i];
            if (char.IsAsciiDigit(c))
            {
                digits[n++] = c;
                if (decimalAt < 0)
                {
                    if (groupLength >= 0)
                    {
                        groupLength++;
                    }
                    else
                    {
                        firstGroup++;
                    }
                }

                continue;
            }

            if (c == decimalSeparator)
            {
                if (groupLength >= 0 && groupLength != 3)
                {
                    error = $"The number '{number}' has a digit group that is not three digits long.";
                    return false;
                }

                decimalAt = n;
                digits[n++] = '.';
                continue;
            }

            char kind = IsSpace(c) ? ' ' : c;
            if (decimalAt >= 0 || (groupSeparator is { } g && g != kind) || (groupLength >= 0 && groupLength != 3)
                || (groupLength < 0 && firstGroup > 3))
            {
                error = groupSeparator == '.' && kind == '.'
                    ? $"The number '{number}' has two decimal separators, or dots that do not group digits in threes."
                    : $"The number '{number}' has misplaced digit-group separators.";
                return false;
            }

            groupSeparator = kind;
            groupLength = 0;
        }

        if (groupLength >= 0 && decimalAt < 0 && groupLength != 3)
        {
            error = groupSeparator == '.'
                ? $"The number '{number}' has two decimal separators, or dots that do not group digits in threes."
                : $"The number '{number}' has misplaced digit-group separators.";
            return false;
        }

        decimals = decimalAt < 0 ? 0 : n - decimalAt - 1;
        int significant = decimalAt < 0 ? n : n - 1;
        if (significant > 28)
        {
            error = $"The number '{number}' has {significant} digits; at most 28 can be kept exactly.";
            return false;
        }

        if (!decimal.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) || value.Scale != decimals)
        {
            error = $"The number '{number}' cannot be represented exactly as a decimal.";
            return false;
        }

        return true;
    }
}

/// <summary>How a text writes its decimals, where the digits alone do not say.</summary>
internal enum NumberConvention
{
    /// <summary>Nothing decides: an ambiguous "1,500" is refused.</summary>
    Undecided,

    /// <summary>English: "1,500" is fifteen hundred.</summary>
    DecimalPoint,

    /// <summary>Russian, Ukrainian and most of Europe: "1,500" is one and a half.</summary>
    DecimalComma,
}

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
    internal static bool TryParseSigned(ReadOnlySpan<char> s, bool russian, out decimal value, out int decimals, out string error)
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

        if (!TryParseDigits(s, russian, out value, out decimals, out error))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>Reads the digits with the separators of the text's language: English "1,012.5", Russian "1 012,5".</summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> number, bool russian, out decimal value, out int decimals, out string error)
    {
        value = 0;
        decimals = 0;
        error = "";
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

            bool isDecimal = russian || LooksLikeDecimalComma(number)
                ? c == ',' || (c == '.' && !number.Contains(','))
                : c == '.';
            if (isDecimal)
            {
                if (decimalAt >= 0)
                {
                    error = $"The number '{number}' has two decimal separators.";
                    return false;
                }

                if (groupLength >= 0 && groupLength != 3)
                {
                    error = $"The number '{number}' has a digit group that is not three digits long.";
                    return false;
                }

                decimalAt = n;
                digits[n++] = '.';
                continue;
            }

            // A group separator: ',' in English, spaces in both, '.' in Russian text that uses a decimal comma.
            if (decimalAt >= 0 || (groupSeparator is { } g && g != c) || (groupLength >= 0 && groupLength != 3)
                || (groupLength < 0 && firstGroup > 3))
            {
                error = russian || c != ','
                    ? $"The number '{number}' has misplaced digit-group separators."
                    : $"The number '{number}' has a comma that is not a thousands separator (English text); a decimal comma needs Russian text such as \"66,0 млрд долларов США\".";
                return false;
            }

            groupSeparator = c;
            groupLength = 0;
        }

        if (groupLength >= 0 && decimalAt < 0 && groupLength != 3)
        {
            error = russian || groupSeparator != ','
                ? $"The number '{number}' has misplaced digit-group separators."
                : $"The number '{number}' has a comma that is not a thousands separator (English text); a decimal comma needs Russian text such as \"66,0 млрд долларов США\".";
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

    /// <summary>A lone comma not followed by exactly three digits ("66,0", "7,95") can only be a decimal comma,
    /// even where no Russian word says so ("66,0 XCG"); "1,234" stays an English thousands separator.</summary>
    private static bool LooksLikeDecimalComma(ReadOnlySpan<char> number)
    {
        int comma = number.IndexOf(',');
        return comma >= 0 && number.LastIndexOf(',') == comma && !number.Contains('.')
            && number.Length - comma - 1 != 3;
    }

}

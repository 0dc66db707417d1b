using TradeDomain.Verification.Languages;

namespace TradeDomain.Verification.Mentions;

/// <summary>
/// Periods named as a span from the start of the year rather than by month names ("over seven months", "в первом
/// полугодии", "за шість місяців"): months 1 to the span's value (data class <c>months-span</c>). Used only where no month
/// name stands in the range, so "the three months to October" keeps its month.
/// </summary>
internal static partial class MentionReader
{
    private static (int, int)? SpanIn(string s, List<Word> words, int from, int to, Lexicon lex)
    {
        // "during the first half of the fiscal year", "in the first quarter of this financial year": a span or part of a
        // fiscal year (class fiscal-year within a few words after it) counts from the fiscal year's first month, which the
        // text may not name: no calendar months.
        bool fiscal(int end) => HasClass(words, end, Math.Min(to, end + 4), "fiscal-year", null, lex);
        for (int k = from; k < to; k++)
        {
            if (Match(words, k, "months-span", out int length) is { } span && k + length <= to)
            {
                if (fiscal(k + length))
                {
                    return null;
                }

                return (1, int.Parse(span.Value, System.Globalization.CultureInfo.InvariantCulture));
            }

            // "in the first quarter of 2018", "во II квартале", "second half": a part of the year, its months in the data.
            if (Match(words, k, "months-part", out int partLength) is { } part && k + partLength <= to && MonthsOfPart(part) is { } months)
            {
                return fiscal(k + partLength) ? null : months;
            }

            if (Is(words, k, "months-unit") && CountBefore(s, words[k].Start) is int count)
            {
                return fiscal(k + 1) ? null : (1, count);
            }
        }

        return null;
    }

    /// <summary>The first and last month of a <c>months-part</c> phrase, from its value ("4-6" for the second quarter).</summary>
    private static (int, int)? MonthsOfPart(Phrase part) =>
        part.Value.Split('-') is [var first, var last]
            ? (int.Parse(first, System.Globalization.CultureInfo.InvariantCulture), int.Parse(last, System.Globalization.CultureInfo.InvariantCulture))
            : null;

    /// <summary>"за 9 месяцев", "in the first 11 months", "10-months": a whole number of 2 to 12 written in digits right
    /// before a plural month word (data class <c>months-unit</c>) counts the months from the year's start.</summary>
    private static int? CountBefore(string s, int wordStart)
    {
        int p = wordStart - 1;
        while (p >= 0 && s[p] is ' ' or '\u00A0' or '-' or '\u2011')
        {
            p--;
        }

        int end = p + 1;
        while (p >= 0 && char.IsAsciiDigit(s[p]))
        {
            p--;
        }

        // "1 234 months" or "2,5 months" is no count of months from January.
        if (end - p - 1 is < 1 or > 2 || end == wordStart || (p >= 0 && (char.IsLetterOrDigit(s[p]) || s[p] is ',' or '.' or '/')))
        {
            return null;
        }

        int n = int.Parse(s.AsSpan(p + 1, end - p - 1), System.Globalization.CultureInfo.InvariantCulture);
        return n is >= 2 and <= 12 ? n : null;
    }

    /// <summary>"From January to June", "с января по июнь": the month after a range word right after a month name ends
    /// the range (data class <c>month-range</c>); an earlier month ends it only across a year's end written out ("from
    /// July 2021 to May 2022", a fiscal year).</summary>
    private static int? RangeEnd(string s, List<Word> words, int k, int to, Lexicon lex)
    {
        if (k + 2 >= to || !Is(words, k + 1, "month-range") || Match(words, k + 2, "month", out _) is not { } end)
        {
            return null;
        }

        int a = int.Parse(Match(words, k, "month", out _)!.Value, System.Globalization.CultureInfo.InvariantCulture);
        int b = int.Parse(end.Value, System.Globalization.CultureInfo.InvariantCulture);
        return b > a || (b < a && YearRightAfter(s, words[k].End) is int y1 && YearRightAfter(s, words[k + 2].End) == y1 + 1) ? b : null;
    }

    /// <summary>A year in four digits right after a month name ("July 2021"), or null.</summary>
    private static int? YearRightAfter(string s, int at)
    {
        int p = at;
        while (p < s.Length && s[p] is ' ' or '\u00A0')
        {
            p++;
        }

        if (p + 4 > s.Length || (p + 4 < s.Length && char.IsAsciiDigit(s[p + 4]))
            || !int.TryParse(s.AsSpan(p, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year))
        {
            return null;
        }

        return year is >= 1900 and <= 2100 ? year : null;
    }
}

using TradeDomain.Verification.Languages;

namespace TradeDomain.Verification.Mentions;

/// <summary>
/// Periods named as a span from the start of the year rather than by month names ("over seven months", "в первом
/// полугодии", "за шість місяців"): months 1 to the span's value (data class <c>months-span</c>). Used only where no month
/// name stands in the range, so "the three months to October" keeps its month.
/// </summary>
internal static partial class MentionReader
{
    private static (int, int)? SpanIn(List<Word> words, int from, int to, Lexicon lex)
    {
        for (int k = from; k < to; k++)
        {
            if (Match(words, k, "months-span", out int length) is { } span && k + length <= to)
            {
                return (1, int.Parse(span.Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    /// <summary>"From January to June", "с января по июнь": the month after a range word right after a month name ends
    /// the range (data class <c>month-range</c>).</summary>
    private static int? RangeEnd(List<Word> words, int k, int to, Lexicon lex) =>
        k + 2 < to && Is(words, k + 1, "month-range") && Match(words, k + 2, "month", out _) is { } end
            && int.Parse(end.Value, System.Globalization.CultureInfo.InvariantCulture) is var b
            && b > int.Parse(Match(words, k, "month", out _)!.Value, System.Globalization.CultureInfo.InvariantCulture)
            ? b : null;
}

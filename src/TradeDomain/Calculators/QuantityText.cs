using System.Globalization;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>Text of a number followed by a unit word: percentages, percentage points, multiples.</summary>
internal static class QuantityText
{
    internal static readonly (string Suffix, bool Russian)[] PercentSuffixes =
    [
        ("%", false), ("percent", false), ("per cent", false), ("pct", false), ("процентов", true), ("процента", true), ("процент", true),
    ];

    internal static readonly (string Suffix, bool Russian)[] PointSuffixes =
    [
        ("percentage points", false), ("percentage point", false), ("pp", false), ("p.p.", false), ("ppt", false), ("pps", false),
        ("п.п.", true), ("п. п.", true), ("пп", true), ("процентных пункта", true), ("процентного пункта", true),
        ("процентных пунктов", true), ("процентный пункт", true),
    ];

    /// <summary>G / R with an optional digit count that rounds for display: "G" → "6.8%", "R1" → "6,8%".</summary>
    internal static string Format(decimal value, string? format, string englishUnit, string russianUnit, string type)
    {
        format ??= "G";
        if (format.Length == 0)
        {
            format = "G";
        }

        bool russian = format[0] is 'R' or 'r';
        if (!(russian || format[0] is 'G' or 'g')
            || (format.Length > 1 && !int.TryParse(format.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw new FormatException($"Unknown {type} format {Preconditions.Quote(format)}; use G or R, optionally with decimals (G1).");
        }

        int decimals = format.Length > 1 ? int.Parse(format.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture) : -1;
        var shown = decimals >= 0 ? Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero) : value;
        var number = PublishedNumber.Format(shown, decimals >= 0 ? Math.Min(decimals, 28) : shown.Scale, russian);
        return number + (russian && russianUnit.Length > 0 ? russianUnit : englishUnit);
    }

    internal static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, (string Suffix, bool Russian)[] suffixes, string expected,
        out PublishedNumber result, out string error)
    {
        result = default;
        s = s.Trim();
        if (s.Length > 100)
        {
            error = $"The text is {s.Length} characters long; expected {expected}.";
            return false;
        }

        foreach (var (suffix, russianSuffix) in suffixes)
        {
            if (s.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var number = s[..^suffix.Length];
                bool russian = russianSuffix || PublishedNumber.IsRussian(provider);
                if (NumberText.TryParseSigned(number, russian, out var value, out int decimals, out error))
                {
                    result = PublishedNumber.Create(value, decimals);
                    return true;
                }

                error = $"Cannot read {Preconditions.Quote(s)} as {expected}: {error}";
                return false;
            }
        }

        error = $"Cannot read {Preconditions.Quote(s)} as {expected}.";
        return false;
    }
}

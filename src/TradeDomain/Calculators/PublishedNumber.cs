using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>
/// A plain number as published, with the resolution its printed decimals give it: "6.8" stands for every value in
/// [6.75, 6.85]; "490" for [489.5, 490.5] (or [485, 495] if it was rounded to tens). Use it for published
/// percentages, multiples and index values; amounts of money are <see cref="ReportedAmount"/>s.
/// </summary>
/// <remarks><c>default</c> is 0 printed with no decimals. Text: invariant "1012.5" (format <c>G</c>), English "1,012.5"
/// (<c>N</c>) or Russian "1 012,5" (<c>R</c>); all parse back.</remarks>
[JsonConverter(typeof(PublishedNumberJsonConverter))]
public readonly struct PublishedNumber : IEquatable<PublishedNumber>, IComparable<PublishedNumber>, IComparable, ISpanFormattable, ISpanParsable<PublishedNumber>
{
    private readonly decimal value;
    private readonly byte decimals;

    private PublishedNumber(decimal value, int decimals)
    {
        this.value = value;
        this.decimals = (byte)decimals;
    }

    /// <summary>A number printed with <paramref name="decimals"/> decimals (default: the decimals <paramref name="value"/>
    /// carries, so 6.8m → 1 and 6.80m → 2).</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> has more decimals than <paramref name="decimals"/>.</exception>
    public static PublishedNumber Create(decimal value, int? decimals = null)
    {
        int places = decimals ?? value.Scale;
        Preconditions.CheckArgumentRange(places, 0, 28, nameof(decimals));
        Preconditions.CheckArgument(decimal.Round(value, places) == value, nameof(value),
            $"{value.ToString(CultureInfo.InvariantCulture)} has more than {places} decimals; round it first (PublishedNumber.Round).");
        return new PublishedNumber(value, places);
    }

    /// <summary>Rounds an exact value the way publications print it (half away from zero by default).</summary>
    public static PublishedNumber Round(decimal exact, int decimals, MidpointRounding mode = MidpointRounding.AwayFromZero)
    {
        Preconditions.CheckArgumentRange(decimals, 0, 28);
        return new PublishedNumber(Math.Round(exact, decimals, mode), decimals);
    }

    /// <summary>The printed value.</summary>
    public decimal Value => value;

    /// <summary>Printed decimals.</summary>
    public int Decimals => decimals;

    /// <summary>Half a unit of the last printed digit: 0.05 for "6.8".</summary>
    public decimal HalfUnit => 0.5m / NumberTextPow10(decimals);

    /// <summary>Every value that rounds to the printed one: [6.75, 6.85] for "6.8", ends inclusive.</summary>
    public DecimalInterval Interval => Saturated(value, HalfUnit);

    /// <summary>Trailing zeros of a whole number ("490" → 1): it may have been rounded to tens.</summary>
    public int TrailingZeros
    {
        get
        {
            if (decimals > 0 || value == 0)
            {
                return 0;
            }

            int zeros = 0;
            for (var m = Math.Abs(value); m % 10 == 0; m /= 10)
            {
                zeros++;
            }

            return zeros;
        }
    }

    /// <summary>The interval if the trailing zeros were rounding ("490" → [485, 495]); an end beyond decimal's range is
    /// held at <see cref="decimal.MaxValue"/> (or <see cref="decimal.MinValue"/>).</summary>
    public DecimalInterval CoarsestInterval
    {
        get => Saturated(value, NumberTextPow10(TrailingZeros) / 2 / NumberTextPow10(decimals));
    }

    /// <summary>[value − half, value + half], an end beyond decimal's range held at its limit.</summary>
    private static DecimalInterval Saturated(decimal value, decimal half) => new(
        value < decimal.MinValue + half + 1m ? decimal.MinValue : value - half,
        value > decimal.MaxValue - half - 1m ? decimal.MaxValue : value + half);

    private static decimal NumberTextPow10(int k) => AmountText.Pow10(k);

    /// <inheritdoc />
    public bool Equals(PublishedNumber other) => value == other.value && decimals == other.decimals;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PublishedNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(value, decimals);

    /// <summary>Orders by value, then decimals.</summary>
    public int CompareTo(PublishedNumber other) => value != other.value ? value.CompareTo(other.value) : decimals.CompareTo(other.decimals);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PublishedNumber other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(PublishedNumber)}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(PublishedNumber left, PublishedNumber right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PublishedNumber left, PublishedNumber right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(PublishedNumber left, PublishedNumber right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(PublishedNumber left, PublishedNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(PublishedNumber left, PublishedNumber right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(PublishedNumber left, PublishedNumber right) => left.CompareTo(right) >= 0;

    /// <summary>Invariant text with the printed decimals, "6.80".</summary>
    public override string ToString() => ToString(null, null);

    /// <summary><c>G</c> invariant "1012.5", <c>N</c> English "1,012.5", <c>R</c> Russian "1 012,5" — always with the
    /// printed decimals and a "−" for negatives in N and R.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" or "g" => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        "N" or "n" => Format(value, decimals, russian: false),
        "R" or "r" => Format(value, decimals, russian: true),
        _ => throw new FormatException($"Unknown PublishedNumber format {Preconditions.Quote(format)}; use G, N or R."),
    };

    internal static string Format(decimal value, int decimals, bool russian)
    {
        var sb = new StringBuilder();
        if (value < 0)
        {
            sb.Append('\u2212');
        }

        AmountText.AppendNumber(sb, Math.Abs(value), decimals, russian);
        return sb.ToString();
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(Formatting.Format(format), provider);
        return Formatting.TryCopy(text, destination, out charsWritten);
    }

    /// <summary>Parses a printed number, keeping its decimals: "6.8", "−4.3", "1,012.5", "66,0", "1 012,5".
    /// A provider whose culture is Russian makes a comma decimal in "1,234".</summary>
    /// <exception cref="FormatException">Not a number; the message says why.</exception>
    public static PublishedNumber Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static PublishedNumber Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static PublishedNumber Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        NumberText.TryParseSigned(s, NumberText.ConventionOf(provider), out var v, out int d, out var error) ? new PublishedNumber(v, d) : throw new FormatException(error);

    /// <summary>Parses a printed number; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PublishedNumber result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses a printed number; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PublishedNumber result)
    {
        bool ok = NumberText.TryParseSigned(s, NumberText.ConventionOf(provider), out var v, out int d, out _);
        result = ok ? new PublishedNumber(v, d) : default;
        return ok;
    }

    internal static bool IsRussian(IFormatProvider? provider) =>
        provider is CultureInfo { TwoLetterISOLanguageName: "ru" };
}

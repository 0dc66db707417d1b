using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain.Aggregation;

/// <summary>The level of a Harmonized System code.</summary>
public enum HsLevel : byte
{
    /// <summary>Two digits: chapter (87 Vehicles).</summary>
    Chapter = 2,

    /// <summary>Four digits: heading (8703 Motor cars).</summary>
    Heading = 4,

    /// <summary>Six digits: subheading (870323).</summary>
    Subheading = 6,
}

/// <summary>
/// A Harmonized System commodity code at chapter (2 digits, 01–99), heading (4) or subheading (6) level.
/// </summary>
/// <remarks><c>default</c> is "no commodity" (<see cref="IsDefault"/>). Text: the digits ("8703", "870323");
/// parsing also reads "87.03" and "8703.23".</remarks>
[JsonConverter(typeof(HsCodeJsonConverter))]
public readonly struct HsCode : IEquatable<HsCode>, IComparable<HsCode>, IComparable, ISpanFormattable, ISpanParsable<HsCode>
{
    // The digits in the low 24 bits and the level above them: 4 bytes, so a TradeFlow stays small.
    private readonly int packed;

    private HsCode(int digits, HsLevel level) => packed = digits | ((int)level << 24);

    /// <summary>The digits (low 20 bits) and the level (bits 20–22) in 23 bits, for <see cref="TradeFlow"/>'s packing.</summary>
    internal int Bits23 => (packed & 0xFFFFF) | ((packed >> 24) << 20);

    /// <summary>The code of <see cref="Bits23"/>.</summary>
    internal static HsCode FromBits23(int bits) => new(bits & 0xFFFFF, (HsLevel)(bits >> 20));

    /// <summary>A code from its digits at a level: (87, Chapter), (8703, Heading), (870323, Subheading).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number does not have the level's digits, or its chapter is 00.</exception>
    public static HsCode Create(int code, HsLevel level)
    {
        Preconditions.CheckArgument(Enum.IsDefined(level), nameof(level), $"Level {(int)level} is not 2, 4 or 6.");
        int max = level switch { HsLevel.Chapter => 99, HsLevel.Heading => 9999, _ => 999999 };
        int min = level switch { HsLevel.Chapter => 1, HsLevel.Heading => 100, _ => 10000 };
        if (code < min || code > max)
        {
            throw new ArgumentOutOfRangeException(nameof(code), code,
                $"An HS {level.ToString().ToLowerInvariant()} has {(int)level} digits with a chapter from 01 to 99 ({min} to {max}).");
        }

        return new(code, level);
    }

    /// <summary>True for <c>default</c> (no commodity).</summary>
    public bool IsDefault => packed == 0;

    /// <summary>Chapter, heading or subheading.</summary>
    public HsLevel Level => (HsLevel)(packed >> 24);

    /// <summary>The digits as a number (870323).</summary>
    public int Value => packed & 0xFFFFFF;

    /// <summary>The code cut to a coarser level (870323 → 8703 → 87).</summary>
    /// <exception cref="ArgumentException">The level is finer than the code's.</exception>
    public HsCode ToLevel(HsLevel target)
    {
        Preconditions.CheckArgument(!IsDefault, nameof(target), "default(HsCode) has no level.");
        Preconditions.CheckArgument(target <= Level, nameof(target), $"Cannot refine {this} ({Level}) to {target}.");
        int cut = (int)Level - (int)target;
        return new(Value / (cut == 0 ? 1 : cut == 2 ? 100 : 10000), target);
    }

    /// <summary>The chapter (87).</summary>
    public HsCode Chapter => ToLevel(HsLevel.Chapter);

    /// <inheritdoc />
    public bool Equals(HsCode other) => packed == other.packed;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is HsCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => packed;

    /// <summary>Orders as the digit strings sort ("87" &lt; "8703" &lt; "870323" &lt; "88").</summary>
    public int CompareTo(HsCode other) => string.CompareOrdinal(ToString(), other.ToString());

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        HsCode other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(HsCode)}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(HsCode left, HsCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(HsCode left, HsCode right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(HsCode left, HsCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(HsCode left, HsCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(HsCode left, HsCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(HsCode left, HsCode right) => left.CompareTo(right) >= 0;

    /// <summary>The digits, zero-padded ("0101"); "" for default.</summary>
    public override string ToString() => IsDefault ? "" : Value.ToString("D" + ((int)Level).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The digits; the format is not used.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        return Formatting.TryCopy(text, destination, out charsWritten);
    }

    /// <summary>Parses "87", "8703", "870323", "87.03", "8703.23".</summary>
    /// <exception cref="FormatException">Not 2, 4 or 6 digits, or chapter 00.</exception>
    public static HsCode Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static HsCode Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static HsCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result) ? result
            : throw new FormatException($"{Preconditions.Quote(s)} is not an HS code; expected 2, 4 or 6 digits such as 87, 8703 or 8703.23.");

    /// <summary>Parses an HS code; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out HsCode result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses an HS code; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out HsCode result)
    {
        result = default;
        s = s.Trim();
        Span<char> buffer = stackalloc char[6];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsAsciiDigit(c) && n < 6)
            {
                buffer[n++] = c;
            }
            else if (!(c == '.' && (i == 2 || i == 4 || i == 5) && i + 1 < s.Length))
            {
                return false;
            }
        }

        if (n is not (2 or 4 or 6) || (buffer[0] == '0' && buffer[1] == '0'))
        {
            return false;
        }

        result = new(int.Parse(buffer[..n], NumberStyles.None, CultureInfo.InvariantCulture), (HsLevel)n);
        return true;
    }
}

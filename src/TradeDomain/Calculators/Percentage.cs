using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>
/// A rate in percent (6.8 % growth, a 64.6 % share), any sign, unbounded, exact <see cref="decimal"/>.
/// The difference of two percentages is <see cref="PercentagePoints"/>, a distinct type: a percentage plus percentage
/// points does not compile.
/// </summary>
/// <remarks><c>default</c> is 0 %. Text: <c>G</c> "6.8%", "−4.3%"; <c>R</c> Russian "6,8%"; parsing also reads
/// "6.8 %", "6.8 percent", "6.8 per cent", "6,8 процента", "-4.3%".</remarks>
[JsonConverter(typeof(PercentageJsonConverter))]
public readonly struct Percentage : IEquatable<Percentage>, IComparable<Percentage>, IComparable, ISpanFormattable, ISpanParsable<Percentage>
{
    private Percentage(decimal percent) => Value = percent;

    /// <summary>Zero percent.</summary>
    public static Percentage Zero => default;

    /// <summary>A percentage from its value in percent (6.8 → 6.8 %).</summary>
    public static Percentage FromPercent(decimal percent) => new(percent);

    /// <summary>A percentage from a ratio (0.068 → 6.8 %).</summary>
    public static Percentage FromRatio(decimal ratio) => new(ratio * 100m);

    /// <summary>The value in percent (6.8 for 6.8 %).</summary>
    public decimal Value { get; }

    /// <summary>The ratio (0.068 for 6.8 %).</summary>
    public decimal ToRatio() => Value / 100m;

    /// <summary>The growth factor 1 + rate (1.068 for 6.8 %).</summary>
    public decimal ToFactor() => 1m + (Value / 100m);

    /// <summary>Rounded to <paramref name="decimals"/> places — only when asked.</summary>
    public Percentage Round(int decimals, MidpointRounding mode = MidpointRounding.AwayFromZero)
    {
        Preconditions.CheckArgumentRange(decimals, 0, 28);
        return new(Math.Round(Value, decimals, mode));
    }

    /// <summary>The difference of two percentages, in percentage points (25 % − 20 % = 5 pp).</summary>
    public static PercentagePoints operator -(Percentage left, Percentage right) => PercentagePoints.FromPoints(left.Value - right.Value);

    /// <summary>A percentage moved by percentage points (20 % + 5 pp = 25 %): the only way to combine the two.</summary>
    public Percentage Plus(PercentagePoints points) => new(Value + points.Value);

    /// <summary>The negated rate.</summary>
    public static Percentage operator -(Percentage value) => new(-value.Value);

    /// <summary>The rate multiplied by a number.</summary>
    public static Percentage operator *(Percentage left, decimal right) => new(left.Value * right);

    /// <summary>The difference of two percentages, in percentage points.</summary>
    public PercentagePoints Subtract(Percentage other) => this - other;

    /// <summary>The negated rate.</summary>
    public Percentage Negate() => -this;

    /// <summary>The rate multiplied by a number.</summary>
    public Percentage Multiply(decimal factor) => this * factor;

    /// <inheritdoc />
    public bool Equals(Percentage other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Percentage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Percentage other) => Value.CompareTo(other.Value);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Percentage other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Percentage)}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(Percentage left, Percentage right) => left.Value < right.Value;

    /// <summary>Ordering.</summary>
    public static bool operator <=(Percentage left, Percentage right) => left.Value <= right.Value;

    /// <summary>Ordering.</summary>
    public static bool operator >(Percentage left, Percentage right) => left.Value > right.Value;

    /// <summary>Ordering.</summary>
    public static bool operator >=(Percentage left, Percentage right) => left.Value >= right.Value;

    /// <summary>"6.8%" with every decimal the value has.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary><c>G</c> "6.8%", "−4.3%"; <c>R</c> "6,8%"; <c>G1</c>/<c>R1</c> round to that many decimals for display
    /// (the only formats that round).</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        QuantityText.Format(Value, format, "%", "%", nameof(Percentage));

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(Formatting.Format(format), provider);
        return Formatting.TryCopy(text, destination, out charsWritten);
    }

    /// <summary>Parses "6.8%", "−4.3%", "6.8 percent", "6.8 per cent", "6,8%", "6,8 процента".</summary>
    /// <exception cref="FormatException">Not a percentage.</exception>
    public static Percentage Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static Percentage Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static Percentage Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParsePublished(s, provider, out var n, out var error) ? new(n.Value) : throw new FormatException(error);

    /// <summary>Parses a percentage; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Percentage result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses a percentage; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Percentage result)
    {
        bool ok = TryParsePublished(s, provider, out var n, out _);
        result = ok ? new(n.Value) : default;
        return ok;
    }

    /// <summary>Parses a printed percentage keeping its resolution ("6.8%" → 6.8 at one decimal, [6.75, 6.85]).</summary>
    /// <exception cref="FormatException">Not a percentage.</exception>
    public static PublishedNumber ParsePublished(string s) =>
        TryParsePublished(Preconditions.CheckNotNull(s).AsSpan(), null, out var n, out var error) ? n : throw new FormatException(error);

    internal static bool TryParsePublished(ReadOnlySpan<char> s, IFormatProvider? provider, out PublishedNumber result, out string error) =>
        QuantityText.TryParse(s, provider, QuantityText.PercentSuffixes, "a percentage such as 6.8% or −4.3%", out result, out error);
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>
/// A difference of two percentages in percentage points ("rose from 20 % to 25 %": 5 pp), a type distinct from
/// <see cref="Percentage"/> so the two cannot be added by mistake.
/// </summary>
/// <remarks><c>default</c> is 0 pp. Text: <c>G</c> "3.1 pp", <c>L</c> "3.1 percentage points", <c>R</c> "3,1 п.п.";
/// parsing also reads "3.1 p.p.", "3.1 percentage point", "3,1 процентного пункта".</remarks>
[JsonConverter(typeof(PercentagePointsJsonConverter))]
public readonly struct PercentagePoints : IEquatable<PercentagePoints>, IComparable<PercentagePoints>, IComparable, ISpanFormattable, ISpanParsable<PercentagePoints>
{
    private PercentagePoints(decimal points) => Value = points;

    /// <summary>Zero points.</summary>
    public static PercentagePoints Zero => default;

    /// <summary>From a number of points.</summary>
    public static PercentagePoints FromPoints(decimal points) => new(points);

    /// <summary>The change from one percentage to another (<paramref name="to"/> − <paramref name="from"/>).</summary>
    public static PercentagePoints Between(Percentage from, Percentage to) => to - from;

    /// <summary>The number of points.</summary>
    public decimal Value { get; }

    /// <summary>Sum of point changes.</summary>
    public static PercentagePoints operator +(PercentagePoints left, PercentagePoints right) => new(left.Value + right.Value);

    /// <summary>Difference of point changes.</summary>
    public static PercentagePoints operator -(PercentagePoints left, PercentagePoints right) => new(left.Value - right.Value);

    /// <summary>Negation.</summary>
    public static PercentagePoints operator -(PercentagePoints value) => new(-value.Value);

    /// <summary>Sum of point changes.</summary>
    public PercentagePoints Add(PercentagePoints other) => this + other;

    /// <summary>Difference of point changes.</summary>
    public PercentagePoints Subtract(PercentagePoints other) => this - other;

    /// <summary>Negation.</summary>
    public PercentagePoints Negate() => -this;

    /// <inheritdoc />
    public bool Equals(PercentagePoints other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PercentagePoints other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(PercentagePoints other) => Value.CompareTo(other.Value);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PercentagePoints other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(PercentagePoints)}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(PercentagePoints left, PercentagePoints right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PercentagePoints left, PercentagePoints right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(PercentagePoints left, PercentagePoints right) => left.Value < right.Value;

    /// <summary>Ordering.</summary>
    public static bool operator <=(PercentagePoints left, PercentagePoints right) => left.Value <= right.Value;

    /// <summary>Ordering.</summary>
    public static bool operator >(PercentagePoints left, PercentagePoints right) => left.Value > right.Value;

    /// <summary>Ordering.</summary>
    public static bool operator >=(PercentagePoints left, PercentagePoints right) => left.Value >= right.Value;

    /// <summary>"3.1 pp".</summary>
    public override string ToString() => ToString(null, null);

    /// <summary><c>G</c> "3.1 pp", <c>L</c> "3.1 percentage points", <c>R</c> "3,1 п.п."; a digit after the letter
    /// rounds for display ("G1").</summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (format is ['L' or 'l', ..])
        {
            return QuantityText.Format(Value, "G" + format[1..], " percentage points", "", nameof(PercentagePoints));
        }

        return QuantityText.Format(Value, format, " pp", " п.п.", nameof(PercentagePoints));
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(Formatting.Format(format), provider);
        return Formatting.TryCopy(text, destination, out charsWritten);
    }

    /// <summary>Parses "3.1 pp", "3.1 p.p.", "3.1 percentage points", "3,1 п.п.", "3,1 процентного пункта".</summary>
    /// <exception cref="FormatException">Not percentage points.</exception>
    public static PercentagePoints Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static PercentagePoints Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static PercentagePoints Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParsePublished(s, provider, out var n, out var error) ? new(n.Value) : throw new FormatException(error);

    /// <summary>Parses percentage points; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PercentagePoints result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses percentage points; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PercentagePoints result)
    {
        bool ok = TryParsePublished(s, provider, out var n, out _);
        result = ok ? new(n.Value) : default;
        return ok;
    }

    /// <summary>Parses printed percentage points keeping their resolution ("3.1 pp" → [3.05, 3.15]).</summary>
    public static PublishedNumber ParsePublished(string s) =>
        TryParsePublished(Preconditions.CheckNotNull(s).AsSpan(), null, out var n, out var error) ? n : throw new FormatException(error);

    internal static bool TryParsePublished(ReadOnlySpan<char> s, IFormatProvider? provider, out PublishedNumber result, out string error) =>
        QuantityText.TryParse(s, provider, QuantityText.PointSuffixes, "percentage points such as 3.1 pp", out result, out error);
}

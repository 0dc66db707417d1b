using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>
/// A closed interval [<see cref="Lower"/>, <see cref="Upper"/>] of exact decimals: the set of true values a rounded
/// published figure stands for, or the set of results consistent with rounded inputs.
/// </summary>
/// <remarks>
/// <para>Both ends are inclusive. A point is an interval whose ends are equal. <c>default</c> is the point [0, 0].</para>
/// <para>Text form: <c>[lower, upper]</c> with invariant decimals, e.g. "[65.95, 66.05]".</para>
/// </remarks>
[JsonConverter(typeof(DecimalIntervalJsonConverter))]
public readonly struct DecimalInterval : IEquatable<DecimalInterval>, ISpanFormattable, ISpanParsable<DecimalInterval>
{
    /// <summary>Creates [lower, upper].</summary>
    /// <exception cref="ArgumentException"><paramref name="lower"/> is greater than <paramref name="upper"/>.</exception>
    public DecimalInterval(decimal lower, decimal upper)
    {
        Preconditions.CheckArgument(lower <= upper, nameof(lower),
            $"Interval lower end {lower.ToString(CultureInfo.InvariantCulture)} is greater than its upper end {upper.ToString(CultureInfo.InvariantCulture)}; the lower end must not exceed the upper end.");
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The interval holding a single value.</summary>
    public static DecimalInterval Point(decimal value) => new(value, value);

    /// <summary>[center − halfWidth, center + halfWidth].</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="halfWidth"/> is negative.</exception>
    public static DecimalInterval Around(decimal center, decimal halfWidth)
    {
        if (halfWidth < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(halfWidth), halfWidth, "The half-width must be zero or positive.");
        }

        return new(center - halfWidth, center + halfWidth);
    }

    /// <summary>The smallest interval holding all the given values.</summary>
    /// <exception cref="ArgumentException">No values were given.</exception>
    public static DecimalInterval Hull(params ReadOnlySpan<decimal> values)
    {
        Preconditions.CheckArgument(values.Length > 0, nameof(values), "At least one value is needed to form an interval.");
        decimal lo = values[0], hi = values[0];
        foreach (var v in values[1..])
        {
            lo = Math.Min(lo, v);
            hi = Math.Max(hi, v);
        }

        return new(lo, hi);
    }

    /// <summary>The lower end (inclusive).</summary>
    public decimal Lower { get; }

    /// <summary>The upper end (inclusive).</summary>
    public decimal Upper { get; }

    /// <summary>Upper − Lower.</summary>
    public decimal Width => Upper - Lower;

    /// <summary>The midpoint (Lower + Upper) / 2.</summary>
    public decimal Midpoint => (Lower / 2) + (Upper / 2);

    /// <summary>Whether <paramref name="value"/> lies in the interval, ends included.</summary>
    public bool Contains(decimal value) => Lower <= value && value <= Upper;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this interval.</summary>
    public bool Contains(DecimalInterval other) => Lower <= other.Lower && other.Upper <= Upper;

    /// <summary>Whether the two intervals share at least one value (touching ends count).</summary>
    public bool Overlaps(DecimalInterval other) => Lower <= other.Upper && other.Lower <= Upper;

    /// <summary>The distance from <paramref name="value"/> to the nearest point of the interval (0 inside).</summary>
    public decimal DistanceTo(decimal value) => value < Lower ? Lower - value : value > Upper ? value - Upper : 0m;

    /// <summary>The interval of all sums x + y.</summary>
    public static DecimalInterval operator +(DecimalInterval x, DecimalInterval y) => new(x.Lower + y.Lower, x.Upper + y.Upper);

    /// <summary>The interval of all differences x − y.</summary>
    public static DecimalInterval operator -(DecimalInterval x, DecimalInterval y) => new(x.Lower - y.Upper, x.Upper - y.Lower);

    /// <summary>The interval of all −x.</summary>
    public static DecimalInterval operator -(DecimalInterval x) => new(-x.Upper, -x.Lower);

    /// <summary>The interval of all x · k.</summary>
    public static DecimalInterval operator *(DecimalInterval x, decimal k) => k >= 0 ? new(x.Lower * k, x.Upper * k) : new(x.Upper * k, x.Lower * k);

    /// <inheritdoc />
    public bool Equals(DecimalInterval other) => Lower == other.Lower && Upper == other.Upper;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is DecimalInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lower, Upper);

    /// <summary>Equality of both ends.</summary>
    public static bool operator ==(DecimalInterval left, DecimalInterval right) => left.Equals(right);

    /// <summary>Inequality of either end.</summary>
    public static bool operator !=(DecimalInterval left, DecimalInterval right) => !left.Equals(right);

    /// <summary>"[lower, upper]" with invariant decimals.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>"[lower, upper]"; <paramref name="format"/> is a standard decimal format applied to both ends (e.g. "F3").</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        $"[{Lower.ToString(format, formatProvider ?? CultureInfo.InvariantCulture)}, {Upper.ToString(format, formatProvider ?? CultureInfo.InvariantCulture)}]";

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(Formatting.Format(format), provider);
        return Formatting.TryCopy(text, destination, out charsWritten);
    }

    /// <summary>Parses "[lower, upper]" (invariant decimals).</summary>
    /// <exception cref="FormatException">Not of that form, or lower &gt; upper.</exception>
    public static DecimalInterval Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static DecimalInterval Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static DecimalInterval Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result) ? result
            : throw new FormatException($"Cannot parse {Preconditions.Quote(s)} as an interval; expected \"[lower, upper]\" with lower ≤ upper.");

    /// <summary>Parses "[lower, upper]"; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DecimalInterval result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses "[lower, upper]"; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DecimalInterval result)
    {
        result = default;
        s = s.Trim();
        if (s.Length < 5 || s[0] != '[' || s[^1] != ']')
        {
            return false;
        }

        var inner = s[1..^1];
        int comma = inner.IndexOf(',');
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        if (comma < 0
            || !decimal.TryParse(inner[..comma], Styles, CultureInfo.InvariantCulture, out var lo)
            || !decimal.TryParse(inner[(comma + 1)..], Styles, CultureInfo.InvariantCulture, out var hi)
            || lo > hi)
        {
            return false;
        }

        result = new DecimalInterval(lo, hi);
        return true;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>
/// A part of a whole: both amounts are kept (same currency), so a share can always be explained. For gross flows,
/// 0 ≤ part ≤ whole; a negative share or one over 100 % is an error that says so.
/// </summary>
/// <remarks><c>default</c> has no currency and is refused by <see cref="Percentage"/>. Text form:
/// "USD 646 of USD 1,000" (parts in <see cref="Money"/>'s G form).</remarks>
[JsonConverter(typeof(ShareJsonConverter))]
public readonly struct Share : IEquatable<Share>, ISpanFormattable, ISpanParsable<Share>
{
    private Share(Money part, Money whole)
    {
        Part = part;
        Whole = whole;
    }

    /// <summary>The share of <paramref name="part"/> in <paramref name="whole"/>.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="ArgumentException">The part is negative or larger than the whole, or the whole is zero or negative.</exception>
    public static Share Of(Money part, Money whole)
    {
        if (part.Currency != whole.Currency)
        {
            throw new CurrencyMismatchException(part.Currency, whole.Currency);
        }

        Preconditions.CheckArgument(!part.IsDefault, nameof(part), "default(Money) has no currency.");
        Preconditions.CheckArgument(whole.Amount > 0, nameof(whole), $"The whole ({whole}) must be positive for a share of gross values.");
        Preconditions.CheckArgument(part.Amount >= 0, nameof(part), $"The part ({part}) is negative: a share of gross values lies between 0 and 100 %.");
        Preconditions.CheckArgument(part.Amount <= whole.Amount, nameof(part),
            $"The part ({part}) exceeds the whole ({whole}): a share of gross values cannot exceed 100 %.");
        return new(part, whole);
    }

    /// <summary>The part.</summary>
    public Money Part { get; }

    /// <summary>The whole.</summary>
    public Money Whole { get; }

    /// <summary>The share in percent, exact to decimal's 28 digits (64.6 for 646 of 1000).</summary>
    public Percentage Percentage => Whole.IsDefault
        ? throw new InvalidOperationException("default(Share) has no part or whole.")
        : Percentage.FromRatio(Part.Amount / Whole.Amount);

    /// <summary>Part / whole.</summary>
    public decimal Ratio => Part.Amount / Whole.Amount;

    /// <summary>Whole − part: the rest of the world.</summary>
    public Money Remainder => Whole - Part;

    /// <inheritdoc />
    public bool Equals(Share other) => Part == other.Part && Whole == other.Whole;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Share other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Part, Whole);

    /// <summary>Equality.</summary>
    public static bool operator ==(Share left, Share right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Share left, Share right) => !left.Equals(right);

    /// <summary>"USD 646 of USD 1,000".</summary>
    public override string ToString() => Whole.IsDefault ? "(no share)" : ToString(null, null);

    /// <summary><c>G</c>: "USD 646 of USD 1,000"; <c>P</c> followed by decimals: the percentage rounded for display ("P1": "64.6%").</summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (format is ['P' or 'p', .. var digits])
        {
            return Percentage.ToString("G" + digits, null);
        }

        return format is null or "" or "G" or "g"
            ? $"{Part} of {Whole}"
            : throw new FormatException($"Unknown Share format {Preconditions.Quote(format)}; use G or P with decimals (P1).");
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(Formatting.Format(format), provider);
        return Formatting.TryCopy(text, destination, out charsWritten);
    }

    /// <summary>Parses "PART of WHOLE" where both are amounts <see cref="Money.Parse(string)"/> reads.</summary>
    /// <exception cref="FormatException">Not of that form, or not a valid share.</exception>
    public static Share Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static Share Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static Share Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result) ? result
            : throw new FormatException($"Cannot read {Preconditions.Quote(s)} as a share; expected \"USD 646 of USD 1,000\" with 0 ≤ part ≤ whole.");

    /// <summary>Parses a share; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Share result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses a share; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Share result)
    {
        result = default;
        int of = s.IndexOf(" of ", StringComparison.Ordinal);
        if (of < 0 || !Money.TryParse(s[..of], provider, out var part) || !Money.TryParse(s[(of + 4)..], provider, out var whole)
            || part.Currency != whole.Currency || whole.Amount <= 0 || part.Amount < 0 || part.Amount > whole.Amount)
        {
            return false;
        }

        result = new(part, whole);
        return true;
    }
}

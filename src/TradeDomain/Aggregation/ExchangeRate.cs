using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain.Aggregation;

/// <summary>
/// An exchange rate for a period: one unit of <see cref="From"/> is worth <see cref="Rate"/> units of <see cref="To"/>
/// (an annual average, a monthly average, or a day's rate with a day period). Applied only explicitly.
/// </summary>
/// <remarks>Text: "USD/KZT 456.31 2023" (pair, rate, period). <c>default</c> has no currencies.</remarks>
[JsonConverter(typeof(ExchangeRateJsonConverter))]
public readonly struct ExchangeRate : IEquatable<ExchangeRate>, ISpanFormattable, ISpanParsable<ExchangeRate>
{
    /// <summary>Creates a rate.</summary>
    /// <exception cref="ArgumentException">A default currency, the same currency twice, or a rate that is not positive.</exception>
    public ExchangeRate(Currency from, Currency to, decimal rate, Period period)
    {
        Preconditions.CheckArgument(!from.IsDefault && !to.IsDefault, nameof(from), "An exchange rate needs two currencies.");
        Preconditions.CheckArgument(from != to, nameof(to), $"An exchange rate from {from} to itself is 1 by definition.");
        Preconditions.CheckArgument(rate > 0, nameof(rate), $"The rate {rate.ToString(CultureInfo.InvariantCulture)} must be positive.");
        Preconditions.CheckArgument(!period.IsDefault, nameof(period), "An exchange rate needs the period it applies to.");
        From = from;
        To = to;
        Rate = rate;
        Period = period;
    }

    /// <summary>The currency converted from.</summary>
    public Currency From { get; }

    /// <summary>The currency converted to.</summary>
    public Currency To { get; }

    /// <summary>Units of <see cref="To"/> per unit of <see cref="From"/>.</summary>
    public decimal Rate { get; }

    /// <summary>The period the rate applies to.</summary>
    public Period Period { get; }

    /// <summary>Converts an amount in <see cref="From"/> (exact decimal product; rounded only if you round it).</summary>
    /// <exception cref="CurrencyMismatchException">The amount is not in <see cref="From"/>.</exception>
    public Money Convert(Money amount) =>
        amount.Currency == From ? new Money(amount.Amount * Rate, To) : throw new CurrencyMismatchException(From, amount.Currency);

    /// <summary>The rate the other way round (1 / rate).</summary>
    public ExchangeRate Invert() => new(To, From, 1m / Rate, Period);

    /// <inheritdoc />
    public bool Equals(ExchangeRate other) => From == other.From && To == other.To && Rate == other.Rate && Period == other.Period;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ExchangeRate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, Rate, Period);

    /// <summary>Equality.</summary>
    public static bool operator ==(ExchangeRate left, ExchangeRate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ExchangeRate left, ExchangeRate right) => !left.Equals(right);

    /// <summary>"USD/KZT 456.31 2023".</summary>
    public override string ToString() => From.IsDefault ? "(no rate)" : $"{From}/{To} {Rate.ToString(CultureInfo.InvariantCulture)} {Period}";

    /// <summary>The text form; the format is not used.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        return Formatting.TryCopy(text, destination, out charsWritten);
    }

    /// <summary>Parses "USD/KZT 456.31 2023" (any period form <see cref="TradeDomain.Period.Parse(string)"/> reads).</summary>
    /// <exception cref="FormatException">Not of that form.</exception>
    public static ExchangeRate Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static ExchangeRate Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static ExchangeRate Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result, out var error) ? result
            : throw new FormatException($"{Preconditions.Quote(s)} is not an exchange rate: {error}; expected \"USD/KZT 456.31 2023\" (FROM/TO rate period).");

    /// <summary>Parses a rate; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ExchangeRate result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses a rate; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ExchangeRate result) => TryParse(s, provider, out result, out _);

    private static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ExchangeRate result, out string error)
    {
        result = default;
        var t = s.Trim();
        int space1 = t.IndexOf(' ');
        if (space1 != 7 || t[3] != '/')
        {
            error = "it does not start with two ISO 4217 codes joined by '/' and a space";
            return false;
        }

        var rest = t[(space1 + 1)..].TrimStart();
        int space2 = rest.IndexOf(' ');
        if (!Currency.TryFromCode(t[..3], out var from) || !Currency.TryFromCode(t[4..7], out var to))
        {
            error = $"{Preconditions.Quote(t[..7])} is not a pair of known ISO 4217 currency codes";
            return false;
        }

        if (from == to)
        {
            error = $"a rate from {from} to itself is 1 by definition";
            return false;
        }

        if (space2 < 0)
        {
            error = "the rate or the period is missing";
            return false;
        }

        if (!decimal.TryParse(rest[..space2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) || rate <= 0)
        {
            error = $"the rate {Preconditions.Quote(rest[..space2])} is not a positive decimal with '.' for the point";
            return false;
        }

        if (!Period.TryParse(rest[(space2 + 1)..], provider, out var period))
        {
            error = $"{Preconditions.Quote(rest[(space2 + 1)..])} is not a period";
            return false;
        }

        result = new ExchangeRate(from, to, rate, period);
        error = "";
        return true;
    }
}

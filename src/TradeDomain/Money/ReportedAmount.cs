using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>
/// A money figure as it was published: the printed number, its decimals, its scale word and its currency — "66.0 billion
/// US dollars" is 66.0 at one decimal in billions of USD, and so stands for every true value in [65.95, 66.05] billion.
/// </summary>
/// <remarks>
/// <para>The resolution is explicit (<see cref="Decimals"/> and <see cref="Scale"/>), never inferred from a decimal's
/// scale after arithmetic. Nothing is rounded unless <see cref="Round(Money, AmountScale, int, MidpointRounding)"/> is asked to.</para>
/// <para>Two reported amounts are equal when they print the same number at the same decimals, scale and currency;
/// "66.0 billion" and "66.00 billion" are different publications of the same value. Ordering is by value, then by
/// scale and decimals. <c>default</c> has no currency (<see cref="IsDefault"/>).</para>
/// <para>Text forms (<see cref="ToString(string?, IFormatProvider?)"/>): <c>W</c>/<c>G</c> "66.0 billion US dollars",
/// <c>S</c> "$490 billion", <c>C</c> "USD 66.0 bn", <c>R</c> "66,0 млрд долларов США"; all parse back to an equal value.</para>
/// </remarks>
[JsonConverter(typeof(ReportedAmountJsonConverter))]
public readonly struct ReportedAmount : IEquatable<ReportedAmount>, IComparable<ReportedAmount>, IComparable, ISpanFormattable, ISpanParsable<ReportedAmount>
{
    private readonly decimal printed;
    private readonly byte decimals;
    private readonly AmountScale scale;
    private readonly Currency currency;

    private ReportedAmount(decimal printed, int decimals, AmountScale scale, Currency currency, Money value)
    {
        this.printed = printed;
        this.decimals = (byte)decimals;
        this.scale = scale;
        this.currency = currency;
        Value = value;
    }

    /// <summary>
    /// A figure printed as <paramref name="printed"/> (in <paramref name="scale"/> units) with <paramref name="decimals"/>
    /// decimals; <paramref name="decimals"/> defaults to the decimals <paramref name="printed"/> carries (66.0m → 1).
    /// </summary>
    /// <exception cref="ArgumentException">The currency is default, <paramref name="printed"/> has more decimals than
    /// <paramref name="decimals"/> (that would need rounding: use <see cref="Round"/>), or the scale is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    public static ReportedAmount Create(decimal printed, AmountScale scale, Currency currency, int? decimals = null)
    {
        Preconditions.CheckArgument(!currency.IsDefault, nameof(currency), "The currency is default(Currency); give a real currency such as Currency.USD.");
        Preconditions.CheckArgument(Enum.IsDefined(scale), nameof(scale), $"Scale {(int)scale} is not one of Units, Thousand, Million, Billion, Trillion.");
        int places = decimals ?? printed.Scale;
        Preconditions.CheckArgumentRange(places, 0, 28, nameof(decimals));
        Preconditions.CheckArgument(decimal.Round(printed, places) == printed, nameof(printed),
            $"{Money.FormatInvariant(printed)} has more than {places} decimals; use ReportedAmount.Round to round it explicitly.");
        if (!AmountText.TryScaleUp(printed, scale, out var value))
        {
            throw new ArgumentOutOfRangeException(nameof(printed), printed, $"{Money.FormatInvariant(printed)} {scale} is beyond decimal's range.");
        }

        return new ReportedAmount(printed, places, scale, currency, new Money(value, currency));
    }

    /// <summary>Rounds an exact amount the way a publication would print it, e.g. 65 973 000 000 USD at
    /// <see cref="AmountScale.Billion"/> and 1 decimal → "66.0 billion US dollars". Publications round half away from zero.</summary>
    public static ReportedAmount Round(Money exact, AmountScale scale, int decimals, MidpointRounding mode = MidpointRounding.AwayFromZero)
    {
        Preconditions.CheckArgument(!exact.IsDefault, nameof(exact), "default(Money) has no currency.");
        Preconditions.CheckArgumentRange(decimals, 0, 28);
        var mantissa = Math.Round(AmountText.ScaleDown(exact.Amount, scale), decimals, mode);
        return Create(mantissa, scale, exact.Currency, decimals);
    }

    /// <summary>The number as printed, in <see cref="Scale"/> units (66.0 for "66.0 billion").</summary>
    public decimal Printed => printed;

    /// <summary>Decimals printed after the separator (1 for "66.0").</summary>
    public int Decimals => decimals;

    /// <summary>The scale word (billion for "66.0 billion").</summary>
    public AmountScale Scale => scale;

    /// <summary>The currency; <c>default</c> only for <c>default(ReportedAmount)</c>.</summary>
    public Currency Currency => currency;

    /// <summary>True for <c>default(ReportedAmount)</c>.</summary>
    public bool IsDefault => currency.IsDefault;

    /// <summary>The exact value the printed figure names, in currency units (66 000 000 000 USD).</summary>
    public Money Value { get; }

    /// <summary>One unit of the last printed digit, in currency units (0.1 billion = 100 000 000 for "66.0 billion").</summary>
    public decimal Resolution => AmountText.Pow10((int)scale) / AmountText.Pow10(decimals);

    /// <summary>Every true value that rounds to the printed figure, in currency units: value ± resolution / 2, ends
    /// inclusive ([65 950 000 000, 66 050 000 000] for "66.0 billion").</summary>
    public DecimalInterval Interval => DecimalInterval.Around(Value.Amount, Resolution / 2);

    /// <summary><see cref="Interval"/> in <see cref="Scale"/> units ([65.95, 66.05] for "66.0 billion").</summary>
    public DecimalInterval PrintedInterval => DecimalInterval.Around(printed, 0.5m / AmountText.Pow10(decimals));

    /// <summary>Trailing zeros of a whole printed number ("490" has 1, "500" 2, "66.0" and "491" none): such a figure
    /// may have been rounded to tens or hundreds rather than to units.</summary>
    public int TrailingZeros
    {
        get
        {
            if (decimals > 0 || printed == 0)
            {
                return 0;
            }

            int zeros = 0;
            for (var m = Math.Abs(printed); m % 10 == 0; m /= 10)
            {
                zeros++;
            }

            return zeros;
        }
    }

    /// <summary>The interval if all trailing zeros were rounding (490 read as rounded to tens: [485, 495]); equals
    /// <see cref="PrintedInterval"/> when there are none.</summary>
    public DecimalInterval CoarsestPrintedInterval => DecimalInterval.Around(printed, AmountText.Pow10(TrailingZeros) / 2 / AmountText.Pow10(decimals));

    /// <summary>Whether an exact amount could have been published as this figure.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public bool Admits(Money exact)
    {
        if (exact.Currency != currency)
        {
            throw new CurrencyMismatchException(currency, exact.Currency);
        }

        return Interval.Contains(exact.Amount);
    }

    /// <inheritdoc />
    public bool Equals(ReportedAmount other) =>
        printed == other.printed && decimals == other.decimals && scale == other.scale && currency == other.currency;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ReportedAmount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(printed, decimals, scale, currency);

    /// <summary>Orders by value, then scale, then decimals.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(ReportedAmount other)
    {
        if (IsDefault || other.IsDefault)
        {
            return IsDefault == other.IsDefault ? 0 : IsDefault ? -1 : 1;
        }

        int byValue = Value.CompareTo(other.Value);
        return byValue != 0 ? byValue : scale != other.scale ? scale.CompareTo(other.scale) : decimals.CompareTo(other.decimals);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportedAmount other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(ReportedAmount)}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(ReportedAmount left, ReportedAmount right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ReportedAmount left, ReportedAmount right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(ReportedAmount left, ReportedAmount right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(ReportedAmount left, ReportedAmount right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(ReportedAmount left, ReportedAmount right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(ReportedAmount left, ReportedAmount right) => left.CompareTo(right) >= 0;

    /// <summary>"66.0 billion US dollars" (format <c>W</c>).</summary>
    public override string ToString() => IsDefault ? "(no currency)" : ToString(null, null);

    /// <summary>Formats with the printed decimals: <c>W</c>/<c>G</c> "66.0 billion US dollars", <c>S</c> "$490 billion",
    /// <c>C</c> "USD 66.0 bn", <c>R</c> "66,0 млрд долларов США". <c>default(ReportedAmount)</c> formats as
    /// "(no currency)" whatever the format.</summary>
    /// <exception cref="FormatException">Unknown format string.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (IsDefault)
        {
            return "(no currency)";
        }

        char style = format switch
        {
            null or "" or "G" or "g" or "W" => 'W',
            "S" or "C" or "R" => format[0],
            _ => throw new FormatException($"Unknown ReportedAmount format {Preconditions.Quote(format)}; use W (words), S (symbol), C (code) or R (Russian)."),
        };
        return AmountText.Format(new PrintedAmount(printed, decimals, scale, currency), style);
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(Formatting.Format(format), provider);
        return Formatting.TryCopy(text, destination, out charsWritten);
    }

    /// <summary>Parses a published figure, keeping its resolution: "66.0 billion US dollars", "$490 billion",
    /// "USD 66.0 bn", "1,012.5 million US dollars", "3.21 trillion yuan", "66,0 млрд долларов США", "61,8 млн тенге".
    /// Pass a <see cref="CurrencyContext"/> to say what "$" or "¥" means.</summary>
    /// <exception cref="FormatException">The text is not such a figure; the message says what was wrong.</exception>
    public static ReportedAmount Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static ReportedAmount Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static ReportedAmount Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result, out var error) ? result : throw new FormatException(error);

    /// <summary>Parses a published figure; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReportedAmount result) =>
        TryParse(s.AsSpan(), provider, out result, out _);

    /// <summary>Parses a published figure; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReportedAmount result) =>
        TryParse(s, provider, out result, out _);

    internal static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReportedAmount result, out string error)
    {
        result = default;
        if (!AmountText.TryParse(s, CurrencyContext.From(provider), NumberText.ConventionOf(provider), out var p, out error))
        {
            return false;
        }

        if (!AmountText.TryScaleUp(p.Mantissa, p.Scale, out var value))
        {
            error = $"The amount {Preconditions.Quote(s)} is too large for an exact decimal (at most about 7.9 × 10²⁸).";
            return false;
        }

        result = new ReportedAmount(p.Mantissa, p.Decimals, p.Scale, p.Currency, new Money(value, p.Currency));
        return true;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>
/// An ISO 4217 currency: alphabetic code, numeric code, minor units and English name, from the table embedded
/// in the assembly (all current currencies and the historic ones trade series still meet, with validity dates).
/// </summary>
/// <remarks>
/// <para>A <see cref="Currency"/> is a 2-byte handle into that table, so it is cheap to copy, compare and hash.</para>
/// <para><c>default(Currency)</c> is not a currency: <see cref="IsDefault"/> is true and every property but that one
/// throws <see cref="InvalidOperationException"/>. Obtain currencies from <see cref="FromCode"/>,
/// <see cref="FromNumericCode(int)"/>, <see cref="Parse(string)"/> or the static properties.</para>
/// <para>Text forms: <c>G</c> (default) the code "USD", <c>D</c> the numeric code "840", <c>N</c> the English name
/// "US Dollar". <see cref="Parse(string)"/> reads the code in any case or the numeric code.</para>
/// </remarks>
[JsonConverter(typeof(CurrencyJsonConverter))]
public readonly struct Currency : IEquatable<Currency>, IComparable<Currency>, IComparable, ISpanFormattable, ISpanParsable<Currency>
{
    private readonly ushort index;

    private Currency(ushort index) => this.index = index;

    internal static Currency FromIndex(ushort index) => new(index);

    /// <summary>The currency's place in the embedded table (0 for default).</summary>
    internal int Index => index;

    /// <summary>US dollar (USD, 840).</summary>
    public static Currency USD { get; } = FromCode("USD");

    /// <summary>Euro (EUR, 978).</summary>
    public static Currency EUR { get; } = FromCode("EUR");

    /// <summary>Chinese yuan renminbi (CNY, 156).</summary>
    public static Currency CNY { get; } = FromCode("CNY");

    /// <summary>Russian ruble (RUB, 643).</summary>
    public static Currency RUB { get; } = FromCode("RUB");

    /// <summary>Kazakhstani tenge (KZT, 398).</summary>
    public static Currency KZT { get; } = FromCode("KZT");

    /// <summary>Pound sterling (GBP, 826).</summary>
    public static Currency GBP { get; } = FromCode("GBP");

    /// <summary>Japanese yen (JPY, 392).</summary>
    public static Currency JPY { get; } = FromCode("JPY");

    /// <summary>Indian rupee (INR, 356).</summary>
    public static Currency INR { get; } = FromCode("INR");

    /// <summary>Every currency in the embedded table, current and historic, ordered by code.</summary>
    public static IReadOnlyList<Currency> All { get; } =
        [.. Enumerable.Range(1, CurrencyRegistry.Entries.Length - 1).Select(i => new Currency((ushort)i))];

    /// <summary>True for <c>default(Currency)</c>, which is not a currency.</summary>
    public bool IsDefault => index == 0;

    /// <summary>The ISO 4217 alphabetic code, e.g. "USD".</summary>
    public string Code => Info.Code;

    /// <summary>The ISO 4217 numeric code, e.g. 840 (formatted with three digits by the <c>D</c> format).</summary>
    public int NumericCode => Info.Numeric;

    /// <summary>Digits after the decimal point of the minor unit (2 for USD, 0 for JPY, 3 for KWD); null where ISO 4217
    /// says "not applicable" (precious metals, funds, XXX).</summary>
    public int? MinorUnits => Info.MinorUnits;

    /// <summary>The ISO 4217 English name, e.g. "US Dollar".</summary>
    public string EnglishName => Info.Name;

    /// <summary>First day the code was valid where known; null when it predates the table's records.</summary>
    public LocalDate? ValidFrom => Info.ValidFrom;

    /// <summary>Last day the code was valid (historic currencies), or null while it is current.</summary>
    public LocalDate? ValidTo => Info.ValidTo;

    /// <summary>True while the currency has not been withdrawn.</summary>
    public bool IsCurrent => Info.ValidTo is null;

    /// <summary>Source note for historic currencies (what replaced them and when); empty otherwise.</summary>
    public string Note => Info.Note;

    internal CurrencyInfo Info => index != 0
        ? CurrencyRegistry.Entries[index]
        : throw new InvalidOperationException("default(Currency) is not a currency; obtain one from Currency.FromCode, e.g. Currency.FromCode(\"USD\").");

    /// <summary>Whether the currency was valid on <paramref name="date"/>.</summary>
    public bool IsValidAt(LocalDate date) =>
        (Info.ValidFrom is not { } from || from <= date) && (Info.ValidTo is not { } to || date <= to);

    /// <summary>The currency with this ISO 4217 alphabetic code, in any case.</summary>
    /// <exception cref="ArgumentException">The code is not a known ISO 4217 code.</exception>
    public static Currency FromCode(string code)
    {
        Preconditions.CheckNotNull(code);
        return TryFromCode(code, out var currency)
            ? currency
            : throw new ArgumentException($"Unknown currency code {Preconditions.Quote(code)}; expected an ISO 4217 alphabetic code such as USD, EUR or KZT.", nameof(code));
    }

    /// <summary>Looks up an ISO 4217 alphabetic code in any case; never throws.</summary>
    public static bool TryFromCode(ReadOnlySpan<char> code, out Currency currency)
    {
        currency = new Currency(CurrencyRegistry.Find(code));
        return !currency.IsDefault;
    }

    /// <summary>The currency with this ISO 4217 numeric code. Where a code was reused (810: SUR, then RUR), the current
    /// currency wins, else the most recently withdrawn; use <see cref="FromNumericCode(int, LocalDate)"/> for a date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The code is outside 0–999.</exception>
    /// <exception cref="ArgumentException">No currency has this code.</exception>
    public static Currency FromNumericCode(int numericCode)
    {
        Preconditions.CheckArgumentRange(numericCode, 0, 999);
        var found = CurrencyRegistry.FindNumeric(numericCode);
        return found.Length > 0
            ? new Currency(found[0])
            : throw new ArgumentException($"Unknown ISO 4217 numeric currency code {numericCode:D3}.", nameof(numericCode));
    }

    /// <summary>The currency that had this numeric code on <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentException">No currency had this code on that date.</exception>
    public static Currency FromNumericCode(int numericCode, LocalDate date)
    {
        Preconditions.CheckArgumentRange(numericCode, 0, 999);
        foreach (var i in CurrencyRegistry.FindNumeric(numericCode))
        {
            var candidate = new Currency(i);
            if (candidate.IsValidAt(date))
            {
                return candidate;
            }
        }

        throw new ArgumentException($"No ISO 4217 currency had numeric code {numericCode:D3} on {date:yyyy'-'MM'-'dd}.", nameof(numericCode));
    }

    /// <summary>Looks up a numeric code; never throws.</summary>
    public static bool TryFromNumericCode(int numericCode, out Currency currency)
    {
        var found = CurrencyRegistry.FindNumeric(numericCode);
        currency = found.Length > 0 ? new Currency(found[0]) : default;
        return found.Length > 0;
    }

    /// <inheritdoc />
    public bool Equals(Currency other) => index == other.index;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => index;

    /// <summary>Orders by alphabetic code (ordinal); <c>default</c> sorts first.</summary>
    public int CompareTo(Currency other) => index.CompareTo(other.index);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Currency other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Currency)}.", nameof(obj)),
    };

    /// <summary>Equality of two currencies.</summary>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Inequality of two currencies.</summary>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    /// <summary>Ordering by code.</summary>
    public static bool operator <(Currency left, Currency right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by code.</summary>
    public static bool operator <=(Currency left, Currency right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by code.</summary>
    public static bool operator >(Currency left, Currency right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by code.</summary>
    public static bool operator >=(Currency left, Currency right) => left.CompareTo(right) >= 0;

    /// <summary>The alphabetic code, or "(none)" for <c>default</c>.</summary>
    public override string ToString() => IsDefault ? "(none)" : Code;

    /// <summary>Formats as <c>G</c> (code), <c>D</c> (three-digit numeric code) or <c>N</c> (English name).
    /// <c>default(Currency)</c> formats as "(none)" whatever the format.</summary>
    /// <exception cref="FormatException">Unknown format string.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => IsDefault ? "(none)" : format switch
    {
        null or "" or "G" or "g" => Code,
        "D" or "d" => NumericCode.ToString("D3", CultureInfo.InvariantCulture),
        "N" or "n" => EnglishName,
        _ => throw new FormatException($"Unknown Currency format {Preconditions.Quote(format)}; use G (code), D (numeric) or N (name)."),
    };

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(Formatting.Format(format), provider);
        return Formatting.TryCopy(text, destination, out charsWritten);
    }

    /// <summary>Parses an alphabetic code in any case ("usd") or a three-digit numeric code ("840").</summary>
    /// <exception cref="FormatException">Not a known code.</exception>
    public static Currency Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static Currency Parse(string s, IFormatProvider? provider) =>
        Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static Currency Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"Unknown currency {Preconditions.Quote(s)}; expected an ISO 4217 code such as USD or a numeric code such as 840.");

    /// <summary>Parses a code; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Currency result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses a code; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Currency result)
    {
        s = s.Trim();
        if (s.Length == 3 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2]))
        {
            return TryFromNumericCode(((s[0] - '0') * 100) + ((s[1] - '0') * 10) + (s[2] - '0'), out result);
        }

        return TryFromCode(s, out result);
    }
}

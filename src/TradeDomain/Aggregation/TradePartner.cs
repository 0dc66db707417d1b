using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain.Aggregation;

/// <summary>
/// The partner of a trade flow: a <see cref="TradeDomain.Country"/>, or a UN Comtrade area that is not a country (World 0,
/// "Areas, nes" 899, "Other Asia, nes" 490, bunkers 837, free zones 838, special categories 839, EU-28 97 …).
/// </summary>
/// <remarks>4 bytes; <c>default</c> is no partner (<see cref="IsDefault"/>). Text: the country code ("CN") or the
/// Comtrade number ("899").</remarks>
[JsonConverter(typeof(TradePartnerJsonConverter))]
public readonly struct TradePartner : IEquatable<TradePartner>, IComparable<TradePartner>, IComparable, ISpanFormattable, ISpanParsable<TradePartner>
{
    // > 0: Country index; < 0: −(Comtrade code + 1); 0: default.
    private readonly int value;

    private TradePartner(int value) => this.value = value;

    /// <summary>A country partner.</summary>
    public static TradePartner FromCountry(Country country)
    {
        Preconditions.CheckArgument(!country.IsDefault, nameof(country), "default(Country) is not a partner.");
        return new(country.Index);
    }

    /// <summary>A Comtrade area; a Comtrade code that names a country becomes that country.</summary>
    public static TradePartner FromComtrade(ComtradeCode code) =>
        code.IsCountry ? FromCountry(code.Country) : new(-(code.Code + 1));

    /// <summary>A country converts to a partner.</summary>
    public static implicit operator TradePartner(Country country) => FromCountry(country);

    /// <summary>A country partner.</summary>
    public static TradePartner ToTradePartner(Country country) => FromCountry(country);

    /// <summary>The World aggregate (Comtrade 0).</summary>
    public static TradePartner World => new(-1);

    /// <summary>True for <c>default</c>.</summary>
    public bool IsDefault => value == 0;

    /// <summary>Whether the partner is a country.</summary>
    public bool IsCountry => value > 0;

    /// <summary>The country, or default for an area.</summary>
    public Country Country => value > 0 ? Country.FromIndex((ushort)value) : default;

    /// <summary>The partner's Comtrade code (a country's own code, e.g. 842 for the USA).</summary>
    public ComtradeCode ComtradeCode => value > 0 ? ComtradeCode.FromCountry(Country) : value < 0 ? ComtradeCode.FromCode(-value - 1) : default;

    /// <summary>A dense number for array indexing: countries 1..N, areas after them.</summary>
    internal int DenseId => value > 0 ? value : value < 0 ? Country.All.Count + 1 + AreaIndex(-value - 1) : 0;

    internal static int DenseCount => Country.All.Count + 2 + AreaCodes.Length;

    /// <summary>The partner of a <see cref="DenseId"/>.</summary>
    internal static TradePartner FromDenseId(int dense) => DensePartners[dense];

    private static TradePartner[] BuildDensePartners()
    {
        var table = new TradePartner[DenseCount];
        foreach (var c in Country.All)
        {
            table[FromCountry(c).DenseId] = c;
        }

        for (int code = 0; code < 1000; code++)
        {
            if (ComtradeCode.TryFromCode(code, out var cc) && !cc.IsCountry)
            {
                var p = FromComtrade(cc);
                table[p.DenseId] = p;
            }
        }

        return table;
    }

    internal int RawValue => value;

    private static readonly int[] AreaCodes = [0, 58, 97, 129, 221, 472, 473, 490, 492, 527, 568, 577, 636, 637, 697, 711, 837, 838, 839, 890, 899];

    // After AreaCodes: static fields initialise in textual order, and the table needs the area codes.
    private static readonly TradePartner[] DensePartners = BuildDensePartners();

    private static int AreaIndex(int code)
    {
        int i = Array.BinarySearch(AreaCodes, code);
        return i >= 0 ? i : AreaCodes.Length;
    }

    /// <inheritdoc />
    public bool Equals(TradePartner other) => value == other.value;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is TradePartner other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value;

    /// <summary>Countries first (by <see cref="Country.Index"/>), then areas.</summary>
    public int CompareTo(TradePartner other) => DenseId.CompareTo(other.DenseId);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        TradePartner other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(TradePartner)}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(TradePartner left, TradePartner right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(TradePartner left, TradePartner right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(TradePartner left, TradePartner right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(TradePartner left, TradePartner right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(TradePartner left, TradePartner right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(TradePartner left, TradePartner right) => left.CompareTo(right) >= 0;

    /// <summary>"CN" for a country, "899" for an area, "(none)" for default.</summary>
    public override string ToString() => value > 0 ? Country.ToString() : value < 0 ? (-value - 1).ToString(CultureInfo.InvariantCulture) : "(none)";

    /// <summary>The code form; the format is not used.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        return Formatting.TryCopy(text, destination, out charsWritten);
    }

    /// <summary>Parses a country code ("CN", "CHN", "156") or a Comtrade area number that is not a country ("899").
    /// Numbers are read as Comtrade codes, so "842" is the USA.</summary>
    /// <exception cref="FormatException">Neither.</exception>
    public static TradePartner Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static TradePartner Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static TradePartner Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result) ? result
            : throw new FormatException($"{Preconditions.Quote(s)} is not a trade partner; expected a country code (CN) or a Comtrade area code (899).");

    /// <summary>Parses a partner; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TradePartner result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses a partner; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TradePartner result)
    {
        result = default;
        var t = s.Trim();
        if (t.Length > 0 && char.IsAsciiDigit(t[0]))
        {
            if (ComtradeCode.TryParse(t, provider, out var code))
            {
                result = FromComtrade(code);
                return true;
            }

            return false;
        }

        if (Country.TryFromCode(t, out var country))
        {
            result = FromCountry(country);
            return true;
        }

        return false;
    }
}

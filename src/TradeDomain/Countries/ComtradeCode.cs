using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>
/// A UN Comtrade reporter or partner area code (UN M49 based): a scheme of its own, not ISO 3166 — the USA is 842
/// (ISO 840), India 699, France 251, Italy 381, Switzerland 757, Norway 579 — with codes that are not countries at all:
/// World 0, "Areas, nes" 899, "Other Asia, nes" 490, bunkers, free zones and special categories 837–839.
/// Each code says what it is (<see cref="Kind"/>) and, for countries, which <see cref="Country"/> it is.
/// </summary>
/// <remarks><c>default</c> is the World code 0. Text form: the code as a plain integer ("842").</remarks>
[JsonConverter(typeof(ComtradeCodeJsonConverter))]
public readonly struct ComtradeCode : IEquatable<ComtradeCode>, IComparable<ComtradeCode>, IComparable, ISpanFormattable, ISpanParsable<ComtradeCode>
{
    private sealed record Entry(ComtradeCodeKind Kind, Country Country, string Name, string Note);

    private static readonly Dictionary<int, Entry> Entries;
    private static readonly Dictionary<Country, int> ByCountry = [];
    private static readonly Dictionary<int, int> ReplacedIso = [];

    static ComtradeCode()
    {
        Entries = [];
        foreach (var row in EmbeddedCsv.Read("comtrade-codes.csv"))
        {
            int code = int.Parse(row["code"], CultureInfo.InvariantCulture);
            var kind = row["kind"] switch
            {
                "country" => ComtradeCodeKind.Country,
                "former" => ComtradeCodeKind.FormerCountry,
                "world" => ComtradeCodeKind.World,
                "residual" => ComtradeCodeKind.ResidualArea,
                "special" => ComtradeCodeKind.SpecialCategory,
                "group" => ComtradeCodeKind.Group,
                var k => throw new InvalidOperationException($"comtrade-codes.csv: unknown kind '{k}'."),
            };
            var country = row["alpha3"].Length > 0 ? Country.FromIndex(CountryRegistry.FindAlpha3(row["alpha3"], includeFormer: true)) : default;
            Entries[code] = new Entry(kind, country, row["name"], row["note"]);
            if (!country.IsDefault)
            {
                ByCountry[country] = code;
            }

            foreach (var included in row["includes"].Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                ByCountry[Country.FromIndex(CountryRegistry.FindAlpha3(included, includeFormer: false))] = code;
            }

            if (row["iso_numeric_replaced"].Length > 0)
            {
                ReplacedIso[int.Parse(row["iso_numeric_replaced"], CultureInfo.InvariantCulture)] = code;
            }
        }

        foreach (var country in Country.Current)
        {
            if (country.NumericCode is { } n && !ByCountry.ContainsKey(country) && !ReplacedIso.ContainsKey(n) && !Entries.ContainsKey(n))
            {
                Entries[n] = new Entry(ComtradeCodeKind.Country, country, country.Name, "");
                ByCountry[country] = n;
            }
        }

        ByCountry[Country.FromCode("TW")] = 490;
    }

    private ComtradeCode(int code) => Code = code;

    /// <summary>The World aggregate, 0.</summary>
    public static ComtradeCode World => default;

    /// <summary>The numeric code.</summary>
    public int Code { get; }

    /// <summary>Country, former country, world, residual area, special category or group.</summary>
    public ComtradeCodeKind Kind => Entries[Code].Kind;

    /// <summary>The country for <see cref="ComtradeCodeKind.Country"/> and most former codes; default otherwise.</summary>
    public Country Country => Entries[Code].Country;

    /// <summary>Comtrade's name for the area ("USA", "Other Asia, nes").</summary>
    public string Name => Entries[Code].Name;

    /// <summary>What the code covers beyond its name (e.g. 251 France includes Monaco).</summary>
    public string Note => Entries[Code].Note;

    /// <summary>True for country and former-country codes that name one <see cref="Country"/>.</summary>
    public bool IsCountry => !Entries[Code].Country.IsDefault;

    /// <summary>The code with this number.</summary>
    /// <exception cref="ArgumentException">Not a Comtrade code; for an ISO code Comtrade replaces (840) the message gives
    /// the Comtrade one (842).</exception>
    public static ComtradeCode FromCode(int code) =>
        TryFromCode(code, out var result) ? result : throw new ArgumentException(Unknown(code), nameof(code));

    /// <summary>Looks up a code; never throws.</summary>
    public static bool TryFromCode(int code, out ComtradeCode result)
    {
        result = Entries.ContainsKey(code) ? new ComtradeCode(code) : default;
        return Entries.ContainsKey(code);
    }

    /// <summary>The Comtrade code of a country (USA → 842; Monaco → 251, which includes it; Taiwan → 490 "Other Asia, nes").</summary>
    /// <exception cref="ArgumentException">Comtrade has no code for it.</exception>
    public static ComtradeCode FromCountry(Country country) =>
        country.IsDefault ? throw new ArgumentException("The country is default(Country), which is not a country; it has no Comtrade code.", nameof(country))
        : ByCountry.TryGetValue(country, out var code) ? new ComtradeCode(code)
            : throw new ArgumentException($"UN Comtrade has no area code for {country}.", nameof(country));

    private static string Unknown(int code) => ReplacedIso.TryGetValue(code, out var comtrade)
        ? $"{code} is an ISO 3166 numeric code that Comtrade does not use; Comtrade's code is {comtrade} ({Entries[comtrade].Name})."
        : $"{code} is not a UN Comtrade area code.";

    /// <inheritdoc />
    public bool Equals(ComtradeCode other) => Code == other.Code;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ComtradeCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Code;

    /// <summary>Orders by number.</summary>
    public int CompareTo(ComtradeCode other) => Code.CompareTo(other.Code);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ComtradeCode other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(ComtradeCode)}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(ComtradeCode left, ComtradeCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ComtradeCode left, ComtradeCode right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(ComtradeCode left, ComtradeCode right) => left.Code < right.Code;

    /// <summary>Ordering.</summary>
    public static bool operator <=(ComtradeCode left, ComtradeCode right) => left.Code <= right.Code;

    /// <summary>Ordering.</summary>
    public static bool operator >(ComtradeCode left, ComtradeCode right) => left.Code > right.Code;

    /// <summary>Ordering.</summary>
    public static bool operator >=(ComtradeCode left, ComtradeCode right) => left.Code >= right.Code;

    /// <summary>The code as an integer, "842".</summary>
    public override string ToString() => Code.ToString(CultureInfo.InvariantCulture);

    /// <summary>The code as an integer; the format and provider are not used.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Code.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture);

    /// <summary>Parses a code written as an integer.</summary>
    /// <exception cref="FormatException">Not an integer or not a Comtrade code.</exception>
    public static ComtradeCode Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static ComtradeCode Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static ComtradeCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        if (!int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int code))
        {
            throw new FormatException($"{Preconditions.Quote(s)} is not a Comtrade area code; expected an integer such as 842.");
        }

        return TryFromCode(code, out var result) ? result : throw new FormatException(Unknown(code));
    }

    /// <summary>Parses a code; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ComtradeCode result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses a code; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ComtradeCode result)
    {
        result = default;
        return int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int code) && TryFromCode(code, out result);
    }
}

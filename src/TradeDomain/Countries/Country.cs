using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>
/// A country or territory of ISO 3166-1 (all 249 entries), a former one of ISO 3166-3 (USSR, Yugoslavia,
/// Czechoslovakia, Serbia and Montenegro, East and West Germany, Sudan before 2011 …) with its end date and successors,
/// or a user-assigned code trade data uses (Kosovo, XK).
/// </summary>
/// <remarks>
/// <para>A <see cref="Country"/> is a 2-byte handle into the embedded table: cheap to copy, hash and use as a key
/// (<see cref="Index"/> is dense, for arrays). <c>default(Country)</c> is not a country (<see cref="IsDefault"/>);
/// its properties throw.</para>
/// <para>Codes: a plain lookup answers current entries; a code that only a former entity had answers that entity
/// (SU, SUN, 810), but a code two former entities shared (CS: Czechoslovakia and Serbia and Montenegro; 891) needs a
/// date, and a code a current country has now (BY, 112) never silently means the historic one.</para>
/// <para>Text forms: <c>G</c>/<c>2</c> alpha-2 "KZ", <c>3</c> alpha-3 "KAZ", <c>D</c> numeric "398", <c>N</c> English
/// short name, <c>R</c> Russian name. <see cref="Parse(string)"/> reads codes; <see cref="FromName"/> reads names.</para>
/// </remarks>
[JsonConverter(typeof(CountryJsonConverter))]
public readonly struct Country : IEquatable<Country>, IComparable<Country>, IComparable, ISpanFormattable, ISpanParsable<Country>
{
    private readonly ushort index;

    private Country(ushort index) => this.index = index;

    internal static Country FromIndex(ushort index) => new(index);

    /// <summary>Every entry: current ISO 3166-1 entries (ordered by alpha-3), then former and user-assigned ones.</summary>
    public static IReadOnlyList<Country> All { get; } =
        [.. Enumerable.Range(1, CountryRegistry.Entries.Length - 1).Select(i => new Country((ushort)i))];

    /// <summary>The current ISO 3166-1 entries (249).</summary>
    public static IReadOnlyList<Country> Current { get; } = [.. All.Where(c => c.Kind == CountryKind.Current)];

    /// <summary>True for <c>default(Country)</c>, which is not a country.</summary>
    public bool IsDefault => index == 0;

    /// <summary>A dense number from 1 to <see cref="All"/>.Count, stable for this version of the data: use it to index
    /// arrays of per-country values.</summary>
    public int Index => index;

    /// <summary>ISO 3166-1 alpha-2 code, e.g. "KZ".</summary>
    public string Alpha2 => Info.Alpha2;

    /// <summary>ISO 3166-1 alpha-3 code, e.g. "KAZ".</summary>
    public string Alpha3 => Info.Alpha3;

    /// <summary>ISO 3166-1 numeric code, e.g. 398; null where none is assigned (Kosovo).</summary>
    public int? NumericCode => Info.Numeric;

    /// <summary>The ISO English short name, e.g. "Kazakhstan", "Korea, Republic of".</summary>
    public string Name => Info.Name;

    /// <summary>The ISO official name where it has one ("Republic of Kazakhstan"), else <see cref="Name"/>.</summary>
    public string OfficialName => Info.OfficialName.Length > 0 ? Info.OfficialName : Info.Name;

    /// <summary>The common name iso-codes gives ("South Korea", "Vietnam"), else <see cref="Name"/>.</summary>
    public string CommonName => Info.CommonName.Length > 0 ? Info.CommonName : Info.Name;

    /// <summary>The Russian short name ("Казахстан"), from iso-codes' translations.</summary>
    public string RussianName => Info.RussianName.Length > 0 ? Info.RussianName : Info.Name;

    /// <summary>Current, former or user-assigned.</summary>
    public CountryKind Kind => Info.Kind;

    /// <summary>True for former countries (ISO 3166-3 and the like).</summary>
    public bool IsFormer => Info.Kind == CountryKind.Former;

    /// <summary>First day the entity existed under this code, where known.</summary>
    public LocalDate? ValidFrom => Info.ValidFrom;

    /// <summary>Last day the entity existed under this code (former entries), or null.</summary>
    public LocalDate? ValidTo => Info.ValidTo;

    /// <summary>What a former entity split into or became (USSR → 15 republics); empty for current ones.</summary>
    public IReadOnlyList<Country> Successors => Info.Successors;

    /// <summary>Source note: what happened and when, and where a code is not an ISO assignment.</summary>
    public string Note => Info.Note;

    internal CountryInfo Info => index != 0
        ? CountryRegistry.Entries[index]
        : throw new InvalidOperationException("default(Country) is not a country; obtain one from Country.FromCode or Country.FromName.");

    /// <summary>Whether the entity existed on <paramref name="date"/> (current entries: always, unless a start date is known).</summary>
    public bool IsValidAt(LocalDate date) =>
        (Info.ValidFrom is not { } from || from <= date) && (Info.ValidTo is not { } to || date <= to);

    /// <summary>A country by alpha-2, alpha-3 or numeric code, in any case.</summary>
    /// <exception cref="ArgumentException">Unknown code, or one two former entities shared (give a date).</exception>
    public static Country FromCode(string code)
    {
        Preconditions.CheckNotNull(code);
        return TryFromCode(code, out var country, out var error) ? country : throw new ArgumentException(error, nameof(code));
    }

    /// <summary>A country by code as it was on <paramref name="date"/>: "CS" on 1990-01-01 is Czechoslovakia, on
    /// 2005-01-01 Serbia and Montenegro; "DE"/280 before 1990-10-03 is West Germany.</summary>
    /// <exception cref="ArgumentException">No entity had the code on that date.</exception>
    public static Country FromCode(string code, LocalDate date)
    {
        Preconditions.CheckNotNull(code);
        var trimmed = code.AsSpan().Trim();
        var candidates = new List<ushort>();
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out int numeric))
        {
            candidates.Add(CountryRegistry.FindNumeric(numeric));
            candidates.AddRange(CountryRegistry.FormerWithNumeric(numeric));
        }
        else
        {
            candidates.Add(trimmed.Length == 2 ? CountryRegistry.FindAlpha2(trimmed) : CountryRegistry.FindAlpha3(trimmed, includeFormer: false));
            candidates.AddRange(CountryRegistry.FormerWithCode(trimmed));
        }

        // A former entity valid on the date wins over the current holder of a reused code (BY in 1991 is the BSSR).
        foreach (var i in candidates.Where(i => i != 0).OrderBy(i => CountryRegistry.Entries[i].Kind == CountryKind.Former ? 0 : 1))
        {
            var c = new Country(i);
            if (c.IsValidAt(date))
            {
                return c;
            }
        }

        throw new ArgumentException($"No country had the code {Preconditions.Quote(code)} on {date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}.", nameof(code));
    }

    /// <summary>Looks up a code; never throws.</summary>
    public static bool TryFromCode(ReadOnlySpan<char> code, out Country country) => TryFromCode(code, out country, out _);

    private static bool TryFromCode(ReadOnlySpan<char> code, out Country country, out string error)
    {
        code = code.Trim();
        country = default;
        ushort found;
        ushort[] former;
        if (code.Length is >= 1 and <= 3 && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out int numeric))
        {
            found = CountryRegistry.FindNumeric(numeric);
            former = CountryRegistry.FormerWithNumeric(numeric);
        }
        else if (code.Length == 2)
        {
            found = CountryRegistry.FindAlpha2(code);
            former = CountryRegistry.FormerWithCode(code);
        }
        else if (code.Length == 3)
        {
            found = CountryRegistry.FindAlpha3(code, includeFormer: false);
            former = CountryRegistry.FormerWithCode(code);
        }
        else
        {
            error = $"{Preconditions.Quote(code)} is not a country code; expected ISO 3166-1 alpha-2 (KZ), alpha-3 (KAZ) or numeric (398).";
            return false;
        }

        if (found != 0)
        {
            country = new Country(found);
            error = "";
            return true;
        }

        if (former.Length == 1)
        {
            country = new Country(former[0]);
            error = "";
            return true;
        }

        error = former.Length > 1
            ? $"The code {Preconditions.Quote(code)} was used by {string.Join(" and ", former.Select(i => Describe(new Country(i))))}; give a date with Country.FromCode(code, date)."
            : $"Unknown country code {Preconditions.Quote(code)}; expected ISO 3166-1 alpha-2 (KZ), alpha-3 (KAZ) or numeric (398).";
        return false;
    }

    private static string Describe(Country c) =>
        $"{c.Name} ({c.ValidFrom?.ToString("uuuu", CultureInfo.InvariantCulture) ?? "…"}–{c.ValidTo?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "…"})";

    /// <summary>
    /// A country by name as trade publications write it: ISO short, official and common names, Russian names, and
    /// usual forms ("Russia", "Kyrgyz Republic", "Korea, Rep.", "Türkiye", "Viet Nam", "Lao PDR", "Hong Kong SAR, China",
    /// "Congo, Dem. Rep."). Accents, case (Turkish İ included) and punctuation do not matter; the whole string must match.
    /// </summary>
    /// <exception cref="ArgumentException">The name is ambiguous ("Korea": its candidates are listed) or unknown (the
    /// nearest names are suggested).</exception>
    public static Country FromName(string name)
    {
        var match = MatchName(name);
        return match.IsFound ? match.Country : throw new ArgumentException(match.Message, nameof(name));
    }

    /// <summary>Looks up a name; never throws; false for ambiguous and unknown names.</summary>
    public static bool TryFromName(ReadOnlySpan<char> name, out Country country)
    {
        var key = CountryRegistry.NormalizeName(name);
        if (CountryRegistry.Names.TryGetValue(key, out var found) && found.Length == 1)
        {
            country = new Country(found[0]);
            return true;
        }

        country = default;
        return false;
    }

    /// <summary>Matches a name and says how: found, ambiguous (with candidates) or unknown (with suggestions).</summary>
    public static CountryNameMatch MatchName(string name)
    {
        Preconditions.CheckNotNull(name);
        var key = CountryRegistry.NormalizeName(name);
        if (CountryRegistry.Names.TryGetValue(key, out var found))
        {
            var candidates = found.Select(i => new Country(i)).ToArray();
            return new CountryNameMatch(name, candidates.Length == 1 ? candidates[0] : default, candidates, []);
        }

        return new CountryNameMatch(name, default, [], Suggest(key));
    }

    private static Country[] Suggest(string key)
    {
        if (key.Length == 0)
        {
            return [];
        }

        int limit = Math.Max(2, key.Length / 3);
        return [.. CountryRegistry.Names
            .Select(kv => (kv.Value, Distance: Levenshtein(key, kv.Key, limit)))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .SelectMany(x => x.Value)
            .Distinct()
            .Take(3)
            .Select(i => new Country(i))];
    }

    private static int Levenshtein(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <inheritdoc />
    public bool Equals(Country other) => index == other.index;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Country other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => index;

    /// <summary>Orders by <see cref="Index"/>: current entries by alpha-3, then former and user-assigned ones.</summary>
    public int CompareTo(Country other) => index.CompareTo(other.index);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Country other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Country)}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(Country left, Country right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Country left, Country right) => !left.Equals(right);

    /// <summary>Ordering by <see cref="Index"/>.</summary>
    public static bool operator <(Country left, Country right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by <see cref="Index"/>.</summary>
    public static bool operator <=(Country left, Country right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by <see cref="Index"/>.</summary>
    public static bool operator >(Country left, Country right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by <see cref="Index"/>.</summary>
    public static bool operator >=(Country left, Country right) => left.CompareTo(right) >= 0;

    /// <summary>The alpha-2 code (alpha-3 for a former entity whose alpha-2 was reused), or "(none)" for default.</summary>
    public override string ToString() => IsDefault ? "(none)" : ToString(null, null);

    /// <summary>Formats as <c>G</c> (alpha-2; alpha-3 where a former entity's alpha-2 is ambiguous), <c>2</c>, <c>3</c>,
    /// <c>D</c> (three-digit numeric), <c>N</c> (English short name) or <c>R</c> (Russian name).
    /// <c>default(Country)</c> formats as "(none)" whatever the format.</summary>
    /// <exception cref="FormatException">Unknown format, or <c>D</c> for an entry without a numeric code.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => IsDefault ? "(none)" : format switch
    {
        null or "" or "G" or "g" => TryFromCode(Alpha2, out var same) && same == this ? Alpha2 : Alpha3,
        "2" => Alpha2,
        "3" => Alpha3,
        "D" or "d" => NumericCode?.ToString("D3", CultureInfo.InvariantCulture)
            ?? throw new FormatException($"{Name} has no ISO numeric code."),
        "N" or "n" => Name,
        "R" or "r" => RussianName,
        _ => throw new FormatException($"Unknown Country format {Preconditions.Quote(format)}; use G, 2, 3, D, N or R."),
    };

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(Formatting.Format(format), provider);
        return Formatting.TryCopy(text, destination, out charsWritten);
    }

    /// <summary>Parses a code (alpha-2, alpha-3 or numeric) or, failing that, an unambiguous name.</summary>
    /// <remarks>A bare two- or three-letter token is read as a code only in upper case, the form ISO 3166 writes: "BN" is
    /// Brunei, but "bn", "mn" and "tn" (billion, million, trillion in trade prose) and "Kz" are refused, not read as
    /// Brunei, Mongolia and Tunisia. <see cref="FromCode(string)"/> and <see cref="TryFromCode(ReadOnlySpan{char}, out Country)"/> take codes in any case.
    /// A name holding a control, format (bidi, zero-width) or unassigned character, or a lone surrogate, is refused.</remarks>
    /// <exception cref="FormatException">Neither; the message says why (ambiguous, unknown with suggestions).</exception>
    public static Country Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static Country Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static Country Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        if (IsLowerCaseLetterCode(s))
        {
            throw new FormatException($"{Preconditions.Quote(s)} is not read as a country code: Country.Parse reads letter codes in upper case only (\"BN\"), since \"bn\", \"mn\" and \"tn\" are scale words in trade prose; use Country.FromCode for codes in any case.");
        }

        if (TryFromCode(s, out var country, out var codeError))
        {
            return country;
        }

        if (s.Trim().Length > 3)
        {
            var match = MatchName(s.ToString());
            return match.IsFound ? match.Country : throw new FormatException(match.Message);
        }

        throw new FormatException(codeError);
    }

    /// <summary>Parses a code or an unambiguous name; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Country result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses a code or an unambiguous name; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Country result)
    {
        if (IsLowerCaseLetterCode(s))
        {
            result = default;
            return false;
        }

        return TryFromCode(s, out result) || (s.Trim().Length > 3 && s.Length <= 200 && TryFromName(s, out result));
    }

    /// <summary>A two- or three-letter token with a lower-case letter: not a code for <see cref="Parse(string)"/>.</summary>
    private static bool IsLowerCaseLetterCode(ReadOnlySpan<char> s)
    {
        var t = s.Trim();
        return t.Length is 2 or 3 && !t.ContainsAnyExcept(AsciiLetters) && t.ContainsAny(LowerLetters);
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");
}

using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using TradeDomain.Utility;

namespace TradeDomain;

internal sealed class CountryInfo
{
    internal required string Alpha2 { get; init; }
    internal required string Alpha3 { get; init; }
    internal required int? Numeric { get; init; }
    internal required string Name { get; init; }
    internal required string OfficialName { get; init; }
    internal required string CommonName { get; init; }
    internal required string RussianName { get; init; }
    internal required string RussianOfficialName { get; init; }
    internal required CountryKind Kind { get; init; }
    internal required LocalDate? ValidFrom { get; init; }
    internal required LocalDate? ValidTo { get; init; }
    internal required string[] SuccessorCodes { get; init; }
    internal required string Note { get; init; }
    internal Country[] Successors { get; set; } = [];
}

/// <summary>The embedded ISO 3166 table (Data/countries.csv) and name index (plus Data/country-aliases.csv), loaded
/// once on first use. Index 0 is reserved for <c>default(Country)</c>.</summary>
internal static class CountryRegistry
{
    internal static readonly CountryInfo[] Entries;

    // Current and user-assigned entries only: a former code never answers a plain lookup if a current entity has it.
    private static readonly ushort[] CurrentByAlpha2 = new ushort[26 * 26];
    private static readonly ushort[] CurrentByAlpha3 = new ushort[26 * 26 * 26];
    private static readonly ushort[] CurrentByNumeric = new ushort[1000];
    private static readonly Dictionary<string, ushort[]> FormerByCode = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<int, ushort[]> FormerByNumeric = [];

    /// <summary>Normalised name → entry indexes (more than one: the name is ambiguous).</summary>
    internal static readonly Dictionary<string, ushort[]> Names = new(StringComparer.Ordinal);

    static CountryRegistry()
    {
        var rows = EmbeddedCsv.Read("countries.csv");
        Entries = new CountryInfo[rows.Count + 1];
        var formerCodes = new Dictionary<string, List<ushort>>(StringComparer.OrdinalIgnoreCase);
        var formerNumeric = new Dictionary<int, List<ushort>>();
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var info = new CountryInfo
            {
                Alpha2 = r["alpha2"],
                Alpha3 = r["alpha3"],
                Numeric = r["numeric"].Length == 0 ? null : int.Parse(r["numeric"], NumberStyles.None, CultureInfo.InvariantCulture),
                Name = r["name"],
                OfficialName = r["official_name"],
                CommonName = r["common_name"],
                RussianName = r["name_ru"],
                RussianOfficialName = r["official_name_ru"],
                Kind = r["kind"] switch
                {
                    "current" => CountryKind.Current,
                    "former" => CountryKind.Former,
                    "user-assigned" => CountryKind.UserAssigned,
                    var k => throw new InvalidOperationException($"countries.csv: unknown kind '{k}'."),
                },
                ValidFrom = Date(r["valid_from"]),
                ValidTo = Date(r["valid_to"]),
                SuccessorCodes = r["successors"].Split(';', StringSplitOptions.RemoveEmptyEntries),
                Note = r["note"],
            };
            var index = (ushort)(i + 1);
            Entries[index] = info;
            if (info.Kind != CountryKind.Former)
            {
                CurrentByAlpha2[Key(info.Alpha2)] = index;
                CurrentByAlpha3[Key(info.Alpha3)] = index;
                if (info.Numeric is { } n)
                {
                    CurrentByNumeric[n] = index;
                }
            }
            else
            {
                Add(formerCodes, info.Alpha2, index);
                Add(formerCodes, info.Alpha3, index);
                if (info.Numeric is { } n)
                {
                    Add(formerNumeric, n, index);
                }
            }
        }

        foreach (var (code, list) in formerCodes)
        {
            FormerByCode[code] = [.. list];
        }

        foreach (var (code, list) in formerNumeric)
        {
            FormerByNumeric[code] = [.. list];
        }

        for (int i = 1; i < Entries.Length; i++)
        {
            Entries[i].Successors = [.. Entries[i].SuccessorCodes.Select(c => Country.FromIndex(FindAlpha3(c, includeFormer: true)))];
        }

        BuildNameIndex();
    }

    private static void Add<TKey>(Dictionary<TKey, List<ushort>> map, TKey key, ushort index)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(index);
    }

    private static LocalDate? Date(string text) => text.Length == 0 ? null : LocalDatePattern.Iso.Parse(text).Value;

    private static void BuildNameIndex()
    {
        var names = new Dictionary<string, HashSet<ushort>>(StringComparer.Ordinal);
        void AddName(string name, ushort index)
        {
            var key = NormalizeName(name);
            if (key.Length == 0)
            {
                return;
            }

            if (!names.TryGetValue(key, out var set))
            {
                names[key] = set = [];
            }

            set.Add(index);
        }

        for (ushort i = 1; i < Entries.Length; i++)
        {
            var e = Entries[i];
            foreach (var name in new[] { e.Name, e.OfficialName, e.CommonName, e.RussianName, e.RussianOfficialName })
            {
                // A former entity's ISO name never shadows a current one ("Sudan (before 2011)" is its own string anyway).
                if (name.Length > 0 && (e.Kind != CountryKind.Former || !names.ContainsKey(NormalizeName(name))))
                {
                    AddName(name, i);
                }
            }
        }

        // Aliases replace whatever the ISO names gave that key: an alias listing two codes makes the name ambiguous.
        foreach (var row in EmbeddedCsv.Read("country-aliases.csv", '|'))
        {
            var key = NormalizeName(row["name"]);
            var set = new HashSet<ushort>();
            foreach (var code in row["codes"].Split(';'))
            {
                ushort index = code.Length == 2 ? CurrentByAlpha2[Key(code)] : FindAlpha3(code, includeFormer: true);
                if (index == 0)
                {
                    throw new InvalidOperationException($"country-aliases.csv: unknown code '{code}' for '{row["name"]}'.");
                }

                set.Add(index);
            }

            names[key] = set;
        }

        foreach (var (key, set) in names)
        {
            Names[key] = [.. set.Order()];
        }
    }

    internal static ushort FindAlpha2(ReadOnlySpan<char> code) => TryKey(code, 2, out int key) ? CurrentByAlpha2[key] : (ushort)0;

    internal static ushort FindAlpha3(ReadOnlySpan<char> code, bool includeFormer)
    {
        if (!TryKey(code, 3, out int key))
        {
            return 0;
        }

        var index = CurrentByAlpha3[key];
        if (index == 0 && includeFormer && FormerByCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out var former))
        {
            foreach (var f in former)
            {
                if (Entries[f].Alpha3.Equals(code.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    return f;
                }
            }
        }

        return index;
    }

    internal static ushort FindNumeric(int numeric) => numeric is >= 0 and < 1000 ? CurrentByNumeric[numeric] : (ushort)0;

    internal static ushort[] FormerWithCode(ReadOnlySpan<char> code) =>
        FormerByCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out var list) ? list : [];

    internal static ushort[] FormerWithNumeric(int numeric) => FormerByNumeric.TryGetValue(numeric, out var list) ? list : [];

    private static int Key(string code) => TryKey(code, code.Length, out int key) ? key : throw new InvalidOperationException($"Bad code '{code}'.");

    private static bool TryKey(ReadOnlySpan<char> code, int length, out int key)
    {
        key = 0;
        if (code.Length != length)
        {
            return false;
        }

        foreach (char c in code)
        {
            int letter = (c | 0x20) - 'a';
            if (letter is < 0 or >= 26)
            {
                return false;
            }

            key = (key * 26) + letter;
        }

        return true;
    }

    /// <summary>
    /// The form names are compared in: accents and other marks removed (Côte → cote, Türkiye → turkiye, ё → е),
    /// invariant lower case (Turkish İ and ı both → i), apostrophes dropped, every other run of punctuation or space
    /// folded to one space, and a leading "the" dropped. Comparison is of the whole string: no substring matching.
    /// </summary>
    internal static string NormalizeName(ReadOnlySpan<char> name)
    {
        if (FindInvisible(name) >= 0)
        {
            return ""; // no name matches: invisible and control characters are not read past (see FindInvisible)
        }

        var decomposed = name.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        bool pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (c is '\'' or '’' or '‘' or '`' or 'ʼ' or '´')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(c == 'ı' ? 'i' : char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        var result = sb.ToString();
        return result.StartsWith("the ", StringComparison.Ordinal) ? result[4..] : result;
    }

    /// <summary>
    /// The position of the first character a name may not contain, or −1: a control character other than tab, line feed
    /// and carriage return (C0 and C1), a format character (bidi marks and isolates, zero-width space and joiners, soft
    /// hyphen, byte-order mark), a lone surrogate, a private-use or unassigned code point (U+FFFE, U+FFFF), or U+FFFD
    /// (the mark of text damaged in decoding). Such a
    /// character makes two names that look the same compare different, or hides text, so a name holding one is refused
    /// rather than read with the character skipped.
    /// </summary>
    internal static int FindInvisible(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if ((category == UnicodeCategory.Control && rune.Value is not ('\t' or '\n' or '\r'))
                || category is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate
                || rune.Value == 0xFFFD)
            {
                return i;
            }

            i += consumed;
        }

        return -1;
    }
}

using System.Globalization;
using NodaTime;
using NodaTime.Text;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>One row of the embedded ISO 4217 table, with the prose forms publications use.</summary>
internal sealed class CurrencyInfo
{
    internal required string Code { get; init; }
    internal required int Numeric { get; init; }
    internal required int? MinorUnits { get; init; }
    internal required string Name { get; init; }
    internal required LocalDate? ValidFrom { get; init; }
    internal required LocalDate? ValidTo { get; init; }
    internal required string Note { get; init; }
    internal string[] EnglishWords { get; set; } = [];
    internal string[] RussianWords { get; set; } = [];
    internal string? Symbol { get; set; }
}

/// <summary>
/// The embedded ISO 4217 table (Data/currencies.csv, Data/currency-words.csv), loaded once on first use.
/// Index 0 is reserved for <c>default(Currency)</c>.
/// </summary>
internal static class CurrencyRegistry
{
    internal static readonly CurrencyInfo[] Entries;
    private static readonly ushort[] ByCodeKey = new ushort[26 * 26 * 26];
    private static readonly ushort[][] ByNumeric = new ushort[1000][];

    /// <summary>Prose forms and symbols (case-insensitive) to currency index; 0 marks a dollar word.</summary>
    internal static readonly Dictionary<string, ushort> Words = new(StringComparer.OrdinalIgnoreCase);

    internal static readonly Dictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan;

    /// <summary>Unambiguous currency symbols (€, £, ₽, ₸ …) to currency index; "$" and "¥" are resolved by context.</summary>
    internal static readonly Dictionary<string, ushort> Symbols = new(StringComparer.Ordinal);

    /// <summary>Letter prefixes English text prints before a figure ("RM", "Rp", "R", "S$"), read only; the longest first.</summary>
    internal static readonly List<(string Prefix, ushort Index)> Prefixes = [];

    static CurrencyRegistry()
    {
        var rows = EmbeddedCsv.Read("currencies.csv");
        Entries = new CurrencyInfo[rows.Count + 1];
        var numeric = new List<ushort>[1000];
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var info = new CurrencyInfo
            {
                Code = row["code"],
                Numeric = int.Parse(row["numeric"], NumberStyles.None, CultureInfo.InvariantCulture),
                MinorUnits = row["minor_units"] == "-" ? null : int.Parse(row["minor_units"], CultureInfo.InvariantCulture),
                Name = row["name"],
                ValidFrom = ParseDate(row["valid_from"]),
                ValidTo = ParseDate(row["valid_to"]),
                Note = row["note"],
            };
            var index = (ushort)(i + 1);
            Entries[index] = info;
            ByCodeKey[CodeKey(info.Code)] = index;
            (numeric[info.Numeric] ??= []).Add(index);
        }

        for (int n = 0; n < numeric.Length; n++)
        {
            // Current currencies first, then the most recently withdrawn.
            ByNumeric[n] = numeric[n] is { } list
                ? [.. list.OrderBy(x => Entries[x].ValidTo is null ? 0 : 1)
                          .ThenByDescending(x => Entries[x].ValidTo ?? LocalDate.MaxIsoValue)]
                : [];
        }

        foreach (var row in EmbeddedCsv.Read("currency-words.csv", '|'))
        {
            var index = ByCodeKey[CodeKey(row["code"])];
            var info = Entries[index];
            info.EnglishWords = SplitForms(row["english"]);
            info.RussianWords = SplitForms(row["russian"]);
            var regional = SplitForms(row["regional"]);
            info.Symbol = row["symbols"].Length == 0 ? null : row["symbols"];
            if (info.Symbol is { } symbol)
            {
                Symbols[symbol] = index;
            }

            foreach (var prefix in SplitForms(row["prefixes"]))
            {
                Prefixes.Add((prefix, index));
            }
            foreach (var word in info.EnglishWords.Concat(info.RussianWords).Concat(regional))
            {
                if (Words.TryGetValue(word, out var other) && other != index)
                {
                    throw new InvalidOperationException($"Currency word '{word}' is listed for both {Entries[other].Code} and {info.Code}.");
                }

                Words[word] = index;
            }
        }

        Prefixes.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
        foreach (var dollarWord in new[] { "dollars", "dollar", "долларов", "доллара", "доллар", "долл.", "դոլար", "դոլարի", "დოლარი", "დოლარს", "დოლარის", "დოლარით", "დოლარია", "დოლარად", "de dolari" })
        {
            Words[dollarWord] = 0;
        }

        WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static string[] SplitForms(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static LocalDate? ParseDate(string text) =>
        text.Length == 0 ? null : LocalDatePattern.Iso.Parse(text).Value;

    /// <summary>Index for a three-letter code in any case, or 0.</summary>
    internal static ushort Find(ReadOnlySpan<char> code)
    {
        if (code.Length != 3)
        {
            return 0;
        }

        int key = 0;
        foreach (char c in code)
        {
            int letter = (c | 0x20) - 'a';
            if (letter is < 0 or >= 26)
            {
                return 0;
            }

            key = (key * 26) + letter;
        }

        return ByCodeKey[key];
    }

    internal static ReadOnlySpan<ushort> FindNumeric(int numeric) =>
        numeric is >= 0 and < 1000 ? ByNumeric[numeric] : [];

    private static int CodeKey(string code) => ((code[0] - 'A') * 676) + ((code[1] - 'A') * 26) + (code[2] - 'A');
}

using System.Globalization;
using System.Reflection;
using TradeDomain.Aggregation;

namespace TradeDomain.Data;

/// <summary>Cached look-ups of the codes files repeat on every row: Comtrade area codes, country codes and names,
/// periods, currencies. Each reader has its own (not shared across threads).</summary>
internal sealed class Lookups
{
    private static readonly (TradePartner Partner, Country Reporter, bool Known)[] Areas = BuildAreas();

    private readonly Dictionary<string, TradePartner> partners = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TradePartner>.AlternateLookup<ReadOnlySpan<char>> partnerSpans;
    private readonly Dictionary<string, Period> periods = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Period>.AlternateLookup<ReadOnlySpan<char>> periodSpans;
    private readonly Dictionary<string, Currency> currencies = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Currency>.AlternateLookup<ReadOnlySpan<char>> currencySpans;
    private readonly TradePartner[] numeric = new TradePartner[1000];
    private readonly Period[] years = new Period[401];
    private readonly Period[] months = new Period[401 * 12];
    private readonly int[] yearCodes = new int[401];
    private readonly int[] monthCodes = new int[401 * 12];

    internal Lookups(bool numericIsComtrade)
    {
        NumericIsComtrade = numericIsComtrade;
        partnerSpans = partners.GetAlternateLookup<ReadOnlySpan<char>>();
        periodSpans = periods.GetAlternateLookup<ReadOnlySpan<char>>();
        currencySpans = currencies.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [ThreadStatic]
    private static Lookups? isoOfThread;

    [ThreadStatic]
    private static Lookups? comtradeOfThread;

    /// <summary>This thread's look-ups (their caches are not shared between threads, so parallel parsing needs no locks).</summary>
    internal static Lookups ForThread(bool numericIsComtrade) => numericIsComtrade
        ? comtradeOfThread ??= new Lookups(numericIsComtrade: true)
        : isoOfThread ??= new Lookups(numericIsComtrade: false);

    /// <summary>Whether bare numbers are UN Comtrade area codes (842 = USA) rather than ISO 3166 numeric (840).</summary>
    internal bool NumericIsComtrade { get; }

    /// <summary>The partner of a Comtrade area code; false for a number that is not one.</summary>
    internal static bool TryComtradePartner(int code, out TradePartner partner)
    {
        partner = (uint)code < Areas.Length ? Areas[code].Partner : default;
        return (uint)code < Areas.Length && Areas[code].Known;
    }

    /// <summary>The country of a Comtrade reporter code (default for areas and groups that are not one country).</summary>
    internal static Country ComtradeReporter(int code) => (uint)code < Areas.Length ? Areas[code].Reporter : default;

    /// <summary>Parses a small non-negative integer without allocating; false for anything else.</summary>
    internal static bool TryInt(ReadOnlySpan<char> text, out int value)
    {
        // Plain digits (the usual case: codes and years) by a loop; anything else (spaces) by int.TryParse.
        if (text.Length is >= 1 and <= 9)
        {
            int v = 0;
            int i = 0;
            for (; i < text.Length; i++)
            {
                uint d = unchecked((uint)(text[i] - '0'));
                if (d > 9)
                {
                    break;
                }

                v = (v * 10) + (int)d;
            }

            if (i == text.Length)
            {
                value = v;
                return true;
            }
        }

        return int.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out value) && value >= 0;
    }

    /// <summary>Parses an exact decimal ("1234.56", "-3", "1.5E+3"); no thousands separators.</summary>
    internal static bool TryValue(ReadOnlySpan<char> text, out decimal value)
    {
        if (TryPlainValue(text, out ulong mantissa, out int scale, out bool negative))
        {
            value = ToDecimal(mantissa, scale, negative);
            return true;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The decimal of <see cref="TryPlainValue"/>'s parts.</summary>
    internal static decimal ToDecimal(ulong mantissa, int scale, bool negative) =>
        new(unchecked((int)(uint)mantissa), (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);

    /// <summary>The common form of a value — [-]digits[.digits], 1 to 18 digits — as its mantissa, scale and sign
    /// (negative only when not zero): the same number <see cref="TryValue"/> gives, without building a decimal. False
    /// for anything else (which <see cref="TryValue"/> hands to decimal.TryParse).</summary>
    internal static bool TryPlainValue(ReadOnlySpan<char> text, out ulong mantissa, out int scale, out bool negative)
    {
        // One pass with a single test a character: the point's place gives the scale afterwards.
        int start = text.Length > 0 && text[0] == '-' ? 1 : 0, dot = -1;
        negative = start == 1;
        mantissa = 0;
        scale = 0;
        if (text.Length - start is < 1 or > 19)
        {
            return false; // more than 18 digits (and a point) is not the simple form
        }

        ulong m = 0;
        for (int i = start; i < text.Length; i++)
        {
            uint d = unchecked((uint)(text[i] - '0'));
            if (d > 9)
            {
                if (text[i] != '.' || dot >= 0)
                {
                    return false;
                }

                dot = i;
                continue;
            }

            m = (m * 10) + d;
        }

        int digits = text.Length - start - (dot >= 0 ? 1 : 0);
        if (digits is < 1 or > 18)
        {
            return false;
        }

        mantissa = m;
        scale = dot < 0 ? 0 : text.Length - dot - 1;
        negative &= m != 0;
        return true;
    }

    /// <summary>A country or area by ISO alpha-2, alpha-3 or numeric code (or Comtrade code, see
    /// <see cref="NumericIsComtrade"/>), by name, or "World".</summary>
    internal bool TryPartner(ReadOnlySpan<char> text, out TradePartner partner)
    {
        // Numeric codes (the usual case in bulk files) by array.
        if (text.Length is >= 1 and <= 3 && char.IsAsciiDigit(text[0]) && TryInt(text, out int number))
        {
            var known = numeric[number];
            if (known.IsDefault)
            {
                if (!Resolve(text, out known))
                {
                    partner = default;
                    return false;
                }

                numeric[number] = known;
            }

            partner = known;
            return true;
        }

        text = text.Trim();
        if (partnerSpans.TryGetValue(text, out partner))
        {
            return true;
        }

        if (!Resolve(text, out partner))
        {
            return false;
        }

        partners[text.ToString()] = partner;
        return true;
    }

    private bool Resolve(ReadOnlySpan<char> text, out TradePartner partner)
    {
        partner = default;
        if (text.IsEmpty)
        {
            return false;
        }

        if (TryInt(text, out int number))
        {
            if (NumericIsComtrade || number == 0)
            {
                return TryComtradePartner(number, out partner);
            }

            if (Country.TryFromCode(text, out var byNumber))
            {
                partner = byNumber;
                return true;
            }

            return false;
        }

        if (text.Equals("World", StringComparison.OrdinalIgnoreCase) || text.Equals("WLD", StringComparison.OrdinalIgnoreCase))
        {
            partner = TradePartner.World;
            return true;
        }

        if (Country.TryFromCode(text, out var country) || Country.TryFromName(text, out country))
        {
            partner = country;
            return true;
        }

        return false;
    }

    /// <summary>The period of a year (cached for 1900–2300).</summary>
    internal Period Year(int year)
    {
        int i = year - 1900;
        if ((uint)i >= (uint)years.Length)
        {
            return Period.Year(year);
        }

        var p = years[i];
        return p.IsDefault ? years[i] = Period.Year(year) : p;
    }

    /// <summary>The period of a month (cached for 1900–2300).</summary>
    internal Period Month(int year, int month)
    {
        int i = ((year - 1900) * 12) + month - 1;
        if ((uint)i >= (uint)months.Length || month is < 1 or > 12)
        {
            return Period.Month(year, month);
        }

        var p = months[i];
        return p.IsDefault ? months[i] = Period.Month(year, month) : p;
    }

    /// <summary>The engine's code of a year (<see cref="PeriodCode"/>; cached for 1900–2300).</summary>
    internal int YearCode(int year)
    {
        int i = year - 1900;
        if ((uint)i >= (uint)yearCodes.Length)
        {
            return PeriodCode.Of(Period.Year(year));
        }

        int code = yearCodes[i];
        return code != 0 ? code : yearCodes[i] = PeriodCode.Of(Year(year));
    }

    /// <summary>The engine's code of a month (<see cref="PeriodCode"/>; cached for 1900–2300).</summary>
    internal int MonthCode(int year, int month)
    {
        int i = ((year - 1900) * 12) + month - 1;
        if ((uint)i >= (uint)monthCodes.Length || month is < 1 or > 12)
        {
            return PeriodCode.Of(Period.Month(year, month));
        }

        int code = monthCodes[i];
        return code != 0 ? code : monthCodes[i] = PeriodCode.Of(Month(year, month));
    }

    /// <summary>A period from "2023", "2023-05", "202305" (Comtrade's period) or any form <see cref="Period"/> parses.</summary>
    internal bool TryPeriod(ReadOnlySpan<char> text, out Period period)
    {
        text = text.Trim();
        if (text.Length == 4 && TryInt(text, out int y) && y >= 1000)
        {
            period = Year(y);
            return true;
        }

        if (text.Length == 6 && TryInt(text, out int ym) && ym % 100 is >= 1 and <= 12 && ym >= 100001)
        {
            period = Month(ym / 100, ym % 100);
            return true;
        }

        if (periodSpans.TryGetValue(text, out period))
        {
            return true;
        }

        if (!Period.TryParse(text.ToString(), CultureInfo.InvariantCulture, out period))
        {
            return false;
        }

        periods[text.ToString()] = period;
        return true;
    }

    /// <summary>A currency by ISO 4217 code.</summary>
    internal bool TryCurrency(ReadOnlySpan<char> text, out Currency currency)
    {
        text = text.Trim();
        if (currencySpans.TryGetValue(text, out currency))
        {
            return true;
        }

        if (!Currency.TryFromCode(text, out currency))
        {
            return false;
        }

        currencies[text.ToString()] = currency;
        return true;
    }

    /// <summary>An HS code at chapter, heading or subheading level; longer national codes (8, 10 digits) are read as
    /// their subheading (first six digits), which they belong to. <paramref name="padOddTo6"/>: a 5-digit code lost its
    /// leading zero (as BACI's k often has) and is read as 6 digits.</summary>
    internal static bool TryCommodity(ReadOnlySpan<char> text, bool padOddTo6, out HsCode code)
    {
        text = text.Trim();
        code = default;
        if (text.IsEmpty || !TryInt(text, out int digits))
        {
            return false;
        }

        int length = text.Length;
        if (padOddTo6 && length == 5)
        {
            length = 6;
        }
        else if (length is 1 or 3 or 5)
        {
            length++; // "1" is chapter 01, "101" heading 0101
        }

        if (length > 6)
        {
            for (int i = length; i > 6; i--)
            {
                digits /= 10;
            }

            length = 6;
        }

        var level = (HsLevel)length;
        int min = level switch { HsLevel.Chapter => 1, HsLevel.Heading => 100, _ => 10000 };
        if (digits < min)
        {
            return false;
        }

        code = HsCode.Create(digits, level);
        return true;
    }

    /// <summary>Why a text did not read: a note on bad encoding when it holds U+FFFD (what the decoder put for bytes
    /// that are not UTF-8), else the plain reason.</summary>
    internal static string Reason(ReadOnlySpan<char> value, string reason) =>
        value.Contains('\uFFFD') ? "the bytes are not valid UTF-8 text" : reason;

    /// <summary>Rows of an embedded CSV resource (lines starting with '#' are comments; the first other line is the header).</summary>
    internal static IEnumerable<Dictionary<string, string>> EmbeddedCsv(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TradeDomain.Data." + name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from TradeDomain.Data.");
        using var reader = new StreamReader(stream);
        string[]? header = null;
        var rows = new List<Dictionary<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split(',');
            if (header is null)
            {
                header = cells;
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < cells.Length ? cells[i] : "";
            }

            rows.Add(row);
        }

        return rows;
    }

    private static (TradePartner, Country, bool)[] BuildAreas()
    {
        var table = new (TradePartner, Country, bool)[1000];
        for (int code = 0; code < table.Length; code++)
        {
            if (ComtradeCode.TryFromCode(code, out var cc))
            {
                table[code] = (TradePartner.FromComtrade(cc), cc.IsCountry ? cc.Country : default, true);
            }
        }

        // Comtrade publishes Taiwan's trade under 490 "Other Asia, nes" (and ComtradeCode.FromCountry gives 490 for it):
        // read 490 as Taiwan, so that what is written is read back.
        var taiwan = Country.FromCode("TW");
        table[490] = (taiwan, taiwan, true);
        return table;
    }
}

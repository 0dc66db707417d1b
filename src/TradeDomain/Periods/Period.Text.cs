using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using TradeDomain.Utility;

namespace TradeDomain;

public readonly partial struct Period : ISpanFormattable, ISpanParsable<Period>
{
    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] RussianMonthsNominative =
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    private static readonly string[] RussianMonthsGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static readonly string[] RussianMonthsPrepositional =
        ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"];

    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    /// <summary>The canonical form: "2023", "2023-H1", "2023-Q4", "2024-03", "2024-01/2024-09", "FY2023/24", "2024-03-05",
    /// "2024-03-05/2024-03-10".</summary>
    public override string ToString() => IsDefault ? "(no period)" : ToString(null, null);

    /// <summary>Formats as <c>G</c> (canonical), <c>E</c> (English phrase: "the first quarter of 2024",
    /// "January–September 2024") or <c>R</c> (Russian phrase: "I квартал 2024 года", "январь–сентябрь 2024 года").
    /// <c>default(Period)</c> formats as "(no period)" whatever the format.</summary>
    /// <exception cref="FormatException">Unknown format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (IsDefault)
        {
            return "(no period)";
        }

        return format switch
        {
            null or "" or "G" or "g" => FormatCanonical(),
            "E" or "e" => FormatEnglish(),
            "R" or "r" => FormatRussian(),
            _ => throw new FormatException($"Unknown Period format {Preconditions.Quote(format)}; use G (canonical), E (English) or R (Russian)."),
        };
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(Formatting.Format(format), provider);
        return Formatting.TryCopy(text, destination, out charsWritten);
    }

    private static string Canonical(YearMonth m) => string.Create(CultureInfo.InvariantCulture, $"{m.Year:D4}-{m.Month:D2}");

    private static string Canonical(LocalDate d) => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private string FormatCanonical() => kind switch
    {
        PeriodKind.Year => start.Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{start.Year:D4}-H{((start.Month - 1) / 6) + 1}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{start.Year:D4}-Q{((start.Month - 1) / 3) + 1}"),
        PeriodKind.Month => Canonical(start.ToYearMonth()),
        PeriodKind.MonthRange => Canonical(start.ToYearMonth()) + "/" + Canonical(end.ToYearMonth()),
        PeriodKind.FiscalYear => string.Create(CultureInfo.InvariantCulture, $"FY{start.Year:D4}/{(start.Year + 1) % 100:D2}")
            + (fiscalStartMonth == 4 ? "" : $" ({Abbrev(fiscalStartMonth)}–{Abbrev(end.Month)})"),
        PeriodKind.Day => Canonical(start),
        _ => Canonical(start) + "/" + Canonical(end),
    };

    private static string Abbrev(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month);

    private static string English(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private string FormatEnglish() => kind switch
    {
        PeriodKind.HalfYear => $"the {Ordinals[(start.Month - 1) / 6]} half of {start.Year:D4}",
        PeriodKind.Quarter => $"the {Ordinals[(start.Month - 1) / 3]} quarter of {start.Year:D4}",
        PeriodKind.Month => $"{English(start.Month)} {start.Year:D4}",
        PeriodKind.MonthRange when start.Year == end.Year => $"{English(start.Month)}–{English(end.Month)} {start.Year:D4}",
        PeriodKind.MonthRange => $"{English(start.Month)} {start.Year:D4}–{English(end.Month)} {end.Year:D4}",
        PeriodKind.Day => EnglishDay(start),
        PeriodKind.DayRange => $"{EnglishDay(start)}–{EnglishDay(end)}",
        _ => FormatCanonical(),
    };

    private static string EnglishDay(LocalDate d) => string.Create(CultureInfo.InvariantCulture, $"{d.Day} {English(d.Month)} {d.Year:D4}");

    private string FormatRussian() => kind switch
    {
        PeriodKind.Year => $"{start.Year:D4} год",
        PeriodKind.HalfYear => $"{Roman[(start.Month - 1) / 6]} полугодие {start.Year:D4} года",
        PeriodKind.Quarter => $"{Roman[(start.Month - 1) / 3]} квартал {start.Year:D4} года",
        PeriodKind.Month => $"{RussianMonthsNominative[start.Month - 1]} {start.Year:D4} года",
        PeriodKind.MonthRange when start.Year == end.Year =>
            $"{RussianMonthsNominative[start.Month - 1]}–{RussianMonthsNominative[end.Month - 1]} {start.Year:D4} года",
        PeriodKind.MonthRange => $"{RussianMonthsNominative[start.Month - 1]} {start.Year:D4} года – {RussianMonthsNominative[end.Month - 1]} {end.Year:D4} года",
        PeriodKind.Day => RussianDay(start),
        PeriodKind.DayRange => $"{RussianDay(start)} – {RussianDay(end)}",
        _ => FormatCanonical(),
    };

    private static string RussianDay(LocalDate d) => string.Create(CultureInfo.InvariantCulture, $"{d.Day} {RussianMonthsGenitive[d.Month - 1]} {d.Year:D4} года");

    /// <summary>Parses a canonical form or an English or Russian phrase as releases write it: "2023", "2023-Q4",
    /// "FY2023/24", "the first quarter of 2024", "Q1 2024", "H1 2024", "January-September 2024", "January–June 2024",
    /// "9 months of 2024", "в 2023 году", "I квартал 2024 года", "январь-сентябрь 2024 года", "в январе-июне 2024 года".</summary>
    /// <exception cref="FormatException">Not a period; the message lists the accepted forms.</exception>
    public static Period Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static Period Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static Period Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result) ? result : throw new FormatException(NotAPeriod(s));

    /// <summary>Parses a period; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Period result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses a period; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Period result)
    {
        result = default;
        if (s.Length > 200)
        {
            return false;
        }

        try
        {
            return TryParseNormalized(Normalize(s), out result);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            // Out-of-range numbers inside a well-formed phrase ("2023-Q5" is caught by the pattern; "2023-13" here).
            result = default;
            return false;
        }
    }

    /// <summary>Parses a period that may be relative to <paramref name="reference"/>: "the previous year", "a year earlier",
    /// "the same period of 2023", "the same period last year", "годом ранее", "за аналогичный период прошлого года",
    /// "в прошлом году", "the previous quarter", "предыдущий месяц" — or any absolute form <see cref="Parse(string)"/> reads.</summary>
    /// <remarks>"The previous year" and its Russian forms mean the same months one year earlier (for January–September
    /// 2024: January–September 2023), since releases compare like with like; "the previous quarter/month" means the
    /// period just before (the reference must be a quarter or month).</remarks>
    /// <exception cref="FormatException">Neither a relative nor an absolute period.</exception>
    public static Period ParseRelative(string text, Period reference) =>
        TryParseRelative(Preconditions.CheckNotNull(text), reference, out var result) ? result : throw new FormatException(NotAPeriod(text));

    /// <summary>Parses a relative or absolute period; never throws.</summary>
    public static bool TryParseRelative(ReadOnlySpan<char> text, Period reference, out Period result)
    {
        result = default;
        if (reference.IsDefault || text.Length > 200)
        {
            return false;
        }

        var n = Normalize(text);
        try
        {
            if (PreviousYearPhrase().IsMatch(n))
            {
                result = reference.SamePeriodPreviousYear();
                return true;
            }

            if (SamePeriodOfYear().Match(n) is { Success: true } m)
            {
                result = reference.InYear(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
                return true;
            }

            if (PreviousUnit().Match(n) is { Success: true } u)
            {
                var unit = u.Groups["u"].Value;
                bool quarter = unit.StartsWith('q') || unit.StartsWith('к');
                var expected = quarter ? PeriodKind.Quarter : PeriodKind.Month;
                if (reference.kind != expected)
                {
                    return false;
                }

                result = reference.Previous();
                return true;
            }

            return TryParseNormalized(n, out result);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            result = default;
            return false;
        }
    }

    private static string NotAPeriod(ReadOnlySpan<char> s) =>
        $"Cannot read {Preconditions.Quote(s)} as a period; expected e.g. 2023, 2023-Q4, 2023-H1, 2024-03, 2024-01/2024-09, FY2023/24, 2024-03-05, \"the first quarter of 2024\", \"January–September 2024\", \"январь-сентябрь 2024 года\".";

    /// <summary>Lower case, one kind of dash with no spaces around it, single spaces, no leading preposition
    /// ("in", "during", "the", "в", "за"), no trailing "года"/"году"/"год"/"г.".</summary>
    private static string Normalize(ReadOnlySpan<char> s)
    {
        var text = s.ToString().ToLowerInvariant().Replace('ё', 'е');
        text = Dashes().Replace(text, "-");
        text = Spaces().Replace(text, " ").Trim().TrimEnd('.', ',', ';', ':').Trim();
        string previous;
        do
        {
            previous = text;
            text = LeadingWords().Replace(text, "");
            text = TrailingYearWord().Replace(text, "$1");
            text = text.Replace(" -", "-", StringComparison.Ordinal).Replace("- ", "-", StringComparison.Ordinal);
        }
        while (text != previous);
        return text;
    }

    private static bool TryParseNormalized(string s, out Period result)
    {
        result = default;
        Match m;
        if ((m = CanonicalForm().Match(s)).Success)
        {
            int year = Int(m, "y");
            if (m.Groups["h"].Success)
            {
                result = HalfYear(year, Int(m, "h"));
            }
            else if (m.Groups["q"].Success)
            {
                result = Quarter(year, Int(m, "q"));
            }
            else if (m.Groups["m2"].Success)
            {
                result = m.Groups["d"].Success
                    ? DayRange(new LocalDate(year, Int(m, "m"), Int(m, "d")), new LocalDate(Int(m, "y2"), Int(m, "m2"), Int(m, "d2")))
                    : MonthRange(new YearMonth(year, Int(m, "m")), new YearMonth(Int(m, "y2"), Int(m, "m2")));
            }
            else if (m.Groups["d"].Success)
            {
                result = Day(new LocalDate(year, Int(m, "m"), Int(m, "d")));
            }
            else
            {
                result = m.Groups["m"].Success ? Month(year, Int(m, "m")) : Year(year);
            }

            return true;
        }

        if ((m = FiscalForm().Match(s)).Success)
        {
            int year = Int(m, "y");
            if ((year + 1) % 100 != Int(m, "y2"))
            {
                return false;
            }

            int startMonth = 4;
            if (m.Groups["from"].Success)
            {
                startMonth = MonthNumber(m.Groups["from"].Value);
                int to = MonthNumber(m.Groups["to"].Value);
                if (startMonth < 2 || to != ((startMonth + 10) % 12) + 1)
                {
                    return false;
                }
            }

            result = FiscalYear(year, startMonth);
            return true;
        }

        if ((m = QuarterPhrase().Match(s)).Success)
        {
            result = Quarter(Int(m, "y"), OrdinalNumber(m.Groups["n"].Value));
            return true;
        }

        if ((m = HalfPhrase().Match(s)).Success)
        {
            result = HalfYear(Int(m, "y"), OrdinalNumber(m.Groups["n"].Value));
            return true;
        }

        if ((m = MonthsOfYear().Match(s)).Success)
        {
            int count = m.Groups["k"].Success ? Int(m, "k") : OrdinalNumber(m.Groups["w"].Value);
            if (count is < 1 or > 12)
            {
                return false;
            }

            result = YearToDate(new YearMonth(Int(m, "y"), count));
            return true;
        }

        if ((m = DayRangePhrase().Match(s)).Success)
        {
            int a = MonthNumber(m.Groups["a"].Value), b = MonthNumber(m.Groups["b"].Value);
            if (a == 0 || b == 0)
            {
                return false;
            }

            result = DayRange(new LocalDate(Int(m, "ya"), a, Int(m, "d")), new LocalDate(Int(m, "y"), b, Int(m, "d2")));
            return true;
        }

        if ((m = MonthPhrase().Match(s)).Success)
        {
            int first = MonthNumber(m.Groups["a"].Value);
            int year = Int(m, "y");
            if (first == 0)
            {
                return false;
            }

            if (m.Groups["b"].Success)
            {
                int last = MonthNumber(m.Groups["b"].Value);
                int firstYear = m.Groups["ya"].Success ? Int(m, "ya") : year;
                if (last == 0)
                {
                    return false;
                }

                result = MonthRange(new YearMonth(firstYear, first), new YearMonth(year, last));
            }
            else if (m.Groups["d"].Success)
            {
                result = Day(new LocalDate(year, first, Int(m, "d")));
            }
            else
            {
                result = Month(year, first);
            }

            return true;
        }

        return false;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int MonthNumber(string word)
    {
        for (int i = 0; i < 12; i++)
        {
            if (word == EnglishMonths[i] || word == RussianMonthsNominative[i] || word == RussianMonthsGenitive[i]
                || word == RussianMonthsPrepositional[i] || (word.Length >= 3 && EnglishMonths[i].StartsWith(word, StringComparison.Ordinal) && (word.Length == 3 || word == "sept")))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int OrdinalNumber(string word) => word switch
    {
        "1" or "i" or "1st" or "first" or "первый" or "первом" or "первое" or "первого" or "1-й" or "1-м" or "1-е" => 1,
        "2" or "ii" or "2nd" or "second" or "второй" or "втором" or "второе" or "второго" or "2-й" or "2-м" or "2-е" => 2,
        "3" or "iii" or "3rd" or "third" or "третий" or "третьем" or "третьего" or "3-й" or "3-м" => 3,
        "4" or "iv" or "4th" or "fourth" or "четвертый" or "четвертом" or "четвертого" or "4-й" or "4-м" => 4,
        "six" or "шесть" or "шести" => 6,
        "nine" or "девять" or "девяти" => 9,
        "eleven" or "одиннадцать" or "одиннадцати" => 11,
        "three" or "три" or "трех" => 3,
        "two" or "два" or "двух" => 2,
        "four" or "четыре" or "четырех" => 4,
        "five" or "пять" or "пяти" => 5,
        "seven" or "семь" or "семи" => 7,
        "eight" or "восемь" or "восьми" => 8,
        "ten" or "десять" or "десяти" => 10,
        "twelve" or "двенадцать" or "двенадцати" => 12,
        _ => 0,
    };

    [GeneratedRegex(@"[\u2010-\u2015\u2212]|\s*-\s*")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"[\s\u00A0\u2009\u202F]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:in|during|for|the|of|over|в|во|за|на|по итогам|по итогам|итоги)\s+")]
    private static partial Regex LeadingWords();

    [GeneratedRegex(@"(\d{4})\s*(?:года|году|год|гг|г)\.?(?=-|$)")]
    private static partial Regex TrailingYearWord();

    [GeneratedRegex(@"^(?<y>\d{4})(?:-h(?<h>[12])|-q(?<q>[1-4])|-(?<m>\d{2})(?:-(?<d>\d{2}))?(?:/(?<y2>\d{4})-(?<m2>\d{2})(?:-(?<d2>\d{2}))?)?)?$")]
    private static partial Regex CanonicalForm();

    [GeneratedRegex(@"^fy\s?(?<y>\d{4})/(?<y2>\d{2})(?:\s?\((?<from>[a-z]{3})-(?<to>[a-z]{3})\))?$")]
    private static partial Regex FiscalForm();

    [GeneratedRegex(@"^(?:(?<n>first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)? (?<y>\d{4})|q(?<n>[1-4]) (?<y>\d{4})|(?<n>i|ii|iii|iv|[1-4]|[1-4]-[йм]|первый|первом|второй|втором|третий|третьем|четвертый|четвертом) квартал[еа]? (?<y>\d{4}))$")]
    private static partial Regex QuarterPhrase();

    [GeneratedRegex(@"^(?:(?<n>first|second|1st|2nd) half(?: of)?(?: the year)? (?<y>\d{4})|h(?<n>[12]) (?<y>\d{4})|(?<n>i|ii|[12]|[12]-[ем]|первое|первом|второе|втором) полугоди[еяи] (?<y>\d{4}))$")]
    private static partial Regex HalfPhrase();

    [GeneratedRegex(@"^(?:(?:the )?first )?(?:(?<k>\d{1,2})|(?<w>[a-zа-я]+)) (?:months|месяцев|месяца)(?: of)? (?<y>\d{4})$")]
    private static partial Regex MonthsOfYear();

    [GeneratedRegex(@"^(?:(?<d>\d{1,2}) )?(?<a>[a-zа-я]+)\.?(?: (?<ya>\d{4}))?(?:-(?<b>[a-zа-я]+)\.?)? (?<y>\d{4})$")]
    private static partial Regex MonthPhrase();

    [GeneratedRegex(@"^(?<d>\d{1,2}) (?<a>[a-zа-я]+) (?<ya>\d{4})-(?<d2>\d{1,2}) (?<b>[a-zа-я]+) (?<y>\d{4})$")]
    private static partial Regex DayRangePhrase();

    [GeneratedRegex(@"^(?:(?:the )?previous year|last year|a year (?:earlier|ago|before)|(?:the )?(?:same|corresponding) period (?:of |in )?(?:the )?(?:previous|last|prior|preceding) year|(?:the )?(?:same|corresponding) period a year (?:earlier|ago|before)|годом ранее|год назад|прошл(?:ый|ого|ом) год(?:а|у)?|предыдущ(?:ий|его|ем) год(?:а|у)?|аналогичн(?:ый|ого|ом) период(?:е|а)? (?:прошлого|предыдущего) года)$")]
    private static partial Regex PreviousYearPhrase();

    [GeneratedRegex(@"^(?:(?:the )?(?:same|corresponding) period (?:of|in) (?<y>\d{4})|аналогичн(?:ый|ого|ом) период(?:е|а)? (?<y>\d{4}))$")]
    private static partial Regex SamePeriodOfYear();

    [GeneratedRegex(@"^(?:(?:the )?previous (?<u>quarter|month)|предыдущ(?:ий|его|ем) (?<u>квартал|месяц)(?:е|а)?)$")]
    private static partial Regex PreviousUnit();
}

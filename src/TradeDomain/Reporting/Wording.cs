using System.Globalization;
using System.Text;
using TradeDomain.Utility;

namespace TradeDomain.Reporting;

/// <summary>
/// One language's words, templates and name forms, read from the embedded files in <c>Reporting/Languages/</c>
/// (<c>en.csv</c>, <c>ru.csv</c>, <c>en-names.csv</c>, <c>ru-names.csv</c>). The code fills templates; the words,
/// genders, plural forms and cases live in the data.
/// </summary>
internal sealed class Wording
{
    private static readonly Lazy<Wording> EnglishWording = new(() => new Wording(ReportLanguage.English, "en"));
    private static readonly Lazy<Wording> RussianWording = new(() => new Wording(ReportLanguage.Russian, "ru"));

    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> names = new(StringComparer.Ordinal);

    private Wording(ReportLanguage language, string code)
    {
        Language = language;
        foreach (var row in EmbeddedCsv.Read($"reporting-{code}.csv", '|'))
        {
            texts[row["key"]] = row["text"];
        }

        foreach (var row in EmbeddedCsv.Read($"reporting-{code}-names.csv", '|'))
        {
            names[row["code"]] = language == ReportLanguage.English
                ? [row["name"]]
                : [row["nom"], row["gen"], row["acc"], row["with"], row["to"], row["from"]];
        }
    }

    internal ReportLanguage Language { get; }

    internal bool IsRussian => Language == ReportLanguage.Russian;

    internal static Wording For(ReportLanguage language) => language == ReportLanguage.Russian ? RussianWording.Value : EnglishWording.Value;

    /// <summary>The text of <paramref name="key"/>; a missing key is a defect of the language file.</summary>
    internal string Text(string key) =>
        TryText(key) ?? throw new InvalidOperationException($"The {Language} reporting wording has no entry '{key}' (Reporting/Languages).");

    internal string? TryText(string key) => texts.TryGetValue(key, out var text) ? text : null;

    /// <summary>The form of <paramref name="key"/> for a subject of <paramref name="gender"/> (m, f, n, p), or the
    /// key's only form.</summary>
    internal string Gendered(string key, string gender) => TryText(key + "." + gender) ?? Text(key);

    /// <summary>Fills the <c>{name}</c> placeholders of a template; an unknown placeholder is a defect of the data.</summary>
    internal string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var sb = new StringBuilder(template.Length + 64);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            int close = template.IndexOf('}', open);
            if (close < 0)
            {
                throw new InvalidOperationException($"Unclosed placeholder in the {Language} template '{template}'.");
            }

            sb.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            if (values.TryGetValue(name, out var value))
            {
                sb.Append(value);
            }
            else if (name.Length > 0 && char.IsUpper(name[0]) && values.TryGetValue(char.ToLowerInvariant(name[0]) + name[1..], out var lower))
            {
                sb.Append(Capitalize(lower));
            }
            else
            {
                throw new InvalidOperationException($"The {Language} template '{template}' uses {{{name}}}, which the writer does not supply.");
            }

            i = close + 1;
        }

        return CollapseSpaces(sb.ToString());
    }

    internal string FillKey(string key, IReadOnlyDictionary<string, string> values) => Fill(Text(key), values);

    internal static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c == ' ' && (sb.Length == 0 || sb[^1] == ' '))
            {
                continue;
            }

            sb.Append(c);
        }

        // "… 2023 ," never happens in the templates, but an empty placeholder before a comma would leave a space.
        return sb.ToString().Replace(" ,", ",", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal).Trim();
    }

    /// <summary>"1,012.5" or "1 012,5" (no-break space groups from five digits, decimal comma).</summary>
    internal string Number(decimal rounded, int decimals)
    {
        var sb = new StringBuilder(16);
        AmountText.AppendNumber(sb, Math.Abs(rounded), decimals, IsRussian);
        return sb.ToString();
    }

    internal string Percent(decimal rounded, int decimals) =>
        Fill(Text("percent"), new Dictionary<string, string> { ["n"] = Number(rounded, decimals) });

    /// <summary>"1.5 times", "2 times", "в 1,5 раза", "в 2 раза", "в 5 раз", "в 21 раз".</summary>
    internal string Times(decimal rounded, int decimals)
    {
        var values = new Dictionary<string, string> { ["n"] = Number(rounded, decimals) };
        if (TryText("times.forms") is { } forms)
        {
            values["times_word"] = Plural(forms, rounded, decimals);
        }

        return FillKey("times", values);
    }

    internal string Points(decimal rounded, int decimals)
    {
        bool one = decimals == 0 && Math.Abs(rounded) == 1m;
        return FillKey(one ? "points.one" : "points.other", new Dictionary<string, string> { ["n"] = Number(rounded, decimals) });
    }

    /// <summary>The Russian plural form (one;few;many;fraction) that agrees with a printed number.</summary>
    internal static string Plural(string forms, decimal rounded, int decimals)
    {
        var f = forms.Split(';');
        var magnitude = Math.Abs(rounded);
        if (decimals > 0 && magnitude != decimal.Truncate(magnitude))
        {
            return f[3];
        }

        var n = (long)(decimal.Truncate(magnitude) % 100m);
        if (n % 10 == 1 && n != 11)
        {
            return f[0];
        }

        return n % 10 is >= 2 and <= 4 && n is < 12 or > 14 ? f[1] : f[2];
    }

    /// <summary>An amount as this language prints it.</summary>
    internal string Amount(ReportedAmount amount, AmountStyle style) =>
        amount.ToString(IsRussian ? "R" : style switch { AmountStyle.Abbreviated => "C", AmountStyle.Symbol => "S", _ => "W" }, CultureInfo.InvariantCulture);

    /// <summary>"in 2023", "in January–September 2024" / "в 2023 году", "в январе–сентябре 2024 года".</summary>
    internal string PeriodIn(Period period) => PeriodPhrase("period.in.", period);

    /// <summary>"2023", "the first quarter of 2024" / "2023 года", "I квартала 2024 года".</summary>
    internal string PeriodOf(Period period) => PeriodPhrase("period.of.", period);

    private string PeriodPhrase(string prefix, Period period)
    {
        var kind = period.Kind;
        bool supported = kind is PeriodKind.Year or PeriodKind.HalfYear or PeriodKind.Quarter or PeriodKind.Month
            || (kind == PeriodKind.MonthRange && period.Start.Year == period.End.Year);
        Preconditions.CheckArgument(supported, nameof(period),
            $"Period {period} cannot be named in a release; use a year, half-year, quarter, month or a range of months within one year.");
        int start = period.Start.Month, end = period.End.Month;
        var values = new Dictionary<string, string>
        {
            ["year"] = period.Start.Year.ToString("D4", CultureInfo.InvariantCulture),
            ["ordinal"] = TryText("ordinal." + Ordinal(period)) ?? "",
            ["roman"] = TryText("roman." + Ordinal(period)) ?? "",
            ["month"] = TryText("month." + start) ?? "",
            ["month2"] = TryText("month." + end) ?? "",
            ["month_prep"] = TryText("month_prep." + start) ?? "",
            ["month2_prep"] = TryText("month_prep." + end) ?? "",
            ["month_gen"] = TryText("month_gen." + start) ?? "",
            ["month2_gen"] = TryText("month_gen." + end) ?? "",
        };
        return FillKey(prefix + kind.ToString(), values);
    }

    private static string Ordinal(Period period) => period.Kind switch
    {
        PeriodKind.HalfYear => (((period.Start.Month - 1) / 6) + 1).ToString(CultureInfo.InvariantCulture),
        PeriodKind.Quarter => (((period.Start.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture),
        _ => "0",
    };

    /// <summary>A country's name: English as releases write it; Russian in a case (0 nominative, 1 genitive,
    /// 2 accusative, 3 "с" + instrumental, 4 "в" + accusative, 5 "из" + genitive).</summary>
    internal string CountryName(Country country, NameCase form = NameCase.Nominative)
    {
        if (names.TryGetValue(country.Alpha2, out var forms))
        {
            return IsRussian ? forms[(int)form] : forms[0];
        }

        if (!IsRussian)
        {
            return country.Name;
        }

        var fallback = names["fallback"];
        return fallback[(int)form].Replace("{name}", country.RussianName, StringComparison.Ordinal);
    }

    /// <summary>A group as releases name it: "the SCO countries" / "страны ШОС", "со странами ШОС" …</summary>
    internal string GroupName(CountryGroup group, NameCase form = NameCase.Nominative)
    {
        if (names.TryGetValue("group:" + group.Id, out var forms))
        {
            return IsRussian ? forms[(int)form] : forms[0];
        }

        if (!IsRussian)
        {
            return FillKey("group.name", new Dictionary<string, string> { ["group"] = group.Id });
        }

        var fallback = names["fallback.group"];
        return fallback[(int)form].Replace("{name}", group.RussianName, StringComparison.Ordinal);
    }

    internal string Possessive(string name) =>
        Fill(Text(name.EndsWith('s') ? "possessive.s" : "possessive"), new Dictionary<string, string> { ["name"] = name });
}

/// <summary>The case of a Russian name, as the columns of <c>ru-names.csv</c>.</summary>
internal enum NameCase
{
    Nominative = 0,
    Genitive = 1,
    Accusative = 2,
    With = 3,
    To = 4,
    From = 5,
}

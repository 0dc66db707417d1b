using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TradeDomain.Aggregation;
using TradeDomain.Reporting;

namespace TradeDomain.Cli;

/// <summary>
/// <c>tradecheck report FILE|- [--lang en|ru] [--format markdown|html|csv] [--amounts words|bn|symbol] [--shares
/// largest-remainder|note]</c>: writes release statements and tables from a JSON file of exact figures.
/// </summary>
/// <remarks>
/// The file is <c>{"currency":"USD","statements":[…],"tables":[…]}</c>. Amounts are exact, as JSON strings or numbers, in
/// currency units. A statement is <c>{"kind":…, subject, figures, options}</c>: the subject is <c>"group":"SCO"</c> (its
/// mutual trade) or <c>"reporter":"KZ"</c> with an optional <c>"partner"</c> (a country code or a group id) and
/// <c>"measure"</c> (turnover, exports, imports); kinds and their figures are level (period, value, basePeriod,
/// baseValue), multiple and cagr (fromPeriod, from, toPeriod, to), share (period, part, whole), shares (period, whole,
/// parts: {code: value}), shareChange (partner, fromPeriod, fromPart, fromWhole, toPeriod, toPart, toWhole), turnover and
/// balance (period, exports, imports). Optional per statement: "amounts", "growth" (comparative, verb, index),
/// "amountDecimals", "rateDecimals", "shareDecimals". Tables are partnerShares (subject, top, partners: {code: value})
/// and series (subject, series: {period: value}). See <c>seeds/sco-2023.json</c>.
/// </remarks>
internal static class ReportCommand
{
    private const int Ok = 0;
    private const int UsageError = 2;

    /// <summary>The <c>report</c> command.</summary>
    internal static Command Create(Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "JSON figures: a file path, or - for standard input." };
        var lang = new Option<string>("--lang") { Description = "Language: en (default) or ru.", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "ru");
        var format = new Option<string>("--format", "-f") { Description = "Tables as markdown (default), html or csv.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "html", "csv");
        var amounts = new Option<string?>("--amounts") { Description = "English amounts: words (66.0 billion US dollars), bn (USD 66.0 bn) or symbol ($66.0 billion)." };
        amounts.AcceptOnlyFromAmong("words", "bn", "symbol");
        var shares = new Option<string>("--shares") { Description = "Shares: largest-remainder (add up to 100, default) or note.", DefaultValueFactory = _ => "largest-remainder" };
        shares.AcceptOnlyFromAmong("largest-remainder", "note");
        var command = new Command("report", "Write release statements and tables, in English or Russian, from exact figures in a JSON file.")
        {
            file, lang, format, amounts, shares,
        };
        command.SetAction(parse =>
        {
            var options = new ReportOptions
            {
                Language = parse.GetValue(lang) == "ru" ? ReportLanguage.Russian : ReportLanguage.English,
                Rounding = new RoundingPolicy { Shares = parse.GetValue(shares) == "note" ? ShareRounding.Note : ShareRounding.LargestRemainder },
            };
            return Run(parse.GetValue(file)!, options, parse.GetValue(amounts), parse.GetValue(format)!, stdin, stdout, stderr);
        });
        return command;
    }

    internal static int Run(string path, ReportOptions options, string? amounts, string format, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        if (!Program.TryRead(path, stdin, out var json, out var error))
        {
            stderr.WriteLine("tradecheck: " + error);
            return UsageError;
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var currency = Currency.FromCode(root.TryGetProperty("currency", out var c) ? c.GetString() ?? "USD" : "USD");
            var statements = new List<Statement>();
            if (root.TryGetProperty("statements", out var list))
            {
                foreach (var s in list.EnumerateArray())
                {
                    statements.Add(Write(s, With(s, options, amounts), currency));
                }
            }

            if (statements.Count > 0)
            {
                stdout.WriteLine(Statement.Paragraph(statements));
            }

            if (root.TryGetProperty("tables", out var tables))
            {
                foreach (var t in tables.EnumerateArray())
                {
                    var table = Table(t, With(t, options, amounts), currency);
                    stdout.WriteLine();
                    stdout.Write(format switch { "html" => table.ToHtml(), "csv" => table.ToCsv(), _ => table.ToMarkdown() });
                }
            }

            return Ok;
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            stderr.WriteLine("tradecheck: " + e.Message);
            return UsageError;
        }
    }

    private static ReportOptions With(JsonElement e, ReportOptions options, string? amounts)
    {
        var style = amounts ?? (e.TryGetProperty("amounts", out var a) ? a.GetString() : null);
        var rounding = options.Rounding;
        if (e.TryGetProperty("amountDecimals", out var ad))
        {
            rounding = rounding with { AmountDecimals = ad.GetInt32() };
        }

        if (e.TryGetProperty("rateDecimals", out var rd))
        {
            rounding = rounding with { RateDecimals = rd.GetInt32() };
        }

        if (e.TryGetProperty("shareDecimals", out var sd))
        {
            rounding = rounding with { ShareDecimals = sd.GetInt32() };
        }

        return options with
        {
            Amounts = style switch { "bn" or "abbreviated" => AmountStyle.Abbreviated, "symbol" => AmountStyle.Symbol, _ => AmountStyle.Words },
            Growth = e.TryGetProperty("growth", out var g) ? g.GetString() switch { "verb" => GrowthWording.Verb, "index" => GrowthWording.Index, _ => GrowthWording.Comparative } : options.Growth,
            Rounding = rounding,
        };
    }

    private static Statement Write(JsonElement s, ReportOptions options, Currency currency)
    {
        var w = new ReleaseWriter(options);
        var kind = Text(s, "kind");
        return kind switch
        {
            "level" => w.Level(Subject(s), Period(s, "period"), Money(s, "value", currency), Period(s, "basePeriod"), Money(s, "baseValue", currency)),
            "multiple" => w.Multiple(Subject(s), Period(s, "fromPeriod"), Money(s, "from", currency), Period(s, "toPeriod"), Money(s, "to", currency)),
            "cagr" => w.AverageAnnualGrowth(Subject(s), Period(s, "fromPeriod"), Money(s, "from", currency), Period(s, "toPeriod"), Money(s, "to", currency)),
            "share" => w.Share(Subject(s), Period(s, "period"), Money(s, "part", currency), Money(s, "whole", currency)),
            "shares" => w.Shares(Subject(s), Period(s, "period"), Money(s, "whole", currency), Parts(s.GetProperty("parts"), currency)),
            "shareChange" => w.ShareChange(Country.FromCode(Text(s, "partner")), Subject(s).WithoutPartner(), Period(s, "fromPeriod"), Money(s, "fromPart", currency), Money(s, "fromWhole", currency),
                Period(s, "toPeriod"), Money(s, "toPart", currency), Money(s, "toWhole", currency)),
            "turnover" => w.Turnover(Subject(s), Period(s, "period"), Money(s, "exports", currency), Money(s, "imports", currency)),
            "balance" => w.Balance(Subject(s), Period(s, "period"), Money(s, "exports", currency), Money(s, "imports", currency)),
            _ => throw new FormatException($"Unknown statement kind '{kind}'; use level, multiple, cagr, share, shares, shareChange, turnover or balance."),
        };
    }

    private static ReportTable Table(JsonElement t, ReportOptions options, Currency currency)
    {
        var kind = Text(t, "kind");
        return kind switch
        {
            "partnerShares" => ReportTable.PartnerShares(Subject(t), Parts(t.GetProperty("partners"), currency), t.GetProperty("top").GetInt32(), options),
            "series" => ReportTable.Series(Subject(t), [.. t.GetProperty("series").EnumerateObject().Select(p => KeyValuePair.Create(TradeDomain.Period.Parse(p.Name), Amount(p.Value, currency)))], options),
            _ => throw new FormatException($"Unknown table kind '{kind}'; use partnerShares or series."),
        };
    }

    private static TradeSubject Subject(JsonElement e)
    {
        if (e.TryGetProperty("group", out var g))
        {
            return TradeSubject.Mutual(CountryGroup.FromId(g.GetString() ?? ""));
        }

        var reporter = Country.FromCode(Text(e, "reporter"));
        var measure = e.TryGetProperty("measure", out var m)
            ? m.GetString() switch
            {
                "exports" => TradeMeasure.Exports,
                "imports" => TradeMeasure.Imports,
                "turnover" => TradeMeasure.Turnover,
                var other => throw new FormatException($"Unknown measure '{other}'; use turnover, exports or imports."),
            }
            : TradeMeasure.Turnover;
        if (!e.TryGetProperty("partner", out var p) || Text(e, "kind") == "shareChange")
        {
            return TradeSubject.Of(reporter, measure);
        }

        var partner = p.GetString() ?? "";
        return CountryGroup.BuiltIn.FirstOrDefault(x => x.Id == partner) is { } group
            ? TradeSubject.WithGroup(reporter, group, measure)
            : TradeSubject.With(reporter, Country.FromCode(partner), measure);
    }

    private static List<KeyValuePair<Country, Money>> Parts(JsonElement e, Currency currency) =>
        [.. e.EnumerateObject().Select(p => KeyValuePair.Create(Country.FromCode(p.Name), Amount(p.Value, currency)))];

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new FormatException($"'{name}' is missing or not a string in {e}.");

    private static Period Period(JsonElement e, string name) => TradeDomain.Period.Parse(Text(e, name));

    private static Money Money(JsonElement e, string name, Currency currency) =>
        e.TryGetProperty(name, out var v) ? Amount(v, currency) : throw new FormatException($"'{name}' is missing in {e}.");

    private static Money Amount(JsonElement v, Currency currency) => new(
        v.ValueKind == JsonValueKind.String ? decimal.Parse(v.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture) : v.GetDecimal(),
        currency);
}

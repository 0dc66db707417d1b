using System.Globalization;
using System.Net;
using System.Text;
using TradeDomain.Aggregation;
using TradeDomain.Utility;

namespace TradeDomain.Reporting;

/// <summary>One row of a <see cref="ReportTable"/>: its label, the exact figures and the printed cells.</summary>
public sealed record ReportTableRow
{
    internal ReportTableRow(string label, IReadOnlyList<PrintedFigure?> figures, bool isTotal)
    {
        Label = label;
        Figures = figures;
        IsTotal = isTotal;
    }

    /// <summary>The row's label (a partner, "Other", "Total", a period).</summary>
    public string Label { get; }

    /// <summary>The printed figures, one per numeric column; <c>null</c> where a cell is empty (growth of the first period).</summary>
    public IReadOnlyList<PrintedFigure?> Figures { get; }

    /// <summary>Whether this is the total row.</summary>
    public bool IsTotal { get; }
}

/// <summary>
/// A table of a release — partner shares (top N, "other", total 100.0) or a time series with growth — rounded by the
/// same policy as the statements, with the notes it needs, written as Markdown, HTML (escaped) or CSV.
/// </summary>
public sealed class ReportTable
{
    private ReportTable(IReadOnlyList<string> columns, IReadOnlyList<ReportTableRow> rows, IReadOnlyList<string> notes, ShareRounding? shareRounding)
    {
        Columns = columns;
        Rows = rows;
        Notes = notes;
        ShareRounding = shareRounding;
    }

    /// <summary>Column headings, the label column first.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows, in order.</summary>
    public IReadOnlyList<ReportTableRow> Rows { get; }

    /// <summary>Notes below the table ("Totals may not add up due to rounding."), empty when none is needed.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>For share tables, the rounding used; <c>null</c> for a series.</summary>
    public ShareRounding? ShareRounding { get; }

    /// <summary>
    /// Partner shares of a whole: the <paramref name="top"/> largest partners, "Other" for the rest (when there is a
    /// rest), and "Total" (the whole, 100.0). With <see cref="ShareRounding.LargestRemainder"/> the printed shares add up
    /// to exactly 100; with <see cref="ShareRounding.Note"/> each share is rounded on its own. Either way, where printed
    /// parts (shares or values) do not add up to the printed total, the note is added.
    /// </summary>
    /// <exception cref="ArgumentException">No partners, <paramref name="top"/> below 1, a negative value, mixed
    /// currencies, or a zero whole.</exception>
    public static ReportTable PartnerShares(TradeSubject whole, IReadOnlyList<KeyValuePair<Country, Money>> partners, int top, ReportOptions? options = null) =>
        Build(whole, partners, 0m, top, options);

    /// <summary>The partner shares of a reporter in an aggregate; partners that are not countries (Comtrade areas) count
    /// in "Other".</summary>
    /// <exception cref="ArgumentException">The aggregate has no partners of the reporter in the period.</exception>
    public static ReportTable PartnerSharesOf(TradeAggregate aggregate, Country reporter, Period period, int top, TradeMeasure measure, ReportOptions? options = null)
    {
        Preconditions.CheckNotNull(aggregate);
        var shares = aggregate.PartnerShares(reporter, period, measure);
        Preconditions.CheckArgument(shares.Any(s => s.Partner.IsCountry), nameof(period), $"The aggregate has no country partners of {reporter.Alpha2} in {period}.");
        var countries = shares.Where(s => s.Partner.IsCountry).Select(s => KeyValuePair.Create(s.Partner.Country, s.Share.Part)).ToList();
        var areas = shares.Where(s => !s.Partner.IsCountry).Sum(s => s.Share.Part.Amount);
        return Build(TradeSubject.Of(reporter, measure), countries, areas, top, options);
    }

    private static ReportTable Build(TradeSubject whole, IReadOnlyList<KeyValuePair<Country, Money>> partners, decimal otherAreas, int top, ReportOptions? options)
    {
        Preconditions.CheckNotNull(whole);
        Preconditions.CheckNotNull(partners);
        Preconditions.CheckArgument(partners.Count > 0, nameof(partners), "A share table needs at least one partner.");
        Preconditions.CheckArgumentRange(top, 1, 10_000);
        var currency = partners[0].Value.Currency;
        foreach (var (country, value) in partners)
        {
            Preconditions.CheckArgument(value.Currency == currency, nameof(partners), $"Partner values are in {currency.Code} and {value.Currency.Code}; convert them first.");
            Preconditions.CheckArgument(value.Amount >= 0, nameof(partners), $"{country.Alpha2}'s value {value} is negative.");
        }

        var writer = new ReleaseWriter(options);
        var w = Wording.For(writer.Options.Language);
        var sorted = partners.OrderByDescending(p => p.Value.Amount).ThenBy(p => p.Key.Alpha2, StringComparer.Ordinal).ToList();
        var shown = sorted.Take(top).ToList();
        var rest = sorted.Skip(top).Sum(p => p.Value.Amount) + otherAreas;
        var total = sorted.Sum(p => p.Value.Amount) + otherAreas;
        Preconditions.CheckArgument(total > 0, nameof(partners), "The partners' values add up to zero: there are no shares.");

        var labels = shown.Select(p => w.CountryName(p.Key)).ToList();
        var amounts = shown.Select(p => p.Value.Amount).ToList();
        if (rest > 0)
        {
            labels.Add(w.Text("table.other"));
            amounts.Add(rest);
        }

        var policy = writer.Options.Rounding;
        var (printed, _) = writer.RoundShares([.. amounts], 0m, total);
        var scale = writer.ScaleOf([.. amounts.Where(a => a > 0).Select(a => new Money(a, currency))]);
        var rows = new List<ReportTableRow>(labels.Count + 1);
        decimal valueSum = 0, shareSum = 0;
        for (int i = 0; i < labels.Count; i++)
        {
            var (_, valueFigure) = writer.Amount(FigureRole.Part, new Money(amounts[i], currency), scale);
            var shareFigure = new PrintedFigure(FigureRole.Share, amounts[i] / total * 100m, printed[i], policy.ShareDecimals, AmountScale.Units, w.Number(printed[i], policy.ShareDecimals), labels[i]);
            rows.Add(new ReportTableRow(labels[i], [Cell(w, valueFigure), shareFigure], false));
            valueSum += valueFigure.Printed;
            shareSum += printed[i];
        }

        var (_, totalFigure) = writer.Amount(FigureRole.Whole, new Money(total, currency), scale);
        var hundred = new PrintedFigure(FigureRole.Share, 100m, 100m, policy.ShareDecimals, AmountScale.Units, w.Number(100m, policy.ShareDecimals));
        rows.Add(new ReportTableRow(w.Text("table.total"), [Cell(w, totalFigure), hundred], true));
        var notes = valueSum == totalFigure.Printed && shareSum == 100m ? Array.Empty<string>() : [w.Text("note.rounding")];
        var columns = new[] { w.Text("table.partner"), ValueHeading(w, whole.Measure, scale, currency), w.Text("table.share") };
        return new(columns, rows, notes, policy.Shares);
    }

    /// <summary>
    /// A time series with growth on the previous row: one row per period, its value and its growth in percent (empty for
    /// the first period, and for a period after a zero). Growth is computed from the exact values.
    /// </summary>
    /// <exception cref="ArgumentException">No periods, mixed currencies, or a negative value.</exception>
    public static ReportTable Series(TradeSubject subject, IReadOnlyList<KeyValuePair<Period, Money>> series, ReportOptions? options = null)
    {
        Preconditions.CheckNotNull(subject);
        Preconditions.CheckNotNull(series);
        Preconditions.CheckArgument(series.Count > 0, nameof(series), "A series needs at least one period.");
        var currency = series[0].Value.Currency;
        foreach (var (period, value) in series)
        {
            Preconditions.CheckArgument(value.Currency == currency, nameof(series), $"Values are in {currency.Code} and {value.Currency.Code}; convert them first.");
            Preconditions.CheckArgument(value.Amount >= 0, nameof(series), $"The value of {period} ({value}) is negative.");
        }

        var writer = new ReleaseWriter(options);
        var w = Wording.For(writer.Options.Language);
        var policy = writer.Options.Rounding;
        var scale = writer.ScaleOf([.. series.Select(s => s.Value)]);
        var rows = new List<ReportTableRow>(series.Count);
        for (int i = 0; i < series.Count; i++)
        {
            var (_, valueFigure) = writer.Amount(FigureRole.Value, series[i].Value, scale);
            PrintedFigure? growth = null;
            if (i > 0 && series[i - 1].Value.Amount > 0)
            {
                var rate = (series[i].Value.Amount - series[i - 1].Value.Amount) / series[i - 1].Value.Amount * 100m;
                var printed = Math.Round(rate, policy.RateDecimals, MidpointRounding.AwayFromZero);
                var text = w.FillKey(printed > 0 ? "table.growth.up" : printed < 0 ? "table.growth.down" : "table.growth.zero",
                    new Dictionary<string, string> { ["n"] = w.Number(printed, policy.RateDecimals) });
                growth = new PrintedFigure(FigureRole.Rate, rate, printed, policy.RateDecimals, AmountScale.Units, text);
            }

            rows.Add(new ReportTableRow(Capitalize(w.PeriodOf(series[i].Key)), [Cell(w, valueFigure), growth], false));
        }

        var columns = new[] { w.Text("table.period"), ValueHeading(w, subject.Measure, scale, currency), w.Text("table.growth") };
        return new(columns, rows, [], null);
    }

    /// <summary>A Markdown (GitHub) table, numbers right-aligned, notes below.</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("| ").AppendJoin(" | ", Columns.Select(EscapeMarkdown)).Append(" |\n");
        sb.Append("|---").Append(string.Concat(Enumerable.Repeat("|---:", Columns.Count - 1))).Append("|\n");
        foreach (var row in Rows)
        {
            var label = EscapeMarkdown(row.Label);
            sb.Append("| ").Append(row.IsTotal ? "**" + label + "**" : label);
            foreach (var f in row.Figures)
            {
                sb.Append(" | ").Append(f is null ? "" : row.IsTotal ? "**" + f.Text + "**" : f.Text);
            }

            sb.Append(" |\n");
        }

        foreach (var note in Notes)
        {
            sb.Append('\n').Append(EscapeMarkdown(note)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>An HTML table (every text escaped), notes in a paragraph below.</summary>
    public string ToHtml()
    {
        var sb = new StringBuilder("<table>\n<thead><tr>");
        foreach (var c in Columns)
        {
            sb.Append("<th>").Append(WebUtility.HtmlEncode(c)).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in Rows)
        {
            sb.Append(row.IsTotal ? "<tr class=\"total\">" : "<tr>").Append("<th scope=\"row\">").Append(WebUtility.HtmlEncode(row.Label)).Append("</th>");
            foreach (var f in row.Figures)
            {
                sb.Append("<td>").Append(f is null ? "" : WebUtility.HtmlEncode(f.Text)).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
        foreach (var note in Notes)
        {
            sb.Append("<p class=\"note\">").Append(WebUtility.HtmlEncode(note)).Append("</p>\n");
        }

        return sb.ToString();
    }

    /// <summary>CSV (RFC 4180, comma-separated, invariant numbers so that any reader parses them), notes as last rows.</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.AppendJoin(",", Columns.Select(Quote)).Append("\r\n");
        foreach (var row in Rows)
        {
            sb.Append(Quote(row.Label));
            foreach (var f in row.Figures)
            {
                sb.Append(',');
                if (f is not null)
                {
                    sb.Append(f.Printed.ToString("F" + f.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
                }
            }

            sb.Append("\r\n");
        }

        foreach (var note in Notes)
        {
            sb.Append(Quote(note)).Append("\r\n");
        }

        return sb.ToString();
    }

    private static PrintedFigure Cell(Wording w, PrintedFigure amount) =>
        new(amount.Role, amount.Exact, amount.Printed, amount.Decimals, amount.Scale, w.Number(amount.Printed, amount.Decimals), amount.Label);

    private static string ValueHeading(Wording w, TradeMeasure measure, AmountScale scale, Currency currency)
    {
        var unit = ReportedAmount.Create(1m, scale, currency, 0).ToString(w.IsRussian ? "R" : "W", CultureInfo.InvariantCulture);
        unit = unit.StartsWith('1') ? unit[1..].Trim() : unit;
        return w.FillKey("table.value", new Dictionary<string, string>
        {
            ["measure"] = w.Text("measure." + TradeSubject.MeasureKey(measure)),
            ["unit"] = unit,
        });
    }

    private static string Capitalize(string text) => Wording.Capitalize(text);

    private static string EscapeMarkdown(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '|' or '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}

using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TradeDomain.Aggregation;
using TradeDomain.Data;

namespace TradeDomain.Cli;

/// <summary>
/// <c>tradecheck aggregate FILE --by reporter,partner,year [--format table|csv|json|parquet] [--output FILE]</c>:
/// reads a trade data file (UN Comtrade CSV, CEPII BACI, a CSV/TSV with columns named reporter, partner, period or year
/// [and month], flow, value [, currency, commodity, unit], or TradeDomain's Parquet) and prints its exact totals per
/// group, with a progress line on a terminal and a summary of the rows read, set apart and skipped.
/// </summary>
internal static class AggregateCommand
{
    private static readonly string[] Dimensions = ["reporter", "partner", "year", "quarter", "month", "period", "flow", "commodity", "transport"];

    /// <summary>The command, writing to <paramref name="stdout"/> and <paramref name="stderr"/>.</summary>
    internal static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The data file: .csv, .tsv, .txt (Comtrade, BACI or named columns) or .parquet." };
        var by = new Option<string>("--by")
        {
            Description = "Comma-separated dimensions: reporter, partner, year, quarter, month, period (as in the file), flow, commodity, transport (Comtrade motCode; sums the mode breakdown rows) (default reporter,partner,year).",
            DefaultValueFactory = _ => "reporter,partner,year",
        };
        var format = new Option<string>("--format", "-f") { Description = "Output: table (default), csv, json or parquet (parquet needs --output).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json", "parquet");
        var input = new Option<string>("--input") { Description = "The file's kind: auto (default, from the extension and the header), comtrade, baci, csv or parquet.", DefaultValueFactory = _ => "auto" };
        input.AcceptOnlyFromAmong("auto", "comtrade", "baci", "csv", "parquet");
        var output = new Option<string?>("--output", "-o") { Description = "Write the result to this file instead of standard output." };
        var hsLevel = new Option<int>("--hs-digits") { Description = "With commodity: 2 (chapter, default), 4 (heading) or 6 (subheading).", DefaultValueFactory = _ => 2 };
        hsLevel.AcceptOnlyFromAmong("2", "4", "6");
        var keepGoing = new Option<bool>("--keep-going") { Description = "Skip bad rows (counted and listed in the summary) instead of stopping at the first." };
        var comtradeCodes = new Option<bool>("--comtrade-codes") { Description = "In a named-column CSV, numbers are UN Comtrade area codes (842 USA), not ISO 3166 numeric (840)." };

        var command = new Command("aggregate", "Aggregate a trade data file exactly: totals per group, totals rows set apart, bad rows reported.")
        {
            file, by, format, input, output, hsLevel, keepGoing, comtradeCodes,
        };
        command.SetAction(parse => Run(
            new Request(parse.GetValue(file)!, parse.GetValue(by)!, parse.GetValue(format)!, parse.GetValue(input)!, parse.GetValue(output),
                parse.GetValue(hsLevel), parse.GetValue(keepGoing), parse.GetValue(comtradeCodes)),
            stdout, stderr));
        return command;
    }

    private sealed record Request(string File, string By, string Format, string Input, string? Output, int HsDigits, bool KeepGoing, bool ComtradeCodes);

    private static int Run(Request request, TextWriter stdout, TextWriter stderr)
    {
        if (!TryOptions(request, out var options, out string error))
        {
            stderr.WriteLine("tradecheck: " + error);
            return Program.UsageError;
        }

        if (request.Format == "parquet" && request.Output is null)
        {
            stderr.WriteLine("tradecheck: --format parquet needs --output FILE.");
            return Program.UsageError;
        }

        if (!File.Exists(request.File))
        {
            stderr.WriteLine($"tradecheck: file '{request.File}' not found.");
            return Program.UsageError;
        }

        bool terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        var progress = terminal ? new ProgressLine(stderr) : null;
        var fileOptions = new TradeFileOptions { BadRows = request.KeepGoing ? BadRowPolicy.Collect : BadRowPolicy.Stop, Progress = progress };
        TradeFileAggregate result;
        try
        {
            using var reader = Open(request, fileOptions);
            result = reader.Aggregate(options);
        }
        catch (Exception e) when (e is TradeDataException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or OverflowException)
        {
            progress?.Clear();
            stderr.WriteLine("tradecheck: " + e.Message);
            return Program.UsageError;
        }

        progress?.Clear();
        try
        {
            if (request.Format == "parquet")
            {
                using var stream = File.Create(request.Output!);
                TradeParquet.WriteAggregateAsync(result.Aggregate, stream, CancellationToken.None).GetAwaiter().GetResult();
            }
            else if (request.Output is not null)
            {
                using var writer = new StreamWriter(request.Output, false, new UTF8Encoding(false));
                Write(result.Aggregate, request.Format, writer);
            }
            else
            {
                Write(result.Aggregate, request.Format, stdout);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine("tradecheck: " + e.Message);
            return Program.UsageError;
        }

        WriteSummary(result.Summary, result.Aggregate.Count, stderr);
        return Program.Ok;
    }

    private static bool TryOptions(Request request, out AggregationOptions options, out string error)
    {
        options = AggregationOptions.Default;
        error = "";
        var dimensions = TradeDimensions.None;
        var rollup = PeriodRollup.Year;
        int periods = 0;
        foreach (var part in request.By.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "reporter": dimensions |= TradeDimensions.Reporter; break;
                case "partner": dimensions |= TradeDimensions.Partner; break;
                case "flow": dimensions |= TradeDimensions.Flow; break;
                case "commodity": dimensions |= TradeDimensions.Commodity; break;
                case "transport": dimensions |= TradeDimensions.Transport; break;
                case "year": dimensions |= TradeDimensions.Period; rollup = PeriodRollup.Year; periods++; break;
                case "quarter": dimensions |= TradeDimensions.Period; rollup = PeriodRollup.Quarter; periods++; break;
                case "month": dimensions |= TradeDimensions.Period; rollup = PeriodRollup.Month; periods++; break;
                case "period": dimensions |= TradeDimensions.Period; rollup = PeriodRollup.None; periods++; break;
                default:
                    error = $"--by '{part}' is not a dimension; use {string.Join(", ", Dimensions)}.";
                    return false;
            }
        }

        if (periods > 1)
        {
            error = "--by takes one of year, quarter, month and period.";
            return false;
        }

        options = new AggregationOptions
        {
            GroupBy = dimensions,
            PeriodRollup = rollup,
            CommodityLevel = (HsLevel)request.HsDigits,
        };
        return true;
    }

    private static bool ByTransport(Request request) =>
        request.By.Split(',', StringSplitOptions.TrimEntries).Any(p => p.Equals("transport", StringComparison.OrdinalIgnoreCase));

    private static TradeFlowReader Open(Request request, TradeFileOptions options)
    {
        string kind = request.Input;
        if (kind == "auto")
        {
            kind = Path.GetExtension(request.File).Equals(".parquet", StringComparison.OrdinalIgnoreCase) ? "parquet" : Sniff(request.File);
        }

        return kind switch
        {
            "parquet" => TradeFiles.OpenParquet(request.File, options),
            // By mode of transport the breakdown rows are the ones summed (the all-modes rows are set apart).
            "comtrade" => TradeFiles.OpenComtrade(request.File, ByTransport(request) ? new ComtradeOptions { Breakdowns = ComtradeBreakdowns.SumBreakdown } : null, options),
            "baci" => TradeFiles.OpenBaci(request.File, options),
            _ => TradeFiles.OpenCsv(request.File, NamedColumns(request.File, request.ComtradeCodes), options),
        };
    }

    /// <summary>Comtrade when the header has reporterCode, partnerCode and flowCode; BACI when it is t,i,j,k,v(,q); else named columns.</summary>
    private static string Sniff(string path)
    {
        var header = Header(path);
        bool Has(string name) => header.Contains(name, StringComparer.OrdinalIgnoreCase);
        if (Has("reporterCode") && Has("partnerCode") && Has("flowCode"))
        {
            return "comtrade";
        }

        return Has("t") && Has("i") && Has("j") && Has("k") && Has("v") ? "baci" : "csv";
    }

    private static string[] Header(string path)
    {
        using var reader = new StreamReader(path);
        var line = reader.ReadLine() ?? "";
        char separator = line.Contains('\t', StringComparison.Ordinal) ? '\t' : line.Contains(';', StringComparison.Ordinal) && !line.Contains(',', StringComparison.Ordinal) ? ';' : ',';
        return [.. line.TrimStart('\uFEFF').Split(separator).Select(c => c.Trim().Trim('"'))];
    }

    private static CsvColumnMap NamedColumns(string path, bool comtradeCodes)
    {
        var header = Header(path);
        string? Find(params string[] names) => names.FirstOrDefault(n => header.Contains(n, StringComparer.OrdinalIgnoreCase));
        string period = Find("period") ?? "";
        string year = Find("year") ?? "";
        if (period.Length == 0 && year.Length == 0)
        {
            throw new TradeDataException($"{Path.GetFileName(path)}: a CSV needs columns reporter, partner, period (or year), flow and value; the header has {string.Join(", ", header)}.");
        }

        return new CsvColumnMap
        {
            Reporter = Find("reporter") ?? "reporter",
            Partner = Find("partner") ?? "partner",
            Period = period.Length > 0 ? period : null,
            Year = period.Length == 0 ? year : null,
            Month = period.Length == 0 ? Find("month") : null,
            Flow = Find("flow") ?? "flow",
            Value = Find("value") ?? "value",
            Currency = Find("currency"),
            Commodity = Find("commodity", "hs"),
            UnitMultiplier = Find("unit", "multiplier"),
            Codes = comtradeCodes ? CountryCodeScheme.Comtrade : CountryCodeScheme.Iso,
        };
    }

    private static readonly string[] Measures = ["exports", "imports", "re_exports", "re_imports", "flows"];

    private static List<(string Name, Func<GroupKey, string> Cell)> KeyColumns(AggregationOptions options)
    {
        var columns = new List<(string, Func<GroupKey, string>)>();
        var by = options.GroupBy;
        if (by.HasFlag(TradeDimensions.Reporter))
        {
            columns.Add(("reporter", k => k.Reporter.Alpha3));
        }

        if (by.HasFlag(TradeDimensions.Partner))
        {
            columns.Add(("partner", k => k.Partner.IsCountry ? k.Partner.Country.Alpha3 : k.Partner.ComtradeCode.Name));
        }

        if (by.HasFlag(TradeDimensions.Period))
        {
            columns.Add(("period", k => k.Period.ToString()));
        }

        if (by.HasFlag(TradeDimensions.Flow))
        {
            columns.Add(("flow", k => k.Flow?.Name() ?? ""));
        }

        if (by.HasFlag(TradeDimensions.Commodity))
        {
            columns.Add(("commodity", k => k.Commodity.ToString()));
        }

        if (by.HasFlag(TradeDimensions.Transport))
        {
            columns.Add(("transport", k => k.Transport.Code.ToString(CultureInfo.InvariantCulture)));
        }

        return columns;
    }

    private static string[] Cells(AggregateRow row) =>
    [
        row.Exports.Amount.ToString(CultureInfo.InvariantCulture), row.Imports.Amount.ToString(CultureInfo.InvariantCulture),
        row.ReExports.Amount.ToString(CultureInfo.InvariantCulture), row.ReImports.Amount.ToString(CultureInfo.InvariantCulture),
        row.Count.ToString(CultureInfo.InvariantCulture),
    ];

    private static void Write(TradeAggregate aggregate, string format, TextWriter output)
    {
        var keys = KeyColumns(aggregate.Options);
        switch (format)
        {
            case "csv":
                output.Write(string.Join(",", keys.Select(k => k.Name).Concat(Measures)) + ",currency\n");
                foreach (var row in aggregate.Rows)
                {
                    output.Write(string.Join(",", keys.Select(k => Csv(k.Cell(row.Key))).Concat(Cells(row))) + "," + aggregate.Currency.Code + "\n");
                }

                break;
            case "json":
                using (var stream = new MemoryStream())
                {
                    using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                    {
                        json.WriteStartObject();
                        json.WriteString("currency", aggregate.Currency.Code);
                        json.WriteNumber("groups", aggregate.Count);
                        json.WriteStartArray("rows");
                        foreach (var row in aggregate.Rows)
                        {
                            json.WriteStartObject();
                            foreach (var (name, cell) in keys)
                            {
                                json.WriteString(name, cell(row.Key));
                            }

                            json.WriteNumber("exports", row.Exports.Amount);
                            json.WriteNumber("imports", row.Imports.Amount);
                            json.WriteNumber("re_exports", row.ReExports.Amount);
                            json.WriteNumber("re_imports", row.ReImports.Amount);
                            json.WriteNumber("flows", row.Count);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    output.Write(Encoding.UTF8.GetString(stream.ToArray()) + "\n");
                }

                break;
            default:
                var header = keys.Select(k => k.Name).Concat(Measures).ToArray();
                var lines = aggregate.Rows.Select(row => keys.Select(k => k.Cell(row.Key)).Concat(Cells(row)).ToArray()).ToList();
                var widths = header.Select((h, c) => Math.Max(h.Length, lines.Count == 0 ? 0 : lines.Max(l => l[c].Length))).ToArray();
                output.Write(Line(header, widths, keys.Count));
                output.Write(string.Join("  ", widths.Select(w => new string('-', w))) + "\n");
                foreach (var line in lines)
                {
                    output.Write(Line(line, widths, keys.Count));
                }

                output.Write($"{aggregate.Count} groups, {aggregate.FlowCount} flows, totals in {aggregate.Currency.Code}\n");
                break;
        }
    }

    private static string Line(string[] cells, int[] widths, int keyColumns) =>
        string.Join("  ", cells.Select((c, i) => i < keyColumns ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd() + "\n";

    private static string Csv(string cell) => cell.Contains(',', StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal)
        ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : cell;

    private static void WriteSummary(TradeFileSummary summary, int groups, TextWriter stderr)
    {
        stderr.WriteLine(FormattableString.Invariant(
            $"tradecheck: {summary.File}: {summary.Rows} rows read: {summary.Flows} flows into {groups} groups, {summary.SetApart} set apart as totals, {summary.Skipped} skipped."));
        foreach (var (reason, count) in summary.SetApartByReason.OrderByDescending(kv => kv.Value))
        {
            stderr.WriteLine(FormattableString.Invariant($"  set apart {count}: {reason}"));
        }

        foreach (var (reason, count) in summary.SkippedByReason.OrderByDescending(kv => kv.Value))
        {
            stderr.WriteLine(FormattableString.Invariant($"  skipped {count}: {reason}"));
        }

        foreach (var problem in summary.Problems.Take(10))
        {
            stderr.WriteLine("  " + problem);
        }
    }

    /// <summary>A progress line redrawn in place on a terminal.</summary>
    private sealed class ProgressLine(TextWriter stderr) : IProgress<TradeFileProgress>
    {
        public void Report(TradeFileProgress value)
        {
            string percent = value.TotalBytes > 0 ? FormattableString.Invariant($"{100.0 * value.Bytes / value.TotalBytes,5:F1} % ") : "";
            stderr.Write(FormattableString.Invariant($"\r{percent}{value.Rows,14:N0} rows, {value.SetApart:N0} set apart, {value.Skipped:N0} skipped "));
        }

        public void Clear() => stderr.Write("\r" + new string(' ', 78) + "\r");
    }
}

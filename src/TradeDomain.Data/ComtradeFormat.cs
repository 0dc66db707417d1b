using nietras.SeparatedValues;
using TradeDomain.Aggregation;

namespace TradeDomain.Data;

/// <summary>Which of a Comtrade row's values becomes the flow's value.</summary>
public enum ComtradeValue
{
    /// <summary><c>primaryValue</c>: FOB for exports, CIF for imports, as the reporter published (the default).</summary>
    Primary = 0,

    /// <summary><c>fobvalue</c>.</summary>
    Fob = 1,

    /// <summary><c>cifvalue</c>.</summary>
    Cif = 2,
}

/// <summary>Which rows of a file broken down by mode of transport, customs procedure, mode of supply or second partner
/// are summed, so that no goods are counted twice.</summary>
public enum ComtradeBreakdowns
{
    /// <summary>Sum the rows over all modes, procedures and second partners (<c>motCode</c> 0, <c>customsCode</c> C00,
    /// <c>mosCode</c> 0, <c>partner2Code</c> 0); set the breakdown rows apart (the default).</summary>
    SumTotals = 0,

    /// <summary>Sum the breakdown rows; set the all-modes rows apart (a key with only an all-modes row is then only in
    /// the set-apart aggregate).</summary>
    SumBreakdown = 1,
}

/// <summary>Options of the UN Comtrade reader.</summary>
public sealed record ComtradeOptions
{
    /// <summary>The value column (default <c>primaryValue</c>).</summary>
    public ComtradeValue Value { get; init; }

    /// <summary>Which of the breakdown and all-modes rows are summed (default the all-modes rows).</summary>
    public ComtradeBreakdowns Breakdowns { get; init; }

    /// <summary>The HS level summed; rows at other levels, and <c>cmdCode</c> TOTAL rows, are set apart (a file with
    /// chapters and headings would count each heading twice). Null (the default): the level of the first row, where
    /// TOTAL counts as a level of its own — so a download of TOTAL rows only is summed, and in a file that starts with
    /// TOTAL the HS rows are the ones set apart.</summary>
    public HsLevel? CommodityLevel { get; init; }

    internal static ComtradeOptions Default { get; } = new();
}

/// <summary>The UN Comtrade data API's and bulk files' CSV (columns refYear, refMonth, freqCode, period, reporterCode,
/// flowCode, partnerCode, partner2Code, cmdCode, customsCode, mosCode, motCode, primaryValue, isAggregate, …).</summary>
internal sealed class ComtradeFormat(ComtradeOptions options) : CsvRowFormat
{
    internal const string PartnerWorld = "partner is World (0), the total of all partners";
    internal const string IsAggregate = "isAggregate is true: a total of other rows";
    internal const string CommodityTotal = "commodity TOTAL, the total of all commodities";
    internal const string Breakdown = "a breakdown by mode of transport, customs procedure, mode of supply or second partner (the all-modes row is summed)";
    internal const string AllModes = "the all-modes row of a breakdown (the breakdown rows are summed)";
    internal const string OtherLevel = "a commodity at another HS level than the one summed";
    internal const string GroupReporter = "the reporter is a group or area, not one country";
    internal const string SubFlow = "a flow that is part or a variant of exports or imports";

    private static readonly Dictionary<string, (FlowDirection? Direction, string Name)> FlowCodes = LoadFlowCodes();
    private readonly Dictionary<string, (FlowDirection? Direction, string Name)>.AlternateLookup<ReadOnlySpan<char>> flowCodes =
        FlowCodes.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Lookups lookups = new(numericIsComtrade: true);
    private const int TotalLevel = 1; // cmdCode TOTAL, as a level of its own; 0: no level chosen yet
    private int level = (int?)options.CommodityLevel ?? 0;
    private int reporter, partner, flowCode, value, year, month, freq, period, commodity, partner2, mot, customs, mos, aggregate;

    internal override void Bind(SepReaderHeader header, string file)
    {
        reporter = Required(header, file, "reporterCode", "the reporter's Comtrade code");
        partner = Required(header, file, "partnerCode", "the partner's Comtrade code");
        flowCode = Required(header, file, "flowCode", "X, M, RX or RM");
        value = Required(header, file, options.Value switch { ComtradeValue.Fob => "fobvalue", ComtradeValue.Cif => "cifvalue", _ => "primaryValue" }, "the value in US dollars");
        year = Optional(header, "refYear");
        month = Optional(header, "refMonth");
        freq = Optional(header, "freqCode");
        period = Optional(header, "period");
        if (year < 0 && period < 0)
        {
            Required(header, file, "refYear", "the year (or a 'period' column)");
        }

        commodity = Optional(header, "cmdCode");
        partner2 = Optional(header, "partner2Code");
        mot = Optional(header, "motCode");
        customs = Optional(header, "customsCode");
        mos = Optional(header, "mosCode");
        aggregate = Optional(header, "isAggregate");
    }

    internal override RowOutcome Read(SepReader.Row row, out TradeFlow flow, ref RowFault fault)
    {
        flow = default;
        if (!Lookups.TryInt(row[reporter].Span, out int reporterCode) || !Lookups.TryComtradePartner(reporterCode, out _))
        {
            return Fail(ref fault, reporter, "not a UN Comtrade area code");
        }

        if (!Lookups.TryInt(row[partner].Span, out int partnerCode) || !Lookups.TryComtradePartner(partnerCode, out var tradePartner))
        {
            return Fail(ref fault, partner, "not a UN Comtrade area code");
        }

        if (!flowCodes.TryGetValue(row[flowCode].Span.Trim(), out var flowInfo))
        {
            return Fail(ref fault, flowCode, "not a UN Comtrade flow code (X, M, RX, RM, DX, FM, MIP, XIP, MOP, XOP, …)");
        }

        if (!TryPeriod(row, out var when, ref fault))
        {
            return RowOutcome.Bad;
        }

        var amount = row[value].Span;
        if (!Lookups.TryValue(amount, out decimal dollars))
        {
            return Fail(ref fault, value, amount.IsWhiteSpace() ? "no value" : "not a number (expected e.g. 1234.56)");
        }

        HsCode hs = default;
        bool commodityTotal = false;
        if (commodity >= 0)
        {
            var text = row[commodity].Span.Trim();
            if (text.Equals("TOTAL", StringComparison.OrdinalIgnoreCase))
            {
                commodityTotal = true;
            }
            else if (!text.IsEmpty && !Lookups.TryCommodity(text, padOddTo6: false, out hs))
            {
                return Fail(ref fault, commodity, "not an HS code (2, 4 or 6 digits, or TOTAL)");
            }
        }

        var country = Lookups.ComtradeReporter(reporterCode);
        if (country.IsDefault)
        {
            return Apart(ref fault, RowOutcome.Excluded, GroupReporter);
        }

        if (flowInfo.Direction is not { } direction)
        {
            return Apart(ref fault, RowOutcome.Excluded, $"{SubFlow}: {flowInfo.Name}");
        }

        TransportMode transport = default;
        if (mot >= 0 && !IsZero(row[mot].Span)
            && (!Lookups.TryInt(row[mot].Span, out int motCode) || !TransportMode.TryFromComtrade(motCode, out transport)))
        {
            return Fail(ref fault, mot, "not a UN Comtrade mode of transport code (0 for all modes, 1000 air, 2100 sea, 3100 railway, 3200 road, …)");
        }

        flow = TradeFlow.FromParts(country, tradePartner, PeriodCode.Of(when), direction, dollars, Currency.USD, hs, transport);
        if (IsBreakdown(row) != (options.Breakdowns == ComtradeBreakdowns.SumBreakdown))
        {
            return Apart(ref fault, RowOutcome.Total, options.Breakdowns == ComtradeBreakdowns.SumBreakdown ? AllModes : Breakdown);
        }

        if (partnerCode == 0)
        {
            return Apart(ref fault, RowOutcome.Total, PartnerWorld);
        }

        if (aggregate >= 0 && IsTrue(row[aggregate].Span))
        {
            return Apart(ref fault, RowOutcome.Total, IsAggregate);
        }

        if (commodityTotal || !hs.IsDefault)
        {
            int rowLevel = commodityTotal ? TotalLevel : (int)hs.Level;
            if (level == 0)
            {
                level = rowLevel;
            }

            if (rowLevel != level)
            {
                return Apart(ref fault, RowOutcome.Total, commodityTotal ? CommodityTotal : OtherLevel);
            }
        }

        return RowOutcome.Flow;
    }

    private bool TryPeriod(SepReader.Row row, out Period when, ref RowFault fault)
    {
        when = default;
        bool monthly = freq >= 0 && row[freq].Span.Trim().Equals("M", StringComparison.OrdinalIgnoreCase);
        if (year < 0)
        {
            if (!lookups.TryPeriod(row[period].Span, out when))
            {
                Fail(ref fault, period, "not a period (expected 2023 or 202305)");
                return false;
            }

            return true;
        }

        if (!Lookups.TryInt(row[year].Span, out int y) || y is < 1900 or > 2300)
        {
            Fail(ref fault, year, "not a year from 1900 to 2300");
            return false;
        }

        int m = 0;
        if (month >= 0 && !row[month].Span.IsWhiteSpace())
        {
            // Comtrade writes refMonth 52 on annual rows.
            if (!Lookups.TryInt(row[month].Span, out m) || (m is not (>= 0 and <= 12) && m != 52))
            {
                Fail(ref fault, month, "not a month (1–12; 52 or 0 for a year)");
                return false;
            }
        }

        if ((monthly || freq < 0) && m is >= 1 and <= 12)
        {
            when = lookups.Month(y, m);
        }
        else if (monthly)
        {
            Fail(ref fault, month, "freqCode M needs a month from 1 to 12");
            return false;
        }
        else
        {
            when = lookups.Year(y);
        }

        return true;
    }

    private bool IsBreakdown(SepReader.Row row) =>
        (partner2 >= 0 && !IsZero(row[partner2].Span))
        || (mot >= 0 && !IsZero(row[mot].Span))
        || (mos >= 0 && !IsZero(row[mos].Span))
        || (customs >= 0 && !IsAllCustoms(row[customs].Span));

    private static bool IsZero(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.IsEmpty || text.SequenceEqual("0") || text.Equals("-1", StringComparison.Ordinal);
    }

    private static bool IsAllCustoms(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.IsEmpty || text.Equals("C00", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsTrue(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("1");
    }

    private static Dictionary<string, (FlowDirection?, string)> LoadFlowCodes()
    {
        var table = new Dictionary<string, (FlowDirection?, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Lookups.EmbeddedCsv("comtrade-flow-codes.csv"))
        {
            FlowDirection? direction = row["direction"].Length == 0 ? null
                : FlowDirections.TryParse(row["direction"], out var d) ? d
                : throw new InvalidOperationException($"comtrade-flow-codes.csv: unknown direction '{row["direction"]}'.");
            table[row["code"]] = (direction, row["name"]);
        }

        return table;
    }
}

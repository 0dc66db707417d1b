using nietras.SeparatedValues;
using TradeDomain.Aggregation;

namespace TradeDomain.Data;

/// <summary>How the country and partner codes of a mapped CSV are written.</summary>
public enum CountryCodeScheme
{
    /// <summary>ISO 3166-1 alpha-2, alpha-3 or numeric codes, or names ("Kazakhstan", "Korea, Rep."); "World" or "WLD"
    /// for the world total (the default).</summary>
    Iso = 0,

    /// <summary>Numbers are UN Comtrade area codes (842 USA, 0 World); text is read as for <see cref="Iso"/>.</summary>
    Comtrade = 1,
}

/// <summary>
/// Which columns of a CSV or TSV file hold what: reporter, partner, period (or year and month), flow, value, and
/// optionally currency, unit multiplier, commodity and mode of transport. Column names are matched without regard to case.
/// </summary>
public sealed record CsvColumnMap
{
    /// <summary>The reporting country's column.</summary>
    public required string Reporter { get; init; }

    /// <summary>The partner's column ("World" or Comtrade 0 rows are totals and set apart).</summary>
    public required string Partner { get; init; }

    /// <summary>The period's column ("2023", "2023-05", "202305", "Q1 2023", …); or use <see cref="Year"/>.</summary>
    public string? Period { get; init; }

    /// <summary>The year's column, when there is no <see cref="Period"/> column.</summary>
    public string? Year { get; init; }

    /// <summary>The month's column (1–12; empty or 0 for the whole year), with <see cref="Year"/>.</summary>
    public string? Month { get; init; }

    /// <summary>The flow's column (export, import, re-export, re-import, or X, M, RX, RM); or use <see cref="FixedFlow"/>.</summary>
    public string? Flow { get; init; }

    /// <summary>The flow of every row, for files of one direction.</summary>
    public FlowDirection? FixedFlow { get; init; }

    /// <summary>The value's column: an exact decimal with '.' for the point and no thousands separators.</summary>
    public required string Value { get; init; }

    /// <summary>The currency's column (ISO 4217); or use <see cref="FixedCurrency"/>.</summary>
    public string? Currency { get; init; }

    /// <summary>The currency of every row (default US dollars when there is no currency column).</summary>
    public Currency FixedCurrency { get; init; }

    /// <summary>A column of unit multipliers (1000 for values in thousands); or use <see cref="Multiplier"/>.</summary>
    public string? UnitMultiplier { get; init; }

    /// <summary>The multiplier of every value (default 1; 1000 for values in thousands). Multiplication is exact.</summary>
    public decimal Multiplier { get; init; } = 1m;

    /// <summary>The HS commodity's column, if any.</summary>
    public string? Commodity { get; init; }

    /// <summary>The mode of transport's column, if any: a UN Comtrade <c>motCode</c> (2100, 3100; 0 or empty for all
    /// modes) or a name ("Sea"), as <see cref="TransportMode"/> parses.</summary>
    public string? Transport { get; init; }

    /// <summary>How country codes are written.</summary>
    public CountryCodeScheme Codes { get; init; }

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(Reporter) || string.IsNullOrWhiteSpace(Partner) || string.IsNullOrWhiteSpace(Value))
        {
            throw new ArgumentException("A column map needs the reporter, partner and value columns.");
        }

        if (Period is null && Year is null)
        {
            throw new ArgumentException("A column map needs a Period column or a Year column.");
        }

        if (Flow is null && FixedFlow is null)
        {
            throw new ArgumentException("A column map needs a Flow column or a FixedFlow.");
        }

        if (Multiplier <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Multiplier), Multiplier, "Multiplier must be positive (1, 1000, 1000000).");
        }
    }
}

/// <summary>A CSV read through a <see cref="CsvColumnMap"/>.</summary>
internal sealed class MappedFormat : CsvRowFormat
{
    private readonly CsvColumnMap map;
    private readonly Currency fixedCurrency;
    private readonly bool unitMultiplier;
    private int reporter, partner, period, year, month, flow, value, currency, multiplier, commodity, transport;

    internal MappedFormat(CsvColumnMap map)
    {
        map.Validate();
        this.map = map;
        fixedCurrency = map.FixedCurrency.IsDefault ? TradeDomain.Currency.USD : map.FixedCurrency;
        unitMultiplier = map.Multiplier == 1m;
    }

    private static bool TryFlow(ReadOnlySpan<char> text, out FlowDirection direction)
    {
        if (text.Length == 1 && text[0] is 'X' or 'M')
        {
            direction = text[0] == 'X' ? FlowDirection.Export : FlowDirection.Import;
            return true;
        }

        return FlowDirections.TryParse(text, out direction);
    }

    internal override void Bind(SepReaderHeader header, string file)
    {
        reporter = Required(header, file, map.Reporter, "the reporter");
        partner = Required(header, file, map.Partner, "the partner");
        period = map.Period is null ? -1 : Required(header, file, map.Period, "the period");
        year = map.Period is null && map.Year is not null ? Required(header, file, map.Year, "the year") : -1;
        month = map.Month is null ? -1 : Required(header, file, map.Month, "the month");
        flow = map.Flow is null ? -1 : Required(header, file, map.Flow, "the flow");
        value = Required(header, file, map.Value, "the value");
        currency = map.Currency is null ? -1 : Required(header, file, map.Currency, "the currency");
        multiplier = map.UnitMultiplier is null ? -1 : Required(header, file, map.UnitMultiplier, "the unit multiplier");
        commodity = map.Commodity is null ? -1 : Required(header, file, map.Commodity, "the commodity");
        transport = map.Transport is null ? -1 : Required(header, file, map.Transport, "the mode of transport");
    }

    internal override bool ReadsInParallel => true;

    internal override RowOutcome Read(SepReader.Row row, out TradeFlow result, ref RowFault fault)
    {
        result = default;
        var lookups = Lookups.ForThread(map.Codes == CountryCodeScheme.Comtrade);
        if (!lookups.TryPartner(row[reporter].Span, out var reporting))
        {
            return Fail(ref fault, reporter, "not a country code or name");
        }

        if (!lookups.TryPartner(row[partner].Span, out var partnerArea))
        {
            return Fail(ref fault, partner, "not a country or area code or name");
        }

        int when; // the period's code (PeriodCode)
        if (period >= 0)
        {
            if (!lookups.TryPeriod(row[period].Span, out var named))
            {
                return Fail(ref fault, period, "not a period (expected e.g. 2023, 2023-05, 202305)");
            }

            when = PeriodCode.Of(named);
        }
        else
        {
            if (!Lookups.TryInt(row[year].Span, out int y) || y is < 1900 or > 2300)
            {
                return Fail(ref fault, year, "not a year from 1900 to 2300");
            }

            int m = 0;
            if (month >= 0 && !row[month].Span.IsWhiteSpace() && (!Lookups.TryInt(row[month].Span, out m) || m > 12))
            {
                return Fail(ref fault, month, "not a month (1–12, or empty or 0 for the whole year)");
            }

            when = m == 0 ? lookups.YearCode(y) : lookups.MonthCode(y, m);
        }

        var direction = map.FixedFlow.GetValueOrDefault();
        if (flow >= 0 && !TryFlow(row[flow].Span, out direction))
        {
            return Fail(ref fault, flow, "not a flow (export, import, re-export, re-import, X, M, RX, RM)");
        }

        var amount = row[value].Span;
        bool plain = Lookups.TryPlainValue(amount, out ulong mantissa, out int scale, out bool negative);
        decimal number = 0;
        if (!plain && !Lookups.TryValue(amount, out number))
        {
            return Fail(ref fault, value, amount.IsWhiteSpace() ? "no value" : "not a number (expected e.g. 1234.56, with '.' and no thousands separators)");
        }

        var money = fixedCurrency;
        if (currency >= 0 && !lookups.TryCurrency(row[currency].Span, out money))
        {
            return Fail(ref fault, currency, "not an ISO 4217 currency code");
        }

        decimal factor = map.Multiplier;
        if (multiplier >= 0 && (!Lookups.TryValue(row[multiplier].Span, out factor) || factor <= 0))
        {
            return Fail(ref fault, multiplier, "not a positive unit multiplier (1, 1000, 1000000)");
        }

        HsCode hs = default;
        if (commodity >= 0 && !row[commodity].Span.IsWhiteSpace() && !Lookups.TryCommodity(row[commodity].Span, padOddTo6: false, out hs))
        {
            return Fail(ref fault, commodity, "not an HS code (2, 4 or 6 digits)");
        }

        TransportMode mode = default;
        if (transport >= 0 && !row[transport].Span.IsWhiteSpace() && !TransportMode.TryParse(row[transport].Span.Trim(), null, out mode))
        {
            return Fail(ref fault, transport, "not a UN Comtrade mode of transport (a motCode such as 2100, or a name such as Sea)");
        }

        if (!reporting.IsCountry)
        {
            return Apart(ref fault, RowOutcome.Excluded, ComtradeFormat.GroupReporter);
        }

        if (plain && (multiplier < 0 ? unitMultiplier : factor == 1m))
        {
            // The usual row: the parsed parts straight into the packed flow, the same flow the constructor would give.
            result = TradeFlow.FromParts(reporting.Country, partnerArea, when, direction, mantissa, scale, negative, money, hs, mode);
        }
        else
        {
            if (plain)
            {
                number = Lookups.ToDecimal(mantissa, scale, negative);
            }

            decimal exact;
            try
            {
                exact = factor == 1m ? number : number * factor;
                if (factor != 1m && exact / factor != number)
                {
                    return Fail(ref fault, value, "the value times the unit multiplier has more digits than decimal holds exactly");
                }
            }
            catch (OverflowException)
            {
                return Fail(ref fault, value, "the value times the unit multiplier exceeds what decimal holds");
            }

            result = new TradeFlow(reporting.Country, partnerArea, PeriodCode.ToPeriod(when), direction, new Money(exact, money), hs).WithTransport(mode);
        }

        return partnerArea == TradePartner.World ? Apart(ref fault, RowOutcome.Total, ComtradeFormat.PartnerWorld) : RowOutcome.Flow;
    }
}

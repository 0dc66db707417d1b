using nietras.SeparatedValues;
using TradeDomain.Aggregation;

namespace TradeDomain.Data;

/// <summary>CEPII's BACI: t (year), i (exporter), j (importer), k (HS6), v (value in thousands of current US dollars),
/// q (quantity in tonnes, not read). One row is an export flow of i to j; v × 1000 is exact.</summary>
internal sealed class BaciFormat : CsvRowFormat
{
    private int year, exporter, importer, product, value;

    internal override void Bind(SepReaderHeader header, string file)
    {
        year = Required(header, file, "t", "the year");
        exporter = Required(header, file, "i", "the exporter's code");
        importer = Required(header, file, "j", "the importer's code");
        product = Required(header, file, "k", "the HS6 product");
        value = Required(header, file, "v", "the value in thousands of US dollars");
    }

    internal override bool ReadsInParallel => true;

    internal override RowOutcome Read(SepReader.Row row, out TradeFlow flow, ref RowFault fault)
    {
        flow = default;
        var lookups = Lookups.ForThread(numericIsComtrade: true);
        if (!Lookups.TryInt(row[year].Span, out int y) || y is < 1900 or > 2300)
        {
            return Fail(ref fault, year, "not a year from 1900 to 2300");
        }

        if (!Lookups.TryInt(row[exporter].Span, out int i) || !Lookups.TryComtradePartner(i, out _))
        {
            return Fail(ref fault, exporter, "not a BACI (UN Comtrade) country code");
        }

        if (!Lookups.TryInt(row[importer].Span, out int j) || !Lookups.TryComtradePartner(j, out var partner))
        {
            return Fail(ref fault, importer, "not a BACI (UN Comtrade) country code");
        }

        if (!Lookups.TryCommodity(row[product].Span, padOddTo6: true, out var hs))
        {
            return Fail(ref fault, product, "not an HS6 product code");
        }

        var amount = row[value].Span;
        if (!Lookups.TryValue(amount, out decimal thousands))
        {
            return Fail(ref fault, value, amount.IsWhiteSpace() ? "no value" : "not a number (expected e.g. 12.345)");
        }

        // Exact unless the mantissa is full (the check refuses it) or the value is beyond decimal's range.
        if (Math.Abs(thousands) > decimal.MaxValue / 1000m)
        {
            return Fail(ref fault, value, "the value times 1000 is beyond what decimal holds (about 7.9 × 10²⁸)");
        }

        decimal dollars = thousands * 1000m;
        if (dollars / 1000m != thousands)
        {
            return Fail(ref fault, value, "the value times 1000 has more digits than decimal holds exactly");
        }

        var reporter = Lookups.ComtradeReporter(i);
        if (reporter.IsDefault)
        {
            return Apart(ref fault, RowOutcome.Excluded, ComtradeFormat.GroupReporter);
        }

        flow = TradeFlow.FromParts(reporter, partner, lookups.YearCode(y), FlowDirection.Export, dollars, Currency.USD, hs);
        return j == 0 ? Apart(ref fault, RowOutcome.Total, ComtradeFormat.PartnerWorld) : RowOutcome.Flow;
    }
}

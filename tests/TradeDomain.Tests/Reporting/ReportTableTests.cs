using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeDomain.Reporting;

namespace TradeDomain.Tests.Reporting;

public sealed class ReportTableTests
{
    private static readonly string[] Codes = ["CN", "RU", "IT", "DE", "US", "TR", "FR", "KR", "IN", "UZ", "KG", "NL"];
    private static readonly TradeSubject Kazakhstan = TradeSubject.Of(Country.FromCode("KZ"));

    private static Money Bn(decimal billions) => new(billions * 1_000_000_000m, Currency.USD);

    private static readonly Gen<(decimal[] Values, int Top, ShareRounding Rounding, int Decimals)> Tables =
        from n in Gen.Choose(1, Codes.Length)
        from values in Gen.ArrayOf(Gen.Choose(1, 5_000_000).Select(i => i * 1_000_000m), n)
        from top in Gen.Choose(1, n)
        from rounding in Gen.Elements(ShareRounding.LargestRemainder, ShareRounding.Note)
        from decimals in Gen.Choose(0, 2)
        select (values, top, rounding, decimals);

    [Property(MaxTest = 1000)]
    public Property SharesAddUpWithLargestRemainder_AndNotesAppearExactlyWhenNeeded() =>
        Prop.ForAll(Tables.ToArbitrary(), t =>
        {
            var options = new ReportOptions { Rounding = new RoundingPolicy { Shares = t.Rounding, ShareDecimals = t.Decimals, AmountDecimals = t.Decimals } };
            var partners = t.Values.Select((v, i) => KeyValuePair.Create(Country.FromCode(Codes[i]), new Money(v, Currency.USD))).ToList();
            var table = ReportTable.PartnerShares(Kazakhstan, partners, t.Top, options);
            var body = table.Rows.Where(r => !r.IsTotal).ToList();
            var total = table.Rows.Single(r => r.IsTotal);
            Assert.Equal(t.Top + (t.Values.Length > t.Top ? 1 : 0), body.Count);
            Assert.Equal(100m, total.Figures[1]!.Printed);
            decimal shares = body.Sum(r => r.Figures[1]!.Printed);
            decimal values = body.Sum(r => r.Figures[0]!.Printed);
            if (t.Rounding == ShareRounding.LargestRemainder)
            {
                Assert.Equal(100m, shares);
            }
            else
            {
                // Independent rounding: each share is its exact value rounded half away from zero.
                foreach (var r in body)
                {
                    Assert.Equal(Math.Round(r.Figures[1]!.Exact, t.Decimals, MidpointRounding.AwayFromZero), r.Figures[1]!.Printed);
                }
            }

            bool needed = shares != 100m || values != total.Figures[0]!.Printed;
            Assert.Equal(needed, table.Notes.Count == 1);
            Assert.Equal(t.Rounding, table.ShareRounding);
            Assert.Equal(needed, table.ToMarkdown().Contains("Totals may not add up due to rounding.", StringComparison.Ordinal));
        });

    [Fact]
    public void ThreeEqualPartners_LargestRemainderAddsUp_NoteModeSaysSo()
    {
        KeyValuePair<Country, Money>[] partners = [new(Country.FromCode("CN"), Bn(1m)), new(Country.FromCode("RU"), Bn(1m)), new(Country.FromCode("US"), Bn(1m))];
        var lr = ReportTable.PartnerShares(Kazakhstan, partners, 3);
        Assert.Equal([33.4m, 33.3m, 33.3m, 100m], lr.Rows.Select(r => r.Figures[1]!.Printed));
        Assert.Empty(lr.Notes);
        var note = ReportTable.PartnerShares(Kazakhstan, partners, 3, new ReportOptions { Rounding = new RoundingPolicy { Shares = ShareRounding.Note } });
        Assert.Equal([33.3m, 33.3m, 33.3m, 100m], note.Rows.Select(r => r.Figures[1]!.Printed));
        Assert.Equal(["Totals may not add up due to rounding."], note.Notes);
        Assert.Equal(
            "| Partner | Trade turnover, billion US dollars | Share, % |\n|---|---:|---:|\n| China | 1.0 | 33.3 |\n| Russia | 1.0 | 33.3 |\n| the United States | 1.0 | 33.3 |\n| **Total** | **3.0** | **100.0** |\n\nTotals may not add up due to rounding.\n",
            note.ToMarkdown());
    }

    [Fact]
    public void Html_IsEscaped_Csv_IsQuoted_Russian_UsesDecimalComma()
    {
        KeyValuePair<Country, Money>[] partners = [new(Country.FromCode("CI"), Bn(2m)), new(Country.FromCode("CN"), Bn(1m)), new(Country.FromCode("GA"), Bn(1m))];
        var table = ReportTable.PartnerShares(Kazakhstan, partners, 2);
        var html = table.ToHtml();
        Assert.Contains("<th scope=\"row\">C&#244;te d&#39;Ivoire</th><td>2.0</td><td>50.0</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Other</th><td>1.0</td><td>25.0</td></tr>", html, StringComparison.Ordinal);
        Assert.StartsWith("Partner,\"Trade turnover, billion US dollars\",\"Share, %\"\r\n", table.ToCsv(), StringComparison.Ordinal);
        var ru = ReportTable.PartnerShares(Kazakhstan, partners, 2, new ReportOptions { Language = ReportLanguage.Russian });
        Assert.Contains("| Прочие | 1,0 | 25,0 |", ru.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("Прочие,1.0,25.0", ru.ToCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void Series_GrowthFromExactValues_FirstRowEmpty()
    {
        var table = ReportTable.Series(Kazakhstan, [new(Period.Year(2021), Bn(101.24m)), new(Period.Year(2022), Bn(134.44m)), new(Period.Year(2023), Bn(132.76m))]);
        Assert.Equal(
            "| Period | Trade turnover, billion US dollars | Growth, % |\n|---|---:|---:|\n| 2021 | 101.2 |  |\n| 2022 | 134.4 | +32.8 |\n| 2023 | 132.8 | −1.2 |\n",
            table.ToMarkdown());
        Assert.Null(table.Rows[0].Figures[1]);
    }
}

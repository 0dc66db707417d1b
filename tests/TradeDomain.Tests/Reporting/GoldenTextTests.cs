using TradeDomain.Aggregation;
using TradeDomain.Cli;
using TradeDomain.Reporting;

namespace TradeDomain.Tests.Reporting;

/// <summary>Statements written out in full and reviewed by hand for grammar: Russian genders (составил, составила,
/// составило; увеличился, увеличилась), numerals ("в 2 раза", "в 2,5 раза", "в 5 раз"), cases ("со странами ШОС",
/// "в январе–сентябре 2024 года"), decimal comma; English per the ONS/Eurostat guides.</summary>
public sealed class GoldenTextTests
{
    private static readonly Country KZ = Country.FromCode("KZ");
    private static readonly Country CN = Country.FromCode("CN");

    private static Money Bn(decimal billions) => new(billions * 1_000_000_000m, Currency.USD);

    private static ReleaseWriter Russian(RoundingPolicy? rounding = null) =>
        new(new ReportOptions { Language = ReportLanguage.Russian, Rounding = rounding ?? RoundingPolicy.Default });

    private static readonly ReleaseWriter English = new();

    [Fact]
    public void Russian_Level_MasculineSubject_GroupInInstrumental()
    {
        var s = Russian().Level(TradeSubject.WithGroup(KZ, CountryGroup.SCO), Period.Year(2023), Bn(65.98m), Period.Year(2022), Bn(61.78m));
        Assert.Equal("Товарооборот Казахстана со странами ШОС в 2023 году составил 66,0 млрд долларов США, что на 6,8% больше, чем в предыдущем году (61,8 млрд долларов США).", s.Text);
    }

    [Fact]
    public void Russian_FeminineSubject_OnePointFivePercent()
    {
        var s = Russian().Multiple(TradeSubject.Mutual(CountryGroup.SCO), Period.Year(2021), Bn(119.2m), Period.Year(2023), Bn(121.0m));
        Assert.Equal(StatementKind.Growth, s.Kind);
        Assert.Equal("Взаимная торговля стран ШОС в 2023 году составила 121,0 млрд долларов США, что на 1,5% больше, чем в 2021 году (119,2 млрд долларов США).", s.Text);
    }

    [Fact]
    public void Russian_WholePercent_MonthRange_SamePeriodOfLastYear()
    {
        var s = Russian(new RoundingPolicy { RateDecimals = 0 }).Level(TradeSubject.With(KZ, CN, TradeMeasure.Exports),
            Period.Parse("2024-01/2024-09"), Bn(12.1m), Period.Parse("2023-01/2023-09"), Bn(10m));
        Assert.Equal("Экспорт Казахстана в Китай в январе–сентябре 2024 года составил 12,1 млрд долларов США, что на 21% больше по сравнению с аналогичным периодом прошлого года (10,0 млрд долларов США).", s.Text);
    }

    [Theory]
    [InlineData(245.0, 490.0, "Взаимная торговля стран ШОС увеличилась в 2 раза, с 245,0 млрд долларов США в 2019 году до 490,0 млрд долларов США в 2023 году.")]
    [InlineData(196.0, 490.0, "Взаимная торговля стран ШОС увеличилась в 2,5 раза, с 196,0 млрд долларов США в 2019 году до 490,0 млрд долларов США в 2023 году.")]
    [InlineData(98.0, 490.0, "Взаимная торговля стран ШОС увеличилась в 5 раз, с 98,0 млрд долларов США в 2019 году до 490,0 млрд долларов США в 2023 году.")]
    [InlineData(23.0, 490.0, "Взаимная торговля стран ШОС увеличилась в 21,3 раза, с 23,0 млрд долларов США в 2019 году до 490,0 млрд долларов США в 2023 году.")]
    public void Russian_Multiples_AgreeWithTheNumeral(double from, double to, string expected)
    {
        var s = Russian().Multiple(TradeSubject.Mutual(CountryGroup.SCO), Period.Year(2019), Bn((decimal)from), Period.Year(2023), Bn((decimal)to));
        Assert.Equal(expected, s.Text);
    }

    [Fact]
    public void Russian_Multiple_MasculineSubject()
    {
        var s = Russian().Multiple(TradeSubject.Of(KZ), Period.Year(2019), Bn(40m), Period.Year(2023), Bn(100m));
        Assert.Equal("Товарооборот Казахстана увеличился в 2,5 раза, с 40,0 млрд долларов США в 2019 году до 100,0 млрд долларов США в 2023 году.", s.Text);
    }

    [Fact]
    public void Russian_Balance_NeuterSaldo_AndShare_Feminine()
    {
        Assert.Equal("В 2023 году во внешней торговле Казахстана экспорт составил 78,7 млрд долларов США, импорт — 54,1 млрд долларов США; положительное сальдо составило 24,6 млрд долларов США.",
            Russian().Balance(TradeSubject.Of(KZ), Period.Year(2023), Bn(78.7m), Bn(54.1m)).Text);
        Assert.Equal("В 2023 году во внешней торговле Казахстана с Китаем экспорт составил 54,1 млрд долларов США, импорт — 78,7 млрд долларов США; отрицательное сальдо (дефицит) составило 24,6 млрд долларов США.",
            Russian().Balance(TradeSubject.With(KZ, CN), Period.Year(2023), Bn(54.1m), Bn(78.7m)).Text);
        Assert.Equal("Торговля Казахстана с Китаем в 2023 году составила 27,9 млрд долларов США, или 21,0% от общего объема (132,8 млрд долларов США).",
            Russian().Share(TradeSubject.With(KZ, CN), Period.Year(2023), Bn(27.9m), Bn(132.8m)).Text);
    }

    [Fact]
    public void Russian_PointChange_Unchanged_Shares()
    {
        Assert.Equal("Доля Китая в товарообороте Казахстана выросла на 0,5 п.п.: с 20,5% в 2022 году до 21,0% в 2023 году.",
            Russian().ShareChange(CN, TradeSubject.Of(KZ), Period.Year(2022), Bn(25m), Bn(122m), Period.Year(2023), Bn(27.9m), Bn(132.8m)).Text);
        Assert.Equal("Импорт Казахстана из Китая в I квартале 2024 года составил 12,3 млрд долларов США и не изменился по сравнению с предыдущим кварталом (12,3 млрд долларов США).",
            Russian().Level(TradeSubject.With(KZ, CN, TradeMeasure.Imports), Period.Quarter(2024, 1), Bn(12.3m), Period.Quarter(2023, 4), Bn(12.301m)).Text);
        Assert.Equal("Наибольшие доли во взаимной торговле стран ШОС в 2023 году приходились на Китай (64,6%), Россию (26,2%) и Казахстан (3,3%).",
            Russian().Shares(TradeSubject.Mutual(CountryGroup.SCO), Period.Year(2023), Bn(490.3m),
                [new(CN, Bn(316.7m)), new(Country.FromCode("RU"), Bn(128.5m)), new(KZ, Bn(16.2m))]).Text);
    }

    [Fact]
    public void Russian_DigitGroups_AreNoBreakSpaces_FromFiveDigits()
    {
        var s = Russian(new RoundingPolicy { Scale = AmountScale.Million }).Level(TradeSubject.Of(KZ), Period.Year(2023), Bn(12.3456m), Period.Year(2022), Bn(1.2m));
        Assert.Contains("12\u00A0345,6 млн долларов США", s.Text, StringComparison.Ordinal);
        Assert.Contains("(1200,0 млн долларов США)", s.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void English_SeedSentence_AndStyles()
    {
        Assert.Equal("Kazakhstan’s trade turnover with the SCO countries in 2023 amounted to 66.0 billion US dollars, which is 6.8% more than the previous year (61.8 billion US dollars).",
            English.Level(TradeSubject.WithGroup(KZ, CountryGroup.SCO), Period.Year(2023), Bn(65.98m), Period.Year(2022), Bn(61.78m)).Text);
        var symbol = new ReleaseWriter(new ReportOptions { Amounts = AmountStyle.Symbol, Rounding = new RoundingPolicy { AmountDecimals = 0 } });
        Assert.Equal("Mutual trade between the SCO countries increased 1.5 times from $336 billion in 2019 to $490 billion in 2023.",
            symbol.Multiple(TradeSubject.Mutual(CountryGroup.SCO), Period.Year(2019), Bn(336.2m), Period.Year(2023), Bn(490.3m)).Text);
        var bn = new ReleaseWriter(new ReportOptions { Amounts = AmountStyle.Abbreviated });
        Assert.Equal("Kazakhstan’s exports to China in January–September 2024 amounted to USD 12.3 bn, which is 4.7% less than in the same period of the previous year (USD 12.9 bn).",
            bn.Level(TradeSubject.With(KZ, CN, TradeMeasure.Exports), Period.Parse("2024-01/2024-09"), Bn(12.3m), Period.Parse("2023-01/2023-09"), Bn(12.9m)).Text);
        var index = new ReleaseWriter(new ReportOptions { Growth = GrowthWording.Index });
        Assert.Equal("Kazakhstan’s trade turnover in 2024 amounted to 139.3 billion US dollars, or 104.9% of the level of 2023 (132.8 billion US dollars).",
            index.Level(TradeSubject.Of(KZ), Period.Year(2024), Bn(139.3m), Period.Year(2023), Bn(132.8m)).Text);
    }

    [Fact]
    public void English_PercentagePoints_SingularAndPlural()
    {
        Assert.Equal("China’s share of Kazakhstan’s trade turnover rose by 0.5 percentage points, from 20.5% in 2022 to 21.0% in 2023.",
            English.ShareChange(CN, TradeSubject.Of(KZ), Period.Year(2022), Bn(25m), Bn(122m), Period.Year(2023), Bn(27.9m), Bn(132.8m)).Text);
        var whole = new ReleaseWriter(new ReportOptions { Rounding = new RoundingPolicy { ShareDecimals = 0, PointsDecimals = 0 } });
        Assert.Equal("China’s share of Kazakhstan’s exports fell by 1 percentage point, from 21% in 2022 to 20% in 2023.",
            whole.ShareChange(CN, TradeSubject.Of(KZ, TradeMeasure.Exports), Period.Year(2022), Bn(21m), Bn(100m), Period.Year(2023), Bn(20m), Bn(100m)).Text);
    }

    [Fact]
    public void ShareUnchangedInPoints_PrintsOnlyTheCurrentShare()
    {
        Assert.Equal("China’s share of Kazakhstan’s trade turnover in 2023 was 21.0%, unchanged from 2022.",
            English.ShareChange(CN, TradeSubject.Of(KZ), Period.Year(2022), Bn(20.98m), Bn(100m), Period.Year(2023), Bn(21.01m), Bn(100m)).Text);
        Assert.Equal("Доля Китая в товарообороте Казахстана в январе 2024 года составила 21,0%, оставшись на уровне января 2023 года.",
            Russian().ShareChange(CN, TradeSubject.Of(KZ), Period.Month(2023, 1), Bn(20.98m), Bn(100m), Period.Month(2024, 1), Bn(21.01m), Bn(100m)).Text);
    }

    [Fact]
    public void English_Turnover_NoteOnlyWhenPartsDoNotAddUp()
    {
        var adds = English.Turnover(TradeSubject.Of(KZ), Period.Year(2023), Bn(78.7m), Bn(54.1m));
        Assert.Equal("In 2023, Kazakhstan’s trade reached a turnover of 132.8 billion US dollars: exports 78.7 billion US dollars, imports 54.1 billion US dollars.", adds.ToString());
        Assert.Empty(adds.Notes);
        var drifts = English.Turnover(TradeSubject.Of(KZ), Period.Year(2023), Bn(78.74m), Bn(54.14m));
        Assert.Equal(["Totals may not add up due to rounding."], drifts.Notes);
    }

    [Fact]
    public void Options_Invalid_ThrowWithTheRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RoundingPolicy { RateDecimals = 7 });
        Assert.Contains("between 0 and 6", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ReportOptions { Language = (ReportLanguage)9 });
        Assert.Throws<ArgumentException>(() => English.Level(TradeSubject.Of(KZ), Period.Year(2023), Bn(1m), Period.Year(2022), Bn(0m)));
        Assert.Throws<ArgumentException>(() => TradeSubject.Of(KZ, TradeMeasure.Balance));
    }

    [Fact]
    public void Cli_Report_ReproducesTheSeedParagraph()
    {
        var path = SeedFile("sco-2023.json");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(0, Program.Run(["report", path], TextReader.Null, stdout, stderr));
        var paragraph = stdout.ToString().Split('\n')[0].TrimEnd('\r');
        Assert.Equal("Kazakhstan’s trade turnover with the SCO countries in 2023 amounted to 66.0 billion US dollars, which is 6.8% more than the previous year (61.8 billion US dollars). "
            + "Mutual trade between the SCO countries increased 1.5 times from $336 billion in 2019 to $490 billion in 2023. "
            + "The largest shares of mutual trade between the SCO countries in 2023 were those of China (64.6%), Russia (26.2%) and Kazakhstan (3.3%).", paragraph);
        Assert.Equal(3, TradeDomain.Verification.VerificationReport.Check(paragraph).Count(TradeDomain.Verification.Verdict.Consistent));

        using var ru = new StringWriter();
        Assert.Equal(0, Program.Run(["report", path, "--lang", "ru"], TextReader.Null, ru, stderr));
        Assert.StartsWith("Товарооборот Казахстана со странами ШОС в 2023 году составил 66,0 млрд долларов США, что на 6,8% больше", ru.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"statements\":[{\"kind\":\"level\"", "")]
    [InlineData("{\"statements\":[{\"kind\":\"growth\"}]}", "Unknown statement kind 'growth'")]
    [InlineData("{\"statements\":[{\"kind\":\"level\",\"reporter\":\"KZ\",\"period\":\"2023\",\"value\":\"1\",\"basePeriod\":\"2022\",\"baseValue\":\"0\"}]}", "positive base")]
    public void Cli_Report_BadInput_IsAUsageError(string json, string message)
    {
        using var stdin = new StringReader(json);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(2, Program.Run(["report", "-"], stdin, stdout, stderr));
        Assert.StartsWith("tradecheck: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains(message, stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_Report_TablesAsHtmlAndCsv()
    {
        var path = SeedFile("sco-2023.json");
        using var html = new StringWriter();
        Assert.Equal(0, Program.Run(["report", path, "--format", "html"], TextReader.Null, html, TextWriter.Null));
        Assert.Contains("<tr class=\"total\"><th scope=\"row\">Total</th><td>490.3</td><td>100.0</td></tr>", html.ToString(), StringComparison.Ordinal);
        using var csv = new StringWriter();
        Assert.Equal(0, Program.Run(["report", path, "--format", "csv", "--lang", "ru"], TextReader.Null, csv, TextWriter.Null));
        Assert.Contains("Китай,316.7,64.6\r\n", csv.ToString(), StringComparison.Ordinal);
    }

    internal static string SeedFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"seeds/{name} not found above {AppContext.BaseDirectory}.");
    }
}

using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Mentions;
using TradeDomain.Verification.Numbers;
using TradeDomain.Tests.Verification.Numbers;

namespace TradeDomain.Tests.Verification.Mentions;

public class MentionReaderTests
{
    /// <summary>The mentions of one sentence read on its own (no period carried in).</summary>
    internal static List<FigureMention> Read(string text) =>
        MentionReader.Read(text, Lexicon.Tokenize(text), NumberReaderTests.Read(text), 0, 0, new MentionReader.SentencePeriod(null, null), out _);

    /// <summary>The one mention whose text holds <paramref name="figure"/>.</summary>
    internal static FigureMention At(string text, string figure) => Read(text).Single(m => m.Token.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("Exports rose £0.2 billion to £15.4 billion.", "0.2", "Exports", "Change")]
    [InlineData("Exports rose £0.2 billion to £15.4 billion.", "15.4", "Exports", "To")]
    [InlineData("Imports decreased by 9.6% from 5,114 million dollars to 4,623 million dollars.", "5,114", "Imports", "From")]
    [InlineData("Turnover amounted to $7.6 billion, of which $3.2 billion fell on imports and $4.4 billion on exports.", "3.2", "Imports", "None")]
    [InlineData("Turnover amounted to $7.6 billion, of which $3.2 billion fell on imports and $4.4 billion on exports.", "4.4", "Exports", "None")]
    [InlineData("The deficit grew by $28.4 million and amounted to $512.3 million.", "28.4", "Balance", "Change")]
    [InlineData("The deficit grew by $28.4 million and amounted to $512.3 million.", "512.3", "Balance", "To")]
    [InlineData("Товарооборот увеличился на 951,2 млн долларов, или на 5,3%.", "951,2", "Turnover", "Change")]
    [InlineData("Экспорт вырос по сравнению с 2022 годом (6,1 млрд долларов) до 7,0 млрд долларов.", "6,1", "Exports", "From")]
    [InlineData("Foreign trade turnover decreased by US$3.4 billion or 7.4 percent.", "3.4", "Turnover", "Change")]
    public void ValuesGetMeasureAndRole(string text, string figure, string measure, string role)
    {
        var m = At(text, figure);
        Assert.Equal(Enum.Parse<Measure>(measure), m.Measure);
        Assert.Equal(Enum.Parse<Role>(role), m.Role);
    }

    [Theory]
    [InlineData("Отрицательное сальдо составило 2,41 млрд долларов.", -1)]
    [InlineData("Положительное сальдо составило 2,41 млрд долларов.", 1)]
    [InlineData("The trade deficit amounted to $2.41 billion.", -1)]
    [InlineData("The trade surplus amounted to $2.41 billion.", 1)]
    [InlineData("The trade balance amounted to $2.41 billion.", 0)]
    [InlineData("Дефицит внешней торговли составил $5,004 млрд.", -1)]
    public void BalancesKeepTheirSignWords(string text, int sign)
    {
        var m = Assert.Single(Read(text));
        Assert.Equal(Measure.Balance, m.Measure);
        Assert.Equal(sign, m.BalanceSign);
    }

    [Theory]
    [InlineData("Exports reached $10.49 billion, or 104.9% of the level of January–June 2023.", "104.9%", "Index")]
    [InlineData("Экспорт составил 13,1 млрд долларов, или 131% к январю–апрелю 2023 года.", "131%", "Index")]
    [InlineData("Промышленное производство составило 108,4% к соответствующему периоду.", "108,4%", "Index")]
    [InlineData("The share of exports in foreign trade turnover amounted to 61.7 percent.", "61.7", "Share")]
    [InlineData("Доля стран ЕАЭС составила 38,4%.", "38,4%", "Share")]
    [InlineData("China accounted for 23.4% of total trade.", "23.4%", "Share")]
    [InlineData("Exports covered 61.4% of imports.", "61.4%", "Coverage")]
    [InlineData("Exports soared 41.2%.", "41.2%", "Growth")]
    [InlineData("Товарооборот вырос по сравнению с 2022 годом на 12,4%.", "12,4%", "Growth")]
    [InlineData("The share rose from 20.0% to 25.0%.", "20.0%", "Value")]
    [InlineData("Trade grew at an average annual rate of 9.9%.", "9.9%", "Cagr")]
    [InlineData("Коэффициент покрытия импорта экспортом составил 0,97.", "0,97", "Coverage")]
    public void PercentagesGetTheirRole(string text, string figure, string role) => Assert.Equal(Enum.Parse<PercentRole>(role), At(text, figure).PercentRole);

    [Fact]
    public void ShareStatement_NamesPartAndWholeMeasures()
    {
        var m = At("The share of exports in foreign trade turnover amounted to 61.7 percent.", "61.7");
        Assert.Equal(Measure.Exports, m.PartMeasure);
        Assert.Equal(Measure.Turnover, m.WholeMeasure);
    }

    [Theory]
    [InlineData("Exports increased to $34.0 billion from $33.1 billion in January, as prices and volumes each grew 1.4%.", "1.4%")]
    [InlineData("Exports increased by $1.0 billion to $31.1 billion as a result of a 2.6% rise in volumes.", "2.6%")]
    public void RatesOfOtherMeasures_AreMarked(string text, string figure) => Assert.True(At(text, figure).OtherMeasure);

    [Fact]
    public void YearsAndMonths_AreThePeriod()
    {
        var m = At("Mutual trade increased from $336 billion in 2019 to $490 billion in 2023.", "336");
        Assert.Equal(2019, m.Year);
        var n = At("Оборот в мае 2009 года составил $36,6 млрд.", "36,6");
        Assert.Equal((5, 5), n.Months);
        var r = At("Оборот за январь-май составил $166,8 млрд.", "166,8");
        Assert.Equal((1, 5), r.Months);
    }

    [Theory]
    // the year after a base word is the base's ("against the same period of 2018, to $15.1 billion")
    [InlineData("Trade with China fell by $3.7 billion against the same period of 2018, to $15.1 billion.", "15.1", null)]
    [InlineData("Экспорт снизился на $3,7 млрд по сравнению с 2018 годом, до $15,1 млрд.", "15,1", null)]
    // "с" meaning "with" introduces no base: the year stays the value's
    [InlineData("Торговый оборот Башкирии с зарубежными странами за шесть месяцев 2020 года составил $1,83 млрд.", "1,83", 2020)]
    public void YearAfterABaseWord_IsTheBases(string text, string figure, int? year)
    {
        Assert.Equal(year, At(text, figure).Year);
    }
}

/// <summary>The subject of a figure is the names before it (each by its stem, and a country's also by its code, so
/// "Китай" and "КНР" meet), never a letter alone, a prefix written onto a figure or an earlier amount's currency code.</summary>
public class SubjectWordTests
{
    [Theory]
    [InlineData("Exports to Spain dropped to N5.93 trillion, representing 19.89 per cent decline in Q3.", "19.89", "#ES+spain")]
    [InlineData("The deficit fell from EGP 23.05bn in 2012 to EGP 16.21bn in 2013.", "16.21", "")]
    [InlineData("U.S. exports to Canada rose to $32.6 billion, up 0.9 percent.", "0.9", "#CA+canad")]
    [InlineData("Экспорт в Китай – 16,2 млрд, импорт из Китая – 15,3 млрд.", "15,3", "#CN+кит")]
    // days of the week, institutions' names and a word capitalised after a colon name no subject
    [InlineData("Figures released on Wednesday show that exports rose 4.4 percent to $21.39 billion.", "21.39", "")]
    [InlineData("According to the Census Bureau and Bureau of Economic Analysis, exports were $124.9 billion.", "124.9", "")]
    [InlineData("KARACHI: In fiscal year 2018 the deficit widened 15.9 percent to $37.7 billion.", "37.7", "")]
    public void SubjectHasOnlyNames(string text, string figure, string subject)
    {
        var m = MentionReaderTests.At(text, figure);
        Assert.Equal(subject, string.Join('+', m.Subject.Order(StringComparer.Ordinal)));
    }
}

/// <summary>Azerbaijani puts "more" and "less" after the amount: "215,2 milyon dollar çox" is a difference, not a level;
/// "10 milyard dollardan çox" (in the ablative) is "more than 10 billion", an approximate level.</summary>
public class ComparativeAfterTests
{
    private const string Mirror = "Gürcüstan statistikası ticarət dövriyyəsini 100,5 milyon dollar çox, ixracı 80,2 milyon dollar çox, idxalı isə 10,1 milyon dollar az göstərir.";

    private static FigureMention At(string text, string figure) => MentionReaderTests.At(text, figure);

    [Theory]
    [InlineData(Mirror, "100,5", "Turnover", "Change", "Increase")]
    [InlineData(Mirror, "80,2", "Exports", "Change", "Increase")]
    [InlineData(Mirror, "10,1", "Imports", "Change", "Decrease")]
    [InlineData("İxrac əvvəlki ilə nisbətən 99 min ABŞ dolları çoxdur.", "99", "Exports", "Change", "Increase")]
    public void AmountBeforeMoreOrLess_IsTheDifference(string text, string figure, string measure, string role, string direction)
    {
        var m = At(text, figure);
        Assert.Equal((Enum.Parse<Measure>(measure), Enum.Parse<Role>(role), Enum.Parse<TradeDomain.GrowthDirection>(direction)), (m.Measure, m.Role, m.Direction!.Value));
    }

    [Fact]
    public void AblativeBeforeMore_IsNoDifference() =>
        Assert.NotEqual(Role.Change, At("İxrac 10 milyard dollardan çox olub.", "10").Role);

    [Fact]
    public void DifferencesBetweenSources_AreNoSumOfParts() =>
        // read as levels, 80.2 + 10.1 = 90.3 against 100.5 was a false alarm; they are differences, and nothing adds up
        Assert.DoesNotContain(TradeDomain.Verification.VerificationReport.Check(Mirror).Checks, c => c.Verdict == TradeDomain.Verification.Verdict.Inconsistent);
}

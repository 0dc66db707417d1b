using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>Periods named inside one figure's phrase are that figure's, not the next one's: a month a value "registered
/// in" before the next clause, a base year of a growth rate ("on the same period in 2016, with exports …"); and a share
/// of a month is not taken of an eleven-month total. Invented figures, working in comments.</summary>
public class PeriodOwnershipTests
{
    private const string Registered = "In the month exports rose by 12.1 per cent to RM71.4 billion, just below the RM72.08 billion registered in May 2018 while imports rose by 9.3 per cent to RM64.2 billion.";
    private const string BaseYear = "For the first ten months of 2019, total trade reached RM1.401 trillion, a 4.2 per cent growth on the same period in 2018, with exports totalling RM740.3 billion and imports at RM660.7 billion.";

    [Fact]
    public void MonthRegisteredAfterAValue_IsThatValues()
    {
        var record = MentionReaderTests.At(Registered, "72.08");
        Assert.Equal(((5, 5), 2018), (record.Months, record.Year));
        var imports = MentionReaderTests.At(Registered, "64.2");
        Assert.Null(imports.Months);
        Assert.Null(imports.Year);
    }

    [Fact]
    public void BaseYearOfARate_IsNotTheNextValues()
    {
        var exports = MentionReaderTests.At(BaseYear, "740.3");
        Assert.False(exports.Earlier);
        Assert.NotEqual(2018, exports.Year);
    }

    // 740.3 + 660.7 = 1401.0 billion; inputs [1400.9, 1401.1]; published 1.401 trillion -> [1400.5, 1401.5] -> consistent.
    [Fact]
    public void TotalWithItsPartsAfterARatesBaseYear_IsChecked() =>
        ShapeCheck.Verify(BaseYear, ClaimKind.Sum, "1.401", Verdict.Consistent);

    // 58.31 / 71.4 = 81.667%; inputs [58.305/71.45, 58.315/71.35] = [81.603, 81.731]; 81.7 -> [81.65, 81.75] -> consistent.
    // The ten-month exports (RM740.3 billion) are no whole of November's manufactured exports.
    [Fact]
    public void ShareOfAMonth_TakesTheMonthsTotal() =>
        ShapeCheck.Verify(
            "In November exports rose by 12.1 per cent to RM71.4 billion. For the first ten months of 2019, exports totalled RM740.3 billion. Exports of manufactured goods in November 2019 rose by 8.0 per cent to RM58.31 billion, accounting for 81.7 per cent of total exports.",
            ClaimKind.Share, "81.7", Verdict.Consistent);

    // A year or months in a bracket that opens after a value are the bracket's base's, not the value's.
    [Theory]
    [InlineData("Сальдо було негативним і становило 2885,8 млн.дол. (у 2015р. позитивне – 610,7 млн.дол.).", "2885,8")]
    [InlineData("Позитивне сальдо склало 130,6 млн дол. (у січні-серпні 2020 р. воно теж було позитивним – 80,6 млн дол.).", "130,6")]
    public void PeriodInABracketAfterAValue_IsNotItsOwn(string text, string figure)
    {
        var m = MentionReaderTests.At(text, figure);
        Assert.Null(m.Year);
        Assert.Null(m.Months);
    }

    // 36362,8 + 1764,3 = 38127,1 (the 2015 exports); 1764,3 / 38127,1 = 4.6274%; inputs [1764,25/38127,2, 1764,35/38127,0]
    // = [4.6273, 4.6276]; 4,6 -> [4.55, 4.65] -> consistent. The level names goods ("експорт товарів"), the change none.
    // Imports: 1732,2 / (39248,6 − 1732,2) = 4.617%; inputs [4.6168, 4.6176] -> consistent too.
    [Fact]
    public void ChangeOfExports_TakesTheGoodsExportsLevel()
    {
        var growth = VerificationReport.Check("За 2016р. експорт товарів склав 36362,8 млн.дол. США, імпорт – 39248,6 млн.дол. Порівняно із 2015р. експорт зменшився на 4,6% (на 1764,3 млн.дол.), а імпорт зріс на 4,6% (на 1732,2 млн.дол.).")
            .Checks.Where(c => c.Claim.Kind == ClaimKind.Growth).ToList();
        Assert.Equal(2, growth.Count);
        Assert.All(growth, c => Assert.Equal(Verdict.Consistent, c.Verdict));
    }
    private const string MonthCompared = "Compared with November, the December gap came from a 2.1 percent rise in imports to 64.9 billion dollars and a 1.9 percent drop in exports to 45.1 billion dollars. "
        + "Over the whole year imports surged 7.5 percent to 700.2 billion dollars, while exports jumped 6.3 percent to 500.1 billion dollars. "
        + "In December the shortfall in goods and services trade came to 19.8 billion dollars.";

    [Fact]
    public void MonthComparedWith_IsTheBasesNotTheValues()
    {
        var imports = MentionReaderTests.At("Compared with November, the December gap came from a 2.1 percent rise in imports to 64.9 billion dollars.", "64.9");
        Assert.Equal((12, 12), imports.Months);
    }

    [Fact]
    public void TheWholeYear_IsJanuaryToDecember()
    {
        var imports = MentionReaderTests.At("Over the whole year imports surged 7.5 percent to 700.2 billion dollars.", "700.2");
        Assert.Equal((1, 12), imports.Months);
        var ru = MentionReaderTests.At("За весь год импорт вырос на 7,5% и составил 700,2 млрд долларов.", "700,2");
        Assert.Equal((1, 12), ru.Months);
    }

    // "a shortfall in goods and services trade" is a balance, not the turnover; December's, not the whole year's:
    // 64.9 − 45.1 = 19.8; inputs [64.85 − 45.15, 64.95 − 45.05] = [19.7, 19.9]; 19.8 -> [19.75, 19.85] -> consistent.
    [Fact]
    public void ShortfallInTrade_IsTheMonthsBalance() =>
        ShapeCheck.Verify(MonthCompared, ClaimKind.Difference, "19.8", Verdict.Consistent);
}

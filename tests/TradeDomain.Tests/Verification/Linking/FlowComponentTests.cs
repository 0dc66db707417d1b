using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Total exports (or imports) are the sum of the one goods value and the one services value of the paragraph;
/// a release that has no services value is not summed. Invented figures, working in comments.</summary>
public class FlowComponentTests
{
    // 141.2 + 62.7 = 203.9; inputs [203.8, 204.0]; 203.9 -> [203.85, 203.95] -> consistent (linked across sentences).
    private const string Release = "Total exports in May came to $203.9 billion. Goods exports increased $2.1 billion to $141.2 billion. Services exports increased $0.5 billion to $62.7 billion.";

    [Fact]
    public void TotalOfGoodsAndServices_IsChecked() => ShapeCheck.Verify(Release, ClaimKind.Sum, "203.9", Verdict.Consistent);

    // 141.2 + 62.7 = 203.9 against 213.9 -> no overlap; linked from other sentences, so ambiguous, not inconsistent.
    [Fact]
    public void WrongTotal_IsNeverConsistent() =>
        ShapeCheck.Verify(Release.Replace("203.9", "213.9", StringComparison.Ordinal), ClaimKind.Sum, "213.9", Verdict.Ambiguous);

    // The year before: the earlier total of the bases. 110.06 + 88.46 = 198.52; inputs [198.51, 198.53]; 198.52 ->
    // [198.515, 198.525] -> consistent; 199.52 -> no overlap, linked across sentences -> ambiguous.
    private const string YearBefore = "Total exports for the quarter came to $210.31 billion. The year-earlier quarter shows total exports of {0} billion. "
        + "Merchandise exports were $112.17 billion versus $110.06 billion a year ago. Services exports were $98.13 billion versus $88.46 billion a year ago.";

    private const string YearBeforeRu = "Общий экспорт за квартал составил 210,31 млрд долларов. Годом ранее общий экспорт составлял {0} млрд долларов. "
        + "Экспорт товаров составил 112,17 млрд долларов против 110,06 млрд долларов годом ранее. Экспорт услуг составил 98,13 млрд долларов против 88,46 млрд долларов годом ранее.";

    [Theory]
    [InlineData(YearBefore, "$198.52", "198.52", Verdict.Consistent)]
    [InlineData(YearBefore, "$199.52", "199.52", Verdict.Ambiguous)]
    [InlineData(YearBeforeRu, "198,52", "198.52", Verdict.Consistent)]
    [InlineData(YearBeforeRu, "199,52", "199.52", Verdict.Ambiguous)]
    public void EarlierTotalOfGoodsAndServices_IsChecked(string text, string total, string published, Verdict verdict) =>
        ShapeCheck.Verify(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, total), ClaimKind.Sum, published, verdict);

    // The current total stays the sum of the current values: 112.17 + 98.13 = 210.30; inputs [210.29, 210.31]; 210.31 ->
    // [210.305, 210.315] -> consistent.
    [Fact]
    public void CurrentTotal_TakesTheCurrentParts() =>
        ShapeCheck.Verify(string.Format(System.Globalization.CultureInfo.InvariantCulture, YearBefore, "$198.52"), ClaimKind.Sum, "210.31", Verdict.Consistent);

    [Fact]
    public void GoodsAlone_AreNoParts() =>
        Assert.DoesNotContain(VerificationReport.Check("Exports in May came to $141.2 billion. Goods exports increased $2.1 billion to $141.2 billion.").Checks, c => c.Claim.Kind == ClaimKind.Sum);

    // 512 + 1 473 = 1 985; inputs [1 984, 1 986]; 1985 -> [1 984.5, 1 985.5] -> consistent; 1995 -> no overlap, but the
    // amounts bracketed after the rates may be changes or levels: as levels they are the total's parts, a link never
    // certain, so ambiguous.
    [Theory]
    [InlineData("1985", Verdict.Consistent)]
    [InlineData("1995", Verdict.Ambiguous)]
    public void AmountsBracketedAfterRates_MayBeTheTotalsParts(string total, Verdict verdict) =>
        ShapeCheck.Verify($"Внешнеторговый оборот страны в январе-марте составил ${total} млн, что на 21% выше, чем годом ранее. Экспорт при этом вырос на 18% ($512 млн), импорт - на 22% ($1473 млн).",
            ClaimKind.Sum, total, verdict);

    // imports = 131.6 − 67.2 = 64.4; balance 67.2 − 64.4 = 2.8; inputs [2·67.15 − 131.65, 2·67.25 − 131.55] = [2.65, 2.95];
    // 2.8 -> [2.75, 2.85] -> consistent; 3.8 -> no overlap, linked across sentences -> ambiguous.
    [Theory]
    [InlineData("2.8", Verdict.Consistent)]
    [InlineData("3.8", Verdict.Ambiguous)]
    public void BalanceFromTurnoverAndOneFlow_IsChecked(string balance, Verdict verdict) =>
        ShapeCheck.Verify($"The country posted a trade surplus of ${balance} billion in the quarter. Its total import-export turnover rose 12% to $131.6 billion. Of the figure, $67.2 billion came from exports.",
            ClaimKind.Difference, balance, verdict);

    // 1.45 / 2.19 = 66.21%; inputs [1.445 / 2.195, 1.455 / 2.185] = [65.83, 66.59]; 66.2 -> consistent. The amount and its
    // share are joined by "representing"; the whole is the exports of the sentence before, though that sentence gives them
    // with their own share of another whole (of total trade).
    [Fact]
    public void ShareJoinedByRepresenting_TakesTheExportsBefore() =>
        ShapeCheck.Verify("Exports stood at N2.19 trillion, representing 27.31 per cent of total trade. Crude oil exports stood at N1.45 trillion, representing 66.2 per cent of total exports in the quarter.",
            ClaimKind.Share, "66.2", Verdict.Consistent);
}

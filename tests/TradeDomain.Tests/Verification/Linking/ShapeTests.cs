using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>The shapes real releases print (issue #10, section 2), each in English and Russian, through the whole
/// extractor and verifier. Each expectation's working is in its comment, from the arithmetic, not from the tool.</summary>
public class ShapeTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // Index: 10.49 / 10.0 × 100 = 104.9 [104.8, 105.0] ∋ 104.9
        { "Exports reached $10.49 billion, or 104.9% of the level of January–June 2023 ($10.0 billion).", ClaimKind.Index, "104.9", Verdict.Consistent },
        // (490/336)^(1/4) − 1 = 9.89 % [9.82, 9.96] ∋ 9.9: "an average of … a year" is an average annual rate, not growth over the span
        { "Mutual trade grew by an average of 9.9% a year, from $336 billion in 2019 to $490 billion in 2023.", ClaimKind.Cagr, "9.9", Verdict.Consistent },
        // 180.1 → 145.4 = −19.27 % [−19.32, −19.22] ∋ −19.3: "the previous month" names the base's period
        { "Exports in May 2030 amounted to GBP 145.4 bn, having fallen by 19.3% from the previous month (GBP 180.1 bn).", ClaimKind.Growth, "19.3", Verdict.Consistent },
        // one share in two years is no share set (58.1 + 57.7 > 100 would be a false alarm): each share alone, unverifiable
        { "China's share was 58.1% in 2024 (57.7% in 2023).", ClaimKind.Share, "58.1", Verdict.Unverifiable },
        { "Доля Китая составила 58,1% в 2024 году (57,7% в 2023 году).", ClaimKind.Share, "57.7", Verdict.Unverifiable },
        // 13.1 / 10.0 × 100 = 131 [130.3, 131.7] ∋ 131
        { "Экспорт составил 13,1 млрд долларов, или 131% к январю–апрелю 2023 года (10,0 млрд долларов).", ClaimKind.Index, "131", Verdict.Consistent },
        { "Экспорт составил 13,1 млрд долларов, или 108,4% к соответствующему периоду прошлого года.", ClaimKind.Index, "108.4", Verdict.Unverifiable },
        // Absolute change with a percent: base = 10.55 − 3.1 = 7.45; 10.55 / 7.45 − 1 = 41.6 % [40.5, 42.7]
        { "Exports rose by $3.1 billion (41.6 percent) to $10.55 billion.", ClaimKind.Growth, "41.6", Verdict.Consistent },
        // base = 18.9 − 0.9512 = 17.9488; 5.30 % [4.98, 5.57] ∋ 5.3
        { "Товарооборот составил 18,9 млрд долларов, увеличившись на 951,2 млн долларов, или на 5,3%.", ClaimKind.Growth, "5.3", Verdict.Consistent },
        // change = 7.0 − 6.1 = 0.9 [0.8, 1.0] ∋ 0.9
        { "Exports rose by $0.9 billion from $6.1 billion to $7.0 billion.", ClaimKind.Change, "0.9", Verdict.Consistent },
        { "Экспорт вырос на 1,9 млрд долларов с 6,1 млрд до 7,0 млрд долларов.", ClaimKind.Change, "1.9", Verdict.Inconsistent },
        // Balance with sign words: deficit = 27.7 − 25.3 = 2.4 [2.3, 2.5]
        { "Экспорт составил 25,3 млрд долларов, импорт — 27,7 млрд долларов, отрицательное сальдо — 2,4 млрд долларов.", ClaimKind.Difference, "2.4", Verdict.Consistent },
        { "Exports were $25.3 billion and imports $27.7 billion, a trade deficit of $2.4 billion.", ClaimKind.Difference, "2.4", Verdict.Consistent },
        // Coverage: 6.14 / 10.0 × 100 = 61.4 [61.3, 61.5]
        { "Exports of $6.14 billion covered 61.4% of imports of $10.0 billion.", ClaimKind.Coverage, "61.4", Verdict.Consistent },
        // 9.7 / 10.0 = 0.97 [0.965, 0.975]
        { "Экспорт составил 9,7 млрд долларов, импорт — 10,0 млрд долларов, коэффициент покрытия импорта экспортом — 0,97.", ClaimKind.Coverage, "0.97", Verdict.Consistent },
        // Totals of other parts: 3.2 + 4.4 = 7.6
        { "Turnover amounted to $7.6 billion, of which $3.2 billion fell on imports and $4.4 billion on exports.", ClaimKind.Sum, "7.6", Verdict.Consistent },
        { "Товарооборот составил 42,1 млрд долларов США, в том числе экспорт — 25,3 млрд долларов США и импорт — 18,8 млрд долларов США.", ClaimKind.Sum, "42.1", Verdict.Inconsistent },
        // "imports and exports" names the turnover, whose parts follow: 6.13 + 4.17 = 10.30 [10.29, 10.31] ∋ 10.3 [10.25, 10.35]
        { "In the first quarter goods imports and exports amounted to 10.3 trillion yuan. Among them, exports amounted to 6.13 trillion yuan; imports amounted to 4.17 trillion yuan.", ClaimKind.Sum, "10.3", Verdict.Consistent },
        { "Экспорт и импорт за квартал составили 10,3 трлн юаней. Экспорт составил 6,13 трлн юаней, импорт — 4,17 трлн юаней.", ClaimKind.Sum, "10.3", Verdict.Consistent },
        // 6.13 + 5.17 = 11.30 outside 10.3 [10.25, 10.35]: the parts are the only flows of the paragraph, in the sentence right
        // after the total's, so the link is certain and the total wrong (OnlyPairNextToTests)
        { "Imports and exports amounted to 10.3 trillion yuan. Exports amounted to 6.13 trillion yuan and imports to 5.17 trillion yuan.", ClaimKind.Sum, "10.3", Verdict.Inconsistent },
        // with another exports value in the paragraph the link is not certain: ambiguous, never inconsistent
        { "Imports and exports amounted to 10.3 trillion yuan. Exports amounted to 6.13 trillion yuan and imports to 5.17 trillion yuan. Exports in March alone came to 2.1 trillion yuan.", ClaimKind.Sum, "10.3", Verdict.Ambiguous },
        // "respectively" pairs the measures one by one: the rates are of exports and of imports, no turnover growth
        { "Exports and imports fell by 3.8 percent and 2.4 percent, respectively.", ClaimKind.Growth, "3.8", Verdict.Unverifiable },
        // A share's whole stated far back in the paragraph, its only current value there; the part's old value ("from") is
        // no current value: 17.2 / 51.0 = 33.725 % [33.595, 33.857] ∋ 33.7 [33.65, 33.75]
        { "Turnover fell to $51.0 billion. Exports held steady. Prices rose. Volumes fell. Imports grew from $14.5 billion to $17.2 billion. The share of imports in the turnover amounted to 33.7 percent.", ClaimKind.Share, "33.7", Verdict.Consistent },
        // 17.2 / 51.0 = 33.7 %, not 40.0 %, but whole and part are linked from other sentences: ambiguous, never inconsistent
        { "Товарооборот составил 51,0 млрд долларов. Экспорт не изменился. Цены выросли. Объемы снизились. Импорт вырос с 14,5 млрд до 17,2 млрд долларов. Доля импорта в товарообороте составила 40,0%.", ClaimKind.Share, "40.0", Verdict.Ambiguous },
        // The whole of a list of shares is the total stated before the list, not a larger one of another period after it:
        // 2.13 / 10.0 = 21.3 % [21.144, 21.457] ∋ 21.3 (of $60.0 billion it would be 3.6 %)
        { "Trade turnover amounted to $10.0 billion in January. The largest turnover was with China (21.3 percent or $2.13 billion) and Russia (17.6 percent or $1.76 billion). In the full year before, turnover reached $60.0 billion.", ClaimKind.Share, "21.3", Verdict.Consistent },
        // 1.76 / 10.0 = 17.6 % [17.463, 17.739] ∋ 17.6
        { "Товарооборот в январе составил 10,0 млрд долларов. Наибольший товарооборот пришелся на Китай (21,3% или 2,13 млрд долларов) и Россию (17,6% или 1,76 млрд долларов). За весь прошлый год товарооборот достиг 60,0 млрд долларов.", ClaimKind.Share, "17.6", Verdict.Consistent },
        // Decrease as a multiple: 12.0 / 5.0 = 2.4 [2.38, 2.42]
        { "Exports fell 2.4-fold from $12.0 billion to $5.0 billion.", ClaimKind.Multiple, "2.4", Verdict.Consistent },
        // 10.0 / 5.1 = 1.96 within "2 times" [1.5, 2.5]
        { "Импорт снизился в 2 раза — с 10,0 млрд до 5,1 млрд долларов.", ClaimKind.Multiple, "2", Verdict.Consistent },
        // Share statements: 6.17 / 10.0 = 61.7 % [61.6, 61.8]
        { "Turnover reached $10.0 billion and exports $6.17 billion. The share of exports in foreign trade turnover amounted to 61.7 percent.", ClaimKind.Share, "61.7", Verdict.Consistent },
        { "Доля стран ЕАЭС составила 38,4%.", ClaimKind.Share, "38.4", Verdict.Unverifiable },
        // 2.1 / 9.0 = 23.3 % [22.8, 23.9] ∋ 23.4; the set 23.4 + 20.0 = 43.4 ≤ 100
        { "Trade turnover was $9.0 billion, with the largest partners China ($2.1 billion, 23.4 percent) and Russia ($1.8 billion, 20.0 percent).", ClaimKind.Share, "23.4", Verdict.Consistent },
        { "Trade turnover was $9.0 billion, with the largest partners China ($2.1 billion, 23.4 percent) and Russia ($1.8 billion, 20.0 percent).", ClaimKind.ShareSet, "43.4", Verdict.Consistent },
        { "Основные партнеры: Казахстан - 47%, Узбекистан - 30%, Киргизия - 33%.", ClaimKind.ShareSet, "110", Verdict.Inconsistent },
        // The part in brackets right after its share: 4.20 / 12.00 = 35.0 % [34.979, 35.021] ∋ 35.0 [34.95, 35.05]; the whole
        // is the turnover stated before
        { "Foreign trade turnover reached $12.00 billion. Trade with the CIS made up 35.0 percent ($4.20 billion) of the total.", ClaimKind.Share, "35.0", Verdict.Consistent },
        { "Внешнеторговый оборот составил 12,00 млрд долларов. На страны СНГ пришлось 35,0% (4,20 млрд долларов) оборота.", ClaimKind.Share, "35.0", Verdict.Consistent },
        // 4.90 / 12.00 = 40.8 %, not 35.0 %: the whole is linked from another sentence, so ambiguous, never inconsistent
        { "Foreign trade turnover reached $12.00 billion. Trade with the CIS made up 35.0 percent ($4.90 billion) of the total.", ClaimKind.Share, "35.0", Verdict.Ambiguous },
        // The shares of exports and of imports in one turnover make it up: 66.2 + 33.7 = 99.9 within 100 ± 0.1
        { "The share of exports in the turnover amounted to 66.2 percent. The share of imports in the turnover amounted to 33.7 percent.", ClaimKind.ShareSet, "99.9", Verdict.Consistent },
        // The earlier period's shares of exports and imports, each the one earlier percentage in its share's clause, make up
        // that turnover too: 65.48 + 34.51 = 99.99 within 100 ± 0.01 (the current set is 72.4 + 27.5 = 99.9)
        { "The share of exports in turnover was 72.4 percent compared to 65.48 percent a year earlier. Imports rose. The share of imports in turnover was 27.5 percent compared to 34.51 percent a year before.", ClaimKind.ShareSet, "99.99", Verdict.Consistent },
        // 72.4 + 28.6 = 101.0, beyond 100 ± 0.1, but the earlier shares are paired across sentences: ambiguous, never inconsistent
        { "Доля экспорта в товарообороте составила 66,2% против 72,4% годом ранее. Импорт вырос. Доля импорта в товарообороте составила 33,7% против 28,6% годом ранее.", ClaimKind.ShareSet, "101.0", Verdict.Ambiguous },
        // 60.0 + 41.0 = 101.0, beyond 100 ± 0.1
        { "Доля экспорта в товарообороте составила 60,0%. Доля импорта в товарообороте составила 41,0%.", ClaimKind.ShareSet, "101.0", Verdict.Inconsistent },
        // Conversion: 22.2 / 3.1 = 7.2 yuan per dollar, a plausible rate; per million it is 7 200 000
        { "Exports reached 22.2 billion yuan ($3.1 billion).", ClaimKind.Conversion, "3.1", Verdict.Consistent },
        { "Exports reached 22.2 billion yuan ($3.1 million).", ClaimKind.Conversion, "3.1", Verdict.Inconsistent },
        // A conversion followed by period words of both figures: 70.5 / 10.0 = 7.05 yuan per dollar, a plausible rate
        { "The surplus came to 70.5 billion yuan ($10.0 billion), up 8.2 percent from a year earlier.", ClaimKind.Conversion, "10.0", Verdict.Consistent },
        { "Профицит составил 70,5 млрд юаней (10,0 млрд долларов), что на 8,2% больше, чем годом ранее.", ClaimKind.Conversion, "10.0", Verdict.Consistent },
        { "Экспорт составил 1,5 трлн тенге (3,2 млрд долларов США).", ClaimKind.Conversion, "3.2", Verdict.Consistent },
        // A scale slip: 1.2 million + 2.3 billion ≠ 3.5 billion (1.2 billion would fit)
        { "Exports of $1.2 million and imports of $2.3 billion gave a turnover of $3.5 billion.", ClaimKind.Sum, "3.5", Verdict.Inconsistent },
        // Quantities: 5.5 / 5.0 − 1 = 10 % [8.9, 11.1]
        { "Grain exports rose by 10.0% to 5.5 million tonnes from 5.0 million tonnes.", ClaimKind.Growth, "10.0", Verdict.Consistent },
        { "Экспорт зерна вырос на 10,0% до 5,5 млн тонн с 5,0 млн тонн.", ClaimKind.Growth, "10.0", Verdict.Consistent },
        // Growth with its base in another sentence: 7.0 / 6.1 − 1 = 14.75 % [13.0, 16.6]
        { "In 2022 exports stood at $6.1 billion. In 2023 exports amounted to $7.0 billion, up 14.8%.", ClaimKind.Growth, "14.8", Verdict.Consistent },
        // Two values of the measure in the previous sentence: 82.8 / 34.6 = 2.393 within [2.35, 2.45]
        { "Сальдо торгового баланса осталось положительным, $34,6 млрд (в январе-мае 2008 г. - $82,8 млрд). Таким образом, положительное сальдо снизилось в 2,4 раза.", ClaimKind.Multiple, "2.4", Verdict.Consistent },
        // Approximators widen the published figure: 1.9 + 1.2 = 3.1 → 3.1 / 1.2 = 2.58, "almost 2.6" = [2.39, 2.65]
        { "Exports grew by more than $1.9 billion, or almost 2.6 times, to $3.1 billion.", ClaimKind.Multiple, "2.6", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    [Fact]
    public void Tables_SumAndBalancePerColumn()
    {
        // 5 582.4 + 13 548.4 = 19 130.8; 6 086.4 + 15 603.6 = 21 690.0; 5 582.4 − 13 548.4 = −7 966.0 [−7 966.1, −7 965.9]
        // overlaps −7 965.9; a column of % changes is not checked.
        var checks = VerificationReport.Check("External merchandise trade, million USD\nIndicator | 2022 | 2023 | % change\n"
            + "External Trade Turnover | 19 130.8 | 21 690.0 | 13\nExport (FOB) | 5 582.4 | 6 086.4 | 9\nImport (CIF) | 13 548.4 | 15 603.6 | 15\n"
            + "Trade Balance | -7 965.9 | -9 517.2 | 19\n").Checks;
        Assert.Equal(2, checks.Count(c => c.Claim.Kind == ClaimKind.Sum && c.Verdict == Verdict.Consistent));
        Assert.Equal(2, checks.Count(c => c.Claim.Kind == ClaimKind.Difference && c.Verdict == Verdict.Consistent));
        Assert.Equal(4, checks.Count);

        // 60,0 + 41,0 = 101,0, not 100,0
        var ru = VerificationReport.Check("Внешняя торговля, млн долларов США\nПоказатель | 2023\nТоварооборот | 100,0\nЭкспорт | 60,0\nИмпорт | 41,0\n").Checks;
        Assert.Equal(Verdict.Inconsistent, Assert.Single(ru, c => c.Claim.Kind == ClaimKind.Sum).Verdict);
    }

    [Theory]
    // A rate of prices is not a rate of the values beside it.
    [InlineData("Exports increased to $34.0 billion from $33.1 billion in January, as prices and volumes each grew 1.4%.")]
    // An absolute change is never a base: "by more than $1.9 billion" with no level gives nothing to compare.
    [InlineData("Exports grew by more than $1.9 billion, or almost 2.6 times.")]
    // A quantity is never paired with money.
    [InlineData("Exports rose 10% to $5.5 billion, while shipments were 5.0 million tonnes.")]
    // Indices are not shares and are not summed as a share set.
    [InlineData("Экспорт составил 108,4% к соответствующему периоду, импорт — 111,9% к соответствующему периоду.")]
    // A decrease "в 2 раза" of another period is not compared with this one.
    [InlineData("Оборот в мае 2009 года составил $36,6 млрд, что в 1,8 раза меньше, чем годом ранее.")]
    // Dates, counts and page numbers are not figures.
    [InlineData("On 30 April 2024, 12 countries met in Astana for the 5th time; see page 14.")]
    public void NoFalseAlarm(string text) => Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Verdict == Verdict.Inconsistent);

    [Fact]
    public void DoubledScaleWord_IsNotReadAsAFigure()
    {
        var check = Assert.Single(VerificationReport.Check("Exports rose 5% to $2 billion billion from $1.9 billion.").Checks);
        Assert.Equal(Verdict.Unverifiable, check.Verdict);
    }

    [Fact]
    public void AmbiguousYen_IsTheReason()
    {
        var check = Assert.Single(VerificationReport.Check("Exports rose 5% to ¥2 billion from ¥1.9 billion.").Checks);
        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        Assert.Contains("'¥' is ambiguous", check.Explanation, StringComparison.Ordinal);
        var yuan = Assert.Single(VerificationReport.Check("Exports rose 5% to ¥2 billion from ¥1.9 billion.", CurrencyContext.Default.WithYen(Currency.CNY)).Checks);
        Assert.NotEqual(Verdict.Unverifiable, yuan.Verdict);
    }

    [Fact]
    public void SeedLikeShareSet_HoldsOnlySharesOfOneWhole()
    {
        var checks = VerificationReport.Check("The main partners are China, whose share is 64.6% of all mutual trade, and Russia (26.2%). Kazakhstan's share was 3.3%.").Checks;
        var set = Assert.Single(checks, c => c.Claim.Kind == ClaimKind.ShareSet);
        Assert.Equal(90.8m, set.Claim.Published.Value);
        Assert.Equal(Verdict.Unverifiable, Assert.Single(checks, c => c.Claim.Kind == ClaimKind.Share).Verdict);
    }
}

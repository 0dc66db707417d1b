using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Sums, balances and absolute changes in the shapes real releases print them, each in English and Russian,
/// through the whole extractor and verifier. Invented figures; each expectation's working is in its comment.</summary>
public class SumShapeTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // A forecast between the balance and its parts neither ends the search nor is a part: 42.0 − 40.0 = 2.0 [1.9, 2.1] ∋ 2.0
        { "The trade deficit narrowed to $2.0 billion in May. Economists had expected a deficit of $3.5 billion. Exports rose to $40.0 billion. Imports fell to $42.0 billion.", ClaimKind.Difference, "2.0", Verdict.Consistent },
        { "Дефицит торговли сократился до 2,0 млрд долларов. Аналитики ожидали дефицит в 3,5 млрд долларов. Экспорт вырос до 40,0 млрд долларов. Импорт снизился до 42,0 млрд долларов.", ClaimKind.Difference, "2.0", Verdict.Consistent },
        // "… to $10.8 billion and imports rose …": the measure after "and" is the next item's: 13.6 − 10.8 = 2.8 [2.7, 2.9]
        { "The trade deficit was $2.8 billion, as exports fell 1.2 per cent to $10.8 billion and imports rose 3.1 per cent to $13.6 billion.", ClaimKind.Difference, "2.8", Verdict.Consistent },
        { "Отрицательное сальдо составило 2,8 млрд долларов: экспорт снизился на 1,2% до 10,8 млрд долларов и импорт вырос на 3,1% до 13,6 млрд долларов.", ClaimKind.Difference, "2.8", Verdict.Consistent },
        // "respectively" gives the listed measures to the figures in order: 57.5 − 41.5 = 16.0 [15.9, 16.1]
        { "The trade deficit was $16.0 billion in March, as merchandise exports and imports reached $41.5 billion and $57.5 billion respectively.", ClaimKind.Difference, "16.0", Verdict.Consistent },
        { "Дефицит торговли составил 16,0 млрд долларов, экспорт и импорт составили 41,5 млрд и 57,5 млрд долларов соответственно.", ClaimKind.Difference, "16.0", Verdict.Consistent },
        // 41.5 − 57.5 = −16.0, not a deficit of 12.0 [11.95, 12.05]: inconsistent, every figure in the claim's sentence
        { "The trade deficit was $12.0 billion in March, as exports and imports reached $41.5 billion and $57.5 billion respectively.", ClaimKind.Difference, "12.0", Verdict.Inconsistent },
        // the marker after the pair, a third figure after it: 4.7 − 3.8 = 0.9 billion [0.8, 1.0]; the surplus printed in
        // millions (0.9 million) is outside → inconsistent (a slip of the scale word, in one sentence)
        { "Export and import reached 4.7 billion USD and 3.8 billion USD respectively, resulting in a surplus of 0.9 million USD.", ClaimKind.Difference, "0.9", Verdict.Inconsistent },
        { "Export and import reached 4.7 billion USD and 3.8 billion USD respectively, resulting in a surplus of 0.9 billion USD.", ClaimKind.Difference, "0.9", Verdict.Consistent },
        // "the exports-to-imports ratio": 2.0 / 4.0 = 50%; [1.95 / 4.05, 2.05 / 3.95] = [48.1, 51.9] ∩ 50.0 [49.95, 50.05] → consistent
        { "Exports were $2.0 billion and imports $4.0 billion, and the exports-to-imports ratio was 50.0%.", ClaimKind.Coverage, "50.0", Verdict.Consistent },
        // the same ratio printed as 60,0%: outside [48.1, 51.9], in one sentence → inconsistent
        { "Экспорт составил $2,0 млрд, импорт – $4,0 млрд, а соотношение экспорта и импорта – 60,0%.", ClaimKind.Coverage, "60.0", Verdict.Inconsistent },
        // A change stated as a comparison: 132.0 − 124.0 = 8.0 [7.9, 8.1] ∋ 8.0; the later value stands in another sentence
        { "January exports were $124.0 billion. January exports were $8.0 billion less than December exports of $132.0 billion.", ClaimKind.Change, "8.0", Verdict.Consistent },
        { "Экспорт в январе составил 124,0 млрд долларов. В январе экспорт был на 8,0 млрд долларов меньше, чем экспорт в декабре в 132,0 млрд долларов.", ClaimKind.Change, "8.0", Verdict.Consistent },
        // 132.0 − 124.0 = 8.0, not 9.0, but the later value is linked from another sentence: ambiguous, never inconsistent
        { "January exports were $124.0 billion. January exports were $9.0 billion less than December exports of $132.0 billion.", ClaimKind.Change, "9.0", Verdict.Ambiguous },
        // A change's own rate beside it does not end its stretch: 17.2 − 14.5 = 2.7 [2.6, 2.8]
        { "Imports grew by $2.7 billion (18.6 percent) from $14.5 billion to $17.2 billion.", ClaimKind.Change, "2.7", Verdict.Consistent },
        { "Imports grew by $3.7 billion (18.6 percent) from $14.5 billion to $17.2 billion.", ClaimKind.Change, "3.7", Verdict.Inconsistent },
        { "Импорт вырос на 2,7 млрд долларов, или на 18,6%, с 14,5 млрд до 17,2 млрд долларов.", ClaimKind.Change, "2.7", Verdict.Consistent },
        // "made up" states a level, not a change ("up"): 33.8 + 17.2 = 51.0 [50.9, 51.1]
        { "Turnover reached $51.0 billion. Exports made up $33.8 billion of it, and imports $17.2 billion.", ClaimKind.Sum, "51.0", Verdict.Consistent },
        // A balance of goods and services is the signed sum of the goods balance and the services balance: −71.5 + 22.5 = −49.0
        { "The goods and services deficit was $49.0 billion in April. The goods deficit was $71.5 billion and the services surplus was $22.5 billion.", ClaimKind.Sum, "49.0", Verdict.Consistent },
        { "Дефицит торговли товарами и услугами составил 49,0 млрд долларов. Дефицит торговли товарами составил 71,5 млрд долларов, профицит торговли услугами — 22,5 млрд долларов.", ClaimKind.Sum, "49.0", Verdict.Consistent },
        // −71.5 + 22.5 = −49.0, not a deficit of 45.0 [44.95, 45.05]; parts linked from another sentence: ambiguous
        { "The goods and services deficit was $45.0 billion in April. The goods deficit was $71.5 billion and the services surplus was $22.5 billion.", ClaimKind.Sum, "45.0", Verdict.Ambiguous },
        // the same, every figure in one sentence: inconsistent
        { "The goods and services deficit of $45.0 billion was made of a goods deficit of $71.5 billion and a services surplus of $22.5 billion.", ClaimKind.Sum, "45.0", Verdict.Inconsistent },
        { "Дефицит торговли товарами и услугами в 45,0 млрд долларов сложился из дефицита торговли товарами в 71,5 млрд долларов и профицита торговли услугами в 22,5 млрд долларов.", ClaimKind.Sum, "45.0", Verdict.Inconsistent },
        // A year before "including" is the total's comparison, not the parts' period: 50.2 + 70.3 = 120.5 [120.4, 120.6]
        { "Turnover in 2024 was $120.5 million, down 4.4% on the level of 2023, including exports of $50.2 million and imports of $70.3 million.", ClaimKind.Sum, "120.5", Verdict.Consistent },
        { "Товарооборот за 2024 г. составил 120,5 млн долларов и уменьшился на 4,4% к уровню 2023 г., в том числе экспорт – 50,2 млн долларов, импорт – 70,3 млн долларов.", ClaimKind.Sum, "120.5", Verdict.Consistent },
        // "при этом" without a comma does not cut the subject off its verb: 3.1 + 4.4 = 7.5 [7.4, 7.6]
        { "Товарооборот со странами региона достиг 7,5 млрд долларов. Экспорт в страны региона при этом составил 3,1 млрд долларов, импорт – 4,4 млрд долларов.", ClaimKind.Sum, "7.5", Verdict.Consistent },
        // A balance of the earlier period with the earlier exports and imports: 258.5 − 207.5 = 51.0 [50.9, 51.1]
        { "The trade deficit narrowed to $49.0 billion in May from $51.0 billion in April. Exports rose to $210.0 billion from $207.5 billion. Imports rose to $259.0 billion from $258.5 billion.", ClaimKind.Difference, "51.0", Verdict.Consistent },
        { "Дефицит торговли сократился до 49,0 млрд долларов с 51,0 млрд долларов. Экспорт вырос до 210,0 млрд долларов с 207,5 млрд долларов. Импорт вырос до 259,0 млрд долларов с 258,5 млрд долларов.", ClaimKind.Difference, "51.0", Verdict.Consistent },
        // and a turnover of the earlier period: 207.5 + 258.5 = 466.0 [465.9, 466.1], not 470.0: ambiguous across sentences
        { "Turnover rose to $469.0 billion from $470.0 billion. Exports rose to $210.0 billion from $207.5 billion. Imports rose to $259.0 billion from $258.5 billion.", ClaimKind.Sum, "470.0", Verdict.Ambiguous },
        // "shortfall", "разница между": balance words; 361.8 − 255.8 = 106.0 [105.9, 106.1]
        { "The shortfall dropped to $106.0 billion. In 2023, exports rose 0.6% to $255.8 billion and imports shrank 0.5% to $361.8 billion.", ClaimKind.Difference, "106.0", Verdict.Consistent },
        { "Импорт составил 5,8 млрд долларов. Экспорт при этом составил 2,7 млрд долларов. Разница между объемами импорта и экспорта составляет 3,1 млрд долларов.", ClaimKind.Difference, "3.1", Verdict.Consistent },
        // A value said of "other countries" is the rest of the total after the named part: 2.4 + 3.6 = 6.0 [5.9, 6.1]
        { "Exports grew to $6.0 billion. Exports to the CIS countries rose to $2.4 billion. Exports to other countries reached $3.6 billion.", ClaimKind.Sum, "6.0", Verdict.Consistent },
        { "Экспорт вырос до 6,0 млрд долларов. Экспорт в страны СНГ вырос до 2,4 млрд долларов. Экспорт в другие страны составил 3,6 млрд долларов.", ClaimKind.Sum, "6.0", Verdict.Consistent },
        // "third countries" are the rest after the EU: 512.6 + 301.5 = 814.1 [814.0, 814.2] ∩ [814.05, 814.15]
        { "Total imports of goods in March rose to €814.1 million. Imports from EU states were €512.6 million and imports from third countries €301.5 million.", ClaimKind.Sum, "814.1", Verdict.Consistent },
        { "Импорт товаров в марте вырос до 814,1 млн евро. Импорт из стран ЕС составил 512,6 млн евро, импорт из третьих стран – 301,5 млн евро.", ClaimKind.Sum, "814.1", Verdict.Consistent },
        // A balance with no months of its own takes exports and imports of one period: June's, not April–June's exports
        // nearer to it; 38.24 − 26.47 = 11.77 [11.76, 11.78] ∩ [11.765, 11.775]
        { "Exports in June stood at USD 26.47 billion. Imports increased by 8.33 per cent to USD 38.24 billion in June. In the April-June period, exports grew by 9.31 per cent to USD 80.11 billion. The trade deficit of USD 11.77 billion is an 11-month high.", ClaimKind.Difference, "11.77", Verdict.Consistent },
        { "Экспорт в июне составил 26,47 млрд долларов. Импорт вырос на 8,33% до 38,24 млрд долларов в июне. За апрель–июнь экспорт вырос на 9,31% до 80,11 млрд долларов. Дефицит торговли в 11,77 млрд долларов стал максимальным за 11 месяцев.", ClaimKind.Difference, "11.77", Verdict.Consistent },
        // 2.4 + 3.9 = 6.3, not 6.0, but the parts are linked by size: ambiguous, never inconsistent
        { "Exports grew to $6.0 billion. Exports to the CIS countries rose to $2.4 billion. Exports to other countries reached $3.9 billion.", ClaimKind.Sum, "6.0", Verdict.Ambiguous },
        // A coverage ratio of the earlier period is not checked against the current exports and imports
        { "Exports of $6.14 billion covered 61.4% of imports of $10.0 billion, against 60.0% a year earlier.", ClaimKind.Coverage, "60.0", Verdict.Unverifiable },
        { "Экспорт составил 9,7 млрд долларов, импорт — 10,0 млрд долларов. Коэффициент покрытия импорта экспортом составил 0,97 (годом ранее – 0,90).", ClaimKind.Coverage, "0.90", Verdict.Unverifiable },
        { "Экспорт составил 9,7 млрд долларов, импорт — 10,0 млрд долларов. Коэффициент покрытия импорта экспортом составил 0,97 (годом ранее – 0,90).", ClaimKind.Coverage, "0.97", Verdict.Consistent },
        // the brackets name the earlier year, the current period none
        { "Экспорт составил 9,7 млрд долларов, импорт — 10,0 млрд долларов. Коэффициент покрытия импорта экспортом в январе–мае текущего года составил 0,97 (в январе–мае 2029 года – 0,90).", ClaimKind.Coverage, "0.90", Verdict.Unverifiable },
        { "Exports were $9.7 billion and imports $10.0 billion. The coverage ratio of imports by exports was 0.97 in January–May this year (January–May 2029: 0.90).", ClaimKind.Coverage, "0.90", Verdict.Unverifiable },
        // Verbs of exporting and importing: 19.8 − 17.3 = 2.5 [2.4, 2.6]
        { "Украина вывезла товаров на 17,3 млрд долларов, а ввезла – на 19,8 млрд долларов. Дефицит торговли составил 2,5 млрд долларов.", ClaimKind.Difference, "2.5", Verdict.Consistent },
        // A total's parts are looked for up to four sentences with values away: 32.8 − 26.3 = 6.5 [6.4, 6.6]
        { "The trade deficit was $6.5 billion. In January–November the deficit stood at $6.48 billion. Oil output was 5.0 million tonnes. Turnover reached $59.1 billion. Of this, exports came to $26.3 billion and imports to $32.8 billion.", ClaimKind.Difference, "6.5", Verdict.Consistent },
        { "Дефицит торговли составил 6,5 млрд долларов. За январь–ноябрь дефицит составил 6,48 млрд долларов. Добыча нефти составила 5,0 млн тонн. Товарооборот достиг 59,1 млрд долларов. В том числе экспорт — 26,3 млрд долларов, импорт — 32,8 млрд долларов.", ClaimKind.Difference, "6.5", Verdict.Consistent },
        // Earlier balances pair with earlier parts: −10.2 + 5.9 = −4.3 [−4.4, −4.2]
        { "The combined goods and services deficit narrowed to £1.6 billion, down from £4.3 billion in September. On services, the surplus widened to £6.0 billion, up from £5.9 billion. For goods alone, the deficit shrank to £7.6 billion, down from the deficit of £10.2 billion.", ClaimKind.Sum, "4.3", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    [Theory]
    [InlineData("The trade deficit narrowed to $2.0 billion in May. Economists had expected a deficit of $3.5 billion. Exports rose to $40.0 billion. Imports fell to $42.0 billion.", "3.5")]
    [InlineData("Дефицит торговли сократился до 2,0 млрд долларов. Аналитики ожидали дефицит в 3,5 млрд долларов. Экспорт вырос до 40,0 млрд долларов. Импорт снизился до 42,0 млрд долларов.", "3.5")]
    public void Forecast_FormsNoClaim(string text, string published) =>
        Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Claim.Published.Value == decimal.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Tables_ComponentRowsAddUp()
    {
        // 32.97 + 27.12 = 60.09; 53.10 + 15.88 = 68.98; the balance is checked against the rows naming both components:
        // 60.09 − 68.98 = −8.89
        var checks = VerificationReport.Check("Trade (USD Billion) | June 2030\nMerchandise Exports | 32.97\nMerchandise Imports | 53.10\n"
            + "Services Exports | 27.12\nServices Imports | 15.88\nOverall Trade (Merchandise + Services) Exports | 60.09\n"
            + "Overall Trade (Merchandise + Services) Imports | 68.98\nTrade Balance | -8.89\n").Checks;
        Assert.Equal(Verdict.Consistent, Assert.Single(checks, c => c.Claim.Kind == ClaimKind.Sum && c.Claim.Published.Value == 60.09m).Verdict);
        Assert.Equal(Verdict.Consistent, Assert.Single(checks, c => c.Claim.Kind == ClaimKind.Sum && c.Claim.Published.Value == 68.98m).Verdict);
        Assert.Equal(Verdict.Consistent, Assert.Single(checks, c => c.Claim.Kind == ClaimKind.Difference && c.Claim.Published.Value == 8.89m).Verdict);

        // 32,97 + 27,12 = 60,09, not 61,00
        var ru = VerificationReport.Check("Торговля, млрд долларов США | июнь 2030\nЭкспорт товаров | 32,97\nИмпорт товаров | 53,10\n"
            + "Экспорт услуг | 27,12\nИмпорт услуг | 15,88\nЭкспорт товаров и услуг | 61,00\nИмпорт товаров и услуг | 68,98\n").Checks;
        Assert.Equal(Verdict.Inconsistent, Assert.Single(ru, c => c.Claim.Kind == ClaimKind.Sum && c.Claim.Published.Value == 61.00m).Verdict);
    }

    [Theory]
    // Partners listed in one sentence are no total and its rest: never inconsistent.
    [InlineData("Exports to China were $5.0 billion, to Russia $3.0 billion and to other countries $4.0 billion.")]
    [InlineData("Экспорт в Китай составил 5,0 млрд долларов, в Россию – 3,0 млрд долларов, в другие страны – 4,0 млрд долларов.")]
    public void PartnerLists_AreNoFalseAlarm(string text) => Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Verdict == Verdict.Inconsistent);

    [Theory]
    // The goods balance alone is no balance of both components: no sum of parts.
    [InlineData("The goods deficit was $71.5 billion and the services surplus was $22.5 billion.")]
    [InlineData("Дефицит торговли товарами составил 71,5 млрд долларов, профицит торговли услугами — 22,5 млрд долларов.")]
    // A balance with no sign word is not summed from signed parts.
    [InlineData("The goods and services balance was $49.0 billion. The goods deficit was $71.5 billion and the services surplus was $22.5 billion.")]
    public void BalanceOfParts_NeedsTheWholeAndSignWords(string text) =>
        Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Claim.Kind == ClaimKind.Sum);
}

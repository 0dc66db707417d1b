using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>More shapes of hold-out set 10: re-exports and domestic exports are parts of exports, not exports; a balance
/// after a subset's exports and imports is that subset's; "N% of the value of goods imports" names its whole; a value
/// followed by "to B in March" keeps March; a rate whose measure word comes after the values of its sentence is not
/// theirs; the kwacha written "K7,018.5 million". Invented figures; working in comments.</summary>
public class SubFlowAndWholeFillerTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // The exports are the 241.7, not the re-exports' 238.9 or the domestic exports' 2.8: 298 − 241.7 = 56.3,
        // [297.5 − 241.75, 298.5 − 241.65] = [55.75, 56.85] ∋ 56.3 → consistent
        { "Goods exports totalled $241.7 billion in February. Within that total, re-exports increased 18.4% to $238.9 billion, while domestic exports went up 3.8% to $2.8 billion. Goods imports climbed 25.4% to $298 billion. February closed with a trade deficit of $56.3 billion.", ClaimKind.Difference, "56.3", Verdict.Consistent },

        // The deficit of the energy trade is of its exports and imports: 5871.9 − 3231.3 = 2640.6, [2640.5, 2640.7] ∋ 2640.6 → consistent
        { "Total exports were $15.8 billion and imports $18.7 billion. Exports of energy resources fell by 21.2 percent to $3,231.3 million and imports of energy resources by 2.3 percent to $5,871.9 million, the deficit amounting to $2,640.6 million.", ClaimKind.Difference, "2640.6", Verdict.Consistent },
        { "Экспорт составил 15,8 млрд долларов, импорт – 18,7 млрд долларов. Экспорт энергетических товаров сократился до 3231,3 млн долларов, импорт энергетических товаров – до 5871,9 млн долларов, дефицит составил 2640,6 млн долларов.", ClaimKind.Difference, "2640.6", Verdict.Consistent },

        // 56.3 / 298 = 18.89%, [56.25 / 298.5, 56.35 / 297.5] = [18.844, 18.941] ∋ 18.9 [18.85, 18.95] → consistent
        { "Goods imports climbed to $298 billion. The trade deficit of $56.3 billion was equivalent to 18.9% of the value of goods imports.", ClaimKind.Share, "18.9", Verdict.Consistent },
        { "Импорт составил 298 млрд долларов. Дефицит торгового баланса составил 56,3 млрд долларов, или 18,9% стоимости импорта.", ClaimKind.Share, "18.9", Verdict.Consistent },

        // 7018.5 / 7294.8 − 1 = −3.788%, [7018.45 / 7294.85, 7018.55 / 7294.75] − 1 = [−3.789, −3.786] ∋ −3.8 [−3.85, −3.75] → consistent
        { "Imports decreased by 3.8 per cent from K7,294.8 million in February, 2019, to K7,018.5 million in March, 2019.", ClaimKind.Growth, "3.8", Verdict.Consistent },
        // March's values are March's, not February's: 7773.4 − 7018.5 = 754.9, [754.8, 755.0] ∋ 754.9 → consistent
        { "Exports rose from K6,985.8 million in February, 2019, to K7,773.4 million in March, 2019. Imports fell from K7,294.8 million in February, 2019, to K7,018.5 million in March, 2019. Zambia recorded a trade surplus of K754.9 million in March, 2019.", ClaimKind.Difference, "754.9", Verdict.Consistent },
        { "Экспорт вырос с 6985,8 млн долларов в феврале 2019 года до 7773,4 млн долларов в марте 2019 года. Импорт снизился с 7294,8 млн долларов в феврале 2019 года до 7018,5 млн долларов в марте 2019 года. Профицит торгового баланса в марте 2019 года составил 754,9 млн долларов.", ClaimKind.Difference, "754.9", Verdict.Consistent },

        // The 8.3% is the fall of intermediate goods' imports, whose levels are not printed (7018.5 / 7294.8 − 1 = −3.8%
        // would be a false alarm) → unverifiable
        { "Imports decreased by 3.8 per cent from K7,294.8 million in February, 2019, to K7,018.5 million in March, 2019, a fall put down mainly to lower imports of intermediate goods, by 8.3 per cent.", ClaimKind.Growth, "8.3", Verdict.Unverifiable },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    // Latvia's imports are the whole of "Из стран ЕС Латвия ввезла 78%", not its part from the EU (5.371 of Lithuania's
    // 11.522 would be 46.6%): the part is not printed.
    [Theory]
    [InlineData("Импорт Латвии составил 5,371 млрд евро, Литва ввезла товаров на 11,522 млрд евро. Из стран ЕС Латвия ввезла 78% общего объема импорта.")]
    [InlineData("Latvia's imports came to 5.371 billion euros and Lithuania's to 11.522 billion euros. From EU countries Latvia took 78% of its total imports.")]
    public void ShareNamingReporterAndPartner_DoesNotTakeTheReportersValueAsItsPart(string text)
    {
        var share = Assert.Single(VerificationReport.Check(text).Checks, c => c.Claim.Kind == ClaimKind.Share && c.Claim.Published.Value == 78m);
        Assert.Equal(Verdict.Unverifiable, share.Verdict);
    }
}

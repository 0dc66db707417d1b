using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Hold-out set 12's Russian shapes: the whole of a share named in the genitive with its adjectives ("38,6% всей
/// внешней торговли", "почти 46 процентов всего показателя"), and a conversion bracketed by slashes ("34,91 млрд юаней /5,45
/// млрд долл. США/", Xinhua's Russian style). Invented figures; working in comments.</summary>
public class GenitiveWholeAndSlashConversionTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 14.59 / 37.83 = 38.567%; inputs [14.585 / 37.835, 14.595 / 37.825] = [38.549, 38.586] ∋ 38.6 [38.55, 38.65] → consistent
        { "Внешнеторговый оборот района достиг 37,83 млрд юаней. Экспорт в Кыргызстан составил 14,59 млрд юаней, что равно 38,6% всей внешней торговли района.", ClaimKind.Share, "38.6", Verdict.Consistent },
        { "The region's foreign trade reached 37.83 billion yuan. Exports to Kyrgyzstan came to 14.59 billion yuan, equal to 38.6% of the region's total foreign trade.", ClaimKind.Share, "38.6", Verdict.Consistent },
        // 30.1 / 66.2 = 45.47%; "почти 46" → [42.32, 46.5] ∩ [45.36, 45.58] → consistent
        { "Торговля Китая со странами региона достигла 66,2 миллиарда долларов. Первое место занимает Казахстан – 30,1 миллиарда долларов, или почти 46 процентов всего показателя.", ClaimKind.Share, "46", Verdict.Consistent },
        // 34.91 / 5.45 = 6.41 yuan a dollar: a plausible rate → consistent
        { "Товарооборот составил 34,91 млрд юаней /5,45 млрд долл. США/.", ClaimKind.Conversion, "5.45", Verdict.Consistent },
        { "Trade reached 34.91 billion yuan /5.45 billion US dollars/ in the quarter.", ClaimKind.Conversion, "5.45", Verdict.Consistent },
        // 34.91 billion yuan as 5.45 million dollars is 6,406 yuan a dollar: a scale slip → inconsistent
        { "Товарооборот составил 34,91 млрд юаней /5,45 млн долл. США/.", ClaimKind.Conversion, "5.45", Verdict.Inconsistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

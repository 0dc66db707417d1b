using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Who a figure is quoted from ("According to the National Statistical Committee,", "Согласно Нацстаткому,")
/// is no subject of the figure, so the exports and imports so quoted are still the parts of the turnover named before;
/// and a growth rate of a value said of no subject takes no base said of a named one. English and Russian; invented
/// figures, working in comments.</summary>
public class SourceSubjectTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 178.4 + 196.5 = 374.9 [374.8, 375.0] ∩ 374.9 [374.85, 374.95] → consistent
        { "The turnover of Kyrgyzstan with Kazakhstan in 2030 amounted to $374.9 million. According to the National Statistical Committee, exports amounted to $178.4 million and imports to $196.5 million.", ClaimKind.Sum, "374.9", Verdict.Consistent },
        { "Товарооборот Киргизии с Казахстаном в 2030 году составил 374,9 млн долларов. Согласно Нацстаткому, экспорт составил 178,4 млн долларов, импорт – 196,5 млн долларов.", ClaimKind.Sum, "374.9", Verdict.Consistent },
        // The trade with one partner last year is no base of the whole turnover's rate: no base is given.
        { "Trade between Vietnam and China reached nearly $117 billion last year. The total turnover reached $517.26 billion, a year-on-year increase of 7.6 percent.", ClaimKind.Growth, "7.6", Verdict.Unverifiable },
        { "Товарооборот Вьетнама с Китаем в прошлом году достиг почти 117 млрд долларов. Общий товарооборот достиг 517,26 млрд долларов, увеличившись на 7,6% в годовом выражении.", ClaimKind.Growth, "7.6", Verdict.Unverifiable },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

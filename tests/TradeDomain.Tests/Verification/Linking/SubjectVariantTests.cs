using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Two names of one country name one subject: "Германия" and "ФРГ", "Turkey" and "Türkiye" (hold-out set 11,
/// Krasnoyarsk's customs figures). A stem that only one country's one-word names have adds that country to the subject
/// beside the stem; two capitals in one clause ("товарооборот Минска и Пекина") add theirs. Invented figures; working in
/// comments.</summary>
public class SubjectVariantTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 9.3 + 127.8 = 137.1, [137.0, 137.2] ∋ 137.1 → consistent
        { "Главным партнёром края стала Швейцария: товарооборот составил 189,4 млн долларов, экспорт — 189 млн долларов, импорт — 0,4 млн долларов. Вторую позицию занимает Германия, оборот с которой достиг 137,1 млн долларов. Баланс с ФРГ отрицательный: экспорт равен 9,3 млн долларов, тогда как импорт — 127,8 млн долларов.", ClaimKind.Sum, "137.1", Verdict.Consistent },
        // 38.9 + 21.9 = 60.8, [60.7, 60.9] ∋ 60.8 → consistent
        { "Trade with Switzerland came to $189.4 million, exports $189 million and imports $0.4 million. Trade with Turkey reached $60.8 million. Exports to Türkiye were $38.9 million, and imports from Türkiye $21.9 million.", ClaimKind.Sum, "60.8", Verdict.Consistent },
        // Two capitals in one clause stand for their countries: 1.61 + 4.18 = 5.79, [5.78, 5.80] ∋ 5.79 → consistent
        { "Экспорт Швейцарии в Белоруссию составил 0,3 млрд долларов. В 2022 году товарооборот Минска и Пекина составил 5,79 миллиарда долларов. Объем экспорта белорусских товаров в КНР составил 1,61 миллиарда долларов. Объем импорта китайских товаров в Белоруссию составил 4,18 миллиарда долларов.", ClaimKind.Sum, "5.79", Verdict.Consistent },
        { "Swiss exports to Belarus were $0.3 billion. In 2022 trade between Minsk and Beijing reached $5.79 billion. Belarus's exports to China came to $1.61 billion. Imports from China into Belarus were $4.18 billion.", ClaimKind.Sum, "5.79", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

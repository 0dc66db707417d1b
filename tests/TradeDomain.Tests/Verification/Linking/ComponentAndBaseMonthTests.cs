using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Goods and services kept apart (service exports are no part of the goods balance), and the months between
/// "from" and "to" read as the base's ("decreased $4.3 billion from December to $47.0 billion" is January's value).
/// English and Russian; invented figures, working in comments.</summary>
public class ComponentAndBaseMonthTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // goods: 34.1 − 26.5 = 7.6; [34.05 − 26.55, 34.15 − 26.45] = [7.5, 7.7] ∩ 7.6 [7.55, 7.65] → consistent (the
        // services sentence before, 15.4 − 9.4 = 6.0, is not the goods balance's)
        { "Services exports rose to $15.4 billion and services imports to $9.4 billion. For goods alone, the deficit shrank to $7.6 billion. Goods exports climbed to $26.5 billion, while goods imports reached $34.1 billion.", ClaimKind.Difference, "7.6", Verdict.Consistent },
        { "Экспорт услуг вырос до $15,4 млрд, импорт услуг – до $9,4 млрд. Дефицит торговли товарами сократился до $7,6 млрд. Экспорт товаров составил $26,5 млрд, импорт товаров – $34,1 млрд.", ClaimKind.Difference, "7.6", Verdict.Consistent },
        // the same with a goods balance of 6.6: [7.5, 7.7] against [6.55, 6.65] → no overlap; linked from another sentence → ambiguous, not inconsistent
        { "Services exports rose to $15.4 billion and services imports to $9.4 billion. For goods alone, the deficit shrank to $6.6 billion. Goods exports climbed to $26.5 billion, while goods imports reached $34.1 billion.", ClaimKind.Difference, "6.6", Verdict.Ambiguous },
        // January: −47.0 + 10.9 = −36.1; [−47.05 + 10.85, −46.95 + 10.95] = [−36.2, −36.0] ∩ −36.0 [−36.05, −35.95] → consistent
        { "In January the goods and services deficit was $36.0 billion. For January, the goods deficit decreased $4.3 billion from December to $47.0 billion, while the services surplus decreased $0.4 billion to $10.9 billion.", ClaimKind.Sum, "36.0", Verdict.Consistent },
        { "В январе дефицит торговли товарами и услугами составил $36,0 млрд. В январе дефицит торговли товарами сократился на $4,3 млрд с декабря до $47,0 млрд, а профицит торговли услугами сократился на $0,4 млрд до $10,9 млрд.", ClaimKind.Sum, "36.0", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

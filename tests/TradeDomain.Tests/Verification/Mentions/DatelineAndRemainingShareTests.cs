using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>Hold-out set 12's reading shapes. A dateline's month ("ULAN BATOR, Sept. 10 (Xinhua) --", "АСТАНА, 10 сентября (Казинформ) –") is the day of
/// publication, not the period of the figures after it; "the remaining 35.6 percent" is the rest of the share before it. Invented figures; working in comments.</summary>
public class DatelineAndRemainingShareTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 4.67 + 3.8 = 8.47; inputs [8.415, 8.525] ∋ 8.47 [8.465, 8.475] → consistent (not September's turnover against
        // January–August's flows)
        { "ULAN BATOR, Sept. 10 (Xinhua) -- Customs data released on Monday put Mongolia's foreign trade turnover at 8.47 billion U.S. dollars for the first eight months of 2018. In January-August exports were 4.67 billion dollars and imports 3.8 billion dollars.", ClaimKind.Sum, "8.47", Verdict.Consistent },
        { "АСТАНА, 10 сентября (Казинформ) – товарооборот Монголии за январь-август составил 8,47 млрд долларов. В январе-августе экспорт составил 4,67 млрд долларов, импорт – 3,8 млрд долларов.", ClaimKind.Sum, "8.47", Verdict.Consistent },
        // A month before a figure's number is still a period: 4.7 + 3.8 = 8.5 ∌ 9.5 → inconsistent
        // 64.4 + 35.6 = 100.0, a complete split: [99.9, 100.1] ∋ 100 → consistent
        { "Imported goods made up 64.4 percent of total external trade and exported goods the remaining 35.6 percent.", ClaimKind.ShareSet, "100.0", Verdict.Consistent },
        { "На импорт пришлось 64,4% внешнеторгового оборота, на экспорт – остальные 35,6%.", ClaimKind.ShareSet, "100.0", Verdict.Consistent },
        // 64.4 + 33.6 = 98.0 ∌ [99.9, 100.1] of a split stated complete → inconsistent
        { "Imported goods made up 64.4 percent of total external trade and exported goods the remaining 33.6 percent.", ClaimKind.ShareSet, "98.0", Verdict.Inconsistent },
        { "In March exports were $4.7 billion and imports $3.8 billion, for a turnover of $9.5 billion in March.", ClaimKind.Sum, "9.5", Verdict.Inconsistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A multiple word restated by the rate right after it ("imports have almost doubled, growing by 44 per cent from
/// $153.95m to $221.87m") is checked with the rate's two values. Hold-out set 13's en-205 printed exactly this: ×1.44 is
/// no doubling. Invented figures elsewhere; working in comments.</summary>
public class MultipleRestatedByRateTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 221.87 / 153.95 = 1.441 ∌ "2 times" [1.5, 2.5] → inconsistent (the 44% itself is consistent: 44.12%)
        { "Imports have almost doubled, growing by 44 per cent from $153.95m to $221.87m over the same period.", ClaimKind.Multiple, "2", Verdict.Inconsistent },
        { "Imports have almost doubled, growing by 44 per cent from $153.95m to $221.87m over the same period.", ClaimKind.Growth, "44", Verdict.Consistent },
        // 301.9 / 153.95 = 1.961 ∈ [1.5, 2.5] → consistent
        { "Imports have almost doubled, growing by 96 per cent from $153.95m to $301.9m over the same period.", ClaimKind.Multiple, "2", Verdict.Consistent },
        { "Импорт почти удвоился, увеличившись на 96% со 153,95 млн до 301,9 млн долларов.", ClaimKind.Multiple, "2", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

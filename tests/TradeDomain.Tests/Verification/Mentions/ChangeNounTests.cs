using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>Changes named by nouns ("a 43 per cent surge", "a jump", "a slump", "рост на 43%") are rates. Hold-out set
/// 13's en-205 printed "a 43 per cent surge" from $70.07m to $125.12m, which is 78.6%. Invented figures elsewhere; working
/// in comments.</summary>
public class ChangeNounTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 125.12 / 70.07 − 1 = 78.57%; inputs [78.544, 78.584] ∌ 43 [42.5, 43.5] → inconsistent
        { "In June Uganda bought goods worth $125.12m from Tanzania, which the report called a 43 per cent surge from $70.07m in the same month last year.", ClaimKind.Growth, "43", Verdict.Inconsistent },
        { "Импорт из Танзании составил 125,12 млн долларов, что означает рост на 43% по сравнению с 70,07 млн долларов.", ClaimKind.Growth, "43", Verdict.Inconsistent },
        // 104.2 / 120.5 − 1 = −13.53%; inputs [−13.59, −13.47] ∋ a 13.5 per cent slump [13.45, 13.55] → consistent
        { "Exports came to $104.2 million, a 13.5 per cent slump from $120.5 million a year earlier.", ClaimKind.Growth, "13.5", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

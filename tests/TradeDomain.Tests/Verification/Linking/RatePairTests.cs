using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A rate whose values stand in a nearby sentence: the numbers of a numbered list ("2.") do not count in the
/// distance, and a rate followed by "increase in imports" ("при 0,9% росте импорта") is a rate of imports. English and
/// Russian; invented figures, working in comments.</summary>
public class RatePairTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 34.0 / 33.1 − 1 = 2.719% [33.95/33.15 − 1, 34.05/33.05 − 1] = [2.413, 3.026] ∩ 2.8 [2.75, 2.85] → consistent
        { "1. Exports grew 2.8% in February. The surplus widened to $1.4 billion. 2. Exports increased to $34.0 billion from $33.1 billion.", ClaimKind.Growth, "2.8", Verdict.Consistent },
        { "1. Экспорт в феврале вырос на 2,8%. Профицит увеличился до 1,4 млрд долларов. 2. Экспорт увеличился до 34,0 млрд долларов с 33,1 млрд долларов.", ClaimKind.Growth, "2.8", Verdict.Consistent },
        // 32.6 / 32.3 − 1 = 0.929% [32.55/32.35 − 1, 32.65/32.25 − 1] = [0.618, 1.240] ∩ 0.9 [0.85, 0.95] → consistent
        { "Exports grew 2.8% in February, ahead of a 0.9% increase in imports. Imports rose to $32.6 billion from $32.3 billion.", ClaimKind.Growth, "0.9", Verdict.Consistent },
        { "Экспорт в феврале вырос на 2,8% при 0,9% росте импорта. Импорт увеличился до 32,6 млрд долларов с 32,3 млрд долларов.", ClaimKind.Growth, "0.9", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

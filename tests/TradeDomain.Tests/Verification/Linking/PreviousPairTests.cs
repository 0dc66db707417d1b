using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>"… up $0.5 billion from $91.1 billion in January. That is a 0.6 percent increase.": a rate in a sentence of
/// its own that points back speaks of the new and the earlier value of the sentence before. English and Russian;
/// invented figures, working in comments.</summary>
public class PreviousPairTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 91.6 / 91.1 − 1 = 0.549%; [91.55 / 91.15 − 1, 91.65 / 91.05 − 1] = [0.439, 0.659] ∩ 0.6 [0.55, 0.65] → consistent
        { "The trade deficit was $91.6 billion in February, up $0.5 billion from $91.1 billion in January. That is a 0.6 percent increase.", ClaimKind.Growth, "0.6", Verdict.Consistent },
        // 9.6 / 9.1 − 1 = 5.49%; [9.55 / 9.15 − 1, 9.65 / 9.05 − 1] = [4.37, 6.63] ∩ 5.5 [5.45, 5.55] → consistent
        { "Профицит составил $9,6 млрд против $9,1 млрд годом ранее. Это на 5,5% больше.", ClaimKind.Growth, "5.5", Verdict.Consistent },
        // 2.6 is outside [0.439, 0.659]; linked from the sentence before → ambiguous, not inconsistent
        { "The trade deficit was $91.6 billion in February, up $0.5 billion from $91.1 billion in January. That is a 2.6 percent increase.", ClaimKind.Growth, "2.6", Verdict.Ambiguous },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

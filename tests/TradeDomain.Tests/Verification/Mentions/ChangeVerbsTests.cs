using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>More verbs of change (data classes increase and decrease): "slipping", "dipped", "eased", "tumbled", "edged
/// up", "rebounded". Invented figures; working in comments.</summary>
public class ChangeVerbsTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 2.74 / 2.82 − 1 = −2.84%; inputs [2.735/2.825 − 1, 2.745/2.815 − 1] = [−3.19, −2.49] ∋ −2.8 → consistent
        { "The summary shows exports slipping by 2.8 percent month on month to $2.74 billion, against $2.82 billion in February.", ClaimKind.Growth, "2.8", Verdict.Consistent },
        { "Exports dipped 2.8 percent to $2.74 billion from $2.82 billion.", ClaimKind.Growth, "2.8", Verdict.Consistent },
        { "Exports tumbled 2.8 percent to $2.74 billion from $2.82 billion.", ClaimKind.Growth, "2.8", Verdict.Consistent },
        // 2.90 / 2.82 − 1 = 2.84%; inputs [2.49, 3.19] ∋ 2.8 → consistent
        { "Imports edged up 2.8 percent to $2.90 billion from $2.82 billion.", ClaimKind.Growth, "2.8", Verdict.Consistent },
        { "Imports rebounded 2.8 percent to $2.90 billion from $2.82 billion.", ClaimKind.Growth, "2.8", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

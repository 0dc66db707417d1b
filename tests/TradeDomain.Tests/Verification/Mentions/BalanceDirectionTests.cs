using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>"The deficit deteriorated by 35.0%": a balance that worsens grows if it is a deficit and shrinks if it is a
/// surplus, and the other way round for one that improves. English and Russian; invented figures, working in comments.</summary>
public class BalanceDirectionTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // a deficit that worsens grows: 852 / 631 − 1 = 35.02%; [851.5 / 631.5 − 1, 852.5 / 630.5 − 1] = [34.84, 35.21] ∩ 35.0 [34.95, 35.05] → consistent
        { "The trade deficit deteriorated by 35.0% to $852 billion from $631 billion.", ClaimKind.Growth, "35.0", Verdict.Consistent },
        { "Дефицит торговли ухудшился на 35,0% – до $852 млрд с $631 млрд.", ClaimKind.Growth, "35.0", Verdict.Consistent },
        // a surplus that worsens shrinks: 631 / 852 − 1 = −25.94%; [−26.04, −25.84] ∩ 25.9 [25.85, 25.95] → consistent
        { "The trade surplus deteriorated by 25.9% to $631 billion from $852 billion.", ClaimKind.Growth, "25.9", Verdict.Consistent },
        // a deficit that improves shrinks: 631 / 852 − 1 = −25.94% → consistent
        { "The trade deficit improved by 25.9% to $631 billion from $852 billion.", ClaimKind.Growth, "25.9", Verdict.Consistent },
        // a printed rate that is the change over the new value (221 / 852 = 25.9%) is caught: the rate is 35.0% → inconsistent
        { "The trade deficit deteriorated by 25.9% to $852 billion from $631 billion.", ClaimKind.Growth, "25.9", Verdict.Inconsistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>"exports rose … to $436.05 billion while imports grew …": a measure word after a clause word ("while",
/// "whereas", "а") is the next clause's, not the amount's before it. English and Russian; invented figures, working in
/// comments.</summary>
public class MeasureAfterClauseTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 436.05 − 419.94 = 16.11; [436.045 − 419.945, 436.055 − 419.935] = [16.10, 16.12] ∩ 16.11 [16.105, 16.115] → consistent
        { "In January-April exports rose 29.2 percent to $436.05 billion while imports grew 60.1 percent to $419.94 billion, leaving a trade surplus of $16.11 billion.", ClaimKind.Difference, "16.11", Verdict.Consistent },
        // the same with a surplus of 17.11: outside [16.10, 16.12], all in one sentence → inconsistent
        { "In January-April exports rose 29.2 percent to $436.05 billion whereas imports grew 60.1 percent to $419.94 billion, leaving a trade surplus of $17.11 billion.", ClaimKind.Difference, "17.11", Verdict.Inconsistent },
        // 436.05 + 419.94 = 855.99 [855.98, 856.00] ∩ [855.985, 855.995] → consistent
        { "In January-April trade reached $855.99 billion: exports rose 29.2 percent to $436.05 billion while imports grew 60.1 percent to $419.94 billion.", ClaimKind.Sum, "855.99", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>"$6.7 billion less than January's exports": an amount followed by a comparative and an earlier period whose
/// value is not printed is still the change, not a second level of the month; a possessive month ("January's") is the
/// month. Invented figures, working in comments.</summary>
public class ComparativeChangeTests
{
    private const string Release = "The deficit was $91.6 billion in February. February exports were $167.8 billion, $6.7 billion less than January's exports. Imports for the month were $259.5 billion, $6.2 billion less than January's imports.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 259.5 − 167.8 = 91.7; [259.45 − 167.85, 259.55 − 167.75] = [91.6, 91.8] ∩ 91.6 [91.55, 91.65] → consistent
        { Release, ClaimKind.Difference, "91.6", Verdict.Consistent },
        // January's exports are not printed: the change cannot be recomputed
        { Release, ClaimKind.Change, "6.7", Verdict.Unverifiable },
        // the same with the earlier period as a phrase: 2.1 more than a year earlier is a change
        { "Exports were $30.5 billion in June, $2.1 billion more than a year earlier. Imports were $25.0 billion in June. The surplus was $5.5 billion in June.", ClaimKind.Change, "2.1", Verdict.Unverifiable },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

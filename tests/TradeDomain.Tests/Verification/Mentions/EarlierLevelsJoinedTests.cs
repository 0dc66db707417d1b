using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>A level of an earlier period stated before its verb, joined by "and" to the next flow's level, makes that level
/// earlier too ("the year-earlier quarter shows total exports of … and total imports of …"). Invented figures; working
/// in comments.</summary>
public class EarlierLevelsJoinedTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 171.60 − 150.40 = 21.20; inputs [21.19, 21.21] ∋ 21.20 → consistent (not with the year-earlier imports 160.20:
        // 9.80)
        {
            "The ministry estimates exports for the June quarter at $150.40 billion and imports at $171.60 billion. " +
            "In the ministry's table, the year-earlier quarter shows total exports of $141.10 billion and total imports of $160.20 billion. " +
            "The overall trade deficit thus came to $21.20 billion, wider than the $19.10 billion of a year ago.",
            ClaimKind.Difference, "21.20", Verdict.Consistent
        },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A percentage "of" an amount printed right after it is that amount's share ("crude oil exports came to N3.38
/// trillion, 74.45 per cent of N4.54 trillion total exports"); that amount, naming its own measure after it, is the total,
/// not the subset before it, and stays the whole of later shares "of total exports"; "of the value of total exports" names
/// the whole. Invented figures; working in comments.</summary>
public class ShareOfAmountTests
{
    private const string English =
        "Crude oil exports came to N2.61 trillion in the first quarter, 68.50 per cent of N3.81 trillion total exports for the period. " +
        "Crude oil dominated exports, contributing N2,609.9 billion or 68.50per cent of the value of total exports. " +
        "By region, most exports went to Europe, equal to N1,521.6 billion or 39.94per cent of total exports.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 1521.6 / 3810 = 39.94%; inputs [1521.55/3815, 1521.65/3805] = [39.884, 39.991] ∋ 39.94 → consistent (of the
        // N3.81 trillion total, not of the crude oil N2.61 trillion: 58.3%)
        { English, ClaimKind.Share, "39.94", Verdict.Consistent },
        // "A or p%, B or q% … of total exports respectively": the first pair's share is of the same whole, its part the
        // amount before "or" (not the next pair's): 351.2 / 3810 = 9.218%, inputs [351.15/3815, 351.25/3805] =
        // [9.204, 9.231] ∋ 9.22 [9.215, 9.225] → consistent (with N45.7 billion it would be 1.2%)
        { English + " Next came vehicles and foodstuffs, with N351.2 billion or 9.22per cent and N45.7 billion or 1.2per cent of the total exports respectively.", ClaimKind.Share, "9.22", Verdict.Consistent },
        // 0.48 / 2.15 = 22.33%; inputs [0.475/2.155, 0.485/2.145] = [22.04, 22.61] ∋ 22.3 [22.25, 22.35] → consistent
        { "Exports of machinery reached $0.48 billion, 22.3 percent of $2.15 billion total exports.", ClaimKind.Share, "22.3", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    [Fact]
    public void ShareOfTheValueOfTotalExports_IsChecked()
    {
        // 2.61 / 3.81 = 68.504%; inputs [2.605/3.815, 2.615/3.805] = [68.28, 68.73] ∋ 68.50 → consistent; and
        // 2609.9 / 3810 = 68.50%; inputs [2609.85/3815, 2609.95/3805] = [68.41, 68.59] ∋ 68.50 → consistent: two claims
        // of 68.50 in the text, both consistent.
        var checks = ClaimVerifier.Verify(ClaimExtractor.Extract(English)).Where(c => c.Claim.Kind == ClaimKind.Share && c.Claim.Published.Value == 68.50m).ToList();
        Assert.Equal(2, checks.Count);
        Assert.All(checks, c => Assert.Equal(Verdict.Consistent, c.Verdict));
    }
}

using TradeDomain.Verification;
using Xunit;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A flow split into two complementary subsets (national or domestic exports and re-exports; "non-oil" and
/// "oil"): the total is their sum — certain in one sentence, uncertain across sentences. Subsets that are not the two sides
/// of one split ("oil" and "food") make no sum. Invented figures; working in comments.</summary>
public class SubsetSplitTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 3 673.0 + 678.1 = 4 351.1; inputs [4 351.0, 4 351.2] ∋ 4 351.1 [4 351.05, 4 351.15] → consistent
        { "Total exports were JD 4351.1 million in the first ten months. National exports came to JD 3673.0 million, while re-exports reached JD 678.1 million.", ClaimKind.Sum, "4351.1", Verdict.Consistent },
        { "Экспорт составил 4351,1 млн долларов. Экспорт отечественных товаров составил 3673,0 млн долларов, реэкспорт – 678,1 млн долларов.", ClaimKind.Sum, "4351.1", Verdict.Consistent },
        // one sentence: 3 673.0 + 698.1 = 4 371.1 ∌ [4 351.05, 4 351.15] → inconsistent
        { "Total exports were JD 4351.1 million, with national exports at JD 3673.0 million and re-exports at JD 698.1 million.", ClaimKind.Sum, "4351.1", Verdict.Inconsistent },
        // across sentences the same mismatch is ambiguous
        { "Total exports were JD 4351.1 million in the first ten months. National exports came to JD 3673.0 million, while re-exports reached JD 698.1 million.", ClaimKind.Sum, "4351.1", Verdict.Ambiguous },
        // 70.34 + 163.16 = 233.50; inputs [233.49, 233.51] ∋ 233.5 [233.45, 233.55] → consistent
        { "Total imports went up to $233.5 billion. Oil imports were valued at $70.34 billion, while non-oil imports came to $163.16 billion.", ClaimKind.Sum, "233.5", Verdict.Consistent },
        // 30.1 + 20.1 = 50.2 → consistent
        { "Экспорт составил 50,2 млрд долларов. Нефтяной экспорт составил 30,1 млрд долларов, ненефтяной экспорт – 20,1 млрд долларов.", ClaimKind.Sum, "50.2", Verdict.Consistent },
        // A balance splits with its signs: +5.34 − 1.92 = 3.42; inputs [3.41, 3.43] ∋ 3.42 → consistent (three sentences on)
        { BalanceSplit, ClaimKind.Sum, "3.42", Verdict.Consistent },
        { BalanceSplitRu, ClaimKind.Sum, "3.42", Verdict.Consistent },
        // +5.34 − 2.92 = 2.42 ∌ [3.415, 3.425]; linked across sentences → ambiguous
        { BalanceSplit.Replace("$1.92", "$2.92", StringComparison.Ordinal), ClaimKind.Sum, "3.42", Verdict.Ambiguous },
        { BalanceSplitRu.Replace("1,92", "2,92", StringComparison.Ordinal), ClaimKind.Sum, "3.42", Verdict.Ambiguous },
    };

    private const string BalanceSplit = "Ruritania posted a trade surplus of $3.42 billion in September. That made the 41st month in a row with a surplus. "
        + "It rested on a non-oil and gas surplus of $5.34 billion. The oil and gas balance, by contrast, showed a deficit of $1.92 billion.";

    private const string BalanceSplitRu = "Профицит торговли Руритании в сентябре составил 3,42 млрд долларов. Это 41-й месяц подряд с профицитом. "
        + "Профицит ненефтегазовой торговли составил 5,34 млрд долларов. Дефицит в нефтегазовой торговле, напротив, составил 1,92 млрд долларов.";

    /// <summary>Another total of the flow and period between the total and the subsets ends the reach: the subsets are the
    /// nearer total's.</summary>
    [Fact]
    public void AnotherTotalBetween_TakesTheSubsets()
    {
        var checks = VerificationReport.Check("Exports were $50.2 billion. In the first half, total exports came to $300.0 billion. Oil exports were $180.0 billion, and non-oil exports $120.0 billion.").Checks;
        Assert.DoesNotContain(checks, c => c.Claim.Kind == ClaimKind.Sum && c.Claim.Published.Value == 50.2m);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    [Theory]
    [InlineData("Exports were $50.2 billion. Oil exports were $30.1 billion and food exports $10.0 billion.")]
    [InlineData("Экспорт составил 50,2 млрд долларов. Нефтяной экспорт составил 30,1 млрд долларов, экспорт продовольствия – 10,0 млрд долларов.")]
    public void SubsetsOfDifferentSplits_MakeNoSum(string text)
    {
        Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Claim.Kind == ClaimKind.Sum);
    }
}

using TradeDomain.Verification;
using Xunit;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A sentence about the same month or quarter a year before ("In the same quarter of last year total trade came
/// to …, made up of … in exports and … in imports"): its total is checked against its own parts, and its balance is not
/// taken as the current one. English and Russian; invented figures, working in comments.</summary>
public sealed class EarlierPeriodTotalTests
{
    private const string En = "Total trade in the first quarter reached $107.6 billion, comprised of $59.5 billion in exports and $48.1 billion in imports. "
        + "In the same quarter of last year total trade came to $86.6 billion, made up of $45.4 billion in exports and $41.2 billion in imports.";

    private const string Ru = "Товарооборот в первом квартале достиг 107,6 млрд долларов, в том числе экспорт 59,5 млрд долларов и импорт 48,1 млрд долларов. "
        + "В том же периоде прошлого года товарооборот составил 86,6 млрд долларов, в том числе экспорт 45,4 млрд долларов и импорт 41,2 млрд долларов.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // The earlier total of its own parts: 45.4 + 41.2 = 86.6, [86.5, 86.7] ∋ 86.6 → consistent
        { En, ClaimKind.Sum, "86.6", Verdict.Consistent },
        { Ru, ClaimKind.Sum, "86.6", Verdict.Consistent },
        // 45.4 + 40.2 = 85.6, [85.5, 85.7] misses [86.55, 86.65] → inconsistent (all three in one clause)
        { En.Replace("$41.2", "$40.2", StringComparison.Ordinal), ClaimKind.Sum, "86.6", Verdict.Inconsistent },
        { Ru.Replace("41,2", "40,2", StringComparison.Ordinal), ClaimKind.Sum, "86.6", Verdict.Inconsistent },
        // The current total is untouched: 59.5 + 48.1 = 107.6 → consistent
        { En, ClaimKind.Sum, "107.6", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    /// <summary>"In the same month last year the trade deficit was $20.8 billion": a balance of the year before, with no
    /// parts of its own period in the text, is not checked against the current month's exports and imports.</summary>
    [Fact]
    public void BalanceOfTheSameMonthLastYear_IsNotTheCurrentOne()
    {
        var text = "Exports rose to $34.58 billion in September. Imports increased to $55.36 billion in September. In the same month last year the trade deficit was $20.8 billion.";
        Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Claim.Kind == ClaimKind.Difference && c.Claim.Published.Value == 20.8m && c.Verdict != Verdict.Unverifiable);
    }
}

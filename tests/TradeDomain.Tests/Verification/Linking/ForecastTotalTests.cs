using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Targets and forecasts are checked among themselves (hold-out set 11, Laos's trade plan): a forecast total
/// or balance takes forecast parts, never the actual figures beside them. Invented figures; working in comments.</summary>
public class ForecastTotalTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 6422 + 6615 = 13037, [13036, 13038] ∋ 13037 → consistent
        { "The government has set a combined trade target of 13,037 million U.S. dollars for 2020, with a deficit of 193 million U.S. dollars. Exports in 2020 are expected to reach 6,422 million U.S. dollars and imports 6,615 million U.S. dollars.", ClaimKind.Sum, "13037", Verdict.Consistent },
        // 6615 − 6422 = 193, [192, 194] ∋ 193 → consistent
        { "The government has set a combined trade target of 13,037 million U.S. dollars for 2020, with a deficit of 193 million U.S. dollars. Exports in 2020 are expected to reach 6,422 million U.S. dollars and imports 6,615 million U.S. dollars.", ClaimKind.Difference, "193", Verdict.Consistent },
    };

    // A forecast total with only actual parts: 5.0 + 4.0 = 9.0 is no check of the 12.0 expected; never a false alarm.
    [Theory]
    [InlineData("Exports were $5.0 billion and imports $4.0 billion. Turnover is expected to reach $12.0 billion next year.")]
    [InlineData("Экспорт составил 5,0 млрд долларов, импорт – 4,0 млрд долларов. По прогнозу, в следующем году товарооборот составит 12,0 млрд долларов.")]
    public void ForecastTotal_IsNotCheckedAgainstActualParts(string text) =>
        Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Claim.Kind == ClaimKind.Sum && c.Verdict == Verdict.Inconsistent);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

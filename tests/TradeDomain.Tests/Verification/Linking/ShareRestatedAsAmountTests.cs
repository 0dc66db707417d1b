using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A share that names its whole and then restates itself as an amount after "or" ("43% of exports, or $217.2
/// million", "43% экспорта, или $217,2 млн"): the amount is the share's part, the whole is the flow's value. Invented
/// figures; working in comments.</summary>
public class ShareRestatedAsAmountTests
{
    private const string En = "In January-March exports came to $505.2 million, up 6.7% on a year earlier. Re-exports accounted for 43% of exports, or $217.2 million.";
    private const string Ru = "В январе-марте экспорт составил $505,2 млн, что на 6,7% больше, чем годом ранее. На реэкспорт пришлось 43% экспорта, или $217,2 млн.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 217.2 / 505.2 = 42.99 %; inputs [217.15 / 505.25, 217.25 / 505.15] = [42.98, 43.01]; 43 → [42.5, 43.5] → consistent
        { En, ClaimKind.Share, "43", Verdict.Consistent },
        { Ru, ClaimKind.Share, "43", Verdict.Consistent },
        // 48 → [47.5, 48.5] misses [42.98, 43.01]; the whole is in the sentence before → ambiguous, never inconsistent
        { En.Replace("43%", "48%", StringComparison.Ordinal), ClaimKind.Share, "48", Verdict.Ambiguous },
        { Ru.Replace("43%", "48%", StringComparison.Ordinal), ClaimKind.Share, "48", Verdict.Ambiguous },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A rate's base in a later clause of its sentence, of the named year before the rate's ("…, тогда как в 2023 году
/// он составлял …", "…, whereas in 2023 it stood at …"). Invented figures; working in comments.</summary>
public class YearBeforeBaseTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 612 / 510 − 1 = 20.0%; inputs [611.5/510.5 − 1, 612.5/509.5 − 1] = [19.78, 20.22] ∋ 20 [19.5, 20.5] → consistent
        { "В 2024 году товарооборот между странами увеличился на 20% по сравнению с предыдущим годом и достиг 612 млн долларов, тогда как в 2023 году он составлял 510 млн долларов.", ClaimKind.Growth, "20", Verdict.Consistent },
        // 647 / 487 − 1 = 32.85%; inputs [32.62, 33.09] miss 25 [24.5, 25.5] → inconsistent (the base named with its year,
        // in the same sentence: as certain as one named "from")
        { "In 2024 trade between the two countries increased by 25% and reached $647 million, whereas in 2023 it stood at $487 million.", ClaimKind.Growth, "25", Verdict.Inconsistent },
        // The earlier level after the rate, with period words of its own: 1.6 / 1.1 − 1 = 45.5%; inputs [1.55/1.15 − 1,
        // 1.65/1.05 − 1] = [34.8, 57.1] ∋ 45.5 → consistent
        { "Over the same period foreign trade left a surplus of $1.6 billion. The trade balance is up 45.5% this year, set against a surplus of $1.1 billion at the same point last year.", ClaimKind.Growth, "45.5", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

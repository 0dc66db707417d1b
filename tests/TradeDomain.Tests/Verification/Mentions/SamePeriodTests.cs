using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>"in the same period" alone after a value ("imports reached US$1.317 billion in the same period") is the
/// figure's own period, not an earlier one; "the same period of/in/last …" is earlier. Invented figures; working in comments.</summary>
public class SamePeriodTests
{
    private const string English = "Peru-Chile trade came to US$2.546 billion at the end of 2018, with a negative balance of US$88 million for Peru. Peruvian exports amounted to US$1.229 billion, while imports reached US$1.317 billion in the same period.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 1.229 + 1.317 = 2.546; inputs [2.545, 2.547] ∋ 2.546 [2.5455, 2.5465] → consistent
        { English, ClaimKind.Sum, "2.546", Verdict.Consistent },
        // 1.317 − 1.229 = 0.088 billion; inputs [87, 89] million ∋ 88 [87.5, 88.5] → consistent
        { English, ClaimKind.Difference, "88", Verdict.Consistent },
        { "Товарооборот Перу и Чили составил 2,546 млрд долларов. Экспорт Перу составил 1,229 млрд долларов, а импорт за тот же период – 1,317 млрд долларов.", ClaimKind.Sum, "2.546", Verdict.Consistent },
        // "compared to the same period in 2019": earlier, so $51.3 billion is the base: 55.0 / 51.3 − 1 = 7.21%,
        // inputs [7.105, 7.317] ∋ 7.2 [7.15, 7.25] → consistent
        { "Exports rose 7.2 percent to $55.0 billion compared to $51.3 billion in the same period in 2019.", ClaimKind.Growth, "7.2", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

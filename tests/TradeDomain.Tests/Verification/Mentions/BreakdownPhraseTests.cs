using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>"$3.59 billion of this amount accounted for export, $4.027 billion – for import": a breakdown phrase right
/// after an amount puts the amount's measure word after it, and the next amount's measure word after that. English and
/// Russian; invented figures, working in comments.</summary>
public class BreakdownPhraseTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 3.59 + 4.027 = 7.617; [3.585 + 4.0265, 3.595 + 4.0275] = [7.6115, 7.6225] ∩ 7.62 [7.615, 7.625] → consistent
        { "Turnover with other countries went up by 10.2 percent to $7.62 billion, $3.59 billion of this amount accounted for export, $4.027 billion – for import.", ClaimKind.Sum, "7.62", Verdict.Consistent },
        { "Товарооборот с другими странами вырос на 10,2% до $7,62 млрд, $3,59 млрд из этой суммы пришлось на экспорт, $4,027 млрд – на импорт.", ClaimKind.Sum, "7.62", Verdict.Consistent },
        // 7.62 would need 3.59 + 4.027; a total of 7.92 is outside [7.6115, 7.6225], in one sentence → inconsistent
        { "Turnover with other countries went up by 10.2 percent to $7.92 billion, $3.59 billion of this amount accounted for export, $4.027 billion – for import.", ClaimKind.Sum, "7.92", Verdict.Inconsistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>Hold-out set 13's Jordanian release: an aside that defines the measure ("The trade balance deficit, calculated
/// by deducting total exports from imports, reached …", "то есть разница между импортом и экспортом") does not name the
/// figure; "national exports" are a subset (beside re-exports) and "JD." a dinar prefix. Invented figures; working in
/// comments.</summary>
public class DefiningAsideTests
{
    private const string Release = "Total exports were JD.4351.1 million in the first ten months. National exports came to JD.3673.0 million, while re-exports reached JD.678.1 million. Imports were valued at JD.11901.7 million. ";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 11 901.7 − 4 351.1 = 7 550.6; inputs [7 550.5, 7 550.7] ∋ 7 550.6 [7 550.55, 7 550.65] → consistent
        { Release + "The trade balance deficit, calculated by deducting total exports from imports, reached JD.7550.6 million.", ClaimKind.Difference, "7550.6", Verdict.Consistent },
        { "Экспорт составил 4351,1 млн долларов, импорт – 11901,7 млн долларов. Дефицит торговли, то есть разница между импортом и экспортом, составил 7550,6 млн долларов.", ClaimKind.Difference, "7550.6", Verdict.Consistent },
        // 4 351.1 / 11 901.7 = 36.559%; inputs [36.558, 36.559] ∋ 36.6 [36.55, 36.65] → consistent (total exports, not national)
        { Release + "Total exports covered 36.6 % of imports.", ClaimKind.Coverage, "36.6", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>An index stated with the level and the difference from the base ("1.045 billion dollars, which is 88.2
/// percent of the January-April 2016 level or 140.2 million dollars less") is checked as level ÷ (level ± difference).
/// Invented figures, working in comments.</summary>
public class IndexChangeTests
{
    [Theory]
    // 2.310 / (2.310 + 0.2104) = 91.65%; inputs [2.3095 / 2.52095, 2.3105 / 2.51985] = [91.613, 91.692]; 91.7 -> [91.65, 91.75] -> consistent.
    [InlineData("Turnover reached 2.310 billion U.S. dollars in the first half, which is 91.7 percent of the January-June 2023 level or 210.4 million U.S. dollars less.", "91.7", Verdict.Consistent)]
    // 93.7 -> [93.65, 93.75] against [91.613, 91.692] -> inconsistent.
    [InlineData("Turnover reached 2.310 billion U.S. dollars in the first half, which is 93.7 percent of the January-June 2023 level or 210.4 million U.S. dollars less.", "93.7", Verdict.Inconsistent)]
    // 612,4 / (612,4 − 51,3) = 109.14%; inputs [612,35 / 561,15, 612,45 / 561,05] = [109.124, 109.161]; 109,1 -> consistent.
    [InlineData("Экспорт составил 612,4 млн долларов, что составляет 109,1% к уровню прошлого года или на 51,3 млн долларов больше.", "109.1", Verdict.Consistent)]
    public void IndexWithTheDifference_IsChecked(string text, string published, Verdict verdict) =>
        ShapeCheck.Verify(text, ClaimKind.Index, published, verdict);
}

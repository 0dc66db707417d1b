using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>More names of the turnover (data class turnover): "объем внешнеторговых операций". Invented figures; working in
/// comments.</summary>
public class TurnoverWordsTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 121,4 + 64,2 = 185,6; inputs [185,5; 185,7] ∋ 185,6 → consistent
        {
            "Совокупный объем внешнеторговых операций государств Содружества за шесть месяцев составил $185,6 миллиарда. " +
            "Экспорт увеличился на 12% и достиг $121,4 миллиарда, импорт вырос на 6% - до $64,2 миллиарда.",
            ClaimKind.Sum, "185.6", Verdict.Consistent
        },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

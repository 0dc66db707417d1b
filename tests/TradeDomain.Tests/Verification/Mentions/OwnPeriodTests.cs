using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>"Imports stood at $361.8 billion last year": a calendar period right after a level is the level's own
/// period, so the level is a part of that period's balance; "a year earlier" after it still makes it a base. English and
/// Russian; invented figures, working in comments.</summary>
public class OwnPeriodTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 361.8 − 255.8 = 106.0 [105.9, 106.1] ∩ 106 [105.5, 106.5] → consistent
        { "The trade deficit fell to $106 billion. Exports rose to $255.8 billion. Imports stood at $361.8 billion last year.", ClaimKind.Difference, "106", Verdict.Consistent },
        { "Дефицит торговли снизился до 106 млрд долларов. Экспорт вырос до 255,8 млрд долларов. Импорт составил 361,8 млрд долларов в прошлом году.", ClaimKind.Difference, "106", Verdict.Consistent },
        // Imports of a year earlier are no part of this balance: it cannot be recomputed.
        { "The trade deficit fell to $106 billion. Exports rose to $255.8 billion. Imports were $361.8 billion a year earlier.", ClaimKind.Difference, "106", Verdict.Unverifiable },
        { "Дефицит торговли снизился до 106 млрд долларов. Экспорт вырос до 255,8 млрд долларов. Импорт составил 361,8 млрд долларов годом ранее.", ClaimKind.Difference, "106", Verdict.Unverifiable },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

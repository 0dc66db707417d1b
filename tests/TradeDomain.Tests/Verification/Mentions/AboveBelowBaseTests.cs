using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>A rate "above the" / "below the" a value ("28.52 percent above the $126.95 billion of last year", "на 28,52%
/// выше, чем 126,95 млрд") is a growth from that value, the base. English and Russian; invented figures, working in
/// comments.</summary>
public class AboveBelowBaseTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 163.16/126.95 − 1 = 28.523% [28.514, 28.532] ∩ 28.52 [28.515, 28.525] → consistent
        { "Non-oil imports over the six months came to $163.16 billion, 28.52 percent above the $126.95 billion of the same period last year.", ClaimKind.Growth, "28.52", Verdict.Consistent },
        { "Импорт за шесть месяцев составил 163,16 млрд долларов, что на 28,52% выше, чем 126,95 млрд долларов годом ранее.", ClaimKind.Growth, "28.52", Verdict.Consistent },
        // 104.10/126.95 − 1 = −18.00% [−18.006, −17.992] ∩ 18.00 [17.995, 18.005] → consistent
        { "Non-oil imports over the six months came to $104.10 billion, 18.00 percent below the $126.95 billion of the same period last year.", ClaimKind.Growth, "18.00", Verdict.Consistent },
        { "Импорт за шесть месяцев составил 104,10 млрд долларов, что на 18,00% ниже, чем 126,95 млрд долларов годом ранее.", ClaimKind.Growth, "18.00", Verdict.Consistent },
        // 29.52 [29.515, 29.525] against [28.514, 28.532]: no overlap → inconsistent
        { "Non-oil imports over the six months came to $163.16 billion, 29.52 percent above the $126.95 billion of the same period last year.", ClaimKind.Growth, "29.52", Verdict.Inconsistent },
        { "Импорт за шесть месяцев составил 163,16 млрд долларов, что на 29,52% выше, чем 126,95 млрд долларов годом ранее.", ClaimKind.Growth, "29.52", Verdict.Inconsistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

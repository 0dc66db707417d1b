using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>"Imports from other EU states were €543.8 million and imports from third countries €297.3 million, up from
/// €536.2 million and €234.2 million respectively": the bases joined by "and" in a one-by-one sentence are both bases, and
/// the second is the earlier value of "third countries", so the earlier total is the EU's base plus the others' base
/// (linked by size, never certain). Invented figures; working in comments.</summary>
public class OthersBaseTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 536.2 + 234.2 = 770.4; inputs [770.3, 770.5] ∩ 770.5 [770.45, 770.55] → consistent
        { "Imports rose 9.2% to $841.1 million from $770.5 million. Imports from EU states were $543.8 million and imports from third countries $297.3 million, up from $536.2 million and $234.2 million respectively.", ClaimKind.Sum, "770.5", Verdict.Consistent },
        { "Импорт вырос на 9,2% до 841,1 млн долларов с 770,5 млн долларов. Импорт из стран ЕС составил 543,8 млн долларов, из третьих стран – 297,3 млн долларов, против 536,2 млн и 234,2 млн долларов соответственно.", ClaimKind.Sum, "770.5", Verdict.Consistent },
        // 536.2 + 254.2 = 790.4 ∌ 770.5, but linked by size only → ambiguous, not a false alarm
        { "Imports rose 9.2% to $841.1 million from $770.5 million. Imports from EU states were $543.8 million and imports from third countries $297.3 million, up from $536.2 million and $254.2 million respectively.", ClaimKind.Sum, "770.5", Verdict.Ambiguous },
        // the current total is still the EU's plus the others' current values: 543.8 + 297.3 = 841.1 → consistent
        { "Imports rose 9.2% to $841.1 million from $770.5 million. Imports from EU states were $543.8 million and imports from third countries $297.3 million, up from $536.2 million and $234.2 million respectively.", ClaimKind.Sum, "841.1", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

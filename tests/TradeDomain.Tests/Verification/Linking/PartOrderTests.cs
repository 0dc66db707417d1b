using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A turnover whose exports and imports stand in other sentences takes, of two at the same distance, the one
/// after it (a release states the total, then breaks it down); English and Russian; invented figures, working in
/// comments.</summary>
public class PartOrderTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 5.14 + 7.83 = 12.97 [12.96, 12.98] ∩ 13.0 [12.95, 13.05] → consistent (with the gold exports before it:
        // 1.6 + 7.83 = 9.43)
        { "Gold exports in 2030 amounted to $1.6 billion. Turnover in 2030 reached $13.0 billion. Of the total, exports reached $5.14 billion and imports $7.83 billion.", ClaimKind.Sum, "13.0", Verdict.Consistent },
        { "Экспорт золота в 2030 году составил 1,6 млрд долларов. Товарооборот в 2030 году достиг 13,0 млрд долларов. Из них экспорт составил 5,14 млрд долларов, импорт – 7,83 млрд долларов.", ClaimKind.Sum, "13.0", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

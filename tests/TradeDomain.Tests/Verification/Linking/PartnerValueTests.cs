using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A figure of the whole trade (a coverage ratio said of no partner) takes its exports from the whole's own
/// values, not from a partner's ("exports to the EU") standing as near on the other side. English and Russian;
/// invented figures, working in comments.</summary>
public class PartnerValueTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 11.181 / 18.209 = 61.404% within [11.1805/18.2095, 11.1815/18.2085] = [61.399, 61.408] ∩ 61.4 [61.35, 61.45]
        // → consistent (the EU's exports would give 28.4%)
        { "Exports were $11.181 billion and imports $18.209 billion. The deficit widened again. Exports covered 61.4% of imports. Exports fell by 0.1% on the previous month. Exports to the EU fell to $5.176 billion.", ClaimKind.Coverage, "61.4", Verdict.Consistent },
        { "Экспорт составил 11,181 млрд долларов, импорт – 18,209 млрд долларов. Дефицит снова вырос. Коэффициент покрытия импорта экспортом составил 61,4%. Экспорт снизился на 0,1% к предыдущему месяцу. Экспорт в ЕС снизился до 5,176 млрд долларов.", ClaimKind.Coverage, "61.4", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

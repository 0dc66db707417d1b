using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A range printed with its scale and unit on the second number only ("from 24 to 64 thousand tonnes", "с 24
/// до 64 тыс. тонн", "24 мыңнан 64 мың тоннаға"): the first takes them, and a rate's base is the first number of its own
/// range, not of the next one. English, Russian and Kazakh; invented figures, working in comments.</summary>
public class RangeShapeTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 64 / 24 = 2.667; [63.5 / 24.5, 64.5 / 23.5] = [2.592, 2.745] ∩ 2.7 [2.65, 2.75] → consistent
        { "Exports to Kyrgyzstan grew 2.7 times, from 24 to 64 thousand tonnes.", ClaimKind.Multiple, "2.7", Verdict.Consistent },
        { "Экспорт в Киргизию вырос в 2,7 раза, с 24 до 64 тыс. тонн.", ClaimKind.Multiple, "2.7", Verdict.Consistent },
        { "Қырғызстанға экспорт 2,7 есеге, 24 мыңнан 64 мың тоннаға дейін өсті.", ClaimKind.Multiple, "2.7", Verdict.Consistent },
        // the same against 3.7 [3.65, 3.75]: no overlap → inconsistent (the base is read with its scale)
        { "Exports to Kyrgyzstan grew 3.7 times, from 24 to 64 thousand tonnes.", ClaimKind.Multiple, "3.7", Verdict.Inconsistent },
        { "Экспорт в Киргизию вырос в 3,7 раза, с 24 до 64 тыс. тонн.", ClaimKind.Multiple, "3.7", Verdict.Inconsistent },
        // 59 / 19 = 3.105; [58.5 / 19.5, 59.5 / 18.5] = [3.000, 3.216] ∩ 3.1 [3.05, 3.15] → consistent; the next bracket's
        // base (80) is not this rate's: 114 / 80 − 1 = 42.50%; [113.5 / 80.5 − 1, 114.5 / 79.5 − 1] = [40.99%, 44.03%] → consistent
        { "Shipments to Azerbaijan rose 3.1 times (from 19 to 59 thousand tonnes), and to Afghanistan by 42.5% (from 80 to 114 thousand tonnes).", ClaimKind.Multiple, "3.1", Verdict.Consistent },
        { "Shipments to Azerbaijan rose 3.1 times (from 19 to 59 thousand tonnes), and to Afghanistan by 42.5% (from 80 to 114 thousand tonnes).", ClaimKind.Growth, "42.5", Verdict.Consistent },
        { "Әзербайжанға 3,1 есеге (19 мыңнан 59 мың тоннаға дейін), Ауғанстанға 42,5%-ға (80 мыңнан 114 мың тоннаға дейін) өсті.", ClaimKind.Multiple, "3.1", Verdict.Consistent },
        { "Поставки в Азербайджан выросли в 3,1 раза (с 19 до 59 тыс. тонн), в Афганистан - на 42,5% (с 80 до 114 тыс. тонн).", ClaimKind.Multiple, "3.1", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

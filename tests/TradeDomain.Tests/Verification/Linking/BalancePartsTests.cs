using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>The flows of a balance stated in other sentences: a balance, the result of the flows before it, takes them
/// from the sentences before it ahead of those after it; and a year named as a rate's base ("up 1.9% over March 2030",
/// "к марту 2030 года") is not the year of the values after it. English and Russian; invented figures, working in
/// comments.</summary>
public class BalancePartsTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 112.7 − 92.7 = 20.0 [19.9, 20.1] ∩ 20.0 [19.95, 20.05] → consistent (the raw exports after it: 118.3 − 92.7 = 25.6)
        { "Exports rose to €112.7 billion. Imports rose to €92.7 billion. The surplus stood at €20.0 billion. In raw terms, exports reached €118.3 billion and imports €95.6 billion.", ClaimKind.Difference, "20.0", Verdict.Consistent },
        { "Экспорт вырос до 112,7 млрд евро. Импорт вырос до 92,7 млрд евро. Профицит составил 20,0 млрд евро. Без сезонной корректировки экспорт достиг 118,3 млрд евро, импорт – 95,6 млрд евро.", ClaimKind.Difference, "20.0", Verdict.Consistent },
        // 118.3 − 95.6 = 22.7 [22.6, 22.8] ∩ 22.7 [22.65, 22.75] → consistent (the imports are of 2031, not of the base year 2030)
        { "In March 2031 exports reached €118.3 billion, up 1.9% over March 2030, and imports came to €95.6 billion. The surplus in 2031 narrowed to €22.7 billion.", ClaimKind.Difference, "22.7", Verdict.Consistent },
        { "В марте 2031 года экспорт достиг 118,3 млрд евро, увеличившись на 1,9% к марту 2030 года и импорт составил 95,6 млрд евро. Профицит в 2031 году сократился до 22,7 млрд евро.", ClaimKind.Difference, "22.7", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

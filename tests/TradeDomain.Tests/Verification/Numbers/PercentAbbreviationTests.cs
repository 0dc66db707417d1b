using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Numbers;

/// <summary>A percent written with an abbreviation glued to the number or after it ("16pc", "17 pc", "16 проц") is a
/// percent like "16 per cent". English and Russian; invented figures, working in comments.</summary>
public class PercentAbbreviationTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 44.4/38.4 − 1 = 15.63% [15.34, 15.91] ∩ 16 [15.5, 16.5] → consistent
        { "Over the nine months the import bill climbed to $44.4bn from $38.4bn a year earlier, an increase of 16pc.", ClaimKind.Growth, "16", Verdict.Consistent },
        { "За девять месяцев импорт вырос до 44,4 млрд долларов с 38,4 млрд долларов годом ранее, или на 16 проц.", ClaimKind.Growth, "16", Verdict.Consistent },
        // 27.3/23.3 − 1 = 17.17% [16.70, 17.63] ∩ 19 [18.5, 19.5] = ∅ → inconsistent
        { "The trade deficit reached $27.3bn against $23.3bn a year earlier, an increase of 19 pc.", ClaimKind.Growth, "19", Verdict.Inconsistent },
        { "Дефицит торговли достиг 27,3 млрд долларов против 23,3 млрд долларов годом ранее, увеличившись на 19 проц.", ClaimKind.Growth, "19", Verdict.Inconsistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Hold-out set 11's two false alarms: a total "made up of" imports, exports and re-exports (the re-exports
/// are a part of the list, not a figure to leave out), and a conversion in brackets after an amount in a currency the
/// reader did not know then (never the base of the rate before it). Invented figures; working in comments.</summary>
public class ListedSubsetPartTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 380.1 + 220.4 + 31.2 = 631.7, [631.55, 631.85] ∋ 631.7 → consistent (without the re-exports 600.5: a false alarm)
        { "Total trade was US$ 631.7 million, made up of imports of US$ 380.1 million, exports of US$ 220.4 million and re-exports of US$ 31.2 million.", ClaimKind.Sum, "631.7", Verdict.Consistent },
        { "Товарооборот составил 631,7 млн долларов: импорт – 380,1 млн долларов, экспорт – 220,4 млн долларов, реэкспорт – 31,2 млн долларов.", ClaimKind.Sum, "631.7", Verdict.Consistent },

        // The bracket is the conversion, not last year's exports: no base printed → unverifiable
        { "Albania's exports fell 13.6 percent in the first nine months to 196 billion Albanian lek (1.86 billion U.S. dollars).", ClaimKind.Growth, "13.6", Verdict.Unverifiable },
        { "Экспорт Албании сократился на 13,6% до 196 млрд албанских леков (1,86 млрд долларов США).", ClaimKind.Growth, "13.6", Verdict.Unverifiable },
        // 196e9 / 1.86e9 = 105.4 lek a dollar, within the rates seen (90 to 150) → consistent
        { "Albania's exports fell 13.6 percent in the first nine months to 196 billion Albanian lek (1.86 billion U.S. dollars).", ClaimKind.Conversion, "1.86", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    // A value in brackets of no currency after one with a currency (or the other way round) is no base: "до 780 тыс.
    // тонн (542 тыс. тонн)" still is, both in tonnes.
    [Fact]
    public void BracketedBaseInTheSameUnit_IsStillTheBase()
    {
        // 780 / 542 − 1 = 43.9%, [779.5 / 542.5, 780.5 / 541.5] − 1 = [43.69, 44.14] ∋ 43.9 → consistent
        ShapeCheck.Verify("Экспорт пшеницы вырос на 43,9% до 780 тыс. тонн (542 тыс. тонн).", ClaimKind.Growth, "43.9", Verdict.Consistent);
    }
}

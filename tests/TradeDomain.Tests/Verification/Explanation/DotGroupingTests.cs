using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Explanation;

/// <summary>Amounts printed "d.ddd million" beside amounts past a thousand of the same scale ("USD 1031million") may use
/// the point as a thousands separator: a claim that fits only that way is ambiguous, not wrong; where no amount goes past a
/// thousand of its scale, it stays wrong. Invented figures; working in comments.</summary>
public class DotGroupingTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // As printed 198 + 1031 = 1229 million against 1.228 million: no. With 1.228 as 1228: 1229 in [1228, 1230] overlaps
        // [1227.5, 1228.5] → ambiguous.
        { "Trade with the EU amounted to USD 1.228 million; of this, exports made up USD 198 million and imports USD 1031million.", ClaimKind.Sum, "1.228", Verdict.Ambiguous },
        { "Товарооборот с ЕС составил 1.228 млн долларов, из них экспорт – 198 млн долларов, импорт – 1031 млн долларов.", ClaimKind.Sum, "1.228", Verdict.Ambiguous },
        // 1031 − 198 = 833 million against 2.459 million: no; with 2.459 as 2459: 833 in [832, 834] misses [2458.5, 2459.5]
        // → inconsistent under both readings.
        { "Exports made up USD 198 million and imports USD 1031million, so the deficit reached USD 2.459 million.", ClaimKind.Difference, "2.459", Verdict.Inconsistent },
        // 1.497 − 1.009 = 0.488 billion against 489 billion: no amount past a thousand of its scale, so the point is a
        // decimal point and the balance is wrong (0.487 to 0.489 against [488.5, 489.5]).
        { "In the first two days of the month exports totaled USD 1.497 billion and imports USD 1.009 billion, a surplus of USD 489 billion.", ClaimKind.Difference, "489", Verdict.Inconsistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

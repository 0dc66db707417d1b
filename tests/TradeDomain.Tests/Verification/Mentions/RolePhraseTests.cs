using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>A role phrase of two or more words right before a value ("compared to $40.33 billion", "по сравнению с
/// 40,33 млрд") gives the value its role, even where its last word alone is of another role ("to"); and a letter glued
/// between two numbers ("2M2029", "9М2029") labels a period, it is no amount. English and Russian; invented figures,
/// working in comments.</summary>
public class RolePhraseTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 41.30/40.33 − 1 = 2.405% [2.380, 2.430] ∩ 2.4 [2.35, 2.45] → consistent
        { "Imports rose 2.4 percent to $41.30 billion in May compared to $40.33 billion a year earlier.", ClaimKind.Growth, "2.4", Verdict.Consistent },
        { "Импорт в мае вырос на 2,4% до 41,30 млрд долларов по сравнению с 40,33 млрд долларов годом ранее.", ClaimKind.Growth, "2.4", Verdict.Consistent },
        // The same base against 3.4 [3.35, 3.45]: no overlap → inconsistent (the base is read, not skipped)
        { "Imports rose 3.4 percent to $41.30 billion in May compared to $40.33 billion a year earlier.", ClaimKind.Growth, "3.4", Verdict.Inconsistent },
        { "Импорт в мае вырос на 3,4% до 41,30 млрд долларов по сравнению с 40,33 млрд долларов годом ранее.", ClaimKind.Growth, "3.4", Verdict.Inconsistent },
        // "2M2029" is the first two months of 2029, not $2 million: the rate has no base → unverifiable
        { "Exports reached $5.9 billion in January-February 2030, up 20.0 percent compared to 2M2029.", ClaimKind.Growth, "20.0", Verdict.Unverifiable },
        { "Экспорт за январь-февраль 2030 года составил 5,9 млрд долларов, увеличившись на 20,0% по сравнению с 2М2029.", ClaimKind.Growth, "20.0", Verdict.Unverifiable },
        // "came from a 12.0 percent rise in imports to $112.0 billion": the percentage before a direction noun is a
        // growth rate, not an earlier value "from 12.0%"; with its base a year earlier:
        // 112.0 / 100.0 − 1 = 12% [111.95/100.05 − 1, 112.05/99.95 − 1] = [11.894, 12.106] ∩ 12.0 [11.95, 12.05] → consistent
        { "The gap came from a 12.0 percent rise in imports to $112.0 billion, against $100.0 billion a year earlier.", ClaimKind.Growth, "12.0", Verdict.Consistent },
        { "Разрыв возник из-за роста импорта на 12,0% до 112,0 млрд долларов против 100,0 млрд долларов годом ранее.", ClaimKind.Growth, "12.0", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

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
        // "Foreign trade volume" in money is the turnover: 31 942 / 34 423 − 1 = −7.207%, [−7.210, −7.205] ∩ 7.2 decrease
        // [−7.25, −7.15] → consistent
        { "Foreign trade volume fell by 7.2 percent to 31 billion 942 million dollars in April, down from 34 billion 423 million dollars a year earlier.", ClaimKind.Growth, "7.2", Verdict.Consistent },
        { "Объём внешней торговли в апреле снизился на 7,2% до 31 млрд 942 млн долларов против 34 млрд 423 млн долларов годом ранее.", ClaimKind.Growth, "7.2", Verdict.Consistent },
        // Export volumes (quantities) are another measure: their rate is not checked against the values → unverifiable
        { "Export volumes fell by 9.9 percent in April, while exports rose to $31.9 billion from $30.4 billion a year earlier.", ClaimKind.Growth, "9.9", Verdict.Unverifiable },
        { "Физический объём экспорта в апреле снизился на 9,9%, а экспорт вырос до 31,9 млрд долларов с 30,4 млрд долларов годом ранее.", ClaimKind.Growth, "9.9", Verdict.Unverifiable },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

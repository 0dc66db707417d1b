using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A rate or multiple stated alone, as in a headline, checked against the two values of the sentence near it
/// that restates the change with its own rate (issue #10). Invented figures; the working is in each comment.</summary>
public class RestatedPairTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // A decrease as a multiple is old ÷ new: 12.0 / 5.0 = 2.4 [11.95 / 5.05, 12.05 / 4.95] = [2.366, 2.434] ∋ 2.4
        { "Exports fell 2.4-fold. Exports decreased by 58.3% to $5.0 billion from $12.0 billion.", ClaimKind.Multiple, "2.4", Verdict.Consistent },
        { "Дефицит внешней торговли сократился в 2,4 раза. Отрицательное сальдо внешней торговли уменьшилось на 58,3% – до $5,0 млрд с $12,0 млрд.", ClaimKind.Multiple, "2.4", Verdict.Consistent },
        // 1 − 45.0 / 50.0 = 10.0 % [1 − 45.05 / 49.95, 1 − 44.95 / 50.05] = [9.81, 10.19] ∋ 10.0
        { "The trade deficit narrowed 10.0%. The deficit fell by 9.9% to $45.0 billion from $50.0 billion.", ClaimKind.Growth, "10.0", Verdict.Consistent },
        { "Объем внешней торговли упал на 10,0%. Объем внешней торговли уменьшился на 9,9%, до $45,0 млрд с $50,0 млрд.", ClaimKind.Growth, "10.0", Verdict.Consistent },
        // 12.0 / 5.0 = 2.4, not 3.0; the values are linked from another sentence: ambiguous, never inconsistent
        { "Exports fell 3-fold. Exports decreased by 58.3% to $5.0 billion from $12.0 billion.", ClaimKind.Multiple, "3", Verdict.Ambiguous },
        { "Экспорт сократился в 3 раза. Экспорт уменьшился на 58,3% – до $5,0 млрд с $12,0 млрд.", ClaimKind.Multiple, "3", Verdict.Ambiguous },
        // A sentence of several rates of one measure is no headline: its rates keep no base
        { "Exports were up by 0.1% on the month and down by 17.2% on the year. Exports to Ruritania decreased by 13.8% from $6.0 billion to $5.17 billion.", ClaimKind.Growth, "0.1", Verdict.Unverifiable },
        { "Экспорт вырос на 0,1% за месяц и снизился на 17,2% за год. Экспорт в Руританию снизился на 13,8% – до $5,17 млрд с $6,0 млрд.", ClaimKind.Growth, "0.1", Verdict.Unverifiable },
        // The base named after the rate, of an earlier period: 7.31 / 2.55 = 2.87 within "almost three times"
        { "Отрицательное сальдо за январь-февраль 2030 года составило $7,31 млрд, что почти в три раза больше аналогичного показателя 2029 года, который составил $2,55 млрд.", ClaimKind.Multiple, "3", Verdict.Consistent },
        // 5.0 / 4.0 − 1 = 25 % [5.0 − 0.05, 5.0 + 0.05] / [4.05, 3.95] → [23.5, 26.6] ∋ 25
        { "Exports in January–June 2030 reached $5.0 billion, 25% more than in the same period of the previous year, when they stood at $4.0 billion.", ClaimKind.Growth, "25", Verdict.Consistent },
        // 5.0 / 4.0 = 1.25, not 2, but the base is found by its period words, not its role: ambiguous, never inconsistent
        { "Exports in January–June 2030 reached $5.0 billion, twice as much as in the same period of the previous year, when they stood at $4.0 billion.", ClaimKind.Multiple, "2", Verdict.Ambiguous },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

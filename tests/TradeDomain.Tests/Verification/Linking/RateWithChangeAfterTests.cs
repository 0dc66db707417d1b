using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>"… which was 12.4 percent or 32.8 million USD more than a year before": a percentage joined by "or" to an
/// amount a word of direction follows is a growth rate, the amount its change; the rate is computed from the level and
/// the change alone, so the level's rounding counts once. Invented figures, working in comments.</summary>
public class RateWithChangeAfterTests
{
    [Theory]
    // 41.2 / (318.6 − 41.2) = 14.852%; corners [41.15 / (318.65 − 41.15), 41.25 / (318.55 − 41.25)] = [14.829, 14.876]; 14.9 -> [14.85, 14.95] -> consistent.
    [InlineData("Exports in January-June totalled 318.6 million U.S. dollars, which was 14.9 percent or 41.2 million USD more than a year before.", "14.9", Verdict.Consistent)]
    // 92.3 / (604.1 + 92.3) = 13.254%; corners [92.25 / 696.4, 92.35 / 696.4] ≈ [13.247, 13.261]; 13.3 -> [13.25, 13.35] -> consistent.
    [InlineData("Imports over the same six months came to 604.1 million U.S. dollars, which was 13.3 percent or 92.3 million USD below January-June of last year.", "13.3", Verdict.Consistent)]
    // 3,2 / (76 − 3,2) = 4.396%; corners [3,15 / (76,5 − 3,15), 3,25 / (75,5 − 3,25)] = [4.2945, 4.4983]; 5 -> [4.5, 5.5]: no
    // overlap -> inconsistent (had the base 76 − 3,2 varied apart from 76, [2.93, 5.88] would have overlapped).
    [InlineData("Экспорт же в январе составил 76 миллионов долларов, что на 5 процентов или на 3,2 миллиона долларов больше января прошлого года.", "5", Verdict.Inconsistent)]
    // From the base and the change: 14.9 / 139.4 = 10.689%; corners [14.85 / 139.45, 14.95 / 139.35] = [10.649, 10.728].
    [InlineData("Exports increased 10.7% (R14.9 billion) from R139.4 billion.", "10.7", Verdict.Consistent)]
    // 10.8 -> [10.75, 10.85]: no overlap (with the new value 154.3 varying apart from its base, [10.577, 10.800] would overlap).
    [InlineData("Exports increased 10.8% (R14.9 billion) from R139.4 billion.", "10.8", Verdict.Inconsistent)]
    // A signed amount in a bracket after the rate and its direction word is the change: 6.9 / (32.1 − 6.9) = 27.38%;
    // corners [6.85 / (32.15 − 6.85), 6.95 / (32.05 − 6.95)] = [27.075, 27.689]; 27.4 -> [27.35, 27.45] -> consistent.
    [InlineData("В январе-августе товарооборот достиг $32,1 млрд, что на 27,4% больше (+$6,9 млрд), чем за тот же период прошлого года.", "27.4", Verdict.Consistent)]
    [InlineData("In January-August turnover reached $32.1 billion, 27.4% more (+$6.9 billion) than a year earlier.", "27.4", Verdict.Consistent)]
    // 29.0 -> [28.95, 29.05]: no overlap -> inconsistent
    [InlineData("В январе-августе товарооборот достиг $32,1 млрд, что на 29,0% больше (+$6,9 млрд), чем за тот же период прошлого года.", "29.0", Verdict.Inconsistent)]
    // "Тем самым" points back to the level of the sentence before: 1 852,5 / 2 125 − 1 = −12.82%; corners
    // [1852.45 / 2125.5, 1852.55 / 2124.5] − 1 = [−12.846, −12.801]; 13 -> [12.5, 13.5] -> consistent.
    [InlineData("За 2 месяца дефицит внешней торговли составил 1 млрд 852,5 млн долл. Тем самым дефицит сократился на 13% - в сравнении с 2,125 млрд долл. за январь-февраль прошлого года.", "13", Verdict.Consistent)]
    [InlineData("Over two months the trade deficit came to $1,852.5 million. It thereby narrowed by 13% compared with $2,125 million a year earlier.", "13", Verdict.Consistent)]
    public void RateWithItsChange_IsChecked(string text, string published, Verdict verdict) =>
        ShapeCheck.Verify(text, ClaimKind.Growth, published, verdict);

    [Theory]
    // 5.9 / (5.9 − 3.2) = 2.185; the ratio falls with the final value and rises with the change: corners
    // [5.95 / (5.95 − 3.15), 5.85 / (5.85 − 3.25)] = [2.125, 2.25]; 2.2 -> [2.15, 2.25] -> consistent.
    [InlineData("Exports rose by $3.2 billion, or 2.2 times, to $5.9 billion.", "2.2", Verdict.Consistent)]
    // 2.27 -> [2.265, 2.275]: no overlap (with the start 2.7 varying apart from 5.9, [5.85 / 2.8, 5.95 / 2.6] =
    // [2.089, 2.288] would overlap).
    [InlineData("Exports rose by $3.2 billion, or 2.27 times, to $5.9 billion.", "2.27", Verdict.Inconsistent)]
    public void MultipleWithItsChange_IsChecked(string text, string published, Verdict verdict) =>
        ShapeCheck.Verify(text, ClaimKind.Multiple, published, verdict);
}

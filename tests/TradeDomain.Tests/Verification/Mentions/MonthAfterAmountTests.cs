using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>A month named right after an amount by a period preposition ("$6.20 billion in March", "6,20 млрд долларов
/// в марте") is that amount's own period, before a month earlier in the clause, and not the period of a base after it
/// ("… in March from a revised $6.55 billion in February"); a word about the value itself ("a revised", "пересмотренных")
/// between a role word and the number does not hide the role; a month after "since" / "с" ("the biggest surplus since
/// June") is a point of comparison, not the figures' period. English and Russian; invented figures, working in comments.</summary>
public class MonthAfterAmountTests
{
    private const string En = "The trade deficit narrowed by 5.3% to $6.20 billion in March from a revised $6.55 billion in February. The February deficit had first been put at $6.60 billion. Exports rose to $20.10 billion in March. Imports were $26.30 billion in March.";
    private const string Ru = "Дефицит торговли сократился на 5,3% до 6,20 млрд долларов в марте с пересмотренных 6,55 млрд долларов в феврале. Первоначально дефицит в феврале оценивался в 6,60 млрд долларов. Экспорт вырос до 20,10 млрд долларов в марте. Импорт составил 26,30 млрд долларов в марте.";
    private const string EnSince = "The trade surplus grew to $3.70 billion in September from $3.20 billion a year before. It was the biggest surplus since June: exports rose 14.5% to $22.65 billion, while imports grew 14.3% to $18.95 billion.";
    private const string RuSince = "Профицит торговли вырос до 3,70 млрд долларов в сентябре с 3,20 млрд долларов годом ранее. Это самый большой профицит с июня: экспорт вырос на 14,5% до 22,65 млрд долларов, а импорт – на 14,3% до 18,95 млрд долларов.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // March's deficit takes March's flows, not February's first estimate in between: 26.30 − 20.10 = 6.20 [6.19, 6.21] ∋ 6.20
        { En, ClaimKind.Difference, "6.20", Verdict.Consistent },
        { Ru, ClaimKind.Difference, "6.20", Verdict.Consistent },
        // The revised base is the base: 6.20/6.55 − 1 = −5.34% [−5.492, −5.195] ∩ 5.3 [5.25, 5.35] → consistent
        { En, ClaimKind.Growth, "5.3", Verdict.Consistent },
        { Ru, ClaimKind.Growth, "5.3", Verdict.Consistent },
        // "since June" is not the flows' period: September's surplus takes them, 22.65 − 18.95 = 3.70 [3.69, 3.71] ∋ 3.70
        { EnSince, ClaimKind.Difference, "3.70", Verdict.Consistent },
        { RuSince, ClaimKind.Difference, "3.70", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

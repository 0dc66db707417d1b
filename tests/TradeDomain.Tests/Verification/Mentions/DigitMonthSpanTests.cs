using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>A span of months from the year's start written with a digit ("for 6 months", "in the first 9 months",
/// "за 6 месяцев", "за первые 9 месяцев") covers months 1 to that count, like "six months" written out, so a month's
/// flows are not taken for the span's. English and Russian; invented figures, working in comments.</summary>
public class DigitMonthSpanTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // The six months' deficit takes the six months' flows, not June's nearer ones: 25.2 − 22.7 = 2.5 [2.4, 2.6] ∋ 2.5
        // [2.45, 2.55] (June's: 4.9 − 3.5 = 1.4)
        { "Exports for 6 months of 2030 fell to $22.7 billion, imports to $25.2 billion. In June exports rose to $3.5 billion, imports to $4.9 billion. For 6 months of 2030 the trade deficit rose to $2.5 billion.", ClaimKind.Difference, "2.5", Verdict.Consistent },
        { "Экспорт за 6 месяцев 2030 года снизился до 22,7 млрд долларов, импорт – до 25,2 млрд долларов. В июне экспорт вырос до 3,5 млрд долларов, импорт – до 4,9 млрд долларов. За 6 месяцев 2030 года дефицит торговли вырос до 2,5 млрд долларов.", ClaimKind.Difference, "2.5", Verdict.Consistent },
        // Nine months: 14.36 + 9.21 = 23.57 [23.56, 23.58] ∩ 23.6 [23.55, 23.65] → consistent (September's: 1.7 + 1.1 = 2.8)
        { "In the first 9 months of 2030 exports reached $14.36 billion and imports $9.21 billion. In September exports were $1.7 billion and imports $1.1 billion. Turnover in the first 9 months of 2030 was $23.6 billion.", ClaimKind.Sum, "23.6", Verdict.Consistent },
        { "За первые 9 месяцев 2030 года экспорт достиг 14,36 млрд долларов, импорт – 9,21 млрд долларов. В сентябре экспорт составил 1,7 млрд долларов, импорт – 1,1 млрд долларов. Товарооборот за первые 9 месяцев 2030 года составил 23,6 млрд долларов.", ClaimKind.Sum, "23.6", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>Periods named as a span from the start of the year ("over six months", "в первом полугодии") or as a range
/// of month names ("From January to June", "с января по июнь") are the months they cover, so a June figure is not a
/// half year's part. English and Russian; invented figures, working in comments.</summary>
public class MonthSpanShapeTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // The six months' deficit takes the first half's flows, not June's nearer ones: 25.2 − 22.7 = 2.5 [2.4, 2.6] ∋ 2.5
        // (June's: 4.9 − 3.5 = 1.4)
        { "Exports in the first half of 2030 fell to $22.7 billion, imports to $25.2 billion. In June exports rose to $3.5 billion, imports to $4.9 billion. Over six months of 2030 the trade deficit rose to $2.5 billion.", ClaimKind.Difference, "2.5", Verdict.Consistent },
        { "Экспорт в первом полугодии 2030 года снизился до 22,7 млрд долларов, импорт – до 25,2 млрд долларов. В июне экспорт вырос до 3,5 млрд долларов, импорт – до 4,9 млрд долларов. За шесть месяцев 2030 года дефицит торговли вырос до 2,5 млрд долларов.", ClaimKind.Difference, "2.5", Verdict.Consistent },
        // "From January to June" is the first half, not January: 26.0 + 16.5 = 42.5 [42.4, 42.6] ∋ 42.5
        { "From January to June 2030, turnover amounted to $42.5 billion. Exports in the first half of 2030 fell to $26.0 billion. Imports fell to $16.5 billion.", ClaimKind.Sum, "42.5", Verdict.Consistent },
        { "С января по июнь 2030 года товарооборот составил 42,5 млрд долларов. Экспорт в первом полугодии 2030 года снизился до 26,0 млрд долларов. Импорт снизился до 16,5 млрд долларов.", ClaimKind.Sum, "42.5", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>Hold-out set 11: "… total trade for January reached 890 million U.S. dollars, but in February it dropped to
/// 769 million" (the value after "it" has the measure of the value before), and a span or part of the year after an
/// amount ("18.8 billion leva in the first half of 2011") is the amount's own period; the Bulgarian lev. Invented
/// figures; working in comments.</summary>
public class AnaphorAndSpanAfterTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 391 + 378 = 769, [768, 770] ∋ 769 → consistent
        { "Total trade for January reached 890 million U.S. dollars, but in February it dropped to 769 million U.S. dollars. February recorded 391 million U.S. dollars in exports and 378 million U.S. dollars in imports.", ClaimKind.Sum, "769", Verdict.Consistent },
        { "Товарооборот в январе составил 890 млн долларов, а в феврале он снизился до 769 млн долларов. В феврале экспорт составил 391 млн долларов, импорт – 378 млн долларов.", ClaimKind.Sum, "769", Verdict.Consistent },

        // The half-year's parts, not June's: 21.1 − 18.8 = 2.3, [2.2, 2.4] ∋ 2.3 → consistent
        { "Exports grew to 18.8 billion leva in the first half of 2011. Imports rose to 21.1 billion leva in the first half of 2011. In June alone exports were 3.1 billion leva and imports 3.7 billion leva. The trade deficit was 2.3 billion leva in the first half of 2011.", ClaimKind.Difference, "2.3", Verdict.Consistent },
        { "Экспорт вырос до 18,8 млрд долларов в первом полугодии 2011 года. Импорт вырос до 21,1 млрд долларов в первом полугодии 2011 года. Только в июне экспорт составил 3,1 млрд долларов, импорт – 3,7 млрд долларов. Дефицит торгового баланса составил 2,3 млрд долларов в первом полугодии 2011 года.", ClaimKind.Difference, "2.3", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

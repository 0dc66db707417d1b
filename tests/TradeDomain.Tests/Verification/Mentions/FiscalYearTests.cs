using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>Fiscal years: a release that names a span across a year's end ("July-May", "from July 2021 to May 2022")
/// counts its "first 11 months" from that span's first month, so the balance of the first 11 months and the exports of
/// July–May are of one period. English and Russian; invented figures, working in comments.</summary>
public class FiscalYearTests
{
    private const string Spans = "In the first 11 months (July-May) of fiscal year 2020-21 the trade deficit reached $30.125 billion. Exports in the first eleven months of fiscal 2020-21 were $24.310 billion. Imports in July–May 2020-21 totalled $54.435 billion.";
    private const string Years = "Exports from July 2021 to May 2022 were $31.20 billion. Imports from July 2021 to May 2022 were $80.02 billion. In the 11 months of fiscal year 2021-22 the trade deficit grew to {0} billion.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 54.435 − 24.310 = 30.125, [30.124, 30.126] ∩ [30.1245, 30.1255] → consistent
        { Spans, ClaimKind.Difference, "30.125", Verdict.Consistent },
        // 80.02 − 31.20 = 48.82, [48.81, 48.83] ∩ [48.815, 48.825] → consistent
        { string.Format(Years, "$48.82"), ClaimKind.Difference, "48.82", Verdict.Consistent },
        // 47.82 [47.815, 47.825] misses [48.81, 48.83]; the parts are in other sentences, linked by measure and period → ambiguous
        { string.Format(Years, "$47.82"), ClaimKind.Difference, "47.82", Verdict.Ambiguous },
        // 54.4 − 24.3 = 30.1, [30.0, 30.2] ∩ [30.05, 30.15] → consistent
        { "За июль–май 2022/23 финансового года дефицит торговли составил 30,1 млрд долларов. Экспорт за 11 месяцев финансового года составил 24,3 млрд долларов. Импорт за 11 месяцев составил 54,4 млрд долларов.", ClaimKind.Difference, "30.1", Verdict.Consistent },
        // "the first half of the fiscal year" is no January–June: it takes the parts of April–September beside it.
        // 350.66 − 213.22 = 137.44, [137.43, 137.45] ∩ [137.435, 137.445] → consistent
        { FiscalHalf, ClaimKind.Difference, "137.44", Verdict.Consistent },
        { FiscalHalfRu, ClaimKind.Difference, "137.44", Verdict.Consistent },
        { FiscalHalf.Replace("the first half of the fiscal year", "the first half of FY25", StringComparison.Ordinal), ClaimKind.Difference, "137.44", Verdict.Consistent },
    };

    private const string FiscalHalf = "Exports in June were $40.00 billion. During April-September this fiscal, exports rose to $213.22 billion, and imports grew to $350.66 billion. "
        + "The trade deficit during the first half of the fiscal year was $137.44 billion.";

    private const string FiscalHalfRu = "Экспорт в июне составил 40,00 млрд долларов. За апрель–сентябрь экспорт вырос до 213,22 млрд долларов, а импорт — до 350,66 млрд долларов. "
        + "Дефицит торговли в первом полугодии финансового года составил 137,44 млрд долларов.";

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

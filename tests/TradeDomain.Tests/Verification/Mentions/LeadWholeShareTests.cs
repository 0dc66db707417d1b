using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>"Of the total external trade, USD70.93 billion (38.9%) were exported goods and USD111.59 billion (61.1%) were
/// imported goods": a sentence that opens with its whole makes a bare bracketed percentage after an amount that amount's
/// share of the whole, and the measure word after the bracket the amount's own. English and Russian; invented figures,
/// working in comments.</summary>
public class LeadWholeShareTests
{
    private const string English = "In 2019 total external trade came to USD182.52 billion. Of the total external trade, USD70.93 billion (38.9%) were exported goods and USD111.59 billion (61.1%) were imported goods.";
    private const string Russian = "В 2019 году товарооборот составил $182,52 млрд. Из общего объема товарооборота $70,93 млрд (38,9%) пришлось на экспорт и $111,59 млрд (61,1%) – на импорт.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 70.93 / 182.52 = 38.861%; [70.925 / 182.525, 70.935 / 182.515] = [38.858, 38.865] ∩ 38.9 [38.85, 38.95] → consistent
        { English, ClaimKind.Share, "38.9", Verdict.Consistent },
        { Russian, ClaimKind.Share, "38.9", Verdict.Consistent },
        // 111.59 / 182.52 = 61.138%; [61.134, 61.143] ∩ 61.1 [61.05, 61.15] → consistent
        { English, ClaimKind.Share, "61.1", Verdict.Consistent },
        // 70.93 + 111.59 = 182.52; [182.51, 182.53] ∩ [182.515, 182.525] → consistent (the amounts are exports and imports)
        { English, ClaimKind.Sum, "182.52", Verdict.Consistent },
        // "or 41.89% of the turnover": the measure after "of the" is the whole; 5 898.69 / 14 082.18 = 41.8876%,
        // [5 898.685 / 14 082.185, 5 898.695 / 14 082.175] = [41.8875, 41.8877] ∩ 41.89 [41.885, 41.895] → consistent
        { "Turnover came to 14 082.18 million USD. Imports were 5 898.69 million USD, or 41.89% of the turnover.", ClaimKind.Share, "41.89", Verdict.Consistent },
        // "80,3% приходится на экспорт": the share word after the percentage, exports' share of the turnover;
        // 1.73 / 2.15 = 80.47%, [1.725 / 2.155, 1.735 / 2.145] = [80.05, 80.89] ∩ 80.3 [80.25, 80.35] → consistent
        { "Товарооборот составил $2,15 млрд. При этом 80,3% приходится на экспорт – $1,73 млрд.", ClaimKind.Share, "80.3", Verdict.Consistent },
        // the whole in the same sentence: 48.9 is outside [38.858, 38.865] → inconsistent
        { "Of the total external trade of USD182.52 billion, USD70.93 billion (48.9%) were exported goods and USD111.59 billion (61.1%) were imported goods.", ClaimKind.Share, "48.9", Verdict.Inconsistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A sentence that names its currency in words ("In euro terms, …", "в долларовом выражении …") has its
/// unmarked amounts in that currency, not in the paragraph's earlier one, so the figures of two currencies are not
/// mixed in one check (issue #10). Invented figures; working in comments.</summary>
public class CurrencyTermsTests
{
    private const string En = "Exports in the first five months amounted to HRK 25.50 billion. Imports in the same period were HRK 42.80 billion. "
        + "The deficit came to HRK 17.3 billion. In euro terms, exports were 3.5 billion, while imports were 5.89 billion. "
        + "The deficit amounted to EUR 2.4 billion.";

    private const string Ru = "Экспорт за пять месяцев составил 25,50 млрд рублей. Импорт за тот же период составил 42,80 млрд рублей. "
        + "Дефицит составил 17,3 млрд рублей. В долларовом выражении экспорт составил 3,5 млрд, а импорт 5,89 млрд. "
        + "Дефицит составил 2,4 млрд долларов.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // The euro deficit takes the euro flows: 5.89 − 3.5 = 2.39; inputs [5.885 − 3.55, 5.895 − 3.45] = [2.335, 2.445];
        // 2.4 -> [2.35, 2.45] -> consistent
        { En, ClaimKind.Difference, "2.4", Verdict.Consistent },
        { Ru, ClaimKind.Difference, "2.4", Verdict.Consistent },
        // The kuna (rouble) deficit takes its own: 42.80 − 25.50 = 17.30; inputs [17.29, 17.31]; 17.3 -> [17.25, 17.35]
        { En, ClaimKind.Difference, "17.3", Verdict.Consistent },
        { Ru, ClaimKind.Difference, "17.3", Verdict.Consistent },
        // A euro deficit of 2.6 against 2.39 [2.335, 2.445] does not fit; its flows are in another sentence, so the
        // mismatch is ambiguous, never inconsistent
        { En.Replace("EUR 2.4", "EUR 2.6", StringComparison.Ordinal), ClaimKind.Difference, "2.6", Verdict.Ambiguous },
        { Ru.Replace("2,4 млрд долларов", "2,6 млрд долларов", StringComparison.Ordinal), ClaimKind.Difference, "2.6", Verdict.Ambiguous },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

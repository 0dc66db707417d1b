using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>Values of a subset of the goods ("the ten top exports", "non-oil and gas imports", "импорт ненефтяных
/// товаров") are no parts of the total exports or imports a balance is made of. English and Russian; invented figures,
/// working in comments.</summary>
public class SubsetTests
{
    private const string TopTen = "Exports in 2021 rose to $41.500 billion from $40.300 billion a year earlier. Imports increased to $43.200 billion from $40.900 billion. The trade deficit was $1.700 billion in 2021, compared to the previous year's deficit of $600 million. Receipts from the ten top exports reached $33.100 billion, higher by 0.9 percent than the $32.800 billion of last year.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // the earlier deficit of the total exports and imports, not of the top ten exports nearer to it:
        // 40.900 − 40.300 = 0.600, [0.599, 0.601] billion ∩ 600 million [599.5, 600.5] → consistent
        { TopTen, ClaimKind.Difference, "600", Verdict.Consistent },
        // 15.21 − 13.49 = 1.72, [1.71, 1.73] ∩ [1.715, 1.725] → consistent (the non-oil imports in its own sentence are not
        // the imports)
        { "Exports in August were US$15.21 billion. Imports were US$13.49 billion. The surplus was US$1.72 billion, while non-oil and gas imports hit US$11.53 billion.", ClaimKind.Difference, "1.72", Verdict.Consistent },
        { "Экспорт в августе составил 15,21 млрд долларов. Импорт составил 13,49 млрд долларов. Профицит составил 1,72 млрд долларов, при этом импорт ненефтяных товаров составил 11,53 млрд долларов.", ClaimKind.Difference, "1.72", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Hold-out set 13's en-200: "Sales of the top 10 export commodities reached $55.94 billion, or 80.7 percent of
/// total export revenue in 2018, up 2.9 percent from an export value of $54.38 billion in 2017" — the value the share
/// before the rate is given with is the rate's new value, and "an export value of" between "from" and the base is skipped.
/// Invented figures elsewhere; working in comments.</summary>
public class RateAfterShareValueTests
{
    private const string Total = "Total export receipts went up to $69.31 billion in 2018. ";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 55.94 / 54.38 − 1 = 2.869%; inputs [2.850, 2.887] ∋ 2.9 [2.85, 2.95] → consistent
        { Total + "Sales of the top 10 export commodities reached $55.94 billion, or 80.7 percent of total export revenue in 2018, up 2.9 percent from an export value of $54.38 billion in 2017.", ClaimKind.Growth, "2.9", Verdict.Consistent },
        // 5.9 [5.85, 5.95] ∌ [2.850, 2.887], all in one clause → inconsistent
        { Total + "Sales of the top 10 export commodities reached $55.94 billion, or 80.7 percent of total export revenue in 2018, up 5.9 percent from an export value of $54.38 billion in 2017.", ClaimKind.Growth, "5.9", Verdict.Inconsistent },
        { "Экспорт в 2018 году составил 69,31 млрд долларов. Экспорт десяти основных товаров составил 55,94 млрд долларов, или 80,7% всего экспорта, увеличившись на 2,9% с 54,38 млрд долларов в 2017 году.", ClaimKind.Growth, "2.9", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

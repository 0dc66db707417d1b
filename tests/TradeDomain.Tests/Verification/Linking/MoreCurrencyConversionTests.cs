using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Hold-out set 13's currencies: Vietnam's "VNĐ" prefix, Kenyan, Ugandan and Tanzanian shillings, and the
/// plausible dollar rates of KES, UGX, TZS, VND, GHS and NGN (<c>Verification/Data/usd-rates.csv</c>), so a conversion in
/// them is checked for its order of magnitude. Invented figures; working in comments.</summary>
public class MoreCurrencyConversionTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 165.7 trillion / 6.63 billion = 24 992 dong a dollar, within [14 000, 26 500] → consistent
        { "Revenue from import-export activities came to almost VNĐ165.7 trillion (nearly US$6.63 billion) in five months.", ClaimKind.Conversion, "6.63", Verdict.Consistent },
        { "Поступления от внешней торговли составили 165,7 трлн вьетнамских донгов (почти 6,63 млрд долларов США).", ClaimKind.Conversion, "6.63", Verdict.Consistent },
        // 165.7 trillion / 6.63 million: 25 million dong a dollar, a scale slip → inconsistent
        { "Revenue from import-export activities came to almost VNĐ165.7 trillion (nearly US$6.63 million) in five months.", ClaimKind.Conversion, "6.63", Verdict.Inconsistent },
        // 397.8 billion / 2.68 billion = 148.4 shillings a dollar, within [60, 160] → consistent
        { "Kenya posted a trade deficit of 397.8 billion Kenyan shillings (about 2.68 billion U.S. dollars) in the quarter.", ClaimKind.Conversion, "2.68", Verdict.Consistent },
        { "Дефицит торговли Кении составил 397,8 млрд кенийских шиллингов (около 2,68 млрд долларов США).", ClaimKind.Conversion, "2.68", Verdict.Consistent },
        // 444 billion / 125.12 million = 3 549 Ugandan shillings a dollar, within [1 500, 3 900] → consistent
        { "In June Uganda bought goods worth 444 billion Ugandan shillings ($125.12 million) from Tanzania.", ClaimKind.Conversion, "125.12", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

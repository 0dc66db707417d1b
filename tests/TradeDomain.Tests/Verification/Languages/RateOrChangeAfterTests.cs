using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Languages;

/// <summary>Verb-final languages put "more"/"less" after the change ("6 faiz və ya 27 milyon dollar çoxdur", "6%-ით, ანუ 27
/// მილიონი დოლარით მეტია", "13,27% ýa-da 3,5 million ABŞ dollary azdyr"): a bare percentage joined to that change by
/// "or" is its rate, the base the level less the change. Invented figures; working in comments.</summary>
public class RateOrChangeAfterTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // base 512 − 38 = 474; rate 38 / 474 = 8.02%; inputs: change [37.5, 38.5], level [511.5, 512.5], base [473, 475] →
        // [37.5/475, 38.5/473] = [7.89, 8.14] ∋ 8 [7.5, 8.5] → consistent
        { "İxrac 512 milyon dollar olub, bu da ötən ilin eyni dövrü ilə müqayisədə 8 faiz və ya 38 milyon dollar çoxdur.", ClaimKind.Growth, "8", Verdict.Consistent },
        { "თებერვალში საქართველოს ექსპორტმა 512 მილიონი დოლარი შეადგინა, რაც წინა წლის იმავე თვესთან შედარებით 8%-ით, ანუ 38 მილიონი დოლარით მეტია.", ClaimKind.Growth, "8", Verdict.Consistent },
        // a fall: base 24,6 + 3,5 = 28,1; rate 3,5 / 28,1 = 12.46%; inputs [3.45/28.2, 3.55/28.0] = [12.23, 12.68] ∋ 12,5
        // [12.45, 12.55] → consistent
        { "Russiýanyň Türkmenistandan importy bolsa 24,6 million ABŞ dollaryna deň bolup, 2023-nji ýylyň degişli döwründäkiden 12,5% ýa-da 3,5 million ABŞ dollary azdyr.", ClaimKind.Growth, "12.5", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

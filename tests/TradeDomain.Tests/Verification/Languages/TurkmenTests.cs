using TradeDomain.Verification;
using TradeDomain.Verification.Languages;
using Xunit;

namespace TradeDomain.Tests.Verification.Languages;

/// <summary>Turkmen: detected by its letters ý ň ž, read with the decimal comma ("233,4 million"), "ABŞ dollary" and its
/// case forms as US dollars, an ablative before "geçip" (passing) a level exceeded, not a base; its word list in
/// <c>Verification/Languages/tk/phrases.csv</c>. Invented figures, working in comments.</summary>
public class TurkmenTests
{
    private const string Release =
        "Üçünji çärýekde iki ýurduň arasyndaky söwda dolanyşygy 251 million ABŞ dollaryna golaýlady. " +
        "Şol aralykda Russiýanyň Türkmenistana eksporty 233,4 million ABŞ dollaryndan geçip, geçen ýylyň degişli döwrüne garanyňda artdy. " +
        "Russiýanyň Türkmenistandan importy bolsa 17,6 million ABŞ dollaryna deň boldy.";

    [Fact]
    public void TurkmenText_IsDetected()
    {
        Assert.Equal(Language.Turkmen, Lexicon.Detect(Release));
    }

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 233,4 + 17,6 = 251,0; inputs [250,9; 251,1] ∋ 251 [250,5; 251,5] → consistent (a decimal comma: 233.4, not 2 334)
        { Release, ClaimKind.Sum, "251", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

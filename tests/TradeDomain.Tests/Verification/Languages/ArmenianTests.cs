using TradeDomain.Verification;
using TradeDomain.Verification.Languages;
using Xunit;

namespace TradeDomain.Tests.Verification.Languages;

/// <summary>Armenian: detected by its alphabet, read with a decimal comma, split at the Armenian full stop "։", with its
/// word list in <c>Verification/Languages/hy/phrases.csv</c> (postpositional "… համեմատ": compared with). Invented
/// figures, working in comments.</summary>
public class ArmenianTests
{
    private const string Release = "2022 թվականի հունվարից մայիս արտաքին առևտրաշրջանառությունը կազմել է 6,91 միլիարդ ԱՄՆ դոլար՝ նախորդ տարվա նույն ժամանակահատվածի համեմատ աճելով 37 տոկոսով։ Ընդ որում արտահանումը կազմել է 2091,9 մլն դոլար, իսկ ներմուծումը՝ 4821,4 մլն դոլար։";

    [Fact]
    public void ArmenianText_IsDetected()
    {
        Assert.Equal(Language.Armenian, Lexicon.Detect(Release));
    }

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 2 091.9 + 4 821.4 = 6 913.3 million [6 913.2, 6 913.4] ∩ 6,91 billion [6 905, 6 915] → consistent (the 6,91 is
        // this year's: "նախորդ տարվա … համեմատ" is what it is compared with)
        { Release, ClaimKind.Sum, "6.91", Verdict.Consistent },
        // in one sentence: 6,81 billion [6 805, 6 815] against [6 913.2, 6 913.4] → inconsistent
        { "Առևտրաշրջանառությունը կազմել է 6,81 միլիարդ ԱՄՆ դոլար, արտահանումը՝ 2091,9 մլն դոլար, իսկ ներմուծումը՝ 4821,4 մլն դոլար։", ClaimKind.Sum, "6.81", Verdict.Inconsistent },
        // the whole in the genitive before the share: 2 729.5 / 6 910 = 39.50%; inputs [2 729.45 / 6 915, 2 729.55 / 6 905]
        // = [39.471, 39.530] ∋ 39,5 [39.45, 39.55] → consistent
        { Release + " Առևտրային բացասական հաշվեկշիռը եղել է 2729,5 մլն ԱՄՆ դոլար, որը կազմում է արտաքին առևտրաշրջանառության 39,5 տոկոսը։", ClaimKind.Share, "39.5", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

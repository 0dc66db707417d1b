using TradeDomain.Verification;
using Xunit;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Hold-out set 12's share shapes: the part after the share with no comma ("17.6 percent of total exports in
/// August with a value of SR23.5 billion", "17,6% всего экспорта на сумму 23,5 млрд"), a proper adjective before the
/// whole's measure ("7.5 percent of Saudi imports"), and shares of wholes owned by different names are no share set
/// ("72 percent of Latvian exports, 59 percent of Lithuanian exports"). Invented figures; working in comments.</summary>
public class ShareWorthWithoutCommaTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 23.5 / 133.7 = 17.577%; inputs [23.45 / 133.75, 23.55 / 133.65] = [17.533, 17.621] ∋ 17.6 [17.55, 17.65] → consistent
        { "Total exports came to SR133.7 billion in August. China took 17.6 percent of total exports in August with a value of SR23.5 billion.", ClaimKind.Share, "17.6", Verdict.Consistent },
        { "Экспорт в августе составил 133,7 млрд риялов. На Китай пришлось 17,6% всего экспорта на сумму 23,5 млрд риялов.", ClaimKind.Share, "17.6", Verdict.Consistent },
        // 4.6 / 61.0 = 7.541%; inputs [4.55 / 61.05, 4.65 / 60.95] = [7.453, 7.629] ∋ 7.5 [7.45, 7.55] → consistent
        { "Merchandise imports reached SR61.0 billion. The US came next with SR4.6 billion, or 7.5 percent of Saudi imports.", ClaimKind.Share, "7.5", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    [Theory]
    // 72 + 59 + 72 = 203: three reporters' wholes, so no sum is claimed
    [InlineData("The European Union took 72 percent of Latvian exports, 59 percent of Lithuanian exports and 72 percent of Estonian exports.")]
    [InlineData("EU members supplied 77 percent of Latvian imports, 70 percent of Lithuanian imports and 82 percent of Estonian imports.")]
    public void SharesOfWholesOwnedByDifferentNames_FormNoShareSet(string text)
    {
        Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Claim.Kind == ClaimKind.ShareSet);
    }
}

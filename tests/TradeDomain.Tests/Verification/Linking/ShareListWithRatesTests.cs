using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Hold-out set 12's en-188: a share list that runs on into the next sentence where both sentences also give
/// growth rates of their own values ("…, a drop of 10.2 percent, accounting for 26.4 percent of total export turnover.
/// The FDI sector … down 10.8 percent, and made up 73.6 percent of total export turnover"): the rates neither continue nor
/// break the list. Joined across sentences, so never certain. Invented figures elsewhere; working in comments.</summary>
public class ShareListWithRatesTests
{
    private const string Release = "Domestic businesses earned US$ 51.5 billion from exports, a drop of 10.2 percent, accounting for 26.4 percent of total export turnover. The FDI sector, for its part, shipped goods worth US$143.23 billion, down 10.8 percent, and made up 73.6 percent of total export turnover.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 26.4 + 73.6 = 100.0 ≤ 100 + 0.1 → consistent
        { Release, ClaimKind.ShareSet, "100.0", Verdict.Consistent },
        // 36.4 + 73.6 = 110.0 > 100.1, but joined across sentences → ambiguous, not a false alarm
        { Release.Replace("26.4 percent", "36.4 percent"), ClaimKind.ShareSet, "110.0", Verdict.Ambiguous },
        { "На отечественные компании пришлось 51,5 млрд долларов экспорта, что на 10,2% меньше, или 26,4% всего экспорта. На компании с иностранным капиталом пришлось 143,23 млрд долларов, на 10,8% меньше, или 73,6% всего экспорта.", ClaimKind.ShareSet, "100.0", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

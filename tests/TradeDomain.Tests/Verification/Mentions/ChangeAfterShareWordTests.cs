using TradeDomain.Verification;
using Xunit;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>Hold-out set 13's false alarm: "a 4.8 percent share of total export receipts, even though these exports
/// declined by 11.6 percent from $3.75 billion" — the share word is the 4.8's; a change "by" a percentage is a rate, so
/// 11.6 is no share (it was checked as $3.31 billion of $3.75 billion = 88.3%, a false "inconsistent").</summary>
public class ChangeAfterShareWordTests
{
    [Theory]
    [InlineData("Machinery and transport equipment came third with export revenue of $3.31 billion in 2018, a 4.8 percent share of total export receipts, even though these exports declined by 11.6 percent from $3.75 billion in 2017.")]
    [InlineData("Экспорт машин составил 3,31 млрд долларов, или 4,8% всего экспорта, хотя он снизился на 11,6% с 3,75 млрд долларов.")]
    public void RateByAPercentage_AfterAShareWord_IsARate(string text)
    {
        var checks = VerificationReport.Check(text).Checks;
        Assert.DoesNotContain(checks, c => c.Claim.Kind == ClaimKind.Share && c.Claim.Published.Value == 11.6m);
        Assert.Contains(checks, c => c.Claim.Kind == ClaimKind.Growth && c.Claim.Published.Value == 11.6m);
        Assert.DoesNotContain(checks, c => c.Verdict == Verdict.Inconsistent);
    }
}

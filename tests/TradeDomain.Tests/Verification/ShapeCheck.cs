using System.Globalization;
using TradeDomain.Verification;
using Xunit;

namespace TradeDomain.Tests.Verification;

/// <summary>The one assertion of every shape table: the text gives exactly one claim of the kind and published figure,
/// with the expected verdict (the explanation is shown when it differs).</summary>
internal static class ShapeCheck
{
    internal static void Verify(string text, ClaimKind kind, string published, Verdict verdict)
    {
        decimal value = decimal.Parse(published, CultureInfo.InvariantCulture);
        var check = Assert.Single(VerificationReport.Check(text).Checks, c => c.Claim.Kind == kind && c.Claim.Published.Value == value);
        Assert.True(check.Verdict == verdict, $"{check.Verdict}: {check.Explanation}");
    }
}

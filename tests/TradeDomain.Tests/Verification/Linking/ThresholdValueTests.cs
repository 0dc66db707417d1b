using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>"23 commodities each earned over US$1 billion, together accounting for 87.4 percent of total exports": a
/// threshold each item passes is no part of anything, so the share has no part to be checked against. Invented figures.</summary>
public class ThresholdValueTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        { "Exports were estimated at US$136.17 billion. In the period 23 commodities each earned over US$1 billion in export turnover, together accounting for 87.4 percent of the total export turnover.", ClaimKind.Share, "87.4", Verdict.Unverifiable },
        { "Imports were US$126.37 billion. Up to 24 import items were each valued over US$1 billion, making up 81.2 percent of the total import turnover.", ClaimKind.Share, "81.2", Verdict.Unverifiable },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

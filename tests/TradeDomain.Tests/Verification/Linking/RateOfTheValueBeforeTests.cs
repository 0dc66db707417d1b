using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Two shapes of hold-out 5 that raised false alarms: the value right before a rate (only a comma between) is the
/// one it speaks of, not an earlier "to" value of the clause ("totaled US$ 98.127 billion so far, at a daily average of
/// US$ 743.4 million, 25.2% more than …"); an amount printed without its scale word beside amounts of the same currency
/// that have one is of their scale ("EGP 16.83bn, compared to EGP16.33"). Invented figures, working in comments.</summary>
public class RateOfTheValueBeforeTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 743.4 / 593.6 − 1 = 25.236%; [743.35 / 593.65 − 1, 743.45 / 593.55 − 1] = [25.217, 25.255] ∩ 25.2 [25.15, 25.25] → consistent
        { "Exports totaled US$ 98.127 billion so far this year, at a daily average of US$ 743.4 million, 25.2% more than in the same period last year (US$ 593.6 million).", ClaimKind.Growth, "25.2", Verdict.Consistent },
        // 16.83 / 16.33 − 1 = 3.062%; [16.825 / 16.335 − 1, 16.835 / 16.325 − 1] = [2.9997, 3.124] ∩ 3.1 [3.05, 3.15] → consistent
        { "Exports increased by 3.1% year on year, reaching EGP 16.83bn, compared to EGP16.33 in May 2012.", ClaimKind.Growth, "3.1", Verdict.Consistent },
        // the same with 13.1%: outside [2.9997, 3.124] → inconsistent (a slip of the rate, not of the scale)
        { "Exports increased by 13.1% year on year, reaching EGP 16.83bn, compared to EGP16.33 in May 2012.", ClaimKind.Growth, "13.1", Verdict.Inconsistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>"exports increased 10.7% (R14.9 billion) from R139.4 billion": with the change and the earlier value in the
/// rate's clause, the new value is their sum (their difference for a decrease). English and Russian; invented figures,
/// working in comments.</summary>
public class RateChangeFromTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // (139.4 + 14.9) / 139.4 − 1 = 14.9 / 139.4 = 10.689%; new in [139.35 + 14.85, 139.45 + 14.95] = [154.2, 154.4],
        // rate in [154.2 / 139.45 − 1, 154.4 / 139.35 − 1] = [10.577, 10.800] ∩ 10.7 [10.65, 10.75] → consistent
        { "Month on month, exports increased 10.7% ( R14.9 billion) from R139.4 billion in January.", ClaimKind.Growth, "10.7", Verdict.Consistent },
        { "За месяц экспорт вырос на 10,7% ($14,9 млрд) с $139,4 млрд в январе.", ClaimKind.Growth, "10.7", Verdict.Consistent },
        // a change of 18.9: new in [158.2, 158.4], rate in [13.45, 13.67], not 10.7 [10.65, 10.75] → inconsistent
        { "Month on month, exports increased 10.7% (R18.9 billion) from R139.4 billion in January.", ClaimKind.Growth, "10.7", Verdict.Inconsistent },
        // a decrease: (23.9 − 3.1) / 23.9 − 1 = −12.97%; new in [23.85 − 3.15, 23.95 − 3.05] = [20.7, 20.9], rate in
        // [20.7 / 23.95 − 1, 20.9 / 23.85 − 1] = [−13.57, −12.37] ∩ 13.0 [12.95, 13.05] → consistent
        { "Imports decreased by 13.0% ($3.1 billion) from $23.9 billion.", ClaimKind.Growth, "13.0", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

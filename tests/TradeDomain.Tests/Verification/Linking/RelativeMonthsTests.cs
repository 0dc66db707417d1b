using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>"so far this year" is January to the text's one last month of its spans from January; "in the month" is the
/// text's one single month; a total's parts farther than the nearby sentences are the one value of each measure that
/// names the total's months. Invented figures; working in comments.</summary>
public class RelativeMonthsTests
{
    private const string English =
        "The country's goods trade so far this year has reached US$210.40 billion, the statistics office reported. " +
        "For the month, total trade is estimated at US$44.30 billion. " +
        "April exports rose 5.7% from March to US$21.60 billion. " +
        "Across the first four months, exports totalled US$106.90 billion, up 15.2% year-on-year. " +
        "Of this the domestic sector supplied US$30.10 billion. " +
        "April imports grew 12.8% against March to US$22.70 billion. " +
        "In four months imports came to US$103.50 billion, up 18.2% year-on-year. " +
        "Domestic firms bought goods worth US$40.20 billion. " +
        "The country ran a trade deficit of US$1.10 billion in the month but a surplus of US$3.40 billion over January-April.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 106.90 + 103.50 = 210.40; inputs [210.39, 210.41] ∋ 210.40 → consistent (the January–April figures)
        { English, ClaimKind.Sum, "210.40", Verdict.Consistent },
        // 21.60 + 22.70 = 44.30; inputs [44.29, 44.31] ∋ 44.30 → consistent (April's)
        { English, ClaimKind.Sum, "44.30", Verdict.Consistent },
        // 22.70 − 21.60 = 1.10; inputs [1.09, 1.11] ∋ 1.10 → consistent
        { English, ClaimKind.Difference, "1.10", Verdict.Consistent },
        // 106.90 − 103.50 = 3.40; inputs [3.39, 3.41] ∋ 3.40 → consistent
        { English, ClaimKind.Difference, "3.40", Verdict.Consistent },
        // 58,3 + 61,2 = 119,5; [119,4; 119,6] ∋ 119,5 → consistent: "с начала года" is January–May here
        {
            "Внешнеторговый оборот с начала года составил 119,5 млрд долларов. В мае экспорт составил 12,1 млрд долларов. " +
            "За январь–май экспорт составил 58,3 млрд долларов. В мае импорт вырос до 13,0 млрд долларов. Импорт за пять месяцев составил 61,2 млрд долларов.",
            ClaimKind.Sum, "119.5", Verdict.Consistent
        },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

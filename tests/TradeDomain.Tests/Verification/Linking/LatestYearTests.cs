using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A value whose sentence opens with an earlier year than the text's latest ("In June 2018, the country exported
/// goods worth …" in a release on 2019) is not the current value of a figure that names no year; a year inside a bracket
/// closed before a figure is not that figure's. Invented figures; working in comments.</summary>
public class LatestYearTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // The deficit is imports 40.29 − exports 25.01 = 15.28 (the 2019 figures), inputs [15.27, 15.29] ∋ 15.28 → consistent;
        // taken with the 2018 exports of 27.70 it would be 12.59.
        {
            "Merchandise exports slipped 9.71 per cent in June to $25.01 billion. In June 2018, the country exported goods worth $27.70 billion. " +
            "The trade deficit narrowed to $15.28 billion. Imports shrank in June by 9.1 per cent to $40.29 billion from $44.30 billion in June 2018. " +
            "For April to June 2019 exports grew 3.14 per cent.",
            ClaimKind.Difference, "15.28", Verdict.Consistent
        },
        // 51,2 − 33,1 = 18,1; inputs [18,0; 18,2] ∋ 18,1 → consistent (not the 2021 exports 36,0: 15,2)
        {
            "Экспорт в январе–июне снизился на 8,1% и составил 33,1 млрд долларов. В январе–июне 2021 года экспорт составлял 36,0 млрд долларов. " +
            "Отрицательное сальдо торговли составило 18,1 млрд долларов. Импорт вырос до 51,2 млрд долларов. В целом за первое полугодие 2022 года товарооборот вырос на 4%.",
            ClaimKind.Difference, "18.1", Verdict.Consistent
        },
        // 5.1 + 7.8 = 12.9; inputs [12.8, 13.0] ∋ 12.9 [12.85, 12.95] → consistent: the imports are of January–May 2020, not
        // of the 2019 in the bracket before them.
        {
            "Uzbekistan's exports in January-May 2020 amounted to $1.6 billion of gold. Over five months, foreign trade turnover reached $12.9 billion. " +
            "Of the total, exports reached $5.1 billion (less by 15.6% in comparison to January-May 2019), and imports – $7.8 billion (a decrease of 16.1%).",
            ClaimKind.Sum, "12.9", Verdict.Consistent
        },
        // 3.7 / 3.2 − 1 = 15.6%; inputs [3.65/3.25 − 1, 3.75/3.15 − 1] = [12.3, 19.0] ∋ 15.6 → consistent: the bracketed
        // amount of 2023 is the base of the rate restating the sentence before
        {
            "Imports from China reached $3.7 billion in January-June 2024. That is 15.6 percent more year-on-year ($3.2 billion in January–June 2023).",
            ClaimKind.Growth, "15.6", Verdict.Consistent
        },
        {
            "Импорт из Китая в январе–июне 2024 года достиг 3,7 млрд долларов. Это на 15,6% больше, чем годом ранее (3,2 млрд долларов в январе–июне 2023 года).",
            ClaimKind.Growth, "15.6", Verdict.Consistent
        },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

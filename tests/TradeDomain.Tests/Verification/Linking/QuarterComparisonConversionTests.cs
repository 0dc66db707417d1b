using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Shapes hold-out set 10 found: quarters as periods, a pair of changes "respectively" whose second measure
/// repeats the first's adjective, a stray dot before a glued scale ("$15.m"), a conversion joined by "or"/"или", one
/// value compared with two bases, and a level named by its "at" before ", or N% lower". Invented figures; working in
/// comments.</summary>
public class QuarterComparisonConversionTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // The second quarter's turnover takes the second quarter's parts: 20.0 + 25.0 = 45.0, [44.9, 45.1] ∋ 45.0 → consistent
        // (the first quarter's 18.1 + 39.2 = 57.3 would be a false alarm)
        { "In the first quarter of 2018, exports were $18.1 billion and imports $39.2 billion. In the second quarter of 2018, exports were $20.0 billion and imports $25.0 billion. Trade turnover in the second quarter of 2018 amounted to $45.0 billion.", ClaimKind.Sum, "45.0", Verdict.Consistent },
        { "В I квартале 2018 года экспорт составил 18,1 млрд долларов, импорт – 39,2 млрд долларов. Во II квартале 2018 года экспорт составил 20,0 млрд долларов, импорт – 25,0 млрд долларов. Товарооборот во II квартале 2018 года составил 45,0 млрд долларов.", ClaimKind.Sum, "45.0", Verdict.Consistent },

        // imports: 30.0 / (300.0 + 30.0) = 9.09%, [29.95 / 330.05, 30.05 / 329.95] = [9.074, 9.107] ∋ 9.1 [9.05, 9.15] → consistent
        { "In May exports were $150.0 million and imports $300.0 million. Compared to May last year, total imports and total exports decreased by $30.0 million (9.1%) and $5.0 million (3.2%) respectively.", ClaimKind.Growth, "9.1", Verdict.Consistent },
        // exports: 5.0 / (150.0 + 5.0) = 3.226%, [4.95 / 155.05, 5.05 / 154.95] = [3.193, 3.259] ∋ 3.2 [3.15, 3.25] → consistent
        // (the imports' change taken as the exports' would give a false alarm)
        { "In May exports were $150.0 million and imports $300.0 million. Compared to May last year, total imports and total exports decreased by $30.0 million (9.1%) and $5.0 million (3.2%) respectively.", ClaimKind.Growth, "3.2", Verdict.Consistent },
        { "В мае экспорт составил 150,0 млн долларов, импорт – 300,0 млн долларов. По сравнению с маем прошлого года импорт и экспорт сократились на 30,0 млн долларов (9,1%) и 5,0 млн долларов (3,2%) соответственно.", ClaimKind.Growth, "3.2", Verdict.Consistent },

        // "$15.m" is 15 million: base 43.2 − 15 = 28.2; [14.5 / (43.25 − 14.5), 15.5 / (43.15 − 15.5)] = [50.43, 56.06] ∋ 55.6 → consistent
        { "Imports of base metals increased by $15.m (55.6 per cent) to $43.2m in October.", ClaimKind.Growth, "55.6", Verdict.Consistent },

        // 109e9 / 3.11e9 = 35.0 rupees a dollar, within the rates seen (25 to 50) → consistent
        { "The trade deficit came to MRs 109bn or about USD 3.11bn.", ClaimKind.Conversion, "3.11", Verdict.Consistent },
        // 109e9 / 3.11e6 = 35 048 rupees a dollar, a thousand times any rate seen → inconsistent (a scale slip)
        { "The trade deficit came to MRs 109bn or about USD 3.11 million.", ClaimKind.Conversion, "3.11", Verdict.Inconsistent },
        // 2.3e12 / 5.1e9 = 451 tenge a dollar → consistent
        { "Экспорт составил 2,3 трлн тенге, или 5,1 млрд долларов.", ClaimKind.Conversion, "5.1", Verdict.Consistent },

        // The second rate compares the same 21.06: 21.06 / 21.5 − 1 = −2.05%, [21.055 / 21.55, 21.065 / 21.45] − 1 =
        // [−2.297, −1.795] ∋ −2.1 [−2.15, −2.05] → consistent
        { "The trade deficit came to $21.06 billion, 34% lower than the deficit of $31.9 billion of the previous quarter and 2.1% lower than the deficit of $21.5 billion a year earlier.", ClaimKind.Growth, "2.1", Verdict.Consistent },
        // and the first: 21.06 / 31.9 − 1 = −33.98%, [21.055 / 31.95, 21.065 / 31.85] − 1 = [−34.10, −33.86] ∋ −34 [−34.5, −33.5] → consistent
        { "The trade deficit came to $21.06 billion, 34% lower than the deficit of $31.9 billion of the previous quarter and 2.1% lower than the deficit of $21.5 billion a year earlier.", ClaimKind.Growth, "34", Verdict.Consistent },

        // A level named by "at", then ", or 20.8% lower": the level stays a level and is the total of the parts after it:
        // 18.1 + 39.17 = 57.27, [57.215, 57.325] ∋ 57.3 [57.25, 57.35] → consistent
        { "The bulletin puts total trade in the first quarter at $57.3 billion, or 20.8% lower than the previous quarter. In the first quarter, exports were $18.1 billion against imports of $39.17 billion.", ClaimKind.Sum, "57.3", Verdict.Consistent },
        { "Товарооборот в I квартале составил 57,3 млрд долларов, что на 20,8% меньше, чем в предыдущем квартале. В I квартале экспорт составил 18,1 млрд долларов, импорт – 39,17 млрд долларов.", ClaimKind.Sum, "57.3", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    // "$43.2m − $15" was a 0% rise against a published 55.6%: a stray dot before the scale never leaves the amount in units.
    [Fact]
    public void StrayDotBeforeAGluedScale_KeepsTheScale()
    {
        var growth = Assert.Single(ClaimExtractor.Extract("Imports of base metals increased by $15.m (55.6 per cent) to $43.2m in October."), c => c.Kind == ClaimKind.Growth);
        Assert.Equal(28_200_000m, growth.From!.Value);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A headline rate with no value in its sentence ("Imports grew by 12.0%.") that the release prints again with
/// its figures later is checked with those figures; a rate of another measure, value or period is not. Invented figures,
/// working in comments.</summary>
public class RepeatedRateTests
{
    // 1 120,0 / (1 120,0 − 120,0) − 1 = 12.0%; inputs [1119,95/(1120,05−119,95) − 1, 1120,05/(1119,95−120,05) − 1] =
    // [11.98, 12.02]; 12,0 -> [11.95, 12.05] -> consistent (for both the headline and the restated rate).
    private const string Russian = "Импорт товаров вырос на 12,0%. Экспорт снизился на $ 2,1 млн. Импорт же за те же месяцы составил $ 1 120,0 млн. и вырос на 12,0% или на $ 120,0 млн.";

    // 88.4 / (88.4 − 7.9) − 1 = 9.814%; inputs [88.35/80.55 − 1, 88.45/80.45 − 1] = [9.683, 9.944]; 9.8 -> consistent.
    private const string English = "Exports rose 9.8% in the quarter. Imports fell. Exports reached $88.4 billion in the quarter, up $7.9 billion or 9.8% on a year earlier.";

    [Theory]
    [InlineData(Russian)]
    [InlineData(English)]
    public void HeadlineRate_IsCheckedWithItsRestatement(string text)
    {
        var growth = VerificationReport.Check(text).Checks.Where(c => c.Claim.Kind == ClaimKind.Growth).ToList();
        Assert.Equal(2, growth.Count);
        Assert.All(growth, c => Assert.Equal(Verdict.Consistent, c.Verdict));
    }

    [Theory]
    // Another value: the headline says 9.5%, the details 9.8%.
    [InlineData("Exports rose 9.5% in the quarter. Exports reached $88.4 billion in the quarter, up $7.9 billion or 9.8% on a year earlier.", "9.5")]
    // Another measure.
    [InlineData("Imports rose 9.8% in the quarter. Exports reached $88.4 billion in the quarter, up $7.9 billion or 9.8% on a year earlier.", "9.8")]
    public void OtherRate_StaysUnverifiable(string text, string headline)
    {
        var first = VerificationReport.Check(text).Checks.First(c => c.Claim.Kind == ClaimKind.Growth);
        Assert.Equal(decimal.Parse(headline, System.Globalization.CultureInfo.InvariantCulture), first.Claim.Published.Value);
        Assert.Equal(Verdict.Unverifiable, first.Verdict);
    }

    // 10.42 / 9.18 - 1 = 13.508%; inputs [10.415 / 9.185 - 1, 10.425 / 9.175 - 1] = [13.391, 13.624]; 13.51 -> consistent;
    // linked to the sentence "It" points back to.
    [Fact]
    public void RateWithOnlyItsBase_TakesTheNewValueItPointsBackTo() =>
        ShapeCheck.Verify("Total merchandise trade increased to N10.42 trillion in the second quarter, a 4.10 per cent rise over the N10.01 trillion of the preceding quarter. It was also a 13.51 per cent increase compared to N9.18 trillion recorded in Q2 2020.",
            ClaimKind.Growth, "13.51", Verdict.Consistent);
}

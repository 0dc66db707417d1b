using TradeDomain.Verification;
using TradeDomain.Verification.Languages;
using Xunit;

namespace TradeDomain.Tests.Verification.Languages;

/// <summary>Romanian (Romania, Moldova): detected by ă ș ț (either form of the comma), read with the decimal comma,
/// "miliarde de euro" an amount in euros, "la exporturi" the amount's own measure. Invented figures, working in
/// comments.</summary>
public sealed class RomanianTests
{
    private const string Balance = "În mai 2023, exporturile au totalizat 6,120 miliarde de euro, iar importurile 7,854 miliarde de euro, ceea ce a dus la un deficit de {0} miliarde de euro.";

    [Theory]
    [InlineData("În iunie 2017, exporturile FOB au totalizat 5,065 miliarde de euro, iar importurile CIF 6,436 miliarde de euro.", "Romanian")]
    [InlineData("Deficitul balanţei comerciale s-a ridicat la 5,837 miliarde de euro în aceeaşi perioadă.", "Romanian")]
    [InlineData("Exports to Timișoara rose 12.4% to $5.2 billion.", "English")]
    [InlineData("Türkiye'nin ihracatı yüzde 5,3 artışla 20,1 milyar dolar oldu.", "English")]
    public void Detect_NamesTheLanguage(string text, string expected) =>
        Assert.Equal(expected, Lexicon.Detect(text).ToString());

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 7.854 − 6.120 = 1.734, [1.733, 1.735] ∩ 1.734 [1.7335, 1.7345] → consistent (a comma is the decimal point)
        { string.Format(Balance, "1,734"), ClaimKind.Difference, "1.734", Verdict.Consistent },
        // 1.834 [1.8335, 1.8345] misses [1.733, 1.735], all three in one sentence → inconsistent
        { string.Format(Balance, "1,834"), ClaimKind.Difference, "1.834", Verdict.Inconsistent },
        // "la exporturi", "la importuri": each amount's own measure; 6.120 + 7.854 = 13.974, [13.973, 13.975] ∩ [13.9735, 13.9745]
        { "Schimburile comerciale au totalizat 13,974 miliarde de euro, din care 6,120 miliarde de euro la exporturi şi 7,854 miliarde de euro la importuri.", ClaimKind.Sum, "13.974", Verdict.Consistent },
        // "milioane" (the plural of "milion") is a scale word: 5 120,3 + 7 854,1 = 12 974,4 million, [12974.3, 12974.5] ∋
        // 12 974,4 → consistent
        { "Schimburile comerciale au totalizat 12974,4 milioane euro, din care 5120,3 milioane euro la exporturi şi 7854,1 milioane euro la importuri.", ClaimKind.Sum, "12974.4", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict) =>
        ShapeCheck.Verify(text, kind, published, verdict);

    [Fact]
    public void MiliardeDeEuro_IsAnAmountInEuros()
    {
        var check = Assert.Single(VerificationReport.Check(string.Format(Balance, "1,734")).Checks, c => c.Claim.Kind == ClaimKind.Difference);
        Assert.Equal("EUR", check.Claim.To!.Currency.Code);
        Assert.All(check.Claim.Terms, t => Assert.Equal("EUR", t!.Currency.Code));
    }
}

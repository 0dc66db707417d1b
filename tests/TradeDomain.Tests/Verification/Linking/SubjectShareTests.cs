using TradeDomain.Verification;
using Xunit;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A share said of a named subject takes its part from the sentence that gives that subject's value of the
/// share's measure, wherever it stands; its whole is the document's total. Linked by subject, so never certain.</summary>
public sealed class SubjectShareTests
{
    // Figures invented for the tests. 3.20 / 10.00 = 32.0 % [3.195 / 10.005, 3.205 / 9.995] = [31.93, 32.07]
    private const string En = "Foreign trade turnover reached $10.00 billion in 2030. Exports rose to $4.00 billion and imports to $6.00 billion. "
                              + "Turnover with the EAEU countries grew to $3.20 billion. The share of the EAEU countries in foreign trade turnover was 32.0 percent.";

    // 1,30 / 5,00 = 26,0 % [25,87, 26,13]; 0,90 / 5,00 = 18,0 % [17,90, 18,10]; 2,80 / 5,00 = 56,0 % [55,89, 56,11]
    private const string Ru = "Товарооборот со странами региона в 2030 году составил $5,00 млрд. "
                              + "С Казахстаном товарооборот - $2,80 млрд, с Кыргызстаном товарооборот - $1,30 млрд, с Таджикистаном товарооборот - $0,90 млрд. "
                              + "Наибольшая доля товарооборота со странами региона приходится на Казахстан - 56,0%, далее идут Кыргызстан - 26,0% и Таджикистан - 18,0%.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        { En, ClaimKind.Share, "32.0", Verdict.Consistent },
        { Ru, ClaimKind.Share, "26.0", Verdict.Consistent },
        { Ru, ClaimKind.Share, "18.0", Verdict.Consistent },
        // 3.20 / 10.00 = 32 %, not 35 %, but the part is linked by its subject from another sentence: ambiguous
        { En.Replace("32.0 percent", "35.0 percent", StringComparison.Ordinal), ClaimKind.Share, "35.0", Verdict.Ambiguous },
        { Ru.Replace("Таджикистан - 18,0%", "Таджикистан - 28,0%", StringComparison.Ordinal), ClaimKind.Share, "28.0", Verdict.Ambiguous },
        // A share that names no measure is of the measure of its sentence's value named with its subject (exports to
        // Germany): 4.6 / 10.0 = 46%, [4.55 / 10.05, 4.65 / 9.95] = [45.27, 46.73] ∋ 46.0 [45.95, 46.05] → consistent
        { "In July total exports were $10.0 billion and exports to Germany were $4.6 billion; the proportion of Germany was 46.0%.", ClaimKind.Share, "46.0", Verdict.Consistent },
        { "В июле экспорт составил 10,0 млрд долларов, экспорт в Германию – 4,6 млрд долларов; доля Германии составила 46,0%.", ClaimKind.Share, "46.0", Verdict.Consistent },
        // 4.6 / 10.0 is no 56.0 [55.95, 56.05]: the part is linked by subject alone, so the mismatch is ambiguous
        { "In July total exports were $10.0 billion and exports to Germany were $4.6 billion; the proportion of Germany was 56.0%.", ClaimKind.Share, "56.0", Verdict.Ambiguous },
        { "В июле экспорт составил 10,0 млрд долларов, экспорт в Германию – 4,6 млрд долларов; доля Германии составила 56,0%.", ClaimKind.Share, "56.0", Verdict.Ambiguous },
    };

    // A country named as the sentence's first word: 2.00 / 10.00 = 20.0 % [19.93, 20.07]
    private const string EnLeading = "Foreign trade turnover reached $10.00 billion in 2030. Turnover with China rose to $2.00 billion. China accounted for 20.0 percent of turnover.";
    private const string RuLeading = "Внешнеторговый оборот в 2030 году составил $10,00 млрд. Товарооборот с Россией вырос до $2,00 млрд. Россия занимает 20,0% товарооборота.";

    public static TheoryData<string, ClaimKind, string, Verdict> LeadingShapes => new()
    {
        { EnLeading, ClaimKind.Share, "20.0", Verdict.Consistent },
        { RuLeading, ClaimKind.Share, "20.0", Verdict.Consistent },
        { EnLeading.Replace("20.0 percent", "25.0 percent", StringComparison.Ordinal), ClaimKind.Share, "25.0", Verdict.Ambiguous },
    };

    [Theory]
    [MemberData(nameof(LeadingShapes))]
    public void LeadingCountry_IsTheShareSubject(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    [Fact]
    public void TwoValuesOfTheSubject_LeaveThePartOpen()
    {
        // The EAEU's turnover is given twice with different values: no part is chosen.
        var text = En.Replace("Turnover with the EAEU countries grew to $3.20 billion.", "Turnover with the EAEU countries grew to $3.20 billion. Later figures put turnover with the EAEU countries at $3.50 billion.", StringComparison.Ordinal);
        var check = Assert.Single(VerificationReport.Check(text).Checks, c => c.Claim.Kind == ClaimKind.Share);
        Assert.Equal(Verdict.Unverifiable, check.Verdict);
    }
}

using TradeDomain.Verification;
using TradeDomain.Verification.Mentions;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>An acronym the text defines for an institution ("Pakistan Bureau of Statistics (PBS)", "Федеральная
/// таможенная служба (ФТС)") is a source wherever it is used later, no subject; an acronym of a group of countries
/// stays a subject. Invented figures, working in comments.</summary>
public class InstitutionAcronymTests
{
    [Theory]
    [InlineData("The Pakistan Bureau of Statistics (PBS) said so.", "pb")]
    [InlineData("Федеральная таможенная служба (ФТС) сообщила об этом.", "фтс")]
    [InlineData("Exports to the European Union (EU) rose.", "")]
    [InlineData("Товарооборот со странами Евразийского экономического союза (ЕАЭС) вырос.", "")]
    public void Acronyms_OfInstitutionsOnly(string text, string expected) =>
        Assert.Equal(expected, string.Join('+', MentionReader.InstitutionAcronyms(text)));

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 33.52 − 13.32 = 20.20 [20.19, 20.21] ∩ 20.20 [20.195, 20.205] → consistent, "PBS data" naming no subject
        { "Pakistan's trade deficit rose to $20.20 billion in July-February, the Pakistan Bureau of Statistics (PBS) said. Provisional PBS data show exports of $13.32 billion in July-February, while imports were $33.52 billion.",
            ClaimKind.Difference, "20.20", Verdict.Consistent },
        // 53,7 − 33,5 = 20,2 [20,1, 20,3] ∩ 20,2 [20,15, 20,25] → consistent
        { "Сальдо торгового баланса России составило 20,2 млрд долларов, сообщила Федеральная таможенная служба (ФТС). Оперативные данные ФТС показывают, что экспорт составил 53,7 млрд долларов, импорт - 33,5 млрд долларов.",
            ClaimKind.Difference, "20.2", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>An including phrase opening a sentence ("Of this …", "Из них …"; data class including-lead) takes its total
/// from the sentence before; such a list need not name every part, so one that does not add up is ambiguous. Invented
/// figures; working in comments.</summary>
public class IncludingLeadTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 41.20 + 96.35 = 137.55; inputs [137.54, 137.56] ∋ 137.55 → consistent
        { "Across the first four months, exports totalled US$137.55 billion, up 12.1% year-on-year. Of this the domestic sector supplied US$41.20 billion, up 20.5%, and the foreign-invested sector US$96.35 billion, up 9.3%.", ClaimKind.Sum, "137.55", Verdict.Consistent },
        // 512,4 + 230,1 = 742,5; [742,4; 742,6] ∋ 742,5 → consistent
        { "Экспорт за полугодие составил 742,5 млн долларов. Из них в страны дальнего зарубежья – 512,4 млн долларов, в страны СНГ – 230,1 млн долларов.", ClaimKind.Sum, "742.5", Verdict.Consistent },
        // 41.20 + 90.35 = 131.55 against 137.55: the list may leave parts out, and its total is in another sentence → ambiguous
        { "Across the first four months, exports totalled US$137.55 billion. Of this the domestic sector supplied US$41.20 billion and the foreign-invested sector US$90.35 billion.", ClaimKind.Sum, "137.55", Verdict.Ambiguous },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

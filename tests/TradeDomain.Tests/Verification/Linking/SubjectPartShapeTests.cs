using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A total said of a named subject takes its parts from the sentence naming that subject when candidates stand
/// as near before it with no subject, in English and Russian. Invented figures; each expectation's working is in its
/// comment.</summary>
public class SubjectPartShapeTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // The CIS turnover takes the CIS exports and imports after it, not the country's before it (equally near):
        // 2.4 + 2.1 = 4.5 [4.4, 4.6] ∋ 4.5 (the country's: 6.0 + 6.1 = 12.1)
        { "Exports grew to $6.0 billion, imports to $6.1 billion. Turnover with the CIS countries went up to $4.5 billion. Exports to the CIS countries rose to $2.4 billion, while imports from these countries increased to $2.1 billion.", ClaimKind.Sum, "4.5", Verdict.Consistent },
        { "Экспорт вырос до 6,0 млрд долларов, импорт – до 6,1 млрд долларов. Товарооборот со странами СНГ вырос до 4,5 млрд долларов. Экспорт в страны СНГ вырос до 2,4 млрд долларов, а импорт из этих стран увеличился до 2,1 млрд долларов.", ClaimKind.Sum, "4.5", Verdict.Consistent },
        // 2.4 + 2.1 = 4.5, not 5.0 [4.95, 5.05]; the parts stand in another sentence: ambiguous, never inconsistent
        { "Exports grew to $6.0 billion, imports to $6.1 billion. Turnover with the CIS countries went up to $5.0 billion. Exports to the CIS countries rose to $2.4 billion, while imports from these countries increased to $2.1 billion.", ClaimKind.Sum, "5.0", Verdict.Ambiguous },
        // A nearer sentence naming no subject still gives the parts ("Exports amounted to …" right after the total):
        // 1.2 + 0.8 = 2.0 [1.9, 2.1] ∋ 2.0
        { "Turnover with Russia reached $2.0 billion. Exports amounted to $1.2 billion and imports to $0.8 billion. Oil output was 5.0 million tonnes. Exports to Russia of grain were $0.3 billion.", ClaimKind.Sum, "2.0", Verdict.Consistent },
        { "Товарооборот с Россией достиг 2,0 млрд долларов. Экспорт составил 1,2 млрд долларов, импорт – 0,8 млрд долларов. Добыча нефти составила 5,0 млн тонн. Экспорт зерна в Россию составил 0,3 млрд долларов.", ClaimKind.Sum, "2.0", Verdict.Consistent },
        // A value said of "other countries" finds its total and named part up to nine sentences before it (linked by
        // size, never certain): 2.4 + 3.6 = 6.0 [5.9, 6.1] ∋ 6.0
        { "Exports grew to $6.0 billion. Oil output was 5.0 million tonnes. Gas output was 3.0 million tonnes. Coal output was 2.0 million tonnes. Grain harvest was 4.0 million tonnes. Exports to the CIS countries rose to $2.4 billion. Exports to other countries reached $3.6 billion.", ClaimKind.Sum, "6.0", Verdict.Consistent },
        { "Экспорт вырос до 6,0 млрд долларов. Добыча нефти составила 5,0 млн тонн. Добыча газа составила 3,0 млн тонн. Добыча угля составила 2,0 млн тонн. Урожай зерна составил 4,0 млн тонн. Экспорт в страны СНГ вырос до 2,4 млрд долларов. Экспорт в другие страны составил 3,6 млрд долларов.", ClaimKind.Sum, "6.0", Verdict.Consistent },
        // 2.4 + 3.9 = 6.3, not 6.0: ambiguous, never inconsistent
        { "Exports grew to $6.0 billion. Oil output was 5.0 million tonnes. Gas output was 3.0 million tonnes. Coal output was 2.0 million tonnes. Grain harvest was 4.0 million tonnes. Exports to the CIS countries rose to $2.4 billion. Exports to other countries reached $3.9 billion.", ClaimKind.Sum, "6.0", Verdict.Ambiguous },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

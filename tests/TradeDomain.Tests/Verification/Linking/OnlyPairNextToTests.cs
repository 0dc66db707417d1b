using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A total whose one exports and one imports value stand in the next sentence, with no other value of either flow
/// in the paragraph, is checked as certainly as one within its sentence: a wrong total is inconsistent, not ambiguous.
/// Invented figures; working in comments.</summary>
public class OnlyPairNextToTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 1 845 + 412 = 2 257 million; inputs [2256, 2258] miss 2 318 [2317.5, 2318.5] → inconsistent
        { "За девять месяцев внешнеторговый оборот республики составил 2 млрд 318 млн долларов. Экспорт достиг 1 млрд 845 млн долларов, импорт равен 412 млн долларов.", ClaimKind.Sum, "2318", Verdict.Inconsistent },
        // 1.845 + 0.412 = 2.257; inputs [2.2565, 2.2575] ∋ 2.257 → consistent
        { "Over nine months the republic's foreign trade turnover came to $2.257 billion. Exports reached $1.845 billion and imports $0.412 billion.", ClaimKind.Sum, "2.257", Verdict.Consistent },
        // Another exports value in the paragraph ("Exports in September alone were …"): the link is not certain, so the
        // mismatch is ambiguous.
        { "Over nine months the republic's foreign trade turnover came to $2.300 billion. Exports reached $1.845 billion and imports $0.412 billion. Exports in September alone were $0.210 billion.", ClaimKind.Sum, "2.300", Verdict.Ambiguous },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

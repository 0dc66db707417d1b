using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Numbers;

/// <summary>A multiple written as a participle ("doubling", "tripling", "удвоившись", "утроившись") is the factor, like
/// "doubled" and "удвоился". English and Russian; invented figures, working in comments.</summary>
public class MultipleWordFormTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 10.06/4.94 = 2.036 [2.033, 2.040] ∩ 2 [1.5, 2.5] → consistent
        { "Gold imports rose sharply, the value doubling from $4.94 billion last year to $10.06 billion this year.", ClaimKind.Multiple, "2", Verdict.Consistent },
        { "Импорт золота резко вырос, удвоившись с 4,94 млрд долларов в прошлом году до 10,06 млрд долларов в этом году.", ClaimKind.Multiple, "2", Verdict.Consistent },
        // The same figures against 3 [2.5, 3.5]: no overlap → inconsistent
        { "Gold imports rose sharply, the value tripling from $4.94 billion last year to $10.06 billion this year.", ClaimKind.Multiple, "3", Verdict.Inconsistent },
        { "Импорт золота резко вырос, утроившись с 4,94 млрд долларов в прошлом году до 10,06 млрд долларов в этом году.", ClaimKind.Multiple, "3", Verdict.Inconsistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

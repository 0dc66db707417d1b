using TradeDomain.Verification;
using Xunit;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A total and the parts listed after "including" / "в том числе" in its sentence: a sum, certain only where a
/// part is the rest of the whole.</summary>
public sealed class IncludedPartsTests
{
    // 732.5 + 107.8 = 840.3, inputs [840.2, 840.4]; 840.3 → [840.25, 840.35]: consistent; 850.3 is not.
    private const string Ru = "Экспорт в 2030 году составил 840,3 млн долларов, в т.ч. в страны дальнего зарубежья — 732,5 млн долларов, в страны ближнего зарубежья — 107,8 млн долларов.";

    // 3.7 + 1.5 = 5.2, inputs [5.1, 5.3]; 5.2 → [5.15, 5.25]: consistent; 5.9 is not.
    private const string En = "Imports reached $5.2 billion in 2030, of which $3.7 billion came from the CIS and $1.5 billion from other countries.";

    // The parts named are not all of the total: 3.7 + 1.5 ≠ 5.9 proves nothing.
    private const string EnOpen = "Exports reached $5.9 billion in 2030, including $3.7 billion to China and $1.5 billion to Russia.";
    private const string RuOpen = "Экспорт в 2030 году составил $5,9 млрд, в том числе в Китай - $3,7 млрд, в Россию - $1,5 млрд.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        { Ru, ClaimKind.Sum, "840.3", Verdict.Consistent },
        { Ru.Replace("840,3", "850,3", StringComparison.Ordinal), ClaimKind.Sum, "850.3", Verdict.Inconsistent },
        { En, ClaimKind.Sum, "5.2", Verdict.Consistent },
        { En.Replace("$5.2", "$5.9", StringComparison.Ordinal), ClaimKind.Sum, "5.9", Verdict.Inconsistent },
        { EnOpen, ClaimKind.Sum, "5.9", Verdict.Ambiguous },
        { RuOpen, ClaimKind.Sum, "5.9", Verdict.Ambiguous },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

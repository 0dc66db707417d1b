using TradeDomain.Verification;
using Xunit;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A rate whose two values stand in the next sentence, the earlier one marked by its period only ("compared
/// to $1.620 billion in May 2029"): linked by measure and period, so never certain.</summary>
public sealed class RatePairElsewhereTests
{
    // 2.144 / 1.620 − 1 = 32.35 %; inputs [2.1435 / 1.6205 − 1, 2.1445 / 1.6195 − 1] = [32.27, 32.42]; 32.35 → [32.345, 32.355].
    private const string En = "In May 2030 exports surged by 32.35 percent against May 2029. Exports in May 2030 were recorded at $2.144 billion compared to $1.620 billion in May 2029.";
    private const string Ru = "В мае 2030 года экспорт вырос на 32,35% к маю 2029 года. Экспорт в мае 2030 года составил $2,144 млрд против $1,620 млрд в мае 2029 года.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        { En, ClaimKind.Growth, "32.35", Verdict.Consistent },
        { Ru, ClaimKind.Growth, "32.35", Verdict.Consistent },
        { En.Replace("32.35 percent", "35.00 percent", StringComparison.Ordinal), ClaimKind.Growth, "35.00", Verdict.Ambiguous },
        { Ru.Replace("32,35%", "35,00%", StringComparison.Ordinal), ClaimKind.Growth, "35.00", Verdict.Ambiguous },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

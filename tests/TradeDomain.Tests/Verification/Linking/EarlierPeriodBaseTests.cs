using TradeDomain.Verification;
using Xunit;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A base introduced by "from" with an earlier period between the word and the number ("from last year's
/// $4.0 billion", "с прошлогодних $4,0 млрд"); the earlier period belongs to the base, not to the new value before it.</summary>
public sealed class EarlierPeriodBaseTests
{
    // 4.5 / 4.0 − 1 = 12.5 %; inputs [4.45 / 4.05 − 1, 4.55 / 3.95 − 1] = [9.88, 15.19]; 12.5 → [12.45, 12.55]; 20.0 is outside.
    private const string En = "Exports rose 12.5% to $4.5 billion from last year's $4.0 billion.";
    private const string Ru = "Экспорт вырос на 12,5% до $4,5 млрд с прошлогодних $4,0 млрд.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        { En, ClaimKind.Growth, "12.5", Verdict.Consistent },
        { Ru, ClaimKind.Growth, "12.5", Verdict.Consistent },
        { En.Replace("12.5%", "20.0%", StringComparison.Ordinal), ClaimKind.Growth, "20.0", Verdict.Inconsistent },
        { Ru.Replace("12,5%", "20,0%", StringComparison.Ordinal), ClaimKind.Growth, "20.0", Verdict.Inconsistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A rate with its new value but no base takes the base from a nearby sentence that restates that new value
/// (the same figure and measure) with one earlier value beside it ("… $60.5 billion (in the first quarter of 2029 -
/// $48.2 billion)"). English and Russian; invented figures, working in comments.</summary>
public class RestatedValueBaseTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 60.5/48.2 − 1 = 25.52% [25.285, 25.753] ∩ 25.5 [25.45, 25.55] → consistent
        { "In the first quarter of 2030 the trade surplus grew by 25.5% to $60.5 billion. According to the agency, the surplus stayed positive at $60.5 billion (in the first quarter of 2029 - $48.2 billion).", ClaimKind.Growth, "25.5", Verdict.Consistent },
        { "Положительное сальдо торговли в первом квартале 2030 года выросло на 25,5%, до 60,5 млрд долларов. По словам ведомства, сальдо оставалось положительным и составило 60,5 млрд долларов (в первом квартале 2029 года - 48,2 млрд долларов).", ClaimKind.Growth, "25.5", Verdict.Consistent },
        // The same base against 27.5 [27.45, 27.55]: no overlap, but the base is linked from another sentence → ambiguous
        { "In the first quarter of 2030 the trade surplus grew by 27.5% to $60.5 billion. According to the agency, the surplus stayed positive at $60.5 billion (in the first quarter of 2029 - $48.2 billion).", ClaimKind.Growth, "27.5", Verdict.Ambiguous },
        { "Положительное сальдо торговли в первом квартале 2030 года выросло на 27,5%, до 60,5 млрд долларов. По словам ведомства, сальдо оставалось положительным и составило 60,5 млрд долларов (в первом квартале 2029 года - 48,2 млрд долларов).", ClaimKind.Growth, "27.5", Verdict.Ambiguous },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

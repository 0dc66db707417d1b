using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A rate whose new value and change stand in a nearby sentence ("Exports increased by $1.0 billion to $31.1
/// billion"): the base is the new value less the change; a rate said of one partner takes no values of the whole.
/// English and Russian; invented figures, working in comments.</summary>
public class ChangePairTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // base = 31.1 − 1.0 = 30.1; 31.1 / 30.1 − 1 = 3.322%, within the rounding [31.05/30.2 − 1, 31.15/30.0 − 1] =
        // [2.815, 3.833] ∩ 3.4 [3.35, 3.45] → consistent
        { "Exports rose 3.4% in October. The surplus was $428 million. Exports increased by $1.0 billion to $31.1 billion.", ClaimKind.Growth, "3.4", Verdict.Consistent },
        { "Экспорт в октябре вырос на 3,4%. Профицит составил 428 млн долларов. Экспорт увеличился на 1,0 млрд долларов до 31,1 млрд долларов.", ClaimKind.Growth, "3.4", Verdict.Consistent },
        // Exports to one partner: the values of all exports are not its values.
        { "Exports to Canada rose 3.6% in October. The surplus was $428 million. Exports increased by $1.0 billion to $31.1 billion.", ClaimKind.Growth, "3.6", Verdict.Unverifiable },
        { "Экспорт в Канаду в октябре вырос на 3,6%. Профицит составил 428 млн долларов. Экспорт увеличился на 1,0 млрд долларов до 31,1 млрд долларов.", ClaimKind.Growth, "3.6", Verdict.Unverifiable },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

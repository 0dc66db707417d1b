using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>"Доля экспортных операций составила 65%, импортных – 35%", "the share of exports was 64 percent": a share of
/// exports or imports that names no whole and no partner is of the turnover of its period, linked as implied (never
/// certain, so a mismatch is ambiguous, not inconsistent). Invented figures; working in comments.</summary>
public class FlowShareOfTurnoverTests
{
    private const string English = "Foreign trade turnover reached $7.6 billion. Exports were $4.9 billion and imports $2.7 billion. ";
    private const string Russian = "Товарооборот области составил 7,6 млрд долларов. Экспорт составил 4,9 млрд долларов, импорт – 2,7 млрд долларов. ";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 4.9 / 7.6 = 64.47%; inputs [4.85 / 7.65, 4.95 / 7.55] = [63.40, 65.56] ∋ 64 [63.5, 64.5] → consistent
        { English + "The share of exports was 64 percent.", ClaimKind.Share, "64", Verdict.Consistent },
        { Russian + "Доля экспорта составила 64%, импорта – 36%.", ClaimKind.Share, "64", Verdict.Consistent },
        // 2.7 / 7.6 = 35.53%; inputs [2.65 / 7.65, 2.75 / 7.55] = [34.64, 36.42] ∋ 36 [35.5, 36.5] → consistent
        { Russian + "Таким образом, доля экспортных операций составила 64%, импортных – 36%.", ClaimKind.Share, "36", Verdict.Consistent },
        // 80 is outside [63.40, 65.56], but the whole is implied, not named → ambiguous, never a false alarm
        { English + "The share of exports was 80 percent.", ClaimKind.Share, "80", Verdict.Ambiguous },
        { Russian + "Доля экспорта составила 80%.", ClaimKind.Share, "80", Verdict.Ambiguous },
        // A share of exports to a partner is of exports, not of turnover: the part (exports to China) is not given
        { English + "The share of exports to China was 20 percent.", ClaimKind.Share, "20", Verdict.Unverifiable },
        { Russian + "Доля экспорта в Китай составила 20%.", ClaimKind.Share, "20", Verdict.Unverifiable },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A rate whose sentence gives only its earlier level, before it ("In the same period last year foreign trade
/// stood at Rs 1.319 trillion, so this year's trade volume is down by 3 percent"), is of its measure's one current value
/// nearby (of the same subject; "FY 2080/081" names none); "shipments" are exports. Invented figures; working in comments.</summary>
public class EarlierLevelRateTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 1 − 1.281 / 1.319 = 2.881%; inputs [1 − 1.2815 / 1.3185, 1 − 1.2805 / 1.3195] = [2.806, 2.956] ∩ 3 [2.5, 3.5] → consistent
        { "Foreign trade in the first nine months of the fiscal year (FY 2080/081) came to Rs 1.281 trillion. In the same period last year foreign trade stood at Rs 1.319 trillion, so this year's trade volume is down by 3 percent.", ClaimKind.Growth, "3", Verdict.Consistent },
        { "Товарооборот за девять месяцев составил 1,281 трлн рупий. В аналогичном периоде прошлого года товарооборот составлял 1,319 трлн рупий, то есть он сократился на 3%.", ClaimKind.Growth, "3", Verdict.Consistent },
        // "За тот же период": a one-letter pattern ("т* же период* прошл*") is found by its letter (it was not, before)
        { "Товарооборот за девять месяцев составил 1,281 трлн рупий. За тот же период прошлого года товарооборот составлял 1,319 трлн рупий, то есть он сократился на 3%.", ClaimKind.Growth, "3", Verdict.Consistent },
        // 5 [4.5, 5.5] ∌ [2.806, 2.956], but the current level is linked from another sentence → ambiguous, not a false alarm
        { "Foreign trade in the first nine months of the fiscal year came to Rs 1.281 trillion. In the same period last year foreign trade stood at Rs 1.319 trillion, so this year's trade volume is down by 5 percent.", ClaimKind.Growth, "5", Verdict.Ambiguous },
        // A level after the rate is its new value, whatever period words follow: "imports went up 31.1% to €5.894 billion
        // against the same period in 2005" has no base → unverifiable (not Montenegro's €45.5 million of the next sentence)
        { "Imports went up 31.1% to €5.894 billion against the same period in 2005. Goods exchanged with Montenegro amounted to €207.4 million, with exports of €161.9 million and imports €45.5 million.", ClaimKind.Growth, "31.1", Verdict.Unverifiable },
        // 26.47 / 24.02 − 1 = 10.200%; inputs [10.156, 10.244] ∋ 10.22 [10.215, 10.225] → consistent
        { "India's exports rose 10.22 per cent in June. Shipments in June stood at USD 26.47 billion as compared to USD 24.02 billion in the same month last year.", ClaimKind.Growth, "10.22", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Hold-out set 11's ranked lists: "Major exports were gold at 21.6 percent, nickel mattes 17.3 percent, …"
/// (bare percentages after a list head are shares of the measure it names), "15.6 percent of total goods exports, worth
/// SR46.010 billion" (the share's part after it), "with a value of SR26.408 billion and a share of 9 percent" (the part
/// before it), and another share's part is no whole. Invented figures; working in comments.</summary>
public class RankedListShareTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 21.6 + 17.3 + 13 + 21.5 = 73.4 ≤ 100 → consistent
        { "Major exports were semi-manufactured gold at 21.6 percent, nickel mattes 17.3 percent, tobacco 13 percent and mineral substances 21.5 percent.", ClaimKind.ShareSet, "73.4", Verdict.Consistent },
        { "Основные статьи экспорта: золото – 21,6%, никель – 17,3%, табак – 13%, минеральное сырьё – 21,5%.", ClaimKind.ShareSet, "73.4", Verdict.Consistent },
        // 61.6 + 37.3 + 13 = 111.9 > 100 + 0.15 (three shares' rounding) → inconsistent
        { "Major exports were gold at 61.6 percent, nickel 37.3 percent and tobacco 13 percent.", ClaimKind.ShareSet, "111.9", Verdict.Inconsistent },
        // 32.7 + 14.0 + 6.1 = 52.8 → consistent ("the main sources of imports": the head three words before the measure)
        { "The main sources of imports in the same month were South Africa, 32.7 percent, and China and Egypt at 14.0 percent and 6.1 percent respectively.", ClaimKind.ShareSet, "52.8", Verdict.Consistent },

        // 46.010 / 294.51 = 15.623%, [15.622, 15.623] ∋ 15.6 [15.55, 15.65] → consistent
        { "Merchandise exports totaled SR294.51 billion. The European Union group came second with 15.6 percent of total goods exports, worth SR46.010 billion.", ClaimKind.Share, "15.6", Verdict.Consistent },
        { "Экспорт составил 294,51 млрд долларов. Доля Евросоюза составила 15,6% экспорта, на сумму 46,010 млрд долларов.", ClaimKind.Share, "15.6", Verdict.Consistent },
        // 26.408 / 294.51 = 8.967%, ∋ 9 [8.5, 9.5] → consistent (China's 47.588 as the whole, 55.5%, was a false alarm)
        { "Merchandise exports totaled SR294.51 billion. By country, China was the largest importer with 16.2 percent of the Kingdom's total goods exports, worth SR47.588 billion, while South Korea followed with a value of SR26.408 billion and a share of 9 percent of total goods exports.", ClaimKind.Share, "9", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

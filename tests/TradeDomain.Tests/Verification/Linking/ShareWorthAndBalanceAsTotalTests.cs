using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Hold-out set 12's shapes: a share included in another after its own amount ("19.20% of total exports, of which
/// non-oil products contributed N1.779 trillion or 9.28%") is no member of the share set; a flow's share of the turnover
/// with its worth after it ("Exports made up 60.25% of total trade, with a value of N19.167 trillion, up 51.00% from …"):
/// the worth and the figures after it are the flow's; a "balance" larger than both flows is read as their total.
/// Invented figures; working in comments.</summary>
public class ShareWorthAndBalanceAsTotalTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 80.80 + 19.20 = 100.00, complete split ∋ 100 → consistent; 9.28 (of which) is a part of the 19.20, not a member
        { "Crude oil dominated export trade at N15.487 trillion, or 80.80% of total exports, while non-crude oil exports came to N3.681 trillion, 19.20% of total exports; of which non-oil products contributed N1.779 trillion or 9.28% of total exports.", ClaimKind.ShareSet, "100.00", Verdict.Consistent },
        { "На нефть пришлось 15,487 трлн, или 80,80% экспорта, на остальные товары – 3,681 трлн, или 19,20% экспорта, в том числе на ненефтяные продукты – 1,779 трлн, или 9,28% экспорта.", ClaimKind.ShareSet, "100.00", Verdict.Consistent },
        // 19.167 / 31.81 = 60.2546%; inputs [19.1665 / 31.815, 19.1675 / 31.805] = [60.2436, 60.2657] ∋ 60.25 [60.245, 60.255] → consistent
        { "Total merchandise trade came to N31.81 trillion. Exports made up 60.25% of total trade in the quarter, with a value of N19.167 trillion, up 51.00% from N12.693 trillion.", ClaimKind.Share, "60.25", Verdict.Consistent },
        // 19.167 / 12.693 − 1 = 51.0045%; inputs [50.9946, 51.0144] ∋ 51.00 [50.995, 51.005] → consistent (the rate is of exports, not of the total trade)
        { "Total merchandise trade came to N31.81 trillion. Exports made up 60.25% of total trade in the quarter, with a value of N19.167 trillion, up 51.00% from N12.693 trillion.", ClaimKind.Growth, "51.00", Verdict.Consistent },
        // "balance … totalled 31.1" with exports 16.18 and imports 15.03: no difference can exceed both flows; as a total,
        // 16.18 + 15.03 = 31.21, inputs [31.20, 31.22] ∌ 31.1 [31.05, 31.15] → inconsistent under either reading
        { "In all, Brazil's balance of trade totalled US$31.1bn in February, as exports rose 3.9% to US$16.18bn and imports grew 13.4% to US$15.03bn.", ClaimKind.Sum, "31.1", Verdict.Inconsistent },
        { "Сальдо внешней торговли в феврале составило 31,1 млрд долларов: экспорт вырос на 3,9% до 16,18 млрд долларов, импорт – на 13,4% до 15,03 млрд долларов.", ClaimKind.Sum, "31.1", Verdict.Inconsistent },
        // 31.2 [31.15, 31.25] ∩ [31.20, 31.22] → consistent: the word was misused, the figure is the total
        { "In all, Brazil's balance of trade totalled US$31.2bn in February, as exports rose 3.9% to US$16.18bn and imports grew 13.4% to US$15.03bn.", ClaimKind.Sum, "31.2", Verdict.Consistent },
        // A balance smaller than its flows stays a difference: 16.18 − 15.03 = 1.15, inputs [1.14, 1.16] ∌ 1.5 → inconsistent
        { "Brazil's trade balance was US$1.5bn in February, as exports rose 3.9% to US$16.18bn and imports grew 13.4% to US$15.03bn.", ClaimKind.Difference, "1.5", Verdict.Inconsistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

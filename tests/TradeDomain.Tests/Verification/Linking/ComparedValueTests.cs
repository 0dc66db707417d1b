using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Hold-out set 10's comparisons: "11.2 billion ISK more in September 2020 than in September 2019, or 22.2%" (a
/// change whose own rate follows its comparison), "4 billion ISK lower than in September 2019, or 5.8% at …", a second
/// change and rate of the same value ("…, and a drop of QR 1.6 billion or 7.0% compared to February"), a ranked list
/// whose first share has no share word ("with 26.8%, followed by … with a share of 12.1%"), a total named before its
/// parts ("Total goods exports, counting … re-exports"), and the Namibian dollar and Qatari riyal written N$ and QR.
/// Invented figures; working in comments.</summary>
public class ComparedValueTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 11.2 / (61.6 − 11.2) = 22.22%, [11.15 / 50.5, 11.25 / 50.3] = [22.08, 22.37] ∋ 22.2 → consistent
        { "In September 2020 exports were 61.6 billion ISK. Exports were worth 11.2 billion ISK more in September 2020 than in September 2019, or 22.2% at current exchange rates.", ClaimKind.Growth, "22.2", Verdict.Consistent },
        // 4 / (65.4 + 4) = 5.76%, [3.5 / 68.95, 4.5 / 69.85] = [5.08, 6.44] ∋ 5.8 → consistent
        { "In September 2020 imports amounted to 65.4 billion ISK. Imports in September 2020 were 4 billion ISK lower than in September 2019, or 5.8% at current exchange rates.", ClaimKind.Growth, "5.8", Verdict.Consistent },
        { "В сентябре 2020 года экспорт составил 61,6 млрд долларов. Экспорт был на 11,2 млрд долларов больше, чем в сентябре 2019 года, или на 22,2%.", ClaimKind.Growth, "22.2", Verdict.Consistent },

        // The second change of the same 21.3: 1.6 / (21.3 + 1.6) = 6.99%, [1.55 / 22.9, 1.65 / 22.9] = [6.77, 7.21] ∋ 7.0 → consistent
        { "In March the trade surplus was QR21.3 billion, a decrease of QR5.2 billion or 19.6 percent compared to March 2022, and a drop of QR1.6 billion or 7.0% compared to February.", ClaimKind.Growth, "7.0", Verdict.Consistent },
        // and the first: 5.2 / 26.5 = 19.62%, [5.15 / 26.5, 5.25 / 26.5] = [19.43, 19.81] ∋ 19.6 → consistent
        { "In March the trade surplus was QR21.3 billion, a decrease of QR5.2 billion or 19.6 percent compared to March 2022, and a drop of QR1.6 billion or 7.0% compared to February.", ClaimKind.Growth, "19.6", Verdict.Consistent },

        // 26.8 + 12.1 + 10.5 + 5.9 = 55.3 ≤ 100 → consistent
        { "Precious stones dominated the re-export basket with 26.8%, followed by petroleum oils with a share of 12.1%, copper with a share of 10.5% and printed matter with a share of 5.9%.", ClaimKind.ShareSet, "55.3", Verdict.Consistent },
        { "Лидируют драгоценные камни с 26,8%, за ними следуют нефтепродукты с долей 12,1%, медь с долей 10,5% и печатная продукция с долей 5,9%.", ClaimKind.ShareSet, "55.3", Verdict.Consistent },

        // 14.4 / 18 − 1 = −20.0%, [14.35 / 18.5, 14.45 / 17.5] − 1 = [−22.4, −17.4] ∋ −20.3 → consistent
        { "Namibia's total merchandise trade came to N$14.4 billion, a decrease of 20.3% when compared to N$18 billion recorded in March 2022.", ClaimKind.Growth, "20.3", Verdict.Consistent },
        // The total exports, not a part: 30.9 − 9.6 = 21.3, [21.2, 21.4] ∋ 21.3 → consistent
        { "Total goods exports, counting goods of domestic origin and re-exports, came to QR30.9 billion. Goods imports fell to QR9.6 billion. The trade surplus was QR21.3 billion.", ClaimKind.Difference, "21.3", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

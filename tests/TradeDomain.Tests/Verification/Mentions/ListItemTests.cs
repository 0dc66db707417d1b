using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>Lists of named items, as releases print partners and regions: "Китай – 31,5 млрд долларов (экспорт – 16,2 млрд,
/// импорт – 15,3 млрд), Россия – 27,1 млрд долларов (…)". Each item has its own name and its bracketed measure words stay
/// its own; an item's unlabelled amount followed by its exports and imports is their total; an amount before a bracketed
/// share of the turnover is a turnover, and an item with no measure word of its own takes the one of the item before.
/// English and Russian; invented figures, working in comments.</summary>
public class ListItemTests
{
    private const string Russian = "Внешнеторговый оборот в 2023 году составил 139,8 млрд долларов. Основные партнеры: Китай – 31,5 млрд долларов (экспорт – 16,2 млрд, импорт – 15,3 млрд), Россия – 27,1 млрд долларов (экспорт – 9,2 млрд, импорт – 17,9 млрд).";
    private const string English = "Foreign trade turnover in 2023 was $139.8 billion. Main partners: China – $31.5 billion (exports – $16.2 billion, imports – $15.3 billion), Russia – $27.1 billion (exports – $9.2 billion, imports – $16.9 billion).";
    private const string Regions = "Ташкентская обл. – 4,8 млрд., экспорт – 1,8 млрд., импорт 3 млрд. долларов США\nАндижанская обл. – 2,7 млрд., экспорт – 780,1 млн., импорт 1,9 млрд. долларов США";
    private const string Partners = "In January-April turnover came to $21.3bn. The top partners were China - $4.1bn (19.2% of the total trade), Russia - $3.0bn (14.1%), and Kazakhstan - $1.8bn (8.5%). Exports to Kazakhstan were $612.4mln and imports from Kazakhstan were $1,190mln.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 16.2 + 15.3 = 31.5, [31.4, 31.6] ∩ 31.5 [31.45, 31.55] → consistent (China's own parts, not Russia's)
        { Russian, ClaimKind.Sum, "31.5", Verdict.Consistent },
        // 9.2 + 17.9 = 27.1, [27.0, 27.2] ∩ [27.05, 27.15] → consistent
        { Russian, ClaimKind.Sum, "27.1", Verdict.Consistent },
        { English, ClaimKind.Sum, "31.5", Verdict.Consistent },
        // 9.2 + 16.9 = 26.1, [26.0, 26.2] misses 27.1 [27.05, 27.15] → inconsistent
        { English, ClaimKind.Sum, "27.1", Verdict.Inconsistent },
        // a region's unlabelled amount with its exports and imports after it: 1.8 + 3 = 4.8, [1.75 + 2.5, 1.85 + 3.5] =
        // [4.25, 5.35] ∩ 4.8 [4.75, 4.85] → consistent
        { Regions, ClaimKind.Sum, "4.8", Verdict.Consistent },
        // 0.7801 + 1.9 = 2.6801, [0.78005 + 1.85, 0.78015 + 1.95] = [2.63005, 2.73015] ∩ 2.7 [2.65, 2.75] → consistent
        { Regions, ClaimKind.Sum, "2.7", Verdict.Consistent },
        // Kazakhstan's $1.8bn is a turnover as the items before it are (China's share is of the total trade):
        // 612.4 + 1 190 = 1 802.4 million, [1 801.85, 1 802.95] ∩ 1.8 billion [1 750, 1 850] → consistent
        { Partners, ClaimKind.Sum, "1.8", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

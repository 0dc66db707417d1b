using TradeDomain.Verification;
using TradeDomain.Verification.Languages;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Shares whose whole is stated elsewhere in the document, shares listed after a share statement, and lists
/// stated complete by a data word (issue #10). Invented figures; each expectation's working is in its comment.</summary>
public class ShareWholeTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // The part is of the whole's own measure (a partner's turnover of the total turnover), the whole two sentences back:
        // 4.1 / 20.0 = 20.5 % [4.05 / 20.05, 4.15 / 19.95] = [20.20, 20.80] ∋ 20.5
        { "Foreign trade turnover reached $20.0 billion in the first half. Exports grew. Turnover with Ruritania came to $4.1 billion (20.5 percent of total turnover).", ClaimKind.Share, "20.5", Verdict.Consistent },
        { "Внешнеторговый оборот составил 20,0 млрд долларов. Экспорт вырос. Товарооборот с Руританией составил 4,1 млрд долларов (20,5% от общего товарооборота).", ClaimKind.Share, "20.5", Verdict.Consistent },
        // Two current turnovers in one sentence: only 33.0 is larger than the part 22.1 (a whole exceeds its parts):
        // 22.1 / 33.0 = 66.97 % [22.05 / 33.05, 22.15 / 32.95] = [66.72, 67.22] ∋ 67.0
        { "Turnover grew to $5.0 billion in January and from $30.0 billion to $33.0 billion over the year. Exports were $22.1 billion. The share of exports in turnover was 67.0 percent.", ClaimKind.Share, "67.0", Verdict.Consistent },
        { "Товарооборот вырос до 5,0 млрд долларов в январе и с 30,0 млрд до 33,0 млрд долларов за год. Экспорт составил 22,1 млрд долларов. Доля экспорта в товарообороте составила 67,0%.", ClaimKind.Share, "67.0", Verdict.Consistent },
        // 22.1 / 33.0 = 67 %, not 80 %, but the whole is linked from another sentence: ambiguous, never inconsistent
        { "Turnover grew to $5.0 billion in January and from $30.0 billion to $33.0 billion over the year. Exports were $22.1 billion. The share of exports in turnover was 80.0 percent.", ClaimKind.Share, "80.0", Verdict.Ambiguous },
        // "of the total" names no measure: the document's total before it, 5.68 / 10.0 = 56.8 % [56.47, 57.14] ∋ 56.8
        { "Trade reached 10.0 trillion yuan in the quarter. Private firms traded 5.68 trillion yuan, accounting for 56.8% of the total.", ClaimKind.Share, "56.8", Verdict.Consistent },
        { "Товарооборот за квартал составил 10,0 трлн юаней. Частные компании обеспечили 5,68 трлн юаней, или 56,8% от общего объема.", ClaimKind.Share, "56.8", Verdict.Consistent },
        // An amount printed with its own share is a part, not the whole of another share: the whole is not given
        { "Ruritania's exports reached $386.7 million, or 32.8 percent. Freedonia's share was 19.5 percent, or $230 million.", ClaimKind.Share, "19.5", Verdict.Unverifiable },
        { "Экспорт в Руританию составил 386,7 млн долларов, или 32,8%. Доля Фридонии составила 19,5%, или 230 млн долларов.", ClaimKind.Share, "19.5", Verdict.Unverifiable },
        // A bare percentage after a share statement continues its list: 45.5 + 54.4 = 99.9 ≤ 100 + 0.1
        { "The share of imports in turnover amounted to 45.5%, and exports 54.4%.", ClaimKind.ShareSet, "99.9", Verdict.Consistent },
        { "Доля импорта в товарообороте составила 45,5%, а экспорта – 54,4%.", ClaimKind.ShareSet, "99.9", Verdict.Consistent },
        // ... and is a share of the same whole, its part named by its measure: 5.44 / 10.0 = 54.4 % [54.08, 54.72]
        { "Turnover was $10.0 billion, with imports of $4.55 billion and exports of $5.44 billion. The share of imports in turnover amounted to 45.5%, and exports 54.4%.", ClaimKind.Share, "54.4", Verdict.Consistent },
        // A list read from its shape only may join shares of different wholes: 60 + 47 = 107 > 100 is ambiguous, not inconsistent
        { "Trade among members is 60 percent of the total turnover in the first bloc, and 47 percent in the second.", ClaimKind.ShareSet, "107", Verdict.Ambiguous },
        { "Доля взаимной торговли составляет 60% в первом блоке и 47% во втором.", ClaimKind.ShareSet, "107", Verdict.Ambiguous },
        // A list that names the rest ("others", "прочие", data words of the list-complete class) must make 100:
        // 60 + 30 + 10 = 100; 60 + 30 + 5 = 95, beyond 100 − 1.5
        { "Main partners: Ruritania – 60%, Freedonia – 30%, others – 10%.", ClaimKind.ShareSet, "100", Verdict.Consistent },
        { "Main partners: Ruritania – 60%, Freedonia – 30%, others – 5%.", ClaimKind.ShareSet, "95", Verdict.Inconsistent },
        { "Основные партнеры: Руритания – 60%, Фридония – 30%, прочие страны – 5%.", ClaimKind.ShareSet, "95", Verdict.Inconsistent },
        // without such a word the list may be partial: 95 ≤ 100
        { "Основные партнеры: Руритания – 60%, Фридония – 30%, Лилипутия – 5%.", ClaimKind.ShareSet, "95", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    [Theory]
    [InlineData("en", "other*")]
    [InlineData("ru", "прочи*")]
    [InlineData("uk", "інш*")]
    public void ListCompleteWords_AreLanguageData(string language, string word) =>
        Assert.Contains(Lexicon.Phrases(language), p => p.Class == "list-complete" && string.Join(' ', p.Words) == word);
}

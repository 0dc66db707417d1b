using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>"The NBS put imports at 48.84 per cent of total trade": a share of a measure in another whole, with no value in
/// its clause, is of that measure's one value stated before it; a threshold ("each earned over $1 billion") is no part of
/// anything; "export turnover" is exports and "import-export turnover" the turnover. English and Russian; invented
/// figures, working in comments.</summary>
public class ShareOfMeasureTests
{
    private const string Nigeria = "Total trade came to N10.40 trillion in the quarter. Exports rose to N5.30 trillion. Imports fell to N5.10 trillion. The bureau put imports at {0} per cent of total trade.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 5.10 / 10.40 = 49.038%; [5.095 / 10.405, 5.105 / 10.395] = [48.967, 49.110] ∩ 49.04 [49.035, 49.045] → consistent
        { string.Format(Nigeria, "49.04"), ClaimKind.Share, "49.04", Verdict.Consistent },
        // 51.04 misses [48.967, 49.110], but the part and whole were found in other sentences by measure: ambiguous, no alarm
        { string.Format(Nigeria, "51.04"), ClaimKind.Share, "51.04", Verdict.Ambiguous },
        // 5.1 / 10.4 = 49.04%; [5.05 / 10.45, 5.15 / 10.35] = [48.33, 49.76] ∩ 49.0 [48.95, 49.05] → consistent
        { "Товарооборот составил 10,4 млрд долларов. Импорт составил 5,1 млрд долларов. Таким образом, импорт составил 49,0% товарооборота.", ClaimKind.Share, "49.0", Verdict.Consistent },
        // "$1 billion" is the bar each good cleared: the share's part (the 23 goods together) is not printed → unverifiable
        { "Exports came to $136.2 billion. In the period 23 goods each earned over $1 billion in export turnover, together accounting for 87.4 percent of total exports.", ClaimKind.Share, "87.4", Verdict.Unverifiable },
        { "Экспорт составил 136,2 млрд долларов. На 23 товара с экспортом свыше 1 млрд долларов каждый пришлось 87,4% всего экспорта.", ClaimKind.Share, "87.4", Verdict.Unverifiable },
        // "import-export turnover" is the turnover: 40.21 + 58.43 = 98.64, [98.63, 98.65] ∩ [98.635, 98.645] → consistent
        { "Last year the total import-export turnover with China reached 98.64 billion USD, of which exports were 40.21 billion USD and imports were 58.43 billion USD.", ClaimKind.Sum, "98.64", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>"Japan followed at 9.9 percent and India at 8.9 percent, with exports of 13.2 billion and 11.9 billion
/// respectively": in a one-by-one sentence the values after a clause's shares are their parts, in order — and no share's
/// part is another share's whole (13.2 is Japan's part, not the whole of India's 8.9). Invented figures; working in comments.</summary>
public class RespectiveSharePartTests
{
    private const string English = "Total exports climbed 49.1 percent in August to SR133.7 billion. China took 17.6 percent of total exports in August with a value of SR23.5 billion; Japan followed at 9.9 percent and India at 8.9 percent, with exports of 13.2 billion and 11.9 billion respectively.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 13.2 / 133.7 = 9.873%; inputs [13.15 / 133.75, 13.25 / 133.65] = [9.832, 9.914] ∋ 9.9 [9.85, 9.95] → consistent
        { English, ClaimKind.Share, "9.9", Verdict.Consistent },
        // 11.9 / 133.7 = 8.901%; inputs [8.860, 8.941] ∋ 8.9 [8.85, 8.95] → consistent (not 11.9 of 13.2 = 90.2%)
        { English, ClaimKind.Share, "8.9", Verdict.Consistent },
        { "Экспорт в августе составил 133,7 млрд риялов. На Японию и Индию пришлось 9,9% и 8,9% экспорта, или 13,2 млрд и 11,9 млрд риялов соответственно.", ClaimKind.Share, "8.9", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

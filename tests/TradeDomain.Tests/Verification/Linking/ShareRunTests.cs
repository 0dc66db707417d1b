using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Percentages printed one after another ("made up 95.0%, 3.2% and 1.2% of total exports, respectively") are
/// one list: where its first or last is a share, every member is a share of that whole, and the three form a share
/// set; a run of growth rates stays growth. English and Russian; invented figures, working in comments.</summary>
public class ShareRunTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 95.0 + 3.2 + 1.2 = 99.4; [99.25, 99.55] ≤ 100 → consistent
        { "In March, manufacturing, agriculture and mining made up 95.0%, 3.2% and 1.2% of total exports, respectively.", ClaimKind.ShareSet, "99.4", Verdict.Consistent },
        { "В марте на долю обрабатывающей промышленности, сельского хозяйства и добычи пришлось 95,0%, 3,2% и 1,2% всего экспорта соответственно.", ClaimKind.ShareSet, "99.4", Verdict.Consistent },
        // 95.0 + 6.2 + 1.2 = 102.4; [102.25, 102.55] > 100 → inconsistent
        { "In March, manufacturing, agriculture and mining made up 95.0%, 6.2% and 1.2% of total exports, respectively.", ClaimKind.ShareSet, "102.4", Verdict.Inconsistent },
        { "В марте на долю обрабатывающей промышленности, сельского хозяйства и добычи пришлось 95,0%, 6,2% и 1,2% всего экспорта соответственно.", ClaimKind.ShareSet, "102.4", Verdict.Inconsistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    [Theory]
    [InlineData("Exports rose 5.2%, 3.1% and 2.0% in the first three months.")]
    [InlineData("Экспорт вырос на 5,2%, 3,1% и 2,0% за первые три месяца.")]
    public void RunOfGrowthRates_StaysGrowth(string text)
    {
        var claims = ClaimExtractor.Extract(text);
        Assert.DoesNotContain(claims, c => c.Kind is ClaimKind.ShareSet or ClaimKind.Share);
        Assert.Equal(3, claims.Count(c => c.Kind == ClaimKind.Growth));
    }
}

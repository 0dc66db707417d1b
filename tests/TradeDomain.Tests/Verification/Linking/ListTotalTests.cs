using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A percentage stated as the total of the ones listed before it ("…, which made up 78% of all exports", "что
/// составило 78%") is their sum, not one more share of the list; and an amount in brackets right after a total restates
/// it in another unit ("21.9 billion kroons (about 1.4 billion euros)"), so it is no total of the parts after it.
/// English and Russian; invented figures, working in comments.</summary>
public class ListTotalTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 47.4 + 17 + 13.7 = 78.1 [77.95, 78.25] ∩ 78 [77.5, 78.5] → consistent (not a share set of 156.1)
        { "In four months 47.4% of exports went through Gashuunsukhait, 17% through Zamyn-Uud and 13.7% through Shiveekhuren, which made up 78% of all exports.", ClaimKind.Sum, "78", Verdict.Consistent },
        { "За четыре месяца 47,4% экспорта прошло через Гашуунсухайт, 17% - через Замын-Ууд, 13,7% - через Шивээхурэн, что составило 78% от общего объёма экспорта.", ClaimKind.Sum, "78", Verdict.Consistent },
        // 47.4 + 17 + 13.7 = 78.1 [77.95, 78.25], outside 72 [71.5, 72.5]: the list is read from its shape, so ambiguous
        { "In four months 47.4% of exports went through Gashuunsukhait, 17% through Zamyn-Uud and 13.7% through Shiveekhuren, which made up 72% of all exports.", ClaimKind.Sum, "72", Verdict.Ambiguous },
        { "За четыре месяца 47,4% экспорта прошло через Гашуунсухайт, 17% - через Замын-Ууд, 13,7% - через Шивээхурэн, что составило 72% от общего объёма экспорта.", ClaimKind.Sum, "72", Verdict.Ambiguous },
    };

    /// <summary>The bracketed amount is no total of the parts: only the amount before it is (9.3 + 12.6 = 21.9).</summary>
    [Theory]
    [InlineData("The turnover of Estonia amounted to 21.9 billion kroons (about 1.4 billion euros), of which exports were 9.3 billion kroons and imports 12.6 billion kroons.")]
    [InlineData("Товарооборот Эстонии составил 21,9 миллиарда крон (около 1,4 миллиарда евро), из них экспорт - 9,3 миллиарда крон и импорт - 12,6 миллиарда крон.")]
    public void BracketedRestatement_IsNoTotal(string text)
    {
        var sums = VerificationReport.Check(text).Checks.Where(c => c.Claim.Kind == ClaimKind.Sum).ToList();
        Xunit.Assert.DoesNotContain(sums, c => c.Claim.Published.Value == 1.4m);
        Xunit.Assert.Contains(sums, c => c.Claim.Published.Value == 21.9m && c.Verdict == Verdict.Consistent);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}

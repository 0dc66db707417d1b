using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A list of shares that runs on into the next sentence ("… (17.9 percent of total turnover). Russia came second
/// with $2.1 billion (16.9%) …", issue #10). Invented figures; each expectation's working is in its comment.</summary>
public class ShareListSentenceTests
{
    private const string En = "Turnover reached $20.0 billion in the year. Ruritania came first with $4.1 billion (20.5 percent of total turnover). "
        + "Freedonia came second with $3.0 billion (15.0%), and Lilliput third with $2.0 billion (10.0%).";

    private const string Ru = "Товарооборот за год составил 20,0 млрд долларов. Первое место заняла Руритания с 4,1 млрд долларов (20,5% от общего товарооборота). "
        + "Фридония заняла второе место: 3,0 млрд долларов (15,0%), Лилипутия третье: 2,0 млрд долларов (10,0%).";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // The bare bracketed percentage is a share of the lead's whole (turnover, two sentences back):
        // 3.0 / 20.0 = 15 % [2.95 / 20.05, 3.05 / 19.95] = [14.71, 15.29] ∋ 15.0
        { En, ClaimKind.Share, "15.0", Verdict.Consistent },
        { Ru, ClaimKind.Share, "15.0", Verdict.Consistent },
        // The shares of both sentences make one set: 20.5 + 15.0 + 10.0 = 45.5 ≤ 100
        { En, ClaimKind.ShareSet, "45.5", Verdict.Consistent },
        { Ru, ClaimKind.ShareSet, "45.5", Verdict.Consistent },
        // 3.0 / 20.0 = 15 %, not 25 %, but the whole is linked from another sentence: ambiguous, never inconsistent
        { En.Replace("(15.0%)", "(25.0%)", StringComparison.Ordinal), ClaimKind.Share, "25.0", Verdict.Ambiguous },
        { Ru.Replace("(15,0%)", "(25,0%)", StringComparison.Ordinal), ClaimKind.Share, "25.0", Verdict.Ambiguous },
        // A set joined across sentences may join other wholes: 20.5 + 70.0 + 10.0 = 100.5 > 100 is ambiguous, not inconsistent
        { En.Replace("(15.0%)", "(70.0%)", StringComparison.Ordinal).Replace("(10.0%)", "(10.5%)", StringComparison.Ordinal), ClaimKind.ShareSet, "101.0", Verdict.Ambiguous },
        { Ru.Replace("(15,0%)", "(70,0%)", StringComparison.Ordinal).Replace("(10,0%)", "(10,5%)", StringComparison.Ordinal), ClaimKind.ShareSet, "101.0", Verdict.Ambiguous },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    private const string EnShareAfter = "Turnover reached $20.0 billion in the year. Ruritania remained the largest partner, contributing 20.5% to total trade. "
        + "Freedonia followed with a 15.0% share, and Lilliput accounted for 10.0% of trade.";

    private const string RuShareAfter = "Товарооборот за год составил 20,0 млрд долларов. Крупнейшим партнёром осталась Руритания с долей 20,5% в общем товарообороте. "
        + "Далее следует Фридония с долей 15,0%, на Лилипутию пришлось 10,0% товарооборота.";

    public static TheoryData<string, ClaimKind, string, Verdict> ShareWordShapes => new()
    {
        // "contributing 20.5% to total trade" is a share of turnover; "a 15.0% share" right after it names no whole and
        // continues the list: 20.5 + 15.0 + 10.0 = 45.5 ≤ 100
        { EnShareAfter, ClaimKind.ShareSet, "45.5", Verdict.Consistent },
        { RuShareAfter, ClaimKind.ShareSet, "45.5", Verdict.Consistent },
        // A set joined across sentences: 20.5 + 75.0 + 10.0 = 105.5 > 100 is ambiguous, never inconsistent
        { EnShareAfter.Replace("15.0%", "75.0%", StringComparison.Ordinal), ClaimKind.ShareSet, "105.5", Verdict.Ambiguous },
        { RuShareAfter.Replace("15,0%", "75,0%", StringComparison.Ordinal), ClaimKind.ShareSet, "105.5", Verdict.Ambiguous },
        // "with a 40.0% share of exports": the share word after the percentage takes the whole after "of":
        // 2.0 / 5.0 = 40 % [1.95 / 5.05, 2.05 / 4.95] = [38.61, 41.41] ∋ 40.0
        { "Exports reached $5.0 billion. Ruritania bought goods worth $2.0 billion, a 40.0% share of exports.", ClaimKind.Share, "40.0", Verdict.Consistent },
        { "Экспорт составил 5,0 млрд долларов. Руритания купила товаров на 2,0 млрд долларов, с долей 40,0% в экспорте.", ClaimKind.Share, "40.0", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(ShareWordShapes))]
    public void ShareWordShape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    [Theory]
    [InlineData("Turnover reached $20.0 billion in the year. Ruritania came first with $4.1 billion (20.5 percent of total turnover). Freedonia came second with $3.0 billion (up 15.0%).")]
    [InlineData("Товарооборот за год составил 20,0 млрд долларов. Первое место заняла Руритания с 4,1 млрд долларов (20,5% от общего товарооборота). Фридония заняла второе место: 3,0 млрд долларов (рост на 15,0%).")]
    public void RateInTheNextSentence_DoesNotContinueTheList(string text) =>
        Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Claim.Kind == ClaimKind.ShareSet);
}

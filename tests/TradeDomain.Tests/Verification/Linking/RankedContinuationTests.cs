using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A ranked list that goes on from a sentence's lead share into the next sentence (issue #10): a lone bracketed
/// percentage in a sentence naming a flow, followed by a list of named shares ("Ruritania was the largest buyer of
/// exports (30.0%). It was followed by …"); a ranking word (class <c>list-rank</c>) that places a list after the lead;
/// a list-head word that opens a list of its own; and a Russian list opened by "на X пришлось". Invented figures; each
/// expectation's working is in its comment.</summary>
public class RankedContinuationTests
{
    private const string EnLead = "Exports reached $20.0 billion in the year. The largest buyer of exports was Ruritania (30.0%). "
        + "It was followed by Freedonia (20.0%), Lilliput (10.0%) and Oceania (5.0%).";

    private const string RuLead = "Экспорт за год составил 20,0 млрд долларов. Крупнейшим покупателем экспорта была Руритания (30,0%). "
        + "За ней следуют Фридония (20,0%), Лилипутия (10,0%) и Океания (5,0%).";

    private const string EnRank = "Ruritania took 40.0% of exports. Freedonia came second (20.0%), followed by Lilliput (10.0%) and Oceania (5.0%).";

    private const string RuRank = "На Руританию пришлось 40,0% экспорта. На втором месте Фридония (20,0%), далее Лилипутия (10,0%) и Океания (5,0%).";

    private const string RuOwnShare = "Товарооборот за год составил 20,0 млрд долларов. Крупнейшим партнёром осталась Руритания с долей 20,5% в товарообороте. "
        + "На Фридонию пришлось 16,8%, Лилипутию — 8,3%, Океанию — 5,0%.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // The lone bracketed 30.0 leads the list of the next sentence; all are shares of exports: 30 + 20 + 10 + 5 = 65 ≤ 100
        { EnLead, ClaimKind.ShareSet, "65.0", Verdict.Consistent },
        { RuLead, ClaimKind.ShareSet, "65.0", Verdict.Consistent },
        // 30 + 70 + 10 + 5 = 115 > 100, but the set is joined across sentences: ambiguous, never inconsistent
        { EnLead.Replace("(20.0%)", "(70.0%)", StringComparison.Ordinal), ClaimKind.ShareSet, "115.0", Verdict.Ambiguous },
        { RuLead.Replace("(20,0%)", "(70,0%)", StringComparison.Ordinal), ClaimKind.ShareSet, "115.0", Verdict.Ambiguous },
        // "came second" / "на втором месте" places the bracketed list after the lead share of exports: 40 + 20 + 10 + 5 = 75
        { EnRank, ClaimKind.ShareSet, "75.0", Verdict.Consistent },
        { RuRank, ClaimKind.ShareSet, "75.0", Verdict.Consistent },
        // A list opened by a share of its own ("На Фридонию пришлось 16,8%") goes on with the lead: 20.5 + 16.8 + 8.3 + 5.0 = 50.6
        { RuOwnShare, ClaimKind.ShareSet, "50.6", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    /// <summary>Without a list of named shares after it, a lone bracketed percentage may be anything (a rate, a change) and
    /// is not read as a share.</summary>
    [Theory]
    [InlineData("Exports reached $20.0 billion in the year. The largest buyer of exports was Ruritania (30.0%). Its economy grew fast.")]
    [InlineData("Экспорт за год составил 20,0 млрд долларов. Крупнейшим покупателем экспорта была Руритания (30,0%). Её экономика быстро растёт.")]
    public void LoneBracketWithoutList_IsNotAShare(string text) =>
        Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Claim.Kind is ClaimKind.Share or ClaimKind.ShareSet);

    /// <summary>A list of single countries after a region's share, with no ranking word, may be a breakdown inside the
    /// region: it does not join the region's share (49.8 + 12.8 + 10.0 would count them twice).</summary>
    [Theory]
    [InlineData("Europe took 49.8% of exports. The leading single destinations were Ruritania (12.8%) and Freedonia (10.0%).", "72.6")]
    [InlineData("Main exports were oil at 40.0 percent, gas 20.0 percent and metals 10.0 percent. Ruritania was the leading export market, taking 16.6 percent of the total.", "86.6")]
    public void ListWithoutRankingWord_DoesNotJoinTheLead(string text, string joined) =>
        Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Claim.Kind == ClaimKind.ShareSet && c.Claim.Published.Value == decimal.Parse(joined, System.Globalization.CultureInfo.InvariantCulture));
}

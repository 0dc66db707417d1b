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

    private const string EnOwnList = "Exports reached $20.0 billion in the year. The top three buyers were Ruritania - $4.0bn (20.0% of total exports), "
        + "Freedonia - $3.0bn (15.0%), and Lilliput - $2.0bn (10.0%). Oceania accounted for 5.0% of exports ($1.0bn), and Utopia 4.0% ($0.8bn).";

    private const string RuOwnList = "Экспорт за год составил 20,0 млрд долларов. Тройку крупнейших покупателей составили Руритания — 4,0 млрд долларов (20,0% всего экспорта), "
        + "Фридония — 3,0 млрд долларов (15,0%) и Лилипутия — 2,0 млрд долларов (10,0%). На Океанию пришлось 5,0% экспорта (1,0 млрд долларов), Утопию — 4,0% (0,8 млрд долларов).";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // A list whose whole only its first share names goes on into the next sentence's own list of that whole:
        // 20 + 15 + 10 + 5 + 4 = 54 ≤ 100
        { EnOwnList, ClaimKind.ShareSet, "54.0", Verdict.Consistent },
        { RuOwnList, ClaimKind.ShareSet, "54.0", Verdict.Consistent },
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

    /// <summary>Lists whose every share names its whole ("… 17.0 percent of its exports …, while … 10.0 percent of its
    /// exports …") are complete in themselves: the next sentence's list of another reporter does not join them.</summary>
    [Theory]
    [InlineData("Ruritania sent 17.0 percent of its exports to Freedonia and 12.0 percent to Lilliput, while Freedonia sent 10.0 percent of its exports to Ruritania and 5.0 percent to Lilliput. "
        + "Lilliput, for its part, shipped 9.0 percent of its exports to Ruritania and 6.0 percent to Freedonia.", "15.0")]
    public void SelfContainedLists_StayApart(string text, string last)
    {
        var sets = VerificationReport.Check(text).Checks.Where(c => c.Claim.Kind == ClaimKind.ShareSet).ToList();
        Assert.Contains(sets, c => c.Claim.Published.Value == decimal.Parse(last, System.Globalization.CultureInfo.InvariantCulture) && c.Verdict == Verdict.Consistent);
        // The first sentence's shares add to 44 at most; a set that took in the second sentence's would be 53 or more.
        Assert.DoesNotContain(sets, c => c.Claim.Published.Value > 44m);
    }
}

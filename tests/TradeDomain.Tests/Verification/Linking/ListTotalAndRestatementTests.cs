using TradeDomain.Verification;
using Xunit;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>
/// Three readings that must not raise false alarms: a list's stated total is not one more share of the list; shares
/// listed by name with no whole named may each be of their own subject's whole; an amount restated in brackets in
/// another currency is no total of its own.
/// </summary>
public sealed class ListTotalAndRestatementTests
{
    // 40.5 + 20.0 + 15.3 = 75.8, stated as 75.8: the list's own total, not a fourth share (40.5 + 75.8 would exceed 100).
    private const string EnListTotal = "In 2030, 40.5% of exports went by rail, 20.0% by road and 15.3% by sea, which made up 75.8% of all exports.";
    private const string RuListTotal = "В 2030 году 40,5% экспорта прошло по железной дороге, 20,0% - автотранспортом, 15,3% - морем, что составило 75,8% всего экспорта.";

    // Each country's own imports (each has its own total in the text): 78 + 70 + 82 > 100 proves nothing.
    private const string EnOwnWholes = "Latvia's imports were 5.371 billion euros, Lithuania imported goods worth 11.522 billion euros, Estonia - 6.265 billion euros. From the EU, Latvia imported 78% of all its imports, Lithuania - 70%, Estonia - 82%.";
    private const string RuOwnWholes = "Импорт Латвии составил 5,371 млрд евро, Литва ввезла товаров на 11,522 млрд евро, Эстония - на 6,265 млрд евро. Из стран ЕС Латвия ввезла 78% общего объема импорта, Литва - 70%, Эстония - 82%.";

    // 9.3 + 12.6 = 21.9 [21.8, 22.0]; the euro figure restates the total.
    private const string EnRestated = "Total trade reached 21.9 billion kroons (about 1.4 billion euros), of which exports were 9.3 billion kroons and imports 12.6 billion kroons.";
    private const string RuRestated = "Товарооборот составил 21,9 миллиарда крон (около 1,4 миллиарда евро), из них экспорт - 9,3 миллиарда крон и импорт - 12,6 миллиарда крон.";

    [Theory]
    [InlineData(EnListTotal)]
    [InlineData(RuListTotal)]
    public void ListsStatedTotal_IsNotAShareOfTheList(string text)
    {
        var checks = VerificationReport.Check(text).Checks;
        Assert.DoesNotContain(checks, c => c.Claim.Kind == ClaimKind.ShareSet && c.Claim.Shares.Any(x => x.Value == 75.8m));
        Assert.DoesNotContain(checks, c => c.Verdict == Verdict.Inconsistent);
    }

    [Fact]
    public void ListsStatedTotal_LeavesTheListsOwnShares()
    {
        // 40.5 + 20.0 + 15.3 = 75.8 ≤ 100 + 0.15.
        ShapeCheck.Verify(EnListTotal, ClaimKind.ShareSet, "75.8", Verdict.Consistent);
    }

    [Theory]
    [InlineData(EnOwnWholes)]
    [InlineData(RuOwnWholes)]
    public void SharesListedByName_WithNoWholeNamed_AreNoCertainSet(string text)
    {
        var checks = VerificationReport.Check(text).Checks;
        Assert.DoesNotContain(checks, c => c.Verdict == Verdict.Inconsistent);
        foreach (var set in checks.Where(c => c.Claim.Kind == ClaimKind.ShareSet))
        {
            Assert.Equal(Verdict.Ambiguous, set.Verdict);
        }
    }

    [Theory]
    [InlineData("In 2030 the share of Russia in China's exports was 45.0%, Kazakhstan - 35.0%, Mongolia - 30.0%.")]
    [InlineData("В 2030 году доля России в экспорте Китая составила 45,0%, Казахстана - 35,0%, Монголии - 30,0%.")]
    public void SharesListedByName_OfOneNamedWhole_StillFormACertainSet(string text)
    {
        // One whole, China's exports: 45.0 + 35.0 + 30.0 = 110.0 > 100 + 0.15 → inconsistent.
        ShapeCheck.Verify(text, ClaimKind.ShareSet, "110.0", Verdict.Inconsistent);
    }

    [Theory]
    [InlineData(EnRestated)]
    [InlineData(RuRestated)]
    public void AmountRestatedInBrackets_IsNoTotalOfItsOwn(string text)
    {
        var checks = VerificationReport.Check(text).Checks;
        Assert.DoesNotContain(checks, c => c.Claim.Kind == ClaimKind.Sum && c.Claim.Published.Value == 1.4m);
        ShapeCheck.Verify(text, ClaimKind.Sum, "21.9", Verdict.Consistent);
    }
}

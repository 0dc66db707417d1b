using TradeDomain.Verification;
using TradeDomain.Verification.Mentions;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>Three shapes that read wrong gave false alarms on unseen releases: a partner's value after another's
/// bracketed rate ("(1.4 percent less than a year earlier) and Kazakhstan with more than 253 million"), a growth rate
/// before a comma and the next item's measure word ("увеличившись на 97,6 процента, импорт …"), and a quantity with what
/// it was worth ("424072,3 литра на $330,2 тыс."). Invented figures, working in comments.</summary>
public class BracketAndWorthTests
{
    private const string Partners = "Among its main partners were Russia with approximately 310 million U.S. dollars (2.1 percent less than a year earlier) and Kazakhstan with more than 270 million U.S. dollars (a 15-percent rise).";
    private const string Items = "В том числе экспорт в Россию составил 410 млн долларов, увеличившись на 85,3 процента, импорт из России - 1,92 млрд долларов с приростом на 1,5 процента.";
    private const string Worth = "Импорт спирта составил 500000,0 литра на $400,0 тыс., что на 150,0% выше, чем в аналогичном периоде прошлого года (200000,0 литра на $250,0 тыс.).";

    private static FigureMention At(string text, string figure) => MentionReaderTests.At(text, figure);

    [Theory]
    [InlineData(Partners)]
    [InlineData(Items)]
    [InlineData(Worth)]
    public void RaisesNoAlarm(string text) =>
        Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Verdict == Verdict.Inconsistent);

    [Fact]
    public void ValueAfterAnotherItemsBracket_IsNoBase()
    {
        Assert.Equal(Role.None, At(Partners, "270").Role);
        Assert.False(At(Partners, "270").Earlier);
    }

    [Fact]
    public void RateBeforeTheNextItem_IsAGrowthRate()
    {
        var rate = At(Items, "85,3");
        Assert.Equal(PercentRole.Growth, rate.PercentRole);
    }

    [Fact]
    public void AmountAQuantityWasWorth_HasTheQuantitysRole()
    {
        Assert.Equal((Role.To, false), (At(Worth, "$400,0").Role, At(Worth, "$400,0").Earlier));
        Assert.Equal((Role.From, true), (At(Worth, "$250,0").Role, At(Worth, "$250,0").Earlier));
        Assert.Equal(TradeDomain.Verification.Numbers.NumberUnit.Quantity, At(Worth, "500000,0").Token.Unit);
    }

    [Fact]
    public void RateOfAQuantityWorthSomething_IsNeverInconsistent()
    {
        // by volume 500000.0 / 200000.0 = 2.5, +150.0%: consistent; by value 400.0 / 250.0 = 1.6, +60%: the rate is of one
        // of the two, so at most ambiguous
        var check = Assert.Single(VerificationReport.Check(Worth).Checks, c => c.Claim.Kind == ClaimKind.Growth && c.Claim.Published.Value == 150.0m);
        Assert.NotEqual(Verdict.Inconsistent, check.Verdict);
    }
}

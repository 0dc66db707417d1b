using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification;

public class VerificationProperties
{
    /// <summary>True amounts in billions with many decimals, as a statistics office would hold them.</summary>
    private static readonly Gen<decimal> TrueBillions = Gen.Choose(1_000, 9_999_999).Select(i => i / 1000m);

    private static Figure Billions(decimal printed) => Figure.FromAmount(ReportedAmount.Create(printed, AmountScale.Billion, Currency.USD, 1));

    [Property]
    public Property GrowthClaim_FromTrueAmountsCorrectlyRounded_IsConsistent() =>
        Prop.ForAll(TrueBillions.ToArbitrary(), TrueBillions.ToArbitrary(), (a, b) =>
        {
            var trueRate = ((b / a) - 1m) * 100m;
            var published = PublishedNumber.Round(Math.Abs(trueRate), 1);
            var claim = Claim.Growth(published, trueRate < 0 ? GrowthDirection.Decrease : GrowthDirection.Increase,
                Billions(Math.Round(a, 1, MidpointRounding.AwayFromZero)), Billions(Math.Round(b, 1, MidpointRounding.AwayFromZero)));
            return ClaimVerifier.Verify(claim).Verdict == Verdict.Consistent;
        });

    /// <summary>A rate worked out from a later value and a printed change ("76 million, 5 percent or 3.2 million more"):
    /// every true pair rounded as printed is consistent with its correctly rounded rate, and the computed interval lies
    /// inside the one that counts the later value's rounding twice (later ÷ (later − change) with both varying apart).</summary>
    [Property]
    public Property GrowthFromAChange_CountsTheLaterValuesRoundingOnce() =>
        Prop.ForAll(TrueBillions.ToArbitrary(), Gen.Choose(1, 900).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (later, permille, fall) =>
        {
            decimal change = later * permille / 1000m;
            decimal earlier = fall ? later + change : later - change;
            var trueRate = ((later / earlier) - 1m) * 100m;
            var published = PublishedNumber.Round(Math.Abs(trueRate), 1);
            var to = Billions(Math.Round(later, 1, MidpointRounding.AwayFromZero));
            var by = Figure.FromAmount(ReportedAmount.Create(Math.Round(change, 3, MidpointRounding.AwayFromZero), AmountScale.Billion, Currency.USD, 3));
            if (by.Interval.Lower <= 0 || (fall ? 0 : to.Interval.Lower - by.Interval.Upper) < 0 || published.Value == 0)
            {
                return true; // the change rounds to nothing or past the later value: no rate to work out
            }

            var derivedFrom = new Figure("from", fall ? to.Value + by.Value : to.Value - by.Value,
                fall ? to.Interval + by.Interval : to.Interval - by.Interval, fall ? to.Interval + by.Interval : to.Interval - by.Interval, Currency.USD, AmountScale.Billion, 3);
            var claim = Claim.Growth(published, fall ? GrowthDirection.Decrease : GrowthDirection.Increase, derivedFrom, to) with { DerivedChange = by, DerivedFall = fall };
            var check = ClaimVerifier.Verify(claim);
            var twice = ClaimVerifier.Verify(claim with { DerivedChange = null });
            return check.Verdict == Verdict.Consistent && check.ComputedInterval is { } once && twice.ComputedInterval is { } wide
                && once.Lower >= wide.Lower - 0.0000001m && once.Upper <= wide.Upper + 0.0000001m;
        });

    [Fact]
    public void GrowthFromAChange_BeyondDecimalsRange_DoesNotThrow()
    {
        var to = Figure.FromNumber(PublishedNumber.Create(79_000_000_000_000_000_000_000_000_000m, 0));
        var change = Figure.FromNumber(PublishedNumber.Create(78_999_999_999_999_999_999_999_999_990m, 0));
        var from = new Figure("from", to.Value - change.Value, to.Interval - change.Interval, to.Interval - change.Interval, default, AmountScale.Units, 0);
        var claim = Claim.Growth(PublishedNumber.Create(5m, 0), GrowthDirection.Increase, from, to) with { DerivedChange = change };
        Assert.True(Enum.IsDefined(ClaimVerifier.Verify(claim).Verdict));
    }

    [Property]
    public Property GrowthClaim_ShiftedBeyondTheInterval_IsInconsistent() =>
        Prop.ForAll(TrueBillions.ToArbitrary(), TrueBillions.ToArbitrary(), Gen.Choose(1, 50).ToArbitrary(), (a, b, shift) =>
        {
            decimal printedFrom = Math.Round(a, 1, MidpointRounding.AwayFromZero), printedTo = Math.Round(b, 1, MidpointRounding.AwayFromZero);
            var from = Billions(printedFrom);
            var to = Billions(printedTo);
            // The largest growth the printed figures allow, worked out here and not by the library: each "x.y billion"
            // stands for any value within ±0.05 billion, so the rate is at most (to + 0.05) / (from − 0.05) − 1.
            decimal highestRate = (((printedTo + 0.05m) / (printedFrom - 0.05m)) - 1m) * 100m;
            // A published rate whose own rounding interval (±0.05 pp) starts above that.
            var published = PublishedNumber.Create(Math.Ceiling((highestRate + 0.05m) * 10m) / 10m + (shift / 10m), 1);
            var claim = Claim.Growth(published.Value >= 0 ? published : PublishedNumber.Create(-published.Value, 1),
                published.Value >= 0 ? GrowthDirection.Increase : GrowthDirection.Decrease, from, to);
            return ClaimVerifier.Verify(claim).Verdict == Verdict.Inconsistent;
        });

    [Property]
    public bool Extractor_NeverThrows_OnRandomText(string? text)
    {
        _ = VerificationReport.Check(text ?? "").ToJson();
        return true;
    }

    // An amount too large for decimal (no figure) right before an amount in another currency once threw in the
    // conversion reader (this case, found by the property below).
    [Fact]
    public void Extractor_NeverThrows_OnAnOverflowingAmountBeforeAnother()
    {
        var report = VerificationReport.Check("меньше   surplus 2023 $ exports to с 9999999999999999999999999999 deficit в 0 to до в to per cent $ 9999999999999999999999999999 billion rose $490 billion rose в 1,5 раза составил");
        Assert.True(report.Checks.Count >= 0);
        Assert.False(string.IsNullOrEmpty(report.ToJson()));
    }

    [Property]
    public Property Extractor_NeverThrows_OnNumberHeavyNoise() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(
            "exports", "imports", "turnover", "rose", "fell", "by", "from", "to", "than", "(", ")", ",", ".", "share", "times", "-fold",
            "tripled", "average annual", "surplus", "deficit", "1.5", "66.0", "0", "0.0", "−4.3%", "6.8%", "3.1 pp", "$490 billion",
            "61,8 млрд", "долларов США", "в 1,5 раза", "составил", "что на", "больше", "меньше", "доля", "2019", "2023", "в", "с", "до",
            "per cent", "п.п.", "¥5", "$", "billion", "1,012.5", "\u00A0", "\n", "\n\n", "China (35.2%)", "9999999999999999999999999999")).ToArbitrary(), words =>
        {
            var text = string.Join(' ', words);
            var report = VerificationReport.Check(text);
            // never throws, and the report agrees with itself: every check has one verdict, the summary counts them, and
            // the tool's exit condition is "some check is inconsistent"
            var verdicts = Enum.GetValues<Verdict>();
            using var json = System.Text.Json.JsonDocument.Parse(report.ToJson());
            var summary = json.RootElement.GetProperty("summary");
            return verdicts.Sum(report.Count) == report.Checks.Count
                   && report.Checks.All(c => verdicts.Contains(c.Verdict))
                   && verdicts.All(v => summary.GetProperty(v.ToString().ToLowerInvariant()).GetInt32() == report.Count(v))
                   && report.HasInconsistent == report.Checks.Any(c => c.Verdict == Verdict.Inconsistent)
                   && json.RootElement.GetProperty("claims").GetArrayLength() == report.Checks.Count
                   && report.ToMarkdown().Length > 0;
        });
}

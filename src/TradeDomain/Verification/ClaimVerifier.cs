using System.Globalization;
using TradeDomain.Utility;
using TradeDomain.Verification.Explanation;
using TradeDomain.Verification.Languages;

namespace TradeDomain.Verification;

/// <summary>
/// Judges claims by intervals: each published number stands for the interval its rounding allows (d decimals →
/// ±½·10⁻ᵈ, ends inclusive); the derived quantity's interval is computed from the inputs' intervals; the claim is
/// consistent when that interval overlaps the published figure's. Other readings (a round number rounded to tens,
/// "N times more" as ×(N+1), % meant as percentage points, CAGR over n + 1 years, the point of "1.228 million" as a
/// thousands separator beside amounts past a thousand of their scale) make a claim ambiguous when only they fit.
/// </summary>
public static class ClaimVerifier
{
    private sealed record Attempt(Finding Reading, DecimalInterval Computed, decimal Point, bool Preferred);

    /// <summary>A check before it is written in a language: its reading and explanation are findings (the Explanation
    /// stage writes them).</summary>
    private sealed record Result(Claim Claim, Verdict Verdict, decimal? Computed, DecimalInterval? ComputedInterval,
        DecimalInterval? PublishedInterval, Finding Reading, Finding Explanation, decimal? NearestConsistent);

    /// <summary>Checks one claim; the explanation is in English.</summary>
    public static ClaimCheck Verify(Claim claim) => Verify(claim, Language.English);

    /// <summary>Checks one claim and writes its explanation in <paramref name="language"/> (English, Russian or Ukrainian); the
    /// reading stays in English, as the JSON contract has it.</summary>
    internal static ClaimCheck Verify(Claim claim, Language language)
    {
        Preconditions.CheckNotNull(claim);
        var check = VerifyKind(claim);
        if (check.Verdict == Verdict.Inconsistent && DotGrouped(claim) is { } grouped && VerifyKind(grouped.Claim).Verdict == Verdict.Consistent)
        {
            // "USD 1.228 million … exports made up USD 198 million and imports USD 1031million": with the point of the amounts
            // written d.ddd read as a thousands separator, the figures fit; as printed they do not. Which was meant the text
            // cannot say, so the claim is ambiguous, not wrong.
            return new ClaimCheck(check.Claim, Verdict.Ambiguous, check.Computed, check.ComputedInterval, check.PublishedInterval,
                Explainer.Render(new Finding("reading.dot-grouping"), Language.English),
                Explainer.Render(new Finding("dot-grouping", new FindingList([.. grouped.Texts.Select(t => (object)t)], "join.and"), check.Explanation), Explainer.For(language)), null);
        }

        if (check.Verdict == Verdict.Inconsistent && !claim.IsCertain)
        {
            check = check with
            {
                Verdict = Verdict.Ambiguous,
                Reading = new Finding("reading." + (claim.DoubtKey ?? "linked-across")),
                Explanation = new Finding(claim.DoubtKey ?? "linked-across", check.Explanation),
                NearestConsistent = null,
            };
        }
        else if (check.Verdict == Verdict.Unverifiable && (claim.MissingFinding ?? (claim.MissingReason is { } reason ? new Finding("text", reason) : null)) is { } why)
        {
            check = check with { Explanation = why };
        }

        return new ClaimCheck(check.Claim, check.Verdict, check.Computed, check.ComputedInterval, check.PublishedInterval,
            Explainer.Render(check.Reading, Language.English), Explainer.Render(check.Explanation, Explainer.For(language)), check.NearestConsistent);
    }

    /// <summary>The claim with its amounts printed as one to three digits, a point and three more before a scale word ("USD
    /// 1.228 million") read with the point as a thousands separator (1 228 million), where it has such an amount and another
    /// of the same scale printed without it at a thousand or more of that scale ("USD 1031million": a writer who goes past
    /// a thousand million without saying billion); null where none.</summary>
    private static (Claim Claim, List<string> Texts)? DotGrouped(Claim claim)
    {
        var figures = new[] { claim.From, claim.To, claim.Part, claim.Whole }.Concat(claim.Terms).OfType<Figure>().Where(f => f.IsAmount).ToList();
        var grouped = figures.Where(IsDotGrouped).ToList();
        if (grouped.Count == 0 || !figures.Any(f => !IsDotGrouped(f) && f.Scale == grouped[0].Scale && Math.Abs(f.InPrintedUnit(f.Value)) >= 1000m))
        {
            return null;
        }

        return (claim.WithAmounts(f => IsDotGrouped(f) ? f.ThousandTimes() : f), [.. grouped.Select(f => f.Text).Distinct()]);
    }

    /// <summary>Whether an amount is printed as one to three digits, a point and exactly three digits, with a scale word.</summary>
    private static bool IsDotGrouped(Figure f)
    {
        if (f.Decimals != 3 || f.Scale == AmountScale.Units)
        {
            return false;
        }

        var text = f.Text.AsSpan();
        int point = text.IndexOf('.');
        if (point <= 0 || text.LastIndexOf('.') != point || text.Contains(',') || point + 4 > text.Length || !char.IsAsciiDigit(text[point + 3])
            || (point + 4 < text.Length && char.IsAsciiDigit(text[point + 4])))
        {
            return false;
        }

        int digits = 0;
        while (point - digits - 1 >= 0 && char.IsAsciiDigit(text[point - digits - 1]))
        {
            digits++;
        }

        return digits is >= 1 and <= 3 && char.IsAsciiDigit(text[point + 1]) && char.IsAsciiDigit(text[point + 2]);
    }

    private static Result VerifyKind(Claim claim)
    {
        return claim.Kind switch
        {
            ClaimKind.Growth => VerifyGrowth(claim),
            ClaimKind.Multiple => VerifyMultiple(claim),
            ClaimKind.PercentagePoint => VerifyPoints(claim),
            ClaimKind.Cagr => VerifyCagr(claim),
            ClaimKind.Share => VerifyShare(claim),
            ClaimKind.ShareSet => VerifyShareSet(claim),
            ClaimKind.Sum => VerifySum(claim),
            ClaimKind.Difference => VerifyDifference(claim),
            ClaimKind.Index => VerifyIndex(claim),
            ClaimKind.Change => VerifyChange(claim),
            ClaimKind.Coverage => VerifyCoverage(claim),
            ClaimKind.Conversion => VerifyConversion(claim),
            _ => throw new ArgumentOutOfRangeException(nameof(claim), claim.Kind, "Unknown claim kind."),
        };
    }

    /// <summary>Checks every claim; the explanations are in English.</summary>
    public static IReadOnlyList<ClaimCheck> Verify(IEnumerable<Claim> claims) => Verify(claims, Language.English);

    /// <summary>Checks every claim, the explanations in <paramref name="language"/>.</summary>
    internal static IReadOnlyList<ClaimCheck> Verify(IEnumerable<Claim> claims, Language language) =>
        [.. Preconditions.CheckNotNull(claims).Select(c => Verify(c, language))];

    /// <summary>The published figure's interval, widened by its approximator: "almost 2.6" → [2.6 × 0.92, 2.65];
    /// "over 5" → [5, 6]; "about 5" → ±5 %.</summary>
    private static DecimalInterval Widened(Claim claim)
    {
        var p = claim.Published;
        var i = p.Interval;
        return claim.Approximation switch
        {
            Approximation.Almost => new DecimalInterval(Math.Min(i.Lower, p.Value * 0.92m), i.Upper),
            Approximation.Over => new DecimalInterval(i.Lower, Math.Max(i.Upper, p.Value * 1.2m)),
            Approximation.About => new DecimalInterval(Math.Min(i.Lower, p.Value * 0.95m), Math.Max(i.Upper, p.Value * 1.05m)),
            _ => i,
        };
    }

    private static Result VerifyIndex(Claim claim)
    {
        if (claim.From is not { } from || claim.To is not { } to)
        {
            return Unverifiable(claim, Missing(claim.From, claim.To, "name.base-value", "name.compared-value"));
        }

        if (!SameCurrency(from, to) || from.Interval.Lower <= 0)
        {
            return Unverifiable(claim, new("index.currency-or-base"));
        }

        if (claim.DerivedChange is { } change && DerivedRate(to, change, claim.DerivedFall) is { } derived)
        {
            // The base is the compared value and the printed difference: the index is (1 + the rate) × 100.
            var index = new DecimalInterval(derived.Interval.Lower + 100m, derived.Interval.Upper + 100m);
            return Judge(claim, [new Attempt(AsPrinted, index, derived.Point + 100m, true)], Unit.Percent, new Finding("expr.index", to.Text, from.Text));
        }

        var attempts = Readings(from, to).Select(r => new Attempt(r.Reading,
            Estimate.Outward(r.To.Interval.Lower * 100m / r.From.Interval.Upper, r.To.Interval.Upper * 100m / r.From.Interval.Lower),
            to.Value * 100m / from.Value, r.Preferred)).ToList();
        return Judge(claim, attempts, Unit.Percent, new Finding("expr.index", to.Text, from.Text));
    }

    private static Result VerifyChange(Claim claim)
    {
        if (claim.From is not { } from || claim.To is not { } to || claim.Part is not { } change)
        {
            return Unverifiable(claim, Missing(claim.From, claim.To, "name.earlier-value", "name.later-value"));
        }

        if (!SameCurrency(from, to) || !SameCurrency(change, to))
        {
            return Unverifiable(claim, new("currency.values"));
        }

        var interval = to.Interval - from.Interval;
        decimal point = to.Value - from.Value;
        bool decrease = claim.Direction == GrowthDirection.Decrease || point < 0 && claim.Direction is null;
        var unitInterval = new DecimalInterval(change.InPrintedUnit(interval.Lower), change.InPrintedUnit(interval.Upper));
        if (decrease)
        {
            unitInterval = -unitInterval;
        }

        return Judge(claim with { Direction = null }, [new(AsPrinted, unitInterval, change.InPrintedUnit(decrease ? -point : point), true)], UnitWord(change), new Finding("expr.minus", to.Text, from.Text));
    }

    private static Result VerifyCoverage(Claim claim)
    {
        if (claim.Terms.Count != 2 || claim.Terms[0] is not { } exports || claim.Terms[1] is not { } imports)
        {
            return Unverifiable(claim, new("coverage.missing"));
        }

        // Exports below zero (a misprint, "1764,-3") have no coverage of imports: no reading is tried.
        if (!SameCurrency(exports, imports) || imports.Interval.Lower <= 0 || exports.Interval.Upper < 0)
        {
            return Unverifiable(claim, new("coverage.currency"));
        }

        decimal k = claim.IsPercentage ? 100m : 1m;
        var attempts = Readings(exports, imports).Where(r => r.To.Interval.Lower > 0 && r.From.Interval.Upper >= 0).Select(r => new Attempt(r.Reading,
            Estimate.Outward(Math.Max(0m, r.From.Interval.Lower) * k / r.To.Interval.Upper, r.From.Interval.Upper * k / r.To.Interval.Lower),
            exports.Value * k / imports.Value, r.Preferred)).ToList();
        if (attempts.Count == 0)
        {
            return Unverifiable(claim, new("coverage.currency"));
        }
        return Judge(claim, attempts, claim.IsPercentage ? Unit.Percent : Unit.None, new Finding(claim.IsPercentage ? "expr.ratio-percent" : "expr.ratio", exports.Text, imports.Text));
    }

    private static Result VerifyConversion(Claim claim)
    {
        var converted = claim.To!;
        var original = claim.From!;
        if (!UsdRates.TryGet(original.Currency, out var o) || !UsdRates.TryGet(converted.Currency, out var c) || converted.Value <= 0 || original.Value <= 0)
        {
            return Unverifiable(claim, new("conversion.no-rate", original.Currency.ToString(), converted.Currency.ToString()));
        }

        // Units of the original per unit of the converted currency, over every rate seen since 2000, with a factor of 3 to spare.
        var plausible = new DecimalInterval(o.Low / c.High / 3m, o.High / c.Low * 3m);
        decimal implied = original.Value / converted.Value;
        bool ok = plausible.Contains(implied);
        var what = new Finding("conversion.what", original.Text, converted.Text, new Num(implied, 4), original.Currency.ToString(), converted.Currency.ToString());
        var low = new Num(o.Low / c.High, 4);
        var high = new Num(o.High / c.Low, 4);
        if (ok)
        {
            return new(claim, Verdict.Consistent, null, null, null, new Finding("reading.order-of-magnitude"), new Finding("conversion.ok", what, low, high), null);
        }

        decimal slip = implied > plausible.Upper ? implied / (o.High / c.Low) : (o.Low / c.High) / implied;
        return new(claim, Verdict.Inconsistent, null, null, null, new Finding("reading.order-of-magnitude"), new Finding("conversion.slip", what, new Num(slip, 0), low, high), null);
    }

    private static Result Unverifiable(Claim claim, Finding why) =>
        new(claim, Verdict.Unverifiable, null, null, Signed(claim, claim.Published.Interval), new Finding("reading.none"), why, null);

    private static DecimalInterval Signed(Claim claim, DecimalInterval magnitude) =>
        claim.Direction == GrowthDirection.Decrease ? -magnitude : magnitude;

    private static Finding Missing(Figure? from, Figure? to, string fromName, string toName) =>
        from is null && to is null ? new("missing.neither", new Finding(fromName), new Finding(toName))
        : from is null ? new("missing.one", new Finding(fromName))
        : new("missing.one", new Finding(toName));

    /// <summary>The figure pairs to try: as printed, then with round numbers read as rounded to their trailing zeros.</summary>
    private static IEnumerable<(Finding Reading, Figure From, Figure To, bool Preferred)> Readings(Figure from, Figure to)
    {
        yield return (AsPrinted, from, to, true);
        if (from.HasCoarserReading || to.HasCoarserReading)
        {
            var names = new FindingList([.. new[] { from, to }.Where(f => f.HasCoarserReading).Select(f => new Finding("reading.rounded-figure", f.Text))], "join.and");
            var coarse = new Finding("text", names);
            yield return (coarse, from.Coarsened(), to.Coarsened(), false);
        }
    }

    private static bool SameCurrency(Figure? a, Figure? b) =>
        a is null || b is null || a.Currency.IsDefault || b.Currency.IsDefault || a.Currency == b.Currency
        || a.Currency.Code == "XXX" || b.Currency.Code == "XXX";

    private static Result VerifyGrowth(Claim claim)
    {
        if (claim.From is not { } from || claim.To is not { } to)
        {
            return Unverifiable(claim, Missing(claim.From, claim.To, "name.earlier-value", "name.later-value"));
        }

        if (!SameCurrency(from, to))
        {
            return Unverifiable(claim, new("growth.currency", from.Currency.ToString(), to.Currency.ToString()));
        }

        var attempts = new List<Attempt>();
        if (claim.DerivedChange is { } change
            && DerivedRate(claim.DerivedFromEarlier ? from : to, change, claim.DerivedFall, claim.DerivedFromEarlier) is { } derived)
        {
            attempts.Add(new(AsPrinted, derived.Interval, derived.Point, true));
            return Judge(claim, attempts, Unit.Percent, new Finding("expr.from-to", from.Text, to.Text));
        }

        foreach (var (reading, f, t, preferred) in Readings(from, to))
        {
            var g = TradeDomain.Growth.Between(f.Interval, f.Value, t.Interval, t.Value);
            if (!g.IsMeaningful)
            {
                return Unverifiable(claim, NotMeaningful(f, t, g.Rate.Reason));
            }

            attempts.Add(new(reading, g.Rate.Interval, g.Rate.Value, preferred));
        }

        bool percentages = IsPercentage(from) && IsPercentage(to);
        if (percentages)
        {
            var diff = to.Interval - from.Interval;
            attempts.Add(new(new Finding("reading.points-not-rate", new Num(to.Value - from.Value, 1)), diff, to.Value - from.Value, false));
        }

        return Judge(claim, attempts, Unit.Percent, new Finding("expr.from-to", from.Text, to.Text));
    }

    private static bool IsPercentage(Figure f) => !f.IsAmount && f.Text.TrimEnd().EndsWith('%');

    /// <summary>The rate from a later value and a change alone: (later ÷ (later ∓ change) − 1) × 100 over the corners of
    /// the two printed intervals (the rate is monotone in each, so the corners bound it); null where a base is not
    /// positive.</summary>
    private static (DecimalInterval Interval, decimal Point)? DerivedRate(Figure to, Figure change, bool fall, bool toIsEarlier = false)
    {
        // toIsEarlier: the printed value is the earlier one and the later is it plus (for a fall, less) the change.
        decimal Base(decimal t, decimal c) => toIsEarlier ? t : fall ? t + c : t - c;
        decimal Rate(decimal t, decimal c) => toIsEarlier ? ((fall ? -c : c) / t) * 100m : ((t / Base(t, c)) - 1m) * 100m;
        decimal lo = decimal.MaxValue, hi = decimal.MinValue;
        try
        {
            foreach (var t in new[] { to.Interval.Lower, to.Interval.Upper })
            {
                foreach (var c in new[] { change.Interval.Lower, change.Interval.Upper })
                {
                    if (c < 0 || Base(t, c) <= 0 || (toIsEarlier && fall && t - c <= 0))
                    {
                        return null;
                    }

                    decimal r = Rate(t, c);
                    lo = Math.Min(lo, r);
                    hi = Math.Max(hi, r);
                }
            }

            return Base(to.Value, change.Value) <= 0 ? null : (new DecimalInterval(lo, hi), Rate(to.Value, change.Value));
        }
        catch (OverflowException)
        {
            // A rate beyond decimal's range (a base of almost nothing): checked the usual way, which says so.
            return null;
        }
    }

    private static Result VerifyMultiple(Claim claim)
    {
        if (claim.From is not { } from || claim.To is not { } to)
        {
            return Unverifiable(claim, Missing(claim.From, claim.To, "name.starting-value", "name.final-value"));
        }

        if (!SameCurrency(from, to))
        {
            return Unverifiable(claim, new("currency.amounts"));
        }

        var multiple = claim.Multiple ?? TradeDomain.Multiple.Create(claim.Published);
        var ratios = new List<(Finding Reading, Estimate Ratio, bool Preferred)>();
        // A decrease as a multiple is old ÷ new, its claim running from the new value (printed) to the old one (worked out).
        if (claim.DerivedChange is { } change
            && (claim.DerivedFall ? DerivedRate(from, change, fall: false, toIsEarlier: true) : DerivedRate(to, change, fall: false)) is { } derived)
        {
            // The start is the final value less (for a fall, plus) the change: the ratio from the two printed figures alone.
            ratios.Add((AsPrinted, Estimate.Of((derived.Point / 100m) + 1m, new DecimalInterval((derived.Interval.Lower / 100m) + 1m, (derived.Interval.Upper / 100m) + 1m)), true));
        }

        foreach (var (reading, f, t, preferred) in claim.DerivedChange is not null && ratios.Count > 0 ? [] : Readings(from, to))
        {
            var g = TradeDomain.Growth.Between(f.Interval, f.Value, t.Interval, t.Value);
            if (!g.IsMeaningful)
            {
                return Unverifiable(claim, NotMeaningful(f, t, g.Multiple.Reason));
            }

            ratios.Add((reading, g.Multiple, preferred));
        }

        var readings = multiple.Readings;
        var fits = new List<(decimal Factor, Finding Reading)>();
        foreach (var factor in readings)
        {
            var published = multiple.IntervalOf(factor);
            foreach (var (reading, ratio, _) in ratios)
            {
                if (ratio.Interval.Overlaps(published))
                {
                    fits.Add((factor, reading));
                    break;
                }
            }
        }

        var main = ratios[0].Ratio;
        int shown = claim.Published.Decimals + 3;
        var what = new Finding("multiple.what", from.Text, to.Text, new Num(main.Value, shown), new Num(main.Interval.Lower, shown), new Num(main.Interval.Upper, shown));
        string word = multiple.ToString();
        if (fits.Count == 0)
        {
            decimal nearest = Math.Round(main.Value, claim.Published.Decimals, MidpointRounding.AwayFromZero);
            var literally = readings.Count > 1 ? new Finding("multiple.or-literally", new Num(readings[1], 2)) : new Finding("empty");
            return new(claim, Verdict.Inconsistent, main.Value, main.Interval, multiple.IntervalOf(readings[0]), readings.Count > 1 ? new Finding("reading.n-and-n-plus-one") : AsPrinted,
                new Finding("multiple.inconsistent", what, word, new Num(multiple.IntervalOf(readings[0]).Lower, 3), new Num(multiple.IntervalOf(readings[0]).Upper, 3), literally, new Num(nearest, claim.Published.Decimals)),
                nearest);
        }

        var first = fits[0];
        bool allReadingsFit = fits.Select(x => x.Factor).Distinct().Count() == readings.Count;
        bool printedFits = fits.Any(x => x.Reading.Code == AsPrinted.Code);
        var verdict = allReadingsFit && printedFits ? Verdict.Consistent : Verdict.Ambiguous;
        var readingText = readings.Count > 1
            ? (first.Factor == readings[0] ? new Finding("reading.times-as-n", new Num(readings[0], 2)) : new Finding("reading.times-as-n-plus-one", new Num(readings[1], 2)))
            : first.Reading;
        var because = verdict == Verdict.Consistent
            ? new Finding("multiple.overlaps")
            : readings.Count > 1 && !allReadingsFit
                ? new Finding("multiple.fits-only-reading", readingText)
                : new Finding("multiple.fits-only-if", first.Reading);
        return new(claim, verdict, main.Value, main.Interval, multiple.IntervalOf(first.Factor), readingText,
            new Finding("multiple.result", what, word, new Num(multiple.IntervalOf(first.Factor).Lower, 3), new Num(multiple.IntervalOf(first.Factor).Upper, 3), because), null);
    }

    private static Result VerifyPoints(Claim claim)
    {
        if (claim.From is not { } from || claim.To is not { } to)
        {
            return Unverifiable(claim, Missing(claim.From, claim.To, "name.earlier-share", "name.later-share"));
        }

        var diff = to.Interval - from.Interval;
        return Judge(claim, [new(AsPrinted, diff, to.Value - from.Value, true)], Unit.Points, new Finding("expr.from-to", from.Text, to.Text));
    }

    private static Result VerifyCagr(Claim claim)
    {
        if (claim.From is not { } from || claim.To is not { } to)
        {
            return Unverifiable(claim, Missing(claim.From, claim.To, "name.starting-value", "name.final-value"));
        }

        if (claim.Years is not { } years || years <= 0)
        {
            return Unverifiable(claim, new("cagr.years"));
        }

        var attempts = new List<Attempt>();
        foreach (var (reading, f, t, preferred) in Readings(from, to))
        {
            var c = TradeDomain.Growth.Cagr(f.Interval, f.Value, t.Interval, t.Value, years);
            if (!c.IsMeaningful)
            {
                return Unverifiable(claim, t.Value <= 0 ? new("end.not-positive") : NotMeaningful(f, t, c.Reason));
            }

            attempts.Add(new(new Finding("reading.years", new Num(years, 2), reading), c.Interval, c.Value, preferred));
            if (preferred)
            {
                var plusOne = TradeDomain.Growth.Cagr(f.Interval, f.Value, t.Interval, t.Value, years + 1);
                attempts.Add(new(new Finding("reading.years-both-ends", new Num(years + 1, 2), new Num(years, 2)), plusOne.Interval, plusOne.Value, false));
            }
        }

        return Judge(claim, attempts, Unit.PerYear, new Finding("expr.over-years", from.Text, to.Text, new Num(years, 2)));
    }

    private static Result VerifyShare(Claim claim)
    {
        if (claim.Part is not { } part || claim.Whole is not { } whole)
        {
            return Unverifiable(claim, new(claim.Part is null && claim.Whole is null ? "share.missing-both"
                : claim.Whole is null ? "share.missing-whole" : "share.missing-part"));
        }

        if (!SameCurrency(part, whole))
        {
            return Unverifiable(claim, new("share.currency"));
        }

        if (whole.Interval.Lower <= 0)
        {
            return Unverifiable(claim, new("share.whole-not-positive"));
        }

        var attempts = Readings(part, whole).Select(r => new Attempt(r.Reading,
            Estimate.Outward(Math.Max(0m, r.From.Interval.Lower) * 100m / r.To.Interval.Upper, r.From.Interval.Upper * 100m / r.To.Interval.Lower),
            part.Value * 100m / whole.Value, r.Preferred)).ToList();
        return Judge(claim, attempts, Unit.Percent, new Finding("expr.share", part.Text, whole.Text));
    }

    private static Result VerifyShareSet(Claim claim)
    {
        decimal sum = claim.Shares.Sum(s => s.Value);
        decimal drift = claim.Shares.Sum(s => s.HalfUnit);
        var possible = new DecimalInterval(sum - drift, sum + drift);
        var allowed = claim.IsCompleteSet ? DecimalInterval.Point(100m) : new DecimalInterval(0m, 100m);
        bool ok = possible.Overlaps(allowed);
        var list = new FindingList([.. claim.Shares.Select(s => (object)new Finding("shareset.item", new Num(s.Value, s.Decimals)))], "join.plus");
        var bound = new Finding("shareset.bound", new Num(claim.Shares.Count, 0), new Num(drift, 3));
        var explanation = claim.IsCompleteSet
            ? new Finding(ok ? "shareset.complete.ok" : "shareset.complete.not", list, new Num(sum, 3), bound, new Num(100m - drift, 3), new Num(100m + drift, 3))
            : new Finding(ok ? "shareset.partial.ok" : "shareset.partial.not", list, new Num(sum, 3), new Num(drift, 3), bound);
        return new(claim, ok ? Verdict.Consistent : Verdict.Inconsistent, sum, possible, allowed,
            new Finding(claim.IsCompleteSet ? "reading.complete-set" : "reading.partial-list"), explanation, null);
    }

    private static Result VerifySum(Claim claim)
    {
        var total = claim.To!;
        if (claim.Terms.Count == 0 || claim.Terms.Any(t => t is null))
        {
            return Unverifiable(claim, new("sum.missing-term"));
        }

        if (claim.Terms.Any(t => !SameCurrency(t, total)))
        {
            return Unverifiable(claim, new("currency.terms"));
        }

        var terms = claim.Terms.Select(t => t!).ToArray();
        var check = JudgeAmount(claim, total, terms, [1, .. Enumerable.Repeat(1, terms.Length - 1)], new Finding("expr.sum", new FindingList([.. terms.Select(t => (object)t.Text)], "join.and")));
        return check.Verdict == Verdict.Inconsistent && ScaleSlip(claim, total, terms) is { } slip ? check with { Explanation = new Finding("with-slip", check.Explanation, slip) } : check;
    }

    private static Result VerifyDifference(Claim claim)
    {
        var result = claim.To!;
        if (claim.Terms.Count != 2 || claim.Terms[0] is null || claim.Terms[1] is null)
        {
            return Unverifiable(claim, new("difference.missing"));
        }

        if (claim.Terms.Any(t => !SameCurrency(t, result)))
        {
            return Unverifiable(claim, new("currency.terms"));
        }

        var check = JudgeAmount(claim, result, [claim.Terms[0]!, claim.Terms[1]!], [1, -1], new Finding("expr.minus", claim.Terms[0]!.Text, claim.Terms[1]!.Text));
        if (check.Verdict != Verdict.Consistent && !claim.SignStated)
        {
            // A balance printed without a sign word is its size: imports − exports when imports are larger.
            var reversed = JudgeAmount(claim, result, [claim.Terms[1]!, claim.Terms[0]!], [1, -1], new Finding("expr.minus-unsigned", claim.Terms[1]!.Text, claim.Terms[0]!.Text));
            if (reversed.Verdict == Verdict.Consistent)
            {
                return reversed;
            }
        }

        return check;
    }

    /// <summary>" A scale slip would explain it: $1.2 million read as billion fits." when one term off by a factor of 1000
    /// (thousand, million, billion) makes the sum consistent; empty otherwise.</summary>
    private static Finding? ScaleSlip(Claim claim, Figure total, Figure[] terms)
    {
        for (int i = 0; i < terms.Length; i++)
        {
            foreach (var (factor, word) in new[] { (1000m, "slip.larger"), (0.001m, "slip.smaller") })
            {
                var t = terms[i];
                if (Math.Abs(t.Value) > 7.9e24m)
                {
                    continue;
                }

                var trial = terms.ToArray();
                trial[i] = t.Times(factor);
                if (JudgeAmount(claim, total, trial, [.. Enumerable.Repeat(1, trial.Length)], new Finding("empty")).Verdict == Verdict.Consistent)
                {
                    return new Finding("slip.explains", t.Text, new Finding(word));
                }
            }
        }

        return null;
    }

    /// <summary>A total (or difference) against signed terms, in the total's printed unit.</summary>
    private static Result JudgeAmount(Claim claim, Figure total, Figure[] terms, int[] signs, Finding what)
    {
        var attempts = new List<Attempt>();
        foreach (bool coarse in new[] { false, true })
        {
            if (coarse && !terms.Any(t => t.HasCoarserReading) && !total.HasCoarserReading)
            {
                break;
            }

            var interval = DecimalInterval.Point(0);
            decimal point = 0;
            for (int i = 0; i < terms.Length; i++)
            {
                var t = coarse ? terms[i].Coarsened() : terms[i];
                interval = signs[i] > 0 ? interval + t.Interval : interval - t.Interval;
                point += signs[i] * t.Value;
            }

            attempts.Add(new(coarse ? new Finding("reading.round-numbers") : AsPrinted,
                new DecimalInterval(total.InPrintedUnit(interval.Lower), total.InPrintedUnit(interval.Upper)), total.InPrintedUnit(point), !coarse));
        }

        // The published total's own coarser reading widens what it stands for.
        var publishedTotal = total.HasCoarserReading
            ? new DecimalInterval(total.InPrintedUnit(total.CoarsestInterval.Lower), total.InPrintedUnit(total.CoarsestInterval.Upper))
            : (DecimalInterval?)null;
        return Judge(claim, attempts, UnitWord(total), what, signedPublished: total.Value < 0, coarsePublished: publishedTotal);
    }

    private static Finding UnitWord(Figure f) => f.Scale switch
    {
        AmountScale.Thousand => new("unit.thousand"),
        AmountScale.Million => new("unit.million"),
        AmountScale.Billion => new("unit.billion"),
        AmountScale.Trillion => new("unit.trillion"),
        _ => Unit.None,
    };

    private static readonly Finding AsPrinted = new("reading.as-printed");

    /// <summary>The units a recomputed figure is shown in.</summary>
    private static class Unit
    {
        internal static readonly Finding None = new("empty");
        internal static readonly Finding Percent = new("unit.percent");
        internal static readonly Finding Points = new("unit.points");
        internal static readonly Finding PerYear = new("unit.per-year");
    }

    /// <summary>Why a rate or a multiple between two figures does not exist (the calculators' reason, in words the
    /// Explanation stage can write in any language).</summary>
    private static Finding NotMeaningful(Figure from, Figure to, string reason) =>
        from.Value == 0 ? new("base.zero")
        : from.Value < 0 ? new("base.negative", from.Text)
        : from.Interval.Lower <= 0 ? new("base.reaches-zero", from.Text)
        : new("text", reason);

    /// <summary>The shared decision: the preferred reading overlapping the published interval is consistent; only another
    /// reading overlapping is ambiguous; none is inconsistent, with the nearest consistent published value.</summary>
    private static Result Judge(Claim claim, List<Attempt> attempts, Finding unit, Finding what, bool signedPublished = false, DecimalInterval? coarsePublished = null)
    {
        var published = signedPublished ? -Widened(claim) : Signed(claim, Widened(claim));
        var main = attempts[0];
        int shown = claim.Published.Decimals + 2;
        var computedText = new Finding("judge.computed", what, new Num(main.Point, shown), unit, new Num(main.Computed.Lower, shown), new Num(main.Computed.Upper, shown));
        var publishedText = new Finding("judge.published", new Num(claim.Published.Value, claim.Published.Decimals), unit, DirectionText(claim), new Num(published.Lower, shown), new Num(published.Upper, shown));
        foreach (var a in attempts.Where(a => a.Preferred))
        {
            if (a.Computed.Overlaps(published))
            {
                return new(claim, Verdict.Consistent, a.Point, a.Computed, published, a.Reading, new Finding("judge.consistent", computedText, publishedText), null);
            }
        }

        foreach (var a in attempts.Where(a => !a.Preferred))
        {
            if (a.Computed.Overlaps(published))
            {
                return new(claim, Verdict.Ambiguous, main.Point, main.Computed, published, a.Reading,
                    new Finding("judge.fits-only-as", computedText, publishedText, a.Reading), null);
            }
        }

        if (coarsePublished is { } wide && main.Computed.Overlaps(signedPublished ? -wide : wide))
        {
            return new(claim, Verdict.Ambiguous, main.Point, main.Computed, published, new Finding("reading.published-rounded"),
                new Finding("judge.fits-only-rounded", computedText, publishedText), null);
        }

        var nearest = Nearest(claim, main, published);
        Finding direction = Unit.None;
        if (claim.Kind is ClaimKind.Growth or ClaimKind.PercentagePoint or ClaimKind.Cagr && claim.Direction is { } stated
            && Math.Sign(main.Point) != 0 && (GrowthDirection)Math.Sign(main.Point) != stated)
        {
            direction = new Finding("judge.direction", new Finding(main.Point > 0 ? "dir.an-increase" : "dir.a-decrease"), new Finding(stated == GrowthDirection.Increase ? "dir.an-increase" : "dir.a-decrease"));
        }

        return new(claim, Verdict.Inconsistent, main.Point, main.Computed, published, main.Reading,
            new Finding("judge.inconsistent", computedText, publishedText, direction, new Num(Math.Abs(nearest), claim.Published.Decimals), unit, NearestDirection(claim, nearest, signedPublished)),
            Math.Abs(nearest));
    }

    private static Finding NearestDirection(Claim claim, decimal nearest, bool signedPublished) =>
        signedPublished || nearest == 0 || claim.Kind is not (ClaimKind.Growth or ClaimKind.PercentagePoint or ClaimKind.Cagr) ? Unit.None
        : nearest < 0 ? new("nearest.decrease") : claim.Direction == GrowthDirection.Decrease ? new("nearest.increase") : Unit.None;

    /// <summary>The value at the published precision nearest to the computed one whose interval overlaps the computed interval.</summary>
    private static decimal Nearest(Claim claim, Attempt main, DecimalInterval published)
    {
        int d = claim.Published.Decimals;
        decimal unit = 1m / AmountText.Pow10(d);
        decimal candidate = Math.Round(main.Point, d, MidpointRounding.AwayFromZero);
        for (int step = 0; step < 20; step++)
        {
            foreach (var c in new[] { candidate + (step * unit), candidate - (step * unit) })
            {
                if (DecimalInterval.Around(c, unit / 2).Overlaps(main.Computed))
                {
                    return c;
                }
            }
        }

        return candidate;
    }

    private static Finding DirectionText(Claim claim) => claim.Kind is ClaimKind.Growth or ClaimKind.PercentagePoint or ClaimKind.Cagr
        ? claim.Direction switch
        {
            GrowthDirection.Decrease => new("dir.decrease"),
            GrowthDirection.Increase => new("dir.increase"),
            _ => Unit.None,
        }
        : Unit.None;

    internal static string Show(decimal value, int decimals) =>
        Math.Round(value, Math.Clamp(decimals, 0, 12), MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using TradeDomain.Utility;

namespace TradeDomain.Verification;

/// <summary>
/// Judges claims by intervals: each published number stands for the interval its rounding allows (d decimals →
/// ±½·10⁻ᵈ, ends inclusive); the derived quantity's interval is computed from the inputs' intervals; the claim is
/// consistent when that interval overlaps the published figure's. Other readings (a round number rounded to tens,
/// "N times more" as ×(N+1), % meant as percentage points, CAGR over n + 1 years) make a claim ambiguous when only they fit.
/// </summary>
public static class ClaimVerifier
{
    private sealed record Attempt(string Reading, DecimalInterval Computed, decimal Point, bool Preferred);

    /// <summary>Checks one claim.</summary>
    public static ClaimCheck Verify(Claim claim)
    {
        Preconditions.CheckNotNull(claim);
        var check = VerifyKind(claim);
        if (check.Verdict == Verdict.Inconsistent && !claim.IsCertain)
        {
            return check with
            {
                Verdict = Verdict.Ambiguous,
                Reading = "figures linked across sentences",
                Explanation = "Some figures were linked from other sentences by their measure and period, not named in the claim's own sentence, so a mismatch may mean another figure was meant: " + check.Explanation,
                NearestConsistent = null,
            };
        }

        if (check.Verdict == Verdict.Unverifiable && claim.MissingReason is { } reason)
        {
            return check with { Explanation = reason };
        }

        return check;
    }

    private static ClaimCheck VerifyKind(Claim claim)
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

    /// <summary>Checks every claim.</summary>
    public static IReadOnlyList<ClaimCheck> Verify(IEnumerable<Claim> claims) => [.. Preconditions.CheckNotNull(claims).Select(Verify)];

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

    private static ClaimCheck VerifyIndex(Claim claim)
    {
        if (claim.From is not { } from || claim.To is not { } to)
        {
            return Unverifiable(claim, Missing(claim.From, claim.To, "value of the base period", "value of the period compared"));
        }

        if (!SameCurrency(from, to) || from.Interval.Lower <= 0)
        {
            return Unverifiable(claim, "the two values are in different currencies, or the base is not positive");
        }

        var attempts = Readings(from, to).Select(r => new Attempt(r.Reading,
            Estimate.Outward(r.To.Interval.Lower * 100m / r.From.Interval.Upper, r.To.Interval.Upper * 100m / r.From.Interval.Lower),
            to.Value * 100m / from.Value, r.Preferred)).ToList();
        return Judge(claim, attempts, "%", $"{to.Text} ÷ {from.Text} × 100");
    }

    private static ClaimCheck VerifyChange(Claim claim)
    {
        if (claim.From is not { } from || claim.To is not { } to || claim.Part is not { } change)
        {
            return Unverifiable(claim, Missing(claim.From, claim.To, "earlier value", "later value"));
        }

        if (!SameCurrency(from, to) || !SameCurrency(change, to))
        {
            return Unverifiable(claim, "the values are in different currencies");
        }

        var interval = to.Interval - from.Interval;
        decimal point = to.Value - from.Value;
        bool decrease = claim.Direction == GrowthDirection.Decrease || point < 0 && claim.Direction is null;
        var unitInterval = new DecimalInterval(change.InPrintedUnit(interval.Lower), change.InPrintedUnit(interval.Upper));
        if (decrease)
        {
            unitInterval = -unitInterval;
        }

        return Judge(claim with { Direction = null }, [new("as printed", unitInterval, change.InPrintedUnit(decrease ? -point : point), true)], UnitWord(change), $"{to.Text} − {from.Text}");
    }

    private static ClaimCheck VerifyCoverage(Claim claim)
    {
        if (claim.Terms.Count != 2 || claim.Terms[0] is not { } exports || claim.Terms[1] is not { } imports)
        {
            return Unverifiable(claim, "exports and imports are not both given in the text");
        }

        if (!SameCurrency(exports, imports) || imports.Interval.Lower <= 0)
        {
            return Unverifiable(claim, "exports and imports are in different currencies, or imports are not positive");
        }

        decimal k = claim.IsPercentage ? 100m : 1m;
        var attempts = Readings(exports, imports).Select(r => new Attempt(r.Reading,
            Estimate.Outward(Math.Max(0m, r.From.Interval.Lower) * k / r.To.Interval.Upper, r.From.Interval.Upper * k / r.To.Interval.Lower),
            exports.Value * k / imports.Value, r.Preferred)).ToList();
        return Judge(claim, attempts, claim.IsPercentage ? "%" : "", $"{exports.Text} ÷ {imports.Text}{(claim.IsPercentage ? " × 100" : "")}");
    }

    private static ClaimCheck VerifyConversion(Claim claim)
    {
        var converted = claim.To!;
        var original = claim.From!;
        if (!UsdRates.TryGet(original.Currency, out var o) || !UsdRates.TryGet(converted.Currency, out var c) || converted.Value <= 0 || original.Value <= 0)
        {
            return Unverifiable(claim, $"no plausible exchange rate is known for {original.Currency} and {converted.Currency}");
        }

        // Units of the original per unit of the converted currency, over every rate seen since 2000, with a factor of 3 to spare.
        var plausible = new DecimalInterval(o.Low / c.High / 3m, o.High / c.Low * 3m);
        decimal implied = original.Value / converted.Value;
        bool ok = plausible.Contains(implied);
        string what = $"{original.Text} = {converted.Text} implies {Show(implied, 4)} {original.Currency} per {converted.Currency}";
        if (ok)
        {
            return new(claim, Verdict.Consistent, null, null, null, "order of magnitude",
                $"{what}, within a factor of 3 of the rates seen since 2000 ({Show(o.Low / c.High, 4)} to {Show(o.High / c.Low, 4)}).", null);
        }

        decimal slip = implied > plausible.Upper ? implied / (o.High / c.Low) : (o.Low / c.High) / implied;
        return new(claim, Verdict.Inconsistent, null, null, null, "order of magnitude",
            $"{what}, about {Show(slip, 0)} times off every rate seen since 2000 ({Show(o.Low / c.High, 4)} to {Show(o.High / c.Low, 4)}): a scale slip (thousand, million, billion) in one of the two figures.", null);
    }

    private static ClaimCheck Unverifiable(Claim claim, string why) =>
        new(claim, Verdict.Unverifiable, null, null, Signed(claim, claim.Published.Interval), "", why, null);

    private static DecimalInterval Signed(Claim claim, DecimalInterval magnitude) =>
        claim.Direction == GrowthDirection.Decrease ? -magnitude : magnitude;

    private static string Missing(Figure? from, Figure? to, string fromName, string toName) =>
        from is null && to is null ? $"neither the {fromName} nor the {toName} is given in the text"
        : from is null ? $"the {fromName} is not given in the text, so the figure cannot be recomputed"
        : $"the {toName} is not given in the text, so the figure cannot be recomputed";

    /// <summary>The figure pairs to try: as printed, then with round numbers read as rounded to their trailing zeros.</summary>
    private static IEnumerable<(string Reading, Figure From, Figure To, bool Preferred)> Readings(Figure from, Figure to)
    {
        yield return ("as printed", from, to, true);
        if (from.HasCoarserReading || to.HasCoarserReading)
        {
            var names = string.Join(" and ", new[] { from, to }.Where(f => f.HasCoarserReading).Select(f => $"{f.Text} rounded to its trailing zeros"));
            yield return (names, from.Coarsened(), to.Coarsened(), false);
        }
    }

    private static bool SameCurrency(Figure? a, Figure? b) =>
        a is null || b is null || a.Currency.IsDefault || b.Currency.IsDefault || a.Currency == b.Currency
        || a.Currency.Code == "XXX" || b.Currency.Code == "XXX";

    private static ClaimCheck VerifyGrowth(Claim claim)
    {
        if (claim.From is not { } from || claim.To is not { } to)
        {
            return Unverifiable(claim, Missing(claim.From, claim.To, "earlier value", "later value"));
        }

        if (!SameCurrency(from, to))
        {
            return Unverifiable(claim, $"the two amounts are in different currencies ({from.Currency}, {to.Currency}); growth is measured in one currency");
        }

        var attempts = new List<Attempt>();
        foreach (var (reading, f, t, preferred) in Readings(from, to))
        {
            var g = TradeDomain.Growth.Between(f.Interval, f.Value, t.Interval, t.Value);
            if (!g.IsMeaningful)
            {
                return Unverifiable(claim, g.Rate.Reason);
            }

            attempts.Add(new(reading, g.Rate.Interval, g.Rate.Value, preferred));
        }

        bool percentages = IsPercentage(from) && IsPercentage(to);
        if (percentages)
        {
            var diff = to.Interval - from.Interval;
            attempts.Add(new($"percentage points ({Show(to.Value - from.Value, 1)} pp), not a relative change", diff, to.Value - from.Value, false));
        }

        return Judge(claim, attempts, "%", $"{from.Text} → {to.Text}");
    }

    private static bool IsPercentage(Figure f) => !f.IsAmount && f.Text.TrimEnd().EndsWith('%');

    private static ClaimCheck VerifyMultiple(Claim claim)
    {
        if (claim.From is not { } from || claim.To is not { } to)
        {
            return Unverifiable(claim, Missing(claim.From, claim.To, "starting value", "final value"));
        }

        if (!SameCurrency(from, to))
        {
            return Unverifiable(claim, "the two amounts are in different currencies");
        }

        var multiple = claim.Multiple ?? TradeDomain.Multiple.Create(claim.Published);
        var ratios = new List<(string Reading, Estimate Ratio, bool Preferred)>();
        foreach (var (reading, f, t, preferred) in Readings(from, to))
        {
            var g = TradeDomain.Growth.Between(f.Interval, f.Value, t.Interval, t.Value);
            if (!g.IsMeaningful)
            {
                return Unverifiable(claim, g.Multiple.Reason);
            }

            ratios.Add((reading, g.Multiple, preferred));
        }

        var readings = multiple.Readings;
        var fits = new List<(decimal Factor, string Reading)>();
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
        string what = $"{from.Text} → {to.Text} is ×{Show(main.Value, shown)} (×{Show(main.Interval.Lower, shown)} to ×{Show(main.Interval.Upper, shown)} within the inputs' rounding)";
        string word = multiple.ToString();
        if (fits.Count == 0)
        {
            decimal nearest = Math.Round(main.Value, claim.Published.Decimals, MidpointRounding.AwayFromZero);
            return new(claim, Verdict.Inconsistent, main.Value, main.Interval, multiple.IntervalOf(readings[0]), readings.Count > 1 ? "×N and ×(N+1)" : "as printed",
                $"{what}; \"{word}\" means ×{Show(multiple.IntervalOf(readings[0]).Lower, 3)} to ×{Show(multiple.IntervalOf(readings[0]).Upper, 3)}{(readings.Count > 1 ? $" (or ×{Show(readings[1], 2)} read literally)" : "")}, which does not overlap. A consistent figure would have been about {Show(nearest, claim.Published.Decimals)} times.",
                nearest);
        }

        var first = fits[0];
        bool allReadingsFit = fits.Select(x => x.Factor).Distinct().Count() == readings.Count;
        bool printedFits = fits.Any(x => x.Reading == "as printed");
        var verdict = allReadingsFit && printedFits ? Verdict.Consistent : Verdict.Ambiguous;
        string readingText = readings.Count > 1
            ? (first.Factor == readings[0] ? $"×{Show(readings[0], 2)} (\"N times more\" read as ×N)" : $"×{Show(readings[1], 2)} (\"N times more\" read literally as ×(N+1))")
            : first.Reading;
        string because = verdict == Verdict.Consistent
            ? "which overlaps"
            : readings.Count > 1 && !allReadingsFit
                ? $"which fits only the reading {readingText}, not the other"
                : $"which fits only if {first.Reading}";
        return new(claim, verdict, main.Value, main.Interval, multiple.IntervalOf(first.Factor), readingText,
            $"{what}; \"{word}\" means ×{Show(multiple.IntervalOf(first.Factor).Lower, 3)} to ×{Show(multiple.IntervalOf(first.Factor).Upper, 3)}, {because}.", null);
    }

    private static ClaimCheck VerifyPoints(Claim claim)
    {
        if (claim.From is not { } from || claim.To is not { } to)
        {
            return Unverifiable(claim, Missing(claim.From, claim.To, "earlier share or rate", "later share or rate"));
        }

        var diff = to.Interval - from.Interval;
        return Judge(claim, [new("as printed", diff, to.Value - from.Value, true)], " pp", $"{from.Text} → {to.Text}");
    }

    private static ClaimCheck VerifyCagr(Claim claim)
    {
        if (claim.From is not { } from || claim.To is not { } to)
        {
            return Unverifiable(claim, Missing(claim.From, claim.To, "starting value", "final value"));
        }

        if (claim.Years is not { } years || years <= 0)
        {
            return Unverifiable(claim, "the number of years (the two periods) is not given");
        }

        var attempts = new List<Attempt>();
        foreach (var (reading, f, t, preferred) in Readings(from, to))
        {
            var c = TradeDomain.Growth.Cagr(f.Interval, f.Value, t.Interval, t.Value, years);
            if (!c.IsMeaningful)
            {
                return Unverifiable(claim, c.Reason);
            }

            attempts.Add(new($"{Show(years, 2)} years, {reading}", c.Interval, c.Value, preferred));
            if (preferred)
            {
                var plusOne = TradeDomain.Growth.Cagr(f.Interval, f.Value, t.Interval, t.Value, years + 1);
                attempts.Add(new($"{Show(years + 1, 2)} years (counting both end years), not {Show(years, 2)}", plusOne.Interval, plusOne.Value, false));
            }
        }

        return Judge(claim, attempts, "% a year", $"{from.Text} → {to.Text} over {Show(years, 2)} years");
    }

    private static ClaimCheck VerifyShare(Claim claim)
    {
        if (claim.Part is not { } part || claim.Whole is not { } whole)
        {
            return Unverifiable(claim, claim.Part is null && claim.Whole is null
                ? "neither the part nor the whole is given in the text, so the share cannot be recomputed"
                : claim.Whole is null ? "the whole the share is taken of is not given in the text" : "the part is not given in the text");
        }

        if (!SameCurrency(part, whole))
        {
            return Unverifiable(claim, "the part and the whole are in different currencies");
        }

        if (whole.Interval.Lower <= 0)
        {
            return Unverifiable(claim, "the whole is zero or negative");
        }

        var attempts = Readings(part, whole).Select(r => new Attempt(r.Reading,
            Estimate.Outward(Math.Max(0m, r.From.Interval.Lower) * 100m / r.To.Interval.Upper, r.From.Interval.Upper * 100m / r.To.Interval.Lower),
            part.Value * 100m / whole.Value, r.Preferred)).ToList();
        return Judge(claim, attempts, "%", $"{part.Text} of {whole.Text}");
    }

    private static ClaimCheck VerifyShareSet(Claim claim)
    {
        decimal sum = claim.Shares.Sum(s => s.Value);
        decimal drift = claim.Shares.Sum(s => s.HalfUnit);
        var possible = new DecimalInterval(sum - drift, sum + drift);
        var allowed = claim.IsCompleteSet ? DecimalInterval.Point(100m) : new DecimalInterval(0m, 100m);
        bool ok = possible.Overlaps(allowed);
        string list = string.Join(" + ", claim.Shares.Select(s => s.ToString()));
        string bound = $"independent rounding of {claim.Shares.Count} shares can move their sum by up to {Show(drift, 3)}";
        string explanation = claim.IsCompleteSet
            ? $"{list} = {Show(sum, 3)}; {bound}, so a complete set must add up to between {Show(100m - drift, 3)} and {Show(100m + drift, 3)}: {(ok ? "it does" : "it does not")}."
            : $"{list} = {Show(sum, 3)}; the listed shares of one whole may not add up to more than 100 + {Show(drift, 3)} ({bound}): {(ok ? "they do not" : "they do")}.";
        return new(claim, ok ? Verdict.Consistent : Verdict.Inconsistent, sum, possible, allowed,
            claim.IsCompleteSet ? "complete set" : "partial list", explanation, null);
    }

    private static ClaimCheck VerifySum(Claim claim)
    {
        var total = claim.To!;
        if (claim.Terms.Count == 0 || claim.Terms.Any(t => t is null))
        {
            return Unverifiable(claim, "not every term of the sum is given in the text");
        }

        if (claim.Terms.Any(t => !SameCurrency(t, total)))
        {
            return Unverifiable(claim, "the terms are in different currencies");
        }

        var terms = claim.Terms.Select(t => t!).ToArray();
        var check = JudgeAmount(claim, total, terms, [1, .. Enumerable.Repeat(1, terms.Length - 1)], "sum of " + string.Join(" and ", terms.Select(t => t.Text)));
        return check.Verdict == Verdict.Inconsistent ? check with { Explanation = check.Explanation + ScaleSlip(claim, total, terms) } : check;
    }

    private static ClaimCheck VerifyDifference(Claim claim)
    {
        var result = claim.To!;
        if (claim.Terms.Count != 2 || claim.Terms[0] is null || claim.Terms[1] is null)
        {
            return Unverifiable(claim, "the values the difference is taken of (exports and imports) are not both given in the text");
        }

        if (claim.Terms.Any(t => !SameCurrency(t, result)))
        {
            return Unverifiable(claim, "the terms are in different currencies");
        }

        var check = JudgeAmount(claim, result, [claim.Terms[0]!, claim.Terms[1]!], [1, -1], $"{claim.Terms[0]!.Text} − {claim.Terms[1]!.Text}");
        if (check.Verdict != Verdict.Consistent && !claim.SignStated)
        {
            // A balance printed without a sign word is its size: imports − exports when imports are larger.
            var reversed = JudgeAmount(claim, result, [claim.Terms[1]!, claim.Terms[0]!], [1, -1], $"{claim.Terms[1]!.Text} − {claim.Terms[0]!.Text} (the balance's sign is not stated)");
            if (reversed.Verdict == Verdict.Consistent)
            {
                return reversed;
            }
        }

        return check;
    }

    /// <summary>" A scale slip would explain it: $1.2 million read as billion fits." when one term off by a factor of 1000
    /// (thousand, million, billion) makes the sum consistent; empty otherwise.</summary>
    private static string ScaleSlip(Claim claim, Figure total, Figure[] terms)
    {
        for (int i = 0; i < terms.Length; i++)
        {
            foreach (var (factor, word) in new[] { (1000m, "a thousand times larger"), (0.001m, "a thousand times smaller") })
            {
                var t = terms[i];
                if (Math.Abs(t.Value) > 7.9e24m)
                {
                    continue;
                }

                var scaled = t with { Value = t.Value * factor, Interval = new DecimalInterval(t.Interval.Lower * factor, t.Interval.Upper * factor), CoarsestInterval = new DecimalInterval(t.CoarsestInterval.Lower * factor, t.CoarsestInterval.Upper * factor) };
                var trial = terms.ToArray();
                trial[i] = scaled;
                if (JudgeAmount(claim, total, trial, [.. Enumerable.Repeat(1, trial.Length)], "").Verdict == Verdict.Consistent)
                {
                    return $" A scale slip would explain it: with {t.Text} read as {word} (a thousand, million or billion confused) the figures add up.";
                }
            }
        }

        return "";
    }

    /// <summary>A total (or difference) against signed terms, in the total's printed unit.</summary>
    private static ClaimCheck JudgeAmount(Claim claim, Figure total, Figure[] terms, int[] signs, string what)
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

            attempts.Add(new(coarse ? "round numbers read as rounded to their trailing zeros" : "as printed",
                new DecimalInterval(total.InPrintedUnit(interval.Lower), total.InPrintedUnit(interval.Upper)), total.InPrintedUnit(point), !coarse));
        }

        // The published total's own coarser reading widens what it stands for.
        var publishedTotal = total.HasCoarserReading
            ? new DecimalInterval(total.InPrintedUnit(total.CoarsestInterval.Lower), total.InPrintedUnit(total.CoarsestInterval.Upper))
            : (DecimalInterval?)null;
        return Judge(claim, attempts, UnitWord(total), what, signedPublished: total.Value < 0, coarsePublished: publishedTotal);
    }

    private static string UnitWord(Figure f) => f.Scale switch
    {
        AmountScale.Thousand => " thousand",
        AmountScale.Million => " million",
        AmountScale.Billion => " billion",
        AmountScale.Trillion => " trillion",
        _ => "",
    };

    /// <summary>The shared decision: the preferred reading overlapping the published interval is consistent; only another
    /// reading overlapping is ambiguous; none is inconsistent, with the nearest consistent published value.</summary>
    private static ClaimCheck Judge(Claim claim, List<Attempt> attempts, string unit, string what, bool signedPublished = false, DecimalInterval? coarsePublished = null)
    {
        var published = signedPublished ? -Widened(claim) : Signed(claim, Widened(claim));
        var main = attempts[0];
        string computedText = $"{what} gives {Show(main.Point, claim.Published.Decimals + 2)}{unit} ({Show(main.Computed.Lower, claim.Published.Decimals + 2)} to {Show(main.Computed.Upper, claim.Published.Decimals + 2)} within the inputs' rounding)";
        string publishedText = $"the published {Show(claim.Published.Value, claim.Published.Decimals)}{unit}{DirectionText(claim)} stands for {Show(published.Lower, claim.Published.Decimals + 2)} to {Show(published.Upper, claim.Published.Decimals + 2)}";
        foreach (var a in attempts.Where(a => a.Preferred))
        {
            if (a.Computed.Overlaps(published))
            {
                return new(claim, Verdict.Consistent, a.Point, a.Computed, published, a.Reading, $"{computedText}; {publishedText}: they overlap.", null);
            }
        }

        foreach (var a in attempts.Where(a => !a.Preferred))
        {
            if (a.Computed.Overlaps(published))
            {
                return new(claim, Verdict.Ambiguous, main.Point, main.Computed, published, a.Reading,
                    $"{computedText}; {publishedText}, which fits only if read as {a.Reading}.", null);
            }
        }

        if (coarsePublished is { } wide && main.Computed.Overlaps(signedPublished ? -wide : wide))
        {
            return new(claim, Verdict.Ambiguous, main.Point, main.Computed, published, "the published total rounded to its trailing zeros",
                $"{computedText}; {publishedText}, which fits only if the published figure was rounded to its trailing zeros.", null);
        }

        var nearest = Nearest(claim, main, published);
        string direction = "";
        if (claim.Kind is ClaimKind.Growth or ClaimKind.PercentagePoint or ClaimKind.Cagr && claim.Direction is { } stated
            && Math.Sign(main.Point) != 0 && (GrowthDirection)Math.Sign(main.Point) != stated)
        {
            direction = $" The figures show {(main.Point > 0 ? "an increase" : "a decrease")}, the text says {(stated == GrowthDirection.Increase ? "an increase" : "a decrease")}.";
        }

        return new(claim, Verdict.Inconsistent, main.Point, main.Computed, published, main.Reading,
            $"{computedText}; {publishedText}: they do not overlap.{direction} A consistent figure would have been {Show(Math.Abs(nearest), claim.Published.Decimals)}{unit}{NearestDirection(claim, nearest, signedPublished)}.",
            Math.Abs(nearest));
    }

    private static string NearestDirection(Claim claim, decimal nearest, bool signedPublished) =>
        signedPublished || nearest == 0 || claim.Kind is not (ClaimKind.Growth or ClaimKind.PercentagePoint or ClaimKind.Cagr) ? ""
        : nearest < 0 ? " (a decrease)" : claim.Direction == GrowthDirection.Decrease ? " (an increase)" : "";

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

    private static string DirectionText(Claim claim) => claim.Kind is ClaimKind.Growth or ClaimKind.PercentagePoint or ClaimKind.Cagr
        ? claim.Direction switch
        {
            GrowthDirection.Decrease => " decrease",
            GrowthDirection.Increase => " increase",
            _ => "",
        }
        : "";

    internal static string Show(decimal value, int decimals) =>
        Math.Round(value, Math.Clamp(decimals, 0, 12), MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
}

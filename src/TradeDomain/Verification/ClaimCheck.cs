namespace TradeDomain.Verification;

/// <summary>
/// The verdict on one claim and everything a person needs to follow it: the recomputed value and the interval the
/// inputs' rounding allows (in the claim's own unit: percent, ×, percentage points, or the total's scale), the interval
/// the published figure stands for, the reading used, an explanation, and for an inconsistent claim the nearest
/// published value that would have been consistent.
/// </summary>
/// <param name="Claim">The claim.</param>
/// <param name="Verdict">Consistent, inconsistent, ambiguous or unverifiable.</param>
/// <param name="Computed">The recomputed value from the inputs as printed (signed: a decrease is negative); null when unverifiable.</param>
/// <param name="ComputedInterval">Every value consistent with the inputs' rounding; null when unverifiable.</param>
/// <param name="PublishedInterval">The values the published figure stands for (signed by its stated direction).</param>
/// <param name="Reading">Which reading the verdict rests on ("as printed", "490 rounded to tens", "×(N+1)", "n + 1 years").</param>
/// <param name="Explanation">A sentence a person can read.</param>
/// <param name="NearestConsistent">For an inconsistent claim, the nearest value at the published precision that would have been consistent.</param>
public sealed record ClaimCheck(
    Claim Claim,
    Verdict Verdict,
    decimal? Computed,
    DecimalInterval? ComputedInterval,
    DecimalInterval? PublishedInterval,
    string Reading,
    string Explanation,
    decimal? NearestConsistent);

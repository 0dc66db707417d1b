using TradeDomain.Utility;

namespace TradeDomain.Verification;

/// <summary>
/// A published figure and the figures it was derived from, as far as the text gives them. Build claims with the
/// factory methods (<see cref="Growth"/>, <see cref="ForMultiple"/>, …) or let <see cref="ClaimExtractor"/> find them in
/// prose; check them with <see cref="ClaimVerifier.Verify(Claim)"/>. A missing input (null) makes the claim unverifiable.
/// </summary>
public sealed record Claim
{
    private Claim(ClaimKind kind, PublishedNumber published, string sentence)
    {
        Kind = kind;
        Published = published;
        Sentence = Preconditions.CheckNotNull(sentence);
    }

    /// <summary>The claim with every amount read by <paramref name="read"/> (the published figure too, where it is an
    /// amount: a total or balance), for checking another reading of the text's figures.</summary>
    internal Claim WithAmounts(Func<Figure, Figure> read)
    {
        Figure? Read(Figure? f) => f is null || !f.IsAmount ? f : read(f);
        var to = Read(To);
        return this with
        {
            From = Read(From), To = to, Part = Read(Part), Whole = Read(Whole), Terms = [.. Terms.Select(Read)],
            Published = Kind is ClaimKind.Sum or ClaimKind.Difference && to is not null && to != To ? Printed(to) : Published,
        };
    }

    /// <summary>What the claim asserts.</summary>
    public ClaimKind Kind { get; }

    /// <summary>The published figure in the claim's own unit, without sign: 6.8 for "6.8%", 1.5 for "1.5 times",
    /// 3.1 for "3.1 percentage points", 139.8 for a total of "139.8 billion", the sum of the shares of a share set.</summary>
    public PublishedNumber Published { get; private init; }

    /// <summary>The sentence the claim was found in (empty for claims built in code).</summary>
    public string Sentence { get; init; }

    /// <summary>Where the sentence starts in the text it was extracted from.</summary>
    public int Offset { get; init; }

    /// <summary>The direction the text states ("more", "fell"); null when it states none.</summary>
    public GrowthDirection? Direction { get; init; }

    /// <summary>The earlier value (growth, multiple, CAGR, percentage-point change).</summary>
    public Figure? From { get; init; }

    /// <summary>The later value.</summary>
    public Figure? To { get; init; }

    /// <summary>The multiple as published (multiple claims).</summary>
    public Multiple? Multiple { get; init; }

    /// <summary>The periods of <see cref="From"/> and <see cref="To"/> (CAGR), or the number of years.</summary>
    public decimal? Years { get; init; }

    /// <summary>The part (share claims).</summary>
    public Figure? Part { get; init; }

    /// <summary>The whole (share claims).</summary>
    public Figure? Whole { get; init; }

    /// <summary>The shares of a share set, as printed.</summary>
    public IReadOnlyList<PublishedNumber> Shares { get; init; } = [];

    /// <summary>Whether a share set lists every part of its whole (then it must add up to 100 within rounding); a partial
    /// list may only not exceed 100.</summary>
    public bool IsCompleteSet { get; init; }

    /// <summary>The terms of a sum (exports, imports) or of a difference (minuend, subtrahend).</summary>
    public IReadOnlyList<Figure?> Terms { get; init; } = [];

    /// <summary>An approximator of the published figure ("almost", "over", "about"), which widens what it stands for.</summary>
    public Approximation Approximation { get; init; }

    /// <summary>Whether every figure was linked with certainty (named by its role in the claim's own sentence). A claim
    /// linked across sentences by measure and period is not certain: where it does not fit it is ambiguous, never
    /// inconsistent.</summary>
    public bool IsCertain { get; init; } = true;

    /// <summary>Why a claim that is not certain is not (a finding key of the Explanation stage); null for the usual
    /// reason, figures linked from other sentences.</summary>
    internal string? DoubtKey { get; init; }

    /// <summary>For a growth rate whose earlier value was worked out as the later value less (for a fall, plus) a printed
    /// change ("76 million, 5 percent or 3.2 million more"): that change. The rate is then computed from the later value
    /// and the change alone (change ÷ (later ∓ change)), so the later value's rounding is counted once, not twice.</summary>
    internal Figure? DerivedChange { get; init; }

    /// <summary>Whether <see cref="DerivedChange"/> is a fall (the earlier value is the later value plus it).</summary>
    internal bool DerivedFall { get; init; }

    /// <summary>Whether the printed value is the earlier one and the later was worked out from it and
    /// <see cref="DerivedChange"/> ("increased 10.7% (R14.9 billion) from R139.4 billion"): the rate is the change ÷ the
    /// earlier value.</summary>
    internal bool DerivedFromEarlier { get; init; }

    /// <summary>Why a figure could not be used, when the reason is not simply that it is missing ("'¥' is ambiguous").</summary>
    public string? MissingReason { get; init; }

    /// <summary>Why a figure could not be used, as a finding the Explanation stage writes in any language (set by the
    /// extractor; <see cref="MissingReason"/> is for claims made by hand).</summary>
    internal Finding? MissingFinding { get; init; }

    /// <summary>Whether a balance's sign is stated (surplus, deficit, a minus, "отрицательное сальдо"); an unsigned
    /// balance is compared by its size.</summary>
    public bool SignStated { get; init; } = true;

    /// <summary>Coverage claims: whether the ratio is printed as a percentage (61.4%) rather than a ratio (0.97).</summary>
    public bool IsPercentage { get; init; }

    /// <summary>A short label of what the figures are ("turnover", "Kazakhstan's share"), for reports.</summary>
    public string Subject { get; init; } = "";

    /// <summary>A growth claim: <paramref name="rate"/> percent in <paramref name="direction"/> from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static Claim Growth(PublishedNumber rate, GrowthDirection? direction, Figure? from, Figure? to, string sentence = "") =>
        new(ClaimKind.Growth, Abs(rate), sentence) { Direction = direction ?? SignOf(rate), From = from, To = to };

    /// <summary>A multiple claim: <paramref name="multiple"/> from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static Claim ForMultiple(Multiple multiple, Figure? from, Figure? to, string sentence = "") =>
        new(ClaimKind.Multiple, multiple.Factor, sentence) { Multiple = multiple, From = from, To = to };

    /// <summary>A percentage-point change of a share or rate from <paramref name="from"/> % to <paramref name="to"/> %.</summary>
    public static Claim PercentagePointChange(PublishedNumber points, GrowthDirection? direction, Figure? from, Figure? to, string sentence = "") =>
        new(ClaimKind.PercentagePoint, Abs(points), sentence) { Direction = direction ?? SignOf(points), From = from, To = to };

    /// <summary>An average annual growth rate over <paramref name="years"/> years from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static Claim Cagr(PublishedNumber rate, GrowthDirection? direction, Figure? from, Figure? to, decimal? years, string sentence = "") =>
        new(ClaimKind.Cagr, Abs(rate), sentence) { Direction = direction ?? SignOf(rate), From = from, To = to, Years = years };

    /// <summary>A share of <paramref name="percent"/> % of <paramref name="part"/> in <paramref name="whole"/>.</summary>
    public static Claim Share(PublishedNumber percent, Figure? part, Figure? whole, string sentence = "") =>
        new(ClaimKind.Share, percent, sentence) { Part = part, Whole = whole };

    /// <summary>A set of shares of one whole.</summary>
    public static Claim ShareSet(IReadOnlyList<PublishedNumber> shares, bool complete, string sentence = "")
    {
        Preconditions.CheckNotNull(shares);
        Preconditions.CheckArgument(shares.Count > 0, nameof(shares), "A share set needs at least one share.");
        int decimals = shares.Max(s => s.Decimals);
        return new(ClaimKind.ShareSet, PublishedNumber.Create(shares.Sum(s => s.Value), decimals), sentence) { Shares = [.. shares], IsCompleteSet = complete };
    }

    /// <summary>A total and its terms (turnover = exports + imports).</summary>
    public static Claim Sum(Figure total, IReadOnlyList<Figure?> terms, string sentence = "")
    {
        Preconditions.CheckNotNull(total);
        return new(ClaimKind.Sum, Printed(total), sentence) { To = total, Terms = [.. Preconditions.CheckNotNull(terms)] };
    }

    /// <summary>A difference: <paramref name="result"/> = <paramref name="minuend"/> − <paramref name="subtrahend"/>
    /// (a surplus is exports − imports; a deficit imports − exports).</summary>
    public static Claim Difference(Figure result, Figure? minuend, Figure? subtrahend, string sentence = "")
    {
        Preconditions.CheckNotNull(result);
        return new(ClaimKind.Difference, Printed(result), sentence) { To = result, Terms = [minuend, subtrahend] };
    }

    /// <summary>An index: <paramref name="index"/> = <paramref name="to"/> ÷ <paramref name="from"/> × 100 ("104.9% of the level of 2023").</summary>
    public static Claim Index(PublishedNumber index, Figure? from, Figure? to, string sentence = "") =>
        new(ClaimKind.Index, Abs(index), sentence) { From = from, To = to };

    /// <summary>An absolute change: <paramref name="change"/> = <paramref name="to"/> − <paramref name="from"/> ("up by $3.1 billion").</summary>
    public static Claim Change(Figure change, Figure? from, Figure? to, GrowthDirection? direction = null, string sentence = "")
    {
        Preconditions.CheckNotNull(change);
        return new(ClaimKind.Change, Printed(change), sentence) { Part = change, From = from, To = to, Direction = direction ?? (change.Value < 0 ? GrowthDirection.Decrease : null) };
    }

    /// <summary>A coverage ratio: <paramref name="ratio"/> = <paramref name="exports"/> ÷ <paramref name="imports"/> (× 100 when <paramref name="percentage"/>).</summary>
    public static Claim Coverage(PublishedNumber ratio, Figure? exports, Figure? imports, bool percentage, string sentence = "") =>
        new(ClaimKind.Coverage, Abs(ratio), sentence) { Terms = [exports, imports], IsPercentage = percentage };

    /// <summary>An amount converted into another currency ("22.2 billion yuan ($3.1 billion)"): only its order of magnitude is checked.</summary>
    public static Claim Conversion(Figure converted, Figure original, string sentence = "")
    {
        Preconditions.CheckNotNull(converted);
        Preconditions.CheckNotNull(original);
        return new(ClaimKind.Conversion, Printed(converted), sentence) { To = converted, From = original };
    }

    private static PublishedNumber Printed(Figure f) =>
        PublishedNumber.Create(Math.Abs(f.InPrintedUnit(f.Value)), f.Decimals);

    private static PublishedNumber Abs(PublishedNumber n) => n.Value < 0 ? PublishedNumber.Create(-n.Value, n.Decimals) : n;

    private static GrowthDirection? SignOf(PublishedNumber n) => n.Value < 0 ? GrowthDirection.Decrease : null;
}

namespace TradeDomain.Verification;

/// <summary>What a published claim asserts. JSON names: growth, multiple, percentage-point, cagr, share, share-set, sum, difference, index,
/// change, coverage, conversion.</summary>
public enum ClaimKind
{
    /// <summary>A percent change between two amounts ("6.8% more than … (61.8 billion)").</summary>
    Growth = 1,

    /// <summary>A multiple ("1.5 times", "tripled", "в 1,5 раза").</summary>
    Multiple = 2,

    /// <summary>A change of a share or rate in percentage points.</summary>
    PercentagePoint = 3,

    /// <summary>An average annual (compound) growth rate.</summary>
    Cagr = 4,

    /// <summary>A part of a whole, in percent.</summary>
    Share = 5,

    /// <summary>Several shares of one whole, checked together (they cannot add up to more than 100).</summary>
    ShareSet = 6,

    /// <summary>A total and its parts (turnover = exports + imports).</summary>
    Sum = 7,

    /// <summary>A difference (balance = exports − imports).</summary>
    Difference = 8,

    /// <summary>An index: new ÷ old × 100 ("104.9% of the level of 2023", "131% к январю–апрелю").</summary>
    Index = 9,

    /// <summary>An absolute change: new − old ("up by $3.1 billion", "на 951,2 млн долларов").</summary>
    Change = 10,

    /// <summary>A coverage ratio: exports ÷ imports ("exports covered 61.4% of imports", "коэффициент покрытия 0,97").</summary>
    Coverage = 11,

    /// <summary>An amount converted into another currency, checked for its order of magnitude ("22.2 billion yuan ($3.1 billion)").</summary>
    Conversion = 12,
}

/// <summary>An approximator in front of a published figure.</summary>
public enum Approximation
{
    /// <summary>The figure as printed.</summary>
    None = 0,

    /// <summary>"almost", "nearly", "почти": a little below the figure, up to it.</summary>
    Almost = 1,

    /// <summary>"over", "more than", "более", "свыше": from the figure up to a fifth above it.</summary>
    Over = 2,

    /// <summary>"about", "около", "порядка": within 5 % of the figure.</summary>
    About = 3,
}

/// <summary>The verdict on a claim. JSON names: consistent, inconsistent, ambiguous, unverifiable.</summary>
public enum Verdict
{
    /// <summary>The published figure is within what the other published figures allow.</summary>
    Consistent = 1,

    /// <summary>No reading of the figures gives the published value.</summary>
    Inconsistent = 2,

    /// <summary>It fits under one reading but not another ("N times more" as ×N or ×(N+1); % meant as pp; CAGR over n
    /// or n + 1 years; a round number read as rounded to tens).</summary>
    Ambiguous = 3,

    /// <summary>A figure the check needs is not given.</summary>
    Unverifiable = 4,
}

/// <summary>The names claim kinds and verdicts have in JSON and reports.</summary>
public static class VerificationNames
{
    /// <summary>growth, multiple, percentage-point, cagr, share, share-set, sum, difference, index, change, coverage, conversion.</summary>
    public static string Name(this ClaimKind kind) => kind switch
    {
        ClaimKind.Growth => "growth",
        ClaimKind.Multiple => "multiple",
        ClaimKind.PercentagePoint => "percentage-point",
        ClaimKind.Cagr => "cagr",
        ClaimKind.Share => "share",
        ClaimKind.ShareSet => "share-set",
        ClaimKind.Sum => "sum",
        ClaimKind.Difference => "difference",
        ClaimKind.Index => "index",
        ClaimKind.Change => "change",
        ClaimKind.Coverage => "coverage",
        ClaimKind.Conversion => "conversion",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown claim kind."),
    };

    /// <summary>consistent, inconsistent, ambiguous, unverifiable.</summary>
    public static string Name(this Verdict verdict) => verdict switch
    {
        Verdict.Consistent => "consistent",
        Verdict.Inconsistent => "inconsistent",
        Verdict.Ambiguous => "ambiguous",
        Verdict.Unverifiable => "unverifiable",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };
}

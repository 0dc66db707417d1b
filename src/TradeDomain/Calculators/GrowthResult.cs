namespace TradeDomain;

/// <summary>Which way a value moved.</summary>
public enum GrowthDirection
{
    /// <summary>The new value is smaller.</summary>
    Decrease = -1,

    /// <summary>The values are equal.</summary>
    Unchanged = 0,

    /// <summary>The new value is larger.</summary>
    Increase = 1,
}

/// <summary>
/// Growth from one value to another: the absolute change, the rate in percent, the multiple, and the direction — each
/// with the interval consistent with the inputs' published rounding. Growth from a zero or negative base has no
/// meaningful rate or multiple: <see cref="Rate"/> and <see cref="Multiple"/> then say why instead of holding
/// Infinity or NaN.
/// </summary>
/// <param name="From">The base value as given (point).</param>
/// <param name="To">The new value as given (point).</param>
/// <param name="Change">To − From, with its interval.</param>
/// <param name="Rate">(To / From − 1) · 100, in percent.</param>
/// <param name="Multiple">To / From ("×1.46").</param>
public sealed record GrowthResult(decimal From, decimal To, Estimate Change, Estimate Rate, Estimate Multiple)
{
    /// <summary>The direction of the point values.</summary>
    public GrowthDirection Direction => (GrowthDirection)Math.Sign(To - From);

    /// <summary>Whether a rate and a multiple exist (the base is positive).</summary>
    public bool IsMeaningful => Rate.IsMeaningful;

    /// <summary>The rate as a <see cref="TradeDomain.Percentage"/>.</summary>
    /// <exception cref="InvalidOperationException">Not meaningful.</exception>
    public Percentage Percentage => TradeDomain.Percentage.FromPercent(Rate.Value);

    /// <summary>"6.796 % in [6.629, 6.964]", or why there is no rate.</summary>
    public override string ToString() => IsMeaningful ? $"{Rate} %" : Rate.ToString();
}

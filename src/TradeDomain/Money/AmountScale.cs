namespace TradeDomain;

/// <summary>The scale word a figure is published with; the value is the power of ten it stands for.</summary>
public enum AmountScale
{
    /// <summary>No scale word: the number is in currency units.</summary>
    Units = 0,

    /// <summary>thousand, k, тыс.</summary>
    Thousand = 3,

    /// <summary>million, mn, mln, m, млн</summary>
    Million = 6,

    /// <summary>billion (10⁹), bn, млрд</summary>
    Billion = 9,

    /// <summary>trillion (10¹²), tn, трлн</summary>
    Trillion = 12,
}

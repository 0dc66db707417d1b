namespace TradeDomain;

/// <summary>What a UN Comtrade reporter or partner code stands for.</summary>
public enum ComtradeCodeKind
{
    /// <summary>A current country or territory.</summary>
    Country = 1,

    /// <summary>A former country or a former joint reporter (USSR 810, Belgium-Luxembourg 58).</summary>
    FormerCountry = 2,

    /// <summary>The world aggregate (0).</summary>
    World = 3,

    /// <summary>A residual "not elsewhere specified" area (Areas nes 899, Other Asia nes 490).</summary>
    ResidualArea = 4,

    /// <summary>A special category: bunkers (837), free zones (838), special categories (839).</summary>
    SpecialCategory = 5,

    /// <summary>A group of countries reported as one partner (EU-28, 97).</summary>
    Group = 6,
}

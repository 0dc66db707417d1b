namespace TradeDomain;

/// <summary>What a <see cref="Country"/> entry is.</summary>
public enum CountryKind
{
    /// <summary>A current ISO 3166-1 entry.</summary>
    Current = 1,

    /// <summary>A former country or code (ISO 3166-3, or a code trade data used for an entity that no longer exists).</summary>
    Former = 2,

    /// <summary>A code not assigned by ISO but used in trade data (Kosovo, XK).</summary>
    UserAssigned = 3,
}

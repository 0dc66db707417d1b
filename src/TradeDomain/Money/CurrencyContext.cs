using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>
/// Tells the amount parsers which currency an ambiguous symbol or word means. Pass it as the
/// <see cref="IFormatProvider"/> of <see cref="Money.Parse(string, IFormatProvider?)"/> or
/// <see cref="ReportedAmount.Parse(string, IFormatProvider?)"/>.
/// </summary>
/// <remarks>
/// By default (<see cref="Default"/>) "$", "dollars" and "долларов" mean USD, as trade publications use them, and
/// "¥" is ambiguous (yen or yuan) and rejected. A context can map "$" to another dollar or "¥" to CNY or JPY.
/// </remarks>
public sealed class CurrencyContext : IFormatProvider
{
    private CurrencyContext(Currency dollar, Currency yen)
    {
        Dollar = dollar;
        Yen = yen;
    }

    /// <summary>"$" and "dollars" mean USD; "¥" is ambiguous.</summary>
    public static CurrencyContext Default { get; } = new(Currency.USD, default);

    /// <summary>The currency "$", "dollars" and "долларов" stand for, or <c>default</c> when they are ambiguous here.</summary>
    public Currency Dollar { get; }

    /// <summary>The currency "¥" stands for, or <c>default</c> when it is ambiguous (the default).</summary>
    public Currency Yen { get; }

    /// <summary>A context in which "$" and dollar words mean <paramref name="dollar"/> (<c>default</c>: ambiguous).</summary>
    public CurrencyContext WithDollar(Currency dollar) => new(dollar, Yen);

    /// <summary>A context in which "¥" means <paramref name="yen"/> (CNY or JPY; <c>default</c>: ambiguous).</summary>
    public CurrencyContext WithYen(Currency yen)
    {
        Preconditions.CheckArgument(yen.IsDefault || yen == Currency.CNY || yen == Currency.JPY, nameof(yen),
            $"'¥' can mean CNY or JPY, not {yen}.");
        return new(Dollar, yen);
    }

    /// <summary>Returns this context when asked for <see cref="CurrencyContext"/>.</summary>
    public object? GetFormat(Type? formatType) => formatType == typeof(CurrencyContext) ? this : null;

    internal static CurrencyContext From(IFormatProvider? provider) =>
        provider?.GetFormat(typeof(CurrencyContext)) as CurrencyContext ?? Default;
}

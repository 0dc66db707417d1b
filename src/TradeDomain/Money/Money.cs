using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using TradeDomain.Serialization;

namespace TradeDomain;

/// <summary>
/// An exact amount of money: a <see cref="decimal"/> amount and a <see cref="TradeDomain.Currency"/>.
/// </summary>
/// <remarks>
/// <para>Arithmetic never rounds and never mixes currencies: combining or comparing amounts of two currencies throws
/// <see cref="CurrencyMismatchException"/>. Rounding happens only when asked (<see cref="Round(int, MidpointRounding)"/>).
/// Overflow of the 28-digit decimal range throws <see cref="OverflowException"/>.</para>
/// <para><c>default(Money)</c> has no currency (<see cref="IsDefault"/>): it equals only itself, and arithmetic or
/// comparison with it throws <see cref="InvalidOperationException"/>, so it cannot pass as a zero of some currency.</para>
/// <para>A published figure such as "66.0 billion US dollars" is a <see cref="ReportedAmount"/>, which keeps the
/// resolution the figure was printed with; <see cref="Money"/> is the exact value.</para>
/// </remarks>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly partial struct Money :
    IEquatable<Money>,
    IComparable<Money>,
    IComparable,
    IAdditionOperators<Money, Money, Money>,
    ISubtractionOperators<Money, Money, Money>,
    IUnaryNegationOperators<Money, Money>,
    IMultiplyOperators<Money, decimal, Money>,
    IDivisionOperators<Money, decimal, Money>,
    IComparisonOperators<Money, Money, bool>
{
    /// <summary>Creates an amount in a currency.</summary>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    public Money(decimal amount, Currency currency)
    {
        if (currency.IsDefault)
        {
            throw new ArgumentException("The currency is default(Currency), which is not a currency; use e.g. Currency.USD or Currency.FromCode(\"EUR\").", nameof(currency));
        }

        Amount = amount;
        Currency = currency;
    }

    /// <summary>Zero in <paramref name="currency"/>.</summary>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>The exact amount, in currency units.</summary>
    public decimal Amount { get; }

    /// <summary>The currency; <c>default</c> only for <c>default(Money)</c>.</summary>
    public Currency Currency { get; }

    /// <summary>True for <c>default(Money)</c>, which has no currency.</summary>
    public bool IsDefault => Currency.IsDefault;

    /// <summary>True when the amount is zero (in whatever currency).</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>−1, 0 or 1.</summary>
    public int Sign => Math.Sign(Amount);

    /// <summary>The absolute amount in the same currency.</summary>
    public Money Abs() => new(Math.Abs(Amount), CheckNotDefault(this));

    /// <summary>Rounds to <paramref name="decimals"/> places — only when asked; nothing else in the library rounds money.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    public Money Round(int decimals, MidpointRounding mode = MidpointRounding.ToEven)
    {
        Utility.Preconditions.CheckArgumentRange(decimals, 0, 28);
        return new(Math.Round(Amount, decimals, mode), CheckNotDefault(this));
    }

    /// <summary>Rounds to the currency's minor unit (2 decimals for USD, 0 for JPY).</summary>
    /// <exception cref="InvalidOperationException">The currency has no minor unit (e.g. XAU).</exception>
    public Money RoundToMinorUnit(MidpointRounding mode = MidpointRounding.ToEven) =>
        Round(CheckNotDefault(this).MinorUnits ?? throw new InvalidOperationException($"{Currency} has no minor unit; give the number of decimals to Round."), mode);

    /// <summary>The sum of the amounts, all in one currency.</summary>
    /// <exception cref="ArgumentException">The span is empty (its currency is unknown); use <see cref="Sum(ReadOnlySpan{Money}, Currency)"/>.</exception>
    /// <exception cref="CurrencyMismatchException">Two amounts differ in currency.</exception>
    public static Money Sum(ReadOnlySpan<Money> amounts)
    {
        if (amounts.IsEmpty)
        {
            throw new ArgumentException("Cannot tell the currency of an empty sum; call Money.Sum(amounts, currency).", nameof(amounts));
        }

        return Sum(amounts, CheckNotDefault(amounts[0]));
    }

    /// <summary>The sum of the amounts, all in <paramref name="currency"/> (zero for none).</summary>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    public static Money Sum(ReadOnlySpan<Money> amounts, Currency currency)
    {
        decimal total = 0m;
        foreach (var m in amounts)
        {
            if (m.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, CheckNotDefault(m));
            }

            total += m.Amount;
        }

        return new Money(total, currency);
    }

    /// <summary>The sum of the amounts, all in <paramref name="currency"/>.</summary>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    public static Money Sum(IEnumerable<Money> amounts, Currency currency)
    {
        Utility.Preconditions.CheckNotNull(amounts);
        decimal total = 0m;
        foreach (var m in amounts)
        {
            if (m.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, CheckNotDefault(m));
            }

            total += m.Amount;
        }

        return new Money(total, currency);
    }

    /// <summary>Same-currency addition.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, SameCurrency(left, right));

    /// <summary>Same-currency subtraction.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, SameCurrency(left, right));

    /// <summary>The negated amount.</summary>
    public static Money operator -(Money value) => new(-value.Amount, CheckNotDefault(value));

    /// <summary>The amount multiplied by a number.</summary>
    public static Money operator *(Money left, decimal right) => new(left.Amount * right, CheckNotDefault(left));

    /// <summary>The amount multiplied by a number.</summary>
    public static Money operator *(decimal left, Money right) => right * left;

    /// <summary>The amount divided by a number (to decimal's 28 significant digits).</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static Money operator /(Money left, decimal right) => new(left.Amount / right, CheckNotDefault(left));

    /// <summary>The ratio of two amounts of one currency, e.g. 490 / 336 = 1.4583…</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static decimal operator /(Money left, Money right)
    {
        SameCurrency(left, right);
        return left.Amount / right.Amount;
    }

    /// <summary>Same-currency addition.</summary>
    public Money Add(Money other) => this + other;

    /// <summary>Same-currency subtraction.</summary>
    public Money Subtract(Money other) => this - other;

    /// <summary>The negated amount.</summary>
    public Money Negate() => -this;

    /// <summary>The amount multiplied by a number.</summary>
    public Money Multiply(decimal factor) => this * factor;

    /// <summary>The amount divided by a number.</summary>
    public Money Divide(decimal divisor) => this / divisor;

    /// <summary>Equal amounts (trailing zeros ignored: 1.0 = 1.00) in the same currency.</summary>
    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>Orders amounts of one currency.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        if (IsDefault && other.IsDefault)
        {
            return 0;
        }

        SameCurrency(this, other);
        return Amount.CompareTo(other.Amount);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Money)}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Same-currency ordering.</summary>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Same-currency ordering.</summary>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Same-currency ordering.</summary>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Same-currency ordering.</summary>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    private static Currency SameCurrency(Money left, Money right)
    {
        var currency = CheckNotDefault(left);
        if (currency != CheckNotDefault(right))
        {
            throw new CurrencyMismatchException(left.Currency, right.Currency);
        }

        return currency;
    }

    private static Currency CheckNotDefault(Money value) => value.IsDefault
        ? throw new InvalidOperationException("default(Money) has no currency and takes part in no arithmetic or comparison; create amounts with new Money(amount, currency).")
        : value.Currency;

    internal string AmountInvariant => Amount.ToString(CultureInfo.InvariantCulture);
}

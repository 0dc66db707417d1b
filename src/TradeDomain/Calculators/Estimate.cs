using System.Globalization;

namespace TradeDomain;

/// <summary>
/// A computed quantity: its point value from the figures as printed, and the interval of every value consistent with
/// the rounding of the inputs (conservative: the true result is never outside it). Or "not meaningful", with the
/// reason (growth from a zero or negative base), which the caller must check before reading <see cref="Value"/>.
/// </summary>
/// <remarks>Where a calculation needs <see cref="double"/> (roots for CAGR), <see cref="ErrorBound"/> states the
/// largest absolute error of <see cref="Value"/>, and <see cref="Interval"/> has been widened by it.</remarks>
public readonly struct Estimate : IEquatable<Estimate>
{
    private readonly decimal value;
    private readonly DecimalInterval interval;

    private Estimate(decimal value, DecimalInterval interval, decimal errorBound, string? reason)
    {
        this.value = value;
        this.interval = interval;
        ErrorBound = errorBound;
        Reason = reason ?? "";
        IsMeaningful = reason is null;
    }

    /// <summary>A meaningful estimate.</summary>
    /// <exception cref="ArgumentException">The interval does not contain the value.</exception>
    public static Estimate Of(decimal value, DecimalInterval interval, decimal errorBound = 0m)
    {
        Utility.Preconditions.CheckArgument(interval.Contains(value), nameof(interval),
            $"The interval {interval} does not contain the value {value.ToString(CultureInfo.InvariantCulture)}.");
        return new(value, interval, errorBound, null);
    }

    /// <summary>An exact value (a point interval).</summary>
    public static Estimate Exact(decimal value) => new(value, DecimalInterval.Point(value), 0m, null);

    /// <summary>A result that has no meaningful value, and why.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static Estimate NotMeaningful(string reason) => new(0m, default, 0m, string.IsNullOrWhiteSpace(Utility.Preconditions.CheckNotNull(reason)) ? "not meaningful" : reason);

    /// <summary>False when the quantity has no meaningful value (see <see cref="Reason"/>).</summary>
    public bool IsMeaningful { get; }

    /// <summary>Why the quantity is not meaningful; empty when it is.</summary>
    public string Reason { get; }

    /// <summary>The point value from the inputs as printed.</summary>
    /// <exception cref="InvalidOperationException">Not meaningful; the message gives the reason.</exception>
    public decimal Value => IsMeaningful ? value : throw new InvalidOperationException($"The result is not meaningful: {Reason}.");

    /// <summary>Every value consistent with the inputs' rounding.</summary>
    /// <exception cref="InvalidOperationException">Not meaningful.</exception>
    public DecimalInterval Interval => IsMeaningful ? interval : throw new InvalidOperationException($"The result is not meaningful: {Reason}.");

    /// <summary>The largest absolute error of <see cref="Value"/> from floating-point steps (0 when all exact decimal).</summary>
    public decimal ErrorBound { get; }

    /// <inheritdoc />
    public bool Equals(Estimate other) =>
        IsMeaningful == other.IsMeaningful && value == other.value && interval == other.interval && ErrorBound == other.ErrorBound && Reason == other.Reason;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Estimate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsMeaningful, value, interval, Reason);

    /// <summary>Equality.</summary>
    public static bool operator ==(Estimate left, Estimate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Estimate left, Estimate right) => !left.Equals(right);

    /// <summary>"6.796 in [6.629, 6.964]" (4 significant decimals), or "not meaningful: …".</summary>
    public override string ToString() => IsMeaningful
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(value, 4)} in [{Math.Round(interval.Lower, 4)}, {Math.Round(interval.Upper, 4)}]")
        : "not meaningful: " + Reason;

    /// <summary>The interval widened by a relative 10⁻²⁰ (far above decimal's 28-digit rounding in a division, far
    /// below any published resolution), so rounding inside the calculation can never make it too narrow.</summary>
    internal static DecimalInterval Outward(decimal lower, decimal upper)
    {
        decimal eps = (Math.Max(Math.Abs(lower), Math.Abs(upper)) * 1e-20m) + 1e-26m;
        return new(lower - eps, upper + eps);
    }
}

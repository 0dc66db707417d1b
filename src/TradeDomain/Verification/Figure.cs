using System.Globalization;
using TradeDomain.Utility;

namespace TradeDomain.Verification;

/// <summary>
/// A number as a publication printed it, as the verifier uses it: its value (in currency units for amounts), the
/// interval its rounding allows, the wider interval if its trailing zeros were rounding too ("490" rounded to tens),
/// and how to show it back in its own unit (billions for "66.0 billion").
/// </summary>
/// <param name="Text">The figure as printed.</param>
/// <param name="Value">The value (66 000 000 000 for "66.0 billion US dollars"; 6.8 for "6.8%").</param>
/// <param name="Interval">Every value that rounds to the printed figure.</param>
/// <param name="CoarsestInterval">The interval if trailing zeros of a whole number were rounding as well.</param>
/// <param name="Currency">The currency of an amount; default for plain numbers and percentages.</param>
/// <param name="Scale">The scale word of an amount (billion); units for plain numbers.</param>
/// <param name="Decimals">Printed decimals.</param>
public sealed record Figure(string Text, decimal Value, DecimalInterval Interval, DecimalInterval CoarsestInterval, Currency Currency, AmountScale Scale, int Decimals)
{
    /// <summary>The figure as printed.</summary>
    public string Text { get; init => field = Preconditions.CheckNotNull(value); } = Preconditions.CheckNotNull(Text);

    /// <summary>A published amount.</summary>
    public static Figure FromAmount(ReportedAmount amount, string? text = null)
    {
        Preconditions.CheckArgument(!amount.IsDefault, nameof(amount), "default(ReportedAmount) has no currency.");
        decimal factor = AmountText.Pow10((int)amount.Scale);
        var coarse = amount.CoarsestPrintedInterval;
        return new Figure(text ?? amount.ToString(), amount.Value.Amount, amount.Interval,
            new DecimalInterval(coarse.Lower * factor, coarse.Upper * factor), amount.Currency, amount.Scale, amount.Decimals);
    }

    /// <summary>A published plain number or percentage (its value as printed, 6.8 for "6.8%").</summary>
    public static Figure FromNumber(PublishedNumber number, string? text = null) =>
        new(text ?? number.ToString(), number.Value, number.Interval, number.CoarsestInterval, default, AmountScale.Units, number.Decimals);

    /// <summary>An amount or a plain number from text ("66.0 billion US dollars", "$490 billion", "6.8").</summary>
    /// <exception cref="FormatException">Neither.</exception>
    public static Figure Parse(string text, IFormatProvider? provider = null)
    {
        Preconditions.CheckNotNull(text);
        if (ReportedAmount.TryParse(text, provider, out var amount))
        {
            return FromAmount(amount, text);
        }

        if (PublishedNumber.TryParse(text, provider, out var number))
        {
            return FromNumber(number, text);
        }

        if (Percentage.TryParsePublished(text, provider, out var percent, out _))
        {
            return FromNumber(percent, text);
        }

        throw new FormatException($"Cannot read {Preconditions.Quote(text)} as a published amount or number.");
    }

    /// <summary>Whether this is an amount of money.</summary>
    public bool IsAmount => !Currency.IsDefault;

    /// <summary>Trailing zeros of the printed whole number ("490": 1), which may be rounding.</summary>
    public bool HasCoarserReading => CoarsestInterval != Interval;

    /// <summary>A value in this figure's printed unit (billions for "66.0 billion").</summary>
    internal decimal InPrintedUnit(decimal value) => value / AmountText.Pow10((int)Scale);

    /// <summary>The same figure read as rounded to its trailing zeros.</summary>
    internal Figure Coarsened() => this with { Interval = CoarsestInterval };

    /// <summary>The same figure with its value and intervals multiplied by <paramref name="factor"/>: another reading of
    /// its text (a scale slip), which stays as printed.</summary>
    internal Figure Times(decimal factor) => this with
    {
        Value = Value * factor,
        Interval = new DecimalInterval(Interval.Lower * factor, Interval.Upper * factor),
        CoarsestInterval = new DecimalInterval(CoarsestInterval.Lower * factor, CoarsestInterval.Upper * factor),
    };

    /// <summary>The same figure read a thousand times larger, three decimals fewer ("1.228 million" as 1 228 million).</summary>
    internal Figure ThousandTimes() => Times(1000m) with { Decimals = Math.Max(0, Decimals - 3) };

    /// <summary>The text.</summary>
    public override string ToString() => Text;
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using TradeDomain.Utility;

namespace TradeDomain;

public readonly partial struct Money : ISpanFormattable, ISpanParsable<Money>
{
    /// <summary>"USD 1,234.56": the code and the exact amount with its trailing zeros (format <c>G</c>).</summary>
    public override string ToString() => IsDefault ? "(no currency) 0" : ToString(null, null);

    /// <summary>
    /// Formats the exact amount. <c>G</c> (default): "USD 66,000,000,000"; <c>W</c>: "66 billion US dollars";
    /// <c>S</c>: "$66 billion"; <c>C</c>: "USD 66 bn"; <c>R</c>: "66 млрд долларов США". W, S, C and R pick the largest
    /// scale word at which the amount is at least 1 and print every significant digit, so nothing is rounded and
    /// <see cref="Parse(string)"/> gives back an equal amount. The provider is not used: the forms
    /// are fixed, English or Russian.
    /// <para><c>default(Money)</c> formats as "(no currency) 0" whatever the format (it is not parsable).</para>
    /// <para>Standard .NET numeric formats ("N2", "F0", "C") are not supported: each form above is exact and fixed, so a
    /// format that rounds or follows a culture would print an amount <see cref="Parse(string)"/> reads differently;
    /// round first with <see cref="Round(int, MidpointRounding)"/> and format <see cref="Amount"/> yourself.</para>
    /// </summary>
    /// <exception cref="FormatException">Unknown format string; the message lists G, W, S, C and R.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (IsDefault)
        {
            return "(no currency) 0";
        }

        var currency = Currency;
        switch (format)
        {
            case null or "" or "G" or "g":
                var sb = new StringBuilder(currency.Code).Append(' ');
                if (Amount < 0)
                {
                    sb.Append('-');
                }

                AmountText.AppendNumber(sb, Math.Abs(Amount), Amount.Scale, russian: false);
                return sb.ToString();
            case "W" or "S" or "C" or "R":
                return AmountText.Format(AmountText.AutoScale(Amount, currency), format[0]);
            default:
                throw new FormatException($"Unknown Money format {Preconditions.Quote(format)}; the supported formats are G (\"USD 1,234.56\"), W (words: \"66 billion US dollars\"), S (symbol: \"$66 billion\"), C (code: \"USD 66 bn\") and R (Russian). Standard numeric formats such as N2 are not supported: round with Money.Round and format Money.Amount.");
        }
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(Formatting.Format(format), provider);
        return Formatting.TryCopy(text, destination, out charsWritten);
    }

    /// <summary>
    /// Parses an amount written with a currency code, symbol or word and an optional scale word: "USD 1,234.56",
    /// "66.0 billion US dollars", "$490 billion", "USD 66.0 bn", "66,0 млрд долларов США". The result is the exact value
    /// (66.0 billion = 66 000 000 000); to keep the published resolution use <see cref="ReportedAmount.Parse(string, IFormatProvider?)"/>.
    /// Pass a <see cref="CurrencyContext"/> to say what "$" or "¥" means.
    /// </summary>
    /// <exception cref="FormatException">The text is not such an amount; the message says what was wrong.</exception>
    public static Money Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static Money Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result, out var error) ? result : throw new FormatException(error);

    /// <summary>Parses an amount; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) =>
        TryParse(s.AsSpan(), provider, out result, out _);

    /// <summary>Parses an amount; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) =>
        TryParse(s, provider, out result, out _);

    private static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result, out string error)
    {
        result = default;
        if (!AmountText.TryParse(s, CurrencyContext.From(provider), NumberText.ConventionOf(provider), out var printed, out error))
        {
            return false;
        }

        if (!AmountText.TryScaleUp(printed.Mantissa, printed.Scale, out var value))
        {
            error = $"The amount {Preconditions.Quote(s)} is too large for an exact decimal (at most about 7.9 × 10²⁸).";
            return false;
        }

        result = new Money(value, printed.Currency);
        return true;
    }

    internal static string FormatInvariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeDomain.Utility;

/// <summary>Argument checks whose messages state the value and what is allowed.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class =>
        value ?? throw new ArgumentNullException(paramName);

    internal static void CheckArgumentRange(int value, int min, int max,
        [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            ThrowRange(paramName, value, min, max);
        }
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>As above, but the interpolated message is only formatted when the check fails, so checks on hot paths
    /// (growth of a million pairs) cost a comparison, not a string.</summary>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName,
        [InterpolatedStringHandlerArgument("condition")] ref FailureMessage message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    [DoesNotReturn]
    private static void ThrowRange(string? paramName, int value, int min, int max) =>
        throw new ArgumentOutOfRangeException(paramName, value,
            $"Value {value} is out of range; it must be between {min} and {max} inclusive.");

    /// <summary>Shortens user input for an error message so a 10 000-character string does not become the message.</summary>
    internal static string Quote(ReadOnlySpan<char> text)
    {
        const int Max = 60;
        return text.Length <= Max ? $"'{text}'" : $"'{text[..Max]}…' ({text.Length} characters)";
    }
}

/// <summary>An interpolated-string handler that formats only when its condition is false.</summary>
[InterpolatedStringHandler]
internal ref struct FailureMessage
{
    private DefaultInterpolatedStringHandler inner;

    public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        shouldAppend = !condition;
        inner = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    public void AppendLiteral(string value) => inner.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => inner.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => inner.AppendFormatted(value, format);

    public void AppendFormatted(ReadOnlySpan<char> value) => inner.AppendFormatted(value);

    public string ToStringAndClear() => inner.ToStringAndClear();
}

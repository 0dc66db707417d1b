using System.Diagnostics.CodeAnalysis;
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

namespace TradeDomain.Utility;

/// <summary>The shared body of the types' <see cref="ISpanFormattable.TryFormat"/>: their text forms are built as strings
/// (short, and exact by construction), then copied.</summary>
internal static class Formatting
{
    internal static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    internal static string? Format(ReadOnlySpan<char> format) => format.IsEmpty ? null : format.ToString();
}

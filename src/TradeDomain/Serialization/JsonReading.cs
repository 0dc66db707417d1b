using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TradeDomain.Serialization;

/// <summary>Helpers shared by the converters: strict reading of small JSON objects, with errors that say what was expected.
/// System.Text.Json adds the JSON path of the value to a <see cref="JsonException"/> thrown from a converter; inside an
/// object the converters read themselves, the message names the property, and for a document whose root is that object
/// the path is the property's own ("$.amount").</summary>
internal static class JsonReading
{
    internal static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {what} but found {reader.TokenType}.");
        }
    }

    /// <summary>An error about <paramref name="property"/> of an object whose start token was at
    /// <paramref name="objectDepth"/>: with the property's path when the object is the document's root (the serializer
    /// keeps a path set here), else without, so the serializer sets the path of the object and the message names the
    /// property.</summary>
    internal static JsonException Error(int objectDepth, string property, string message) =>
        objectDepth == 0 ? new JsonException(message, (property.StartsWith('[') ? "$" : "$.") + property, null, null) : new JsonException(message);

    /// <summary>Refuses a property given twice: the last would silently win, and a money amount must not have two values.</summary>
    internal static void Once(ref int seen, int bit, int objectDepth, string property, string type)
    {
        if ((seen & bit) != 0)
        {
            throw Error(objectDepth, property, $"The property '{property}' appears twice in a {type} object; each property may be given once.");
        }

        seen |= bit;
    }

    internal static string ReadString(ref Utf8JsonReader reader, string property, int objectDepth = -1)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Error(objectDepth, property, $"Property '{property}' must be a string, found {reader.TokenType}.");
        }

        return reader.GetString()!;
    }

    /// <summary>An exact decimal from a JSON string ("12.50") or a JSON number written without an exponent (12.50).
    /// Refused, as <see cref="Money.Parse(string)"/> refuses them: digits a decimal cannot keep (more than 28 decimals,
    /// or more than 28–29 significant digits, which decimal parsing would round), values beyond ±7.9 × 10²⁸, and
    /// exponents (1e-400 would become 0).</summary>
    internal static decimal ReadDecimal(ref Utf8JsonReader reader, string property, int objectDepth = -1)
    {
        reader.Read();
        string? text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan),
            _ => null,
        };
        if (text is not null && TryParseExact(text, out var value))
        {
            return value;
        }

        throw Error(objectDepth, property, text is null
            ? $"Property '{property}' must be an exact decimal such as \"1234.56\", found {reader.TokenType}."
            : $"Property '{property}' is {Quote(text)}, which is not an exact decimal a decimal can hold: write digits with an optional '-' and '.', no exponent, at most 28 decimals and 28 significant digits, such as \"1234.56\".");
    }

    /// <summary>Parses <c>-?digits(.digits)?</c> exactly: false when decimal would round it or it overflows.</summary>
    internal static bool TryParseExact(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        int i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        int start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        int integerDigits = i - start;
        int fractionDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            int fractionStart = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            fractionDigits = i - fractionStart;
            if (fractionDigits == 0)
            {
                return false;
            }
        }

        if (i != text.Length || integerDigits == 0 || fractionDigits > 28
            || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        // decimal parsing rounds digits it cannot keep; the scale it kept then differs from the decimals written
        return value == 0m || value.Scale == fractionDigits;
    }

    internal static int ReadInt(ref Utf8JsonReader reader, string property, int objectDepth = -1)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
        {
            return value;
        }

        throw Error(objectDepth, property, $"Property '{property}' must be a whole number.");
    }

    internal static Currency ParseCurrency(string code, string? property = null, int objectDepth = -1) =>
        Currency.TryParse(code, null, out var currency)
            ? currency
            : throw (property is null
                ? new JsonException($"Unknown currency code {Quote(code)}; expected an ISO 4217 code such as USD.")
                : Error(objectDepth, property, $"Property '{property}': unknown currency code {Quote(code)}; expected an ISO 4217 code such as USD."));

    internal static JsonException Missing(string type, string property) =>
        new($"A {type} object needs the property '{property}'.");

    internal static JsonException CannotWriteDefault(string type) =>
        new($"default({type}) is not a value and cannot be written; it has nothing a reader could read back.");

    internal static string Inv(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Quote(string text) => Utility.Preconditions.Quote(text);
}

using System.Globalization;
using System.Text.Json;

namespace TradeDomain.Serialization;

/// <summary>Helpers shared by the converters: strict reading of small JSON objects, with errors that say what was expected.
/// System.Text.Json adds the JSON path to a <see cref="JsonException"/> thrown from a converter.</summary>
internal static class JsonReading
{
    internal static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {what} but found {reader.TokenType}.");
        }
    }

    internal static string ReadString(ref Utf8JsonReader reader, string property)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Property '{property}' must be a string, found {reader.TokenType}.");
        }

        return reader.GetString()!;
    }

    /// <summary>An exact decimal from a JSON string ("12.50") or number (12.50); strings keep every digit.</summary>
    internal static decimal ReadDecimal(ref Utf8JsonReader reader, string property)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String
            && decimal.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw new JsonException($"Property '{property}' must be an exact decimal such as \"1234.56\".");
    }

    internal static int ReadInt(ref Utf8JsonReader reader, string property)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
        {
            return value;
        }

        throw new JsonException($"Property '{property}' must be a whole number.");
    }

    internal static Currency ParseCurrency(string code) =>
        Currency.TryParse(code, null, out var currency)
            ? currency
            : throw new JsonException($"Unknown currency code '{code}'; expected an ISO 4217 code such as USD.");

    internal static JsonException Missing(string type, string property) =>
        new($"A {type} object needs the property '{property}'.");

    internal static string Inv(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

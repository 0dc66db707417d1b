using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeDomain.Serialization;

/// <summary>Writes a <see cref="Country"/> as its code string (alpha-2, or alpha-3 for a former entity whose alpha-2 was
/// reused) and reads any code (or unambiguous name) back; also works for dictionary keys.</summary>
public sealed class CountryJsonConverter : TextJsonConverter<Country>
{
    /// <inheritdoc />
    protected override string Format(Country value) => value.IsDefault ? throw JsonReading.CannotWriteDefault("Country") : value.ToString(null, null);

    /// <inheritdoc />
    protected override string Expected => "an ISO 3166-1 country code such as \"KZ\" or \"KAZ\"";
}

/// <summary>Writes a <see cref="ComtradeCode"/> as a JSON number and reads it back.</summary>
public sealed class ComtradeCodeJsonConverter : JsonConverter<ComtradeCode>
{
    /// <inheritdoc />
    public override ComtradeCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int code))
        {
            throw new JsonException("Expected a Comtrade area code as a JSON integer, such as 842.");
        }

        return ComtradeCode.TryFromCode(code, out var result) ? result : throw new JsonException($"{code} is not a UN Comtrade area code.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ComtradeCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteNumberValue(value.Code);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeDomain.Serialization;

/// <summary>Writes a <see cref="Country"/> as its code string (alpha-2, or alpha-3 for a former entity whose alpha-2 was
/// reused) and reads any code form back; also works for dictionary keys.</summary>
public sealed class CountryJsonConverter : JsonConverter<Country>
{
    /// <inheritdoc />
    public override Country Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.String, "a country code string such as \"KZ\"");
        return ReadCode(reader.GetString()!);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Country value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(null, null));
    }

    /// <inheritdoc />
    public override Country ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadCode(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Country value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString(null, null));
    }

    private static Country ReadCode(string code) =>
        Country.TryFromCode(code, out var country) ? country
            : throw new JsonException($"Unknown country code '{code}'; expected an ISO 3166-1 code such as \"KZ\" or \"KAZ\".");
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
        writer.WriteNumberValue(value.Code);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeDomain.Serialization;

/// <summary>Writes a <see cref="Currency"/> as its ISO 4217 code string ("USD") and reads it back.
/// <c>default(Currency)</c> is not written (<see cref="JsonException"/>).</summary>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    /// <inheritdoc />
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.String, "a currency code string such as \"USD\"");
        return JsonReading.ParseCurrency(reader.GetString()!);
    }

    /// <inheritdoc />
    /// <exception cref="JsonException"><paramref name="value"/> is <c>default(Currency)</c>.</exception>
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStringValue(value.IsDefault ? throw JsonReading.CannotWriteDefault("Currency") : value.Code);
    }

    /// <inheritdoc />
    public override Currency ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonReading.ParseCurrency(reader.GetString()!);

    /// <inheritdoc />
    /// <exception cref="JsonException"><paramref name="value"/> is <c>default(Currency)</c>.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WritePropertyName(value.IsDefault ? throw JsonReading.CannotWriteDefault("Currency") : value.Code);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeDomain.Serialization;

/// <summary>Writes a <see cref="Period"/> as its canonical string ("2023-Q4", "2024-01/2024-09", "FY2023/24") and reads
/// any form <see cref="Period.Parse(string)"/> accepts; also works for dictionary keys.</summary>
public sealed class PeriodJsonConverter : JsonConverter<Period>
{
    /// <inheritdoc />
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.String, "a period string such as \"2023-Q4\"");
        return ReadText(reader.GetString()!);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(null, null));
    }

    /// <inheritdoc />
    public override Period ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadText(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Period value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString(null, null));
    }

    private static Period ReadText(string text) =>
        Period.TryParse(text, null, out var period) ? period
            : throw new JsonException($"'{text}' is not a period; expected a form such as \"2023\", \"2023-Q4\", \"2024-01/2024-09\" or \"FY2023/24\".");
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeDomain.Serialization;

/// <summary>Writes a <see cref="DecimalInterval"/> as a two-element array of exact decimal strings, <c>["65.95","66.05"]</c>;
/// reading also accepts JSON numbers written without an exponent. An end a decimal cannot hold exactly is refused.</summary>
public sealed class DecimalIntervalJsonConverter : JsonConverter<DecimalInterval>
{
    /// <inheritdoc />
    public override DecimalInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartArray, "an interval [lower, upper]");
        int depth = reader.CurrentDepth;
        var lower = JsonReading.ReadDecimal(ref reader, "[0]", depth);
        var upper = JsonReading.ReadDecimal(ref reader, "[1]", depth);
        reader.Read();
        JsonReading.Expect(ref reader, JsonTokenType.EndArray, "the end of a two-element interval array");
        if (lower > upper)
        {
            throw new JsonException($"Interval lower end {JsonReading.Inv(lower)} is greater than its upper end {JsonReading.Inv(upper)}.");
        }

        return new DecimalInterval(lower, upper);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DecimalInterval value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartArray();
        writer.WriteStringValue(JsonReading.Inv(value.Lower));
        writer.WriteStringValue(JsonReading.Inv(value.Upper));
        writer.WriteEndArray();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeDomain.Serialization;

/// <summary>Writes a <see cref="ReportedAmount"/> as <c>{"printed":"66.0","scale":"billion","currency":"USD"}</c>:
/// the printed number is a string whose decimals are the published resolution, so "66.0" and "66" stay distinct.
/// All three properties are required ("scale" too: a missing scale read as units would make "66.0 billion" 10⁹ times
/// too small), each once.</summary>
public sealed class ReportedAmountJsonConverter : JsonConverter<ReportedAmount>
{
    /// <inheritdoc />
    public override ReportedAmount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a ReportedAmount object {\"printed\":\"66.0\",\"scale\":\"billion\",\"currency\":\"USD\"}");
        int depth = reader.CurrentDepth;
        decimal? printed = null;
        AmountScale? scale = null;
        Currency currency = default;
        int seen = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            switch (name)
            {
                case "printed":
                    JsonReading.Once(ref seen, 1, depth, name, "ReportedAmount");
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String || !JsonReading.TryParseExact(reader.GetString(), out var p))
                    {
                        throw JsonReading.Error(depth, name, "Property 'printed' must be the printed number as a string of digits with an optional '-' and '.', such as \"66.0\"; its decimals are the published resolution.");
                    }

                    printed = p;
                    break;
                case "scale":
                    JsonReading.Once(ref seen, 2, depth, name, "ReportedAmount");
                    var word = JsonReading.ReadString(ref reader, name, depth);
                    scale = word switch
                    {
                        "units" => AmountScale.Units,
                        "thousand" => AmountScale.Thousand,
                        "million" => AmountScale.Million,
                        "billion" => AmountScale.Billion,
                        "trillion" => AmountScale.Trillion,
                        _ => throw JsonReading.Error(depth, name, $"Unknown scale {JsonReading.Quote(word)}; expected units, thousand, million, billion or trillion."),
                    };
                    break;
                case "currency":
                    JsonReading.Once(ref seen, 4, depth, name, "ReportedAmount");
                    currency = JsonReading.ParseCurrency(JsonReading.ReadString(ref reader, name, depth), name, depth);
                    break;
                default:
                    throw JsonReading.Error(depth, name, $"Unknown ReportedAmount property {JsonReading.Quote(name)}; expected 'printed', 'scale' and 'currency'.");
            }
        }

        if (printed is null)
        {
            throw JsonReading.Missing("ReportedAmount", "printed");
        }

        if (scale is null)
        {
            throw JsonReading.Missing("ReportedAmount", "scale");
        }

        if (currency.IsDefault)
        {
            throw JsonReading.Missing("ReportedAmount", "currency");
        }

        try
        {
            return ReportedAmount.Create(printed.Value, scale.Value, currency);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    /// <exception cref="JsonException"><paramref name="value"/> is <c>default(ReportedAmount)</c>.</exception>
    public override void Write(Utf8JsonWriter writer, ReportedAmount value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        if (value.IsDefault)
        {
            throw JsonReading.CannotWriteDefault("ReportedAmount");
        }

        writer.WriteStartObject();
        writer.WriteString("printed", value.Printed.ToString("F" + value.Decimals, System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("scale", value.Scale.ToString().ToLowerInvariant());
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}

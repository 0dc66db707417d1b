using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeDomain.Serialization;

/// <summary>Writes a <see cref="ReportedAmount"/> as <c>{"printed":"66.0","scale":"billion","currency":"USD"}</c>:
/// the printed number is a string whose decimals are the published resolution, so "66.0" and "66" stay distinct.</summary>
public sealed class ReportedAmountJsonConverter : JsonConverter<ReportedAmount>
{
    /// <inheritdoc />
    public override ReportedAmount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a ReportedAmount object {\"printed\":\"66.0\",\"scale\":\"billion\",\"currency\":\"USD\"}");
        decimal? printed = null;
        AmountScale scale = AmountScale.Units;
        Currency currency = default;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            switch (name)
            {
                case "printed":
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String
                        || !decimal.TryParse(reader.GetString(), System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var p))
                    {
                        throw new JsonException("Property 'printed' must be the printed number as a string, such as \"66.0\"; its decimals are the published resolution.");
                    }

                    printed = p;
                    break;
                case "scale":
                    var word = JsonReading.ReadString(ref reader, "scale");
                    scale = word switch
                    {
                        "units" => AmountScale.Units,
                        "thousand" => AmountScale.Thousand,
                        "million" => AmountScale.Million,
                        "billion" => AmountScale.Billion,
                        "trillion" => AmountScale.Trillion,
                        _ => throw new JsonException($"Unknown scale '{word}'; expected units, thousand, million, billion or trillion."),
                    };
                    break;
                case "currency":
                    currency = JsonReading.ParseCurrency(JsonReading.ReadString(ref reader, "currency"));
                    break;
                default:
                    throw new JsonException($"Unknown ReportedAmount property '{name}'; expected 'printed', 'scale' and 'currency'.");
            }
        }

        if (printed is null)
        {
            throw JsonReading.Missing("ReportedAmount", "printed");
        }

        if (currency.IsDefault)
        {
            throw JsonReading.Missing("ReportedAmount", "currency");
        }

        try
        {
            return ReportedAmount.Create(printed.Value, scale, currency);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReportedAmount value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            throw new JsonException("default(ReportedAmount) has no currency and cannot be written.");
        }

        writer.WriteStartObject();
        writer.WriteString("printed", value.Printed.ToString("F" + value.Decimals, System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("scale", value.Scale.ToString().ToLowerInvariant());
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeDomain.Serialization;

/// <summary>Writes <see cref="Money"/> as <c>{"amount":"1234.56","currency":"USD"}</c>: the amount is a string so no
/// JSON reader turns it into a double. Reading also accepts a JSON number for the amount.</summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a Money object {\"amount\":\"…\",\"currency\":\"…\"}");
        decimal? amount = null;
        Currency currency = default;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            switch (name)
            {
                case "amount":
                    amount = JsonReading.ReadDecimal(ref reader, "amount");
                    break;
                case "currency":
                    currency = JsonReading.ParseCurrency(JsonReading.ReadString(ref reader, "currency"));
                    break;
                default:
                    throw new JsonException($"Unknown Money property '{name}'; expected 'amount' and 'currency'.");
            }
        }

        return new Money(amount ?? throw JsonReading.Missing("Money", "amount"),
            currency.IsDefault ? throw JsonReading.Missing("Money", "currency") : currency);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            throw new JsonException("default(Money) has no currency and cannot be written.");
        }

        writer.WriteStartObject();
        writer.WriteString("amount", JsonReading.Inv(value.Amount));
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}

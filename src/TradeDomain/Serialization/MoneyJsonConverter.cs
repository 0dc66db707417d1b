using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeDomain.Serialization;

/// <summary>Writes <see cref="Money"/> as <c>{"amount":"1234.56","currency":"USD"}</c>: the amount is a string so no
/// JSON reader turns it into a double. Reading also accepts a JSON number written without an exponent for the amount;
/// an amount a decimal cannot hold exactly (more than 28 decimals, an exponent, beyond ±7.9 × 10²⁸) and a property
/// given twice are refused with a <see cref="JsonException"/>.</summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a Money object {\"amount\":\"…\",\"currency\":\"…\"}");
        int depth = reader.CurrentDepth;
        decimal? amount = null;
        Currency currency = default;
        int seen = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            switch (name)
            {
                case "amount":
                    JsonReading.Once(ref seen, 1, depth, name, "Money");
                    amount = JsonReading.ReadDecimal(ref reader, name, depth);
                    break;
                case "currency":
                    JsonReading.Once(ref seen, 2, depth, name, "Money");
                    currency = JsonReading.ParseCurrency(JsonReading.ReadString(ref reader, name, depth), name, depth);
                    break;
                default:
                    throw JsonReading.Error(depth, name, $"Unknown Money property {JsonReading.Quote(name)}; expected 'amount' and 'currency'.");
            }
        }

        return new Money(amount ?? throw JsonReading.Missing("Money", "amount"),
            currency.IsDefault ? throw JsonReading.Missing("Money", "currency") : currency);
    }

    /// <inheritdoc />
    /// <exception cref="JsonException"><paramref name="value"/> is <c>default(Money)</c>, which has no currency.</exception>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        if (value.IsDefault)
        {
            throw JsonReading.CannotWriteDefault("Money");
        }

        writer.WriteStartObject();
        writer.WriteString("amount", JsonReading.Inv(value.Amount));
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}

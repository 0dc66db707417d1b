using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeDomain.Serialization;

/// <summary>Base of the converters that write a value as one JSON string and read it back with the type's parser.</summary>
/// <typeparam name="T">The value type.</typeparam>
public abstract class TextJsonConverter<T> : JsonConverter<T>
    where T : struct, ISpanParsable<T>
{
    /// <summary>The JSON text of a value.</summary>
    protected abstract string Format(T value);

    /// <summary>What the string should look like, for error messages.</summary>
    protected abstract string Expected { get; }

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.String, Expected);
        var text = reader.GetString()!;
        return T.TryParse(text, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new JsonException($"'{(text.Length > 60 ? text[..60] + "…" : text)}' is not {Expected}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStringValue(Format(value));
    }

    /// <inheritdoc />
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString()!;
        return T.TryParse(text, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new JsonException($"Property name '{(text.Length > 60 ? text[..60] + "…" : text)}' is not {Expected}.");
    }

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WritePropertyName(Format(value));
    }
}

/// <summary>Writes a <see cref="Percentage"/> as an exact string such as "6.8%" or "-4.3%".</summary>
public sealed class PercentageJsonConverter : TextJsonConverter<Percentage>
{
    /// <inheritdoc />
    protected override string Format(Percentage value) => value.Value.ToString(CultureInfo.InvariantCulture) + "%";

    /// <inheritdoc />
    protected override string Expected => "a percentage string such as \"6.8%\"";
}

/// <summary>Writes <see cref="PercentagePoints"/> as an exact string such as "3.1 pp".</summary>
public sealed class PercentagePointsJsonConverter : TextJsonConverter<PercentagePoints>
{
    /// <inheritdoc />
    protected override string Format(PercentagePoints value) => value.Value.ToString(CultureInfo.InvariantCulture) + " pp";

    /// <inheritdoc />
    protected override string Expected => "a percentage-points string such as \"3.1 pp\"";
}

/// <summary>Writes a <see cref="PublishedNumber"/> as a string with its printed decimals, "6.80", so the resolution survives.</summary>
public sealed class PublishedNumberJsonConverter : TextJsonConverter<PublishedNumber>
{
    /// <inheritdoc />
    protected override string Format(PublishedNumber value) => value.ToString();

    /// <inheritdoc />
    protected override string Expected => "a printed number string such as \"6.80\"";
}

/// <summary>Writes a <see cref="Multiple"/> in its own wording, "1.5 times", "tripled".</summary>
public sealed class MultipleJsonConverter : TextJsonConverter<Multiple>
{
    /// <inheritdoc />
    protected override string Format(Multiple value) => value.ToString();

    /// <inheritdoc />
    protected override string Expected => "a multiple such as \"1.5 times\"";
}

/// <summary>Writes a <see cref="Share"/> as <c>{"part":{…Money…},"whole":{…Money…}}</c>.</summary>
public sealed class ShareJsonConverter : JsonConverter<Share>
{
    private static readonly MoneyJsonConverter MoneyConverter = new();

    /// <inheritdoc />
    public override Share Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a share object {\"part\":…,\"whole\":…}");
        int depth = reader.CurrentDepth;
        Money? part = null, whole = null;
        int seen = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            switch (name)
            {
                case "part":
                    JsonReading.Once(ref seen, 1, depth, name, "Share");
                    reader.Read();
                    part = MoneyConverter.Read(ref reader, typeof(Money), options);
                    break;
                case "whole":
                    JsonReading.Once(ref seen, 2, depth, name, "Share");
                    reader.Read();
                    whole = MoneyConverter.Read(ref reader, typeof(Money), options);
                    break;
                default:
                    throw JsonReading.Error(depth, name, $"Unknown Share property {JsonReading.Quote(name)}; expected 'part' and 'whole'.");
            }
        }

        if (part is null || whole is null)
        {
            throw new JsonException("A share needs 'part' and 'whole'.");
        }

        try
        {
            return Share.Of(part.Value, whole.Value);
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException(e.Message, e);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Share value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        writer.WritePropertyName("part");
        MoneyConverter.Write(writer, value.Part, options);
        writer.WritePropertyName("whole");
        MoneyConverter.Write(writer, value.Whole, options);
        writer.WriteEndObject();
    }
}

/// <summary>Writes a <see cref="Aggregation.TradePartner"/> as its code string ("CN", "899").</summary>
public sealed class TradePartnerJsonConverter : TextJsonConverter<Aggregation.TradePartner>
{
    /// <inheritdoc />
    protected override string Format(Aggregation.TradePartner value) => value.IsDefault ? throw JsonReading.CannotWriteDefault("TradePartner") : value.ToString();

    /// <inheritdoc />
    protected override string Expected => "a partner code such as \"CN\" or \"899\"";
}

/// <summary>Writes an <see cref="Aggregation.HsCode"/> as its digits ("8703").</summary>
public sealed class HsCodeJsonConverter : TextJsonConverter<Aggregation.HsCode>
{
    /// <inheritdoc />
    protected override string Format(Aggregation.HsCode value) => value.IsDefault ? throw JsonReading.CannotWriteDefault("HsCode") : value.ToString();

    /// <inheritdoc />
    protected override string Expected => "an HS code such as \"8703\"";
}

/// <summary>Writes an <see cref="Aggregation.TransportMode"/> as its Comtrade code ("2100"; "0" for all modes) and reads
/// a code, a name or both.</summary>
public sealed class TransportModeJsonConverter : TextJsonConverter<Aggregation.TransportMode>
{
    /// <inheritdoc />
    protected override string Format(Aggregation.TransportMode value) => value.ToString("C", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    protected override string Expected => "a UN Comtrade mode of transport code such as \"2100\" (or a name such as \"Sea\")";
}

/// <summary>Writes an <see cref="Aggregation.ExchangeRate"/> as "USD/KZT 456.31 2023".</summary>
public sealed class ExchangeRateJsonConverter : TextJsonConverter<Aggregation.ExchangeRate>
{
    /// <inheritdoc />
    protected override string Format(Aggregation.ExchangeRate value) => value.From.IsDefault ? throw JsonReading.CannotWriteDefault("ExchangeRate") : value.ToString();

    /// <inheritdoc />
    protected override string Expected => "an exchange rate such as \"USD/KZT 456.31 2023\"";
}

/// <summary>Writes a <see cref="Aggregation.TradeFlow"/> as
/// <c>{"reporter":"KZ","partner":"CN","period":"2023","flow":"export","value":{…},"commodity":"8703","transport":"2100"}</c>
/// (commodity and transport, the UN Comtrade motCode, only when the flow has them).</summary>
public sealed class TradeFlowJsonConverter : JsonConverter<Aggregation.TradeFlow>
{
    private static readonly MoneyJsonConverter MoneyConverter = new();

    private static readonly string[] FlowProperties = ["reporter", "partner", "period", "flow", "value", "commodity", "transport"];

    /// <inheritdoc />
    public override Aggregation.TradeFlow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a trade flow object");
        int depth = reader.CurrentDepth;
        string? reporter = null, partner = null, period = null, flow = null, commodity = null, transport = null;
        Money? value = null;
        int seen = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            int bit = Array.IndexOf(FlowProperties, name);
            if (bit < 0)
            {
                throw JsonReading.Error(depth, name, $"Unknown trade flow property {JsonReading.Quote(name)}; expected {string.Join(", ", FlowProperties)}.");
            }

            JsonReading.Once(ref seen, 1 << bit, depth, name, "trade flow");
            switch (name)
            {
                case "reporter": reporter = JsonReading.ReadString(ref reader, name, depth); break;
                case "partner": partner = JsonReading.ReadString(ref reader, name, depth); break;
                case "period": period = JsonReading.ReadString(ref reader, name, depth); break;
                case "flow": flow = JsonReading.ReadString(ref reader, name, depth); break;
                case "commodity": commodity = JsonReading.ReadString(ref reader, name, depth); break;
                case "transport": transport = JsonReading.ReadString(ref reader, name, depth); break;
                default:
                    reader.Read();
                    value = MoneyConverter.Read(ref reader, typeof(Money), options);
                    break;
            }
        }

        if (reporter is null || partner is null || period is null || flow is null || value is null)
        {
            throw new JsonException("A trade flow needs reporter, partner, period, flow and value.");
        }

        if (!Country.TryFromCode(reporter, out var r))
        {
            throw JsonReading.Error(depth, "reporter", $"Property 'reporter' is {JsonReading.Quote(reporter)}, not an ISO 3166-1 country code.");
        }

        if (!Aggregation.TradePartner.TryParse(partner, null, out var p))
        {
            throw JsonReading.Error(depth, "partner", $"Property 'partner' is {JsonReading.Quote(partner)}, not a country code or a Comtrade area code.");
        }

        if (!Period.TryParse(period, null, out var per))
        {
            throw JsonReading.Error(depth, "period", $"Property 'period' is {JsonReading.Quote(period)}, not a period such as \"2023\" or \"2023-Q4\".");
        }

        if (!Aggregation.FlowDirections.TryParse(flow, out var f))
        {
            throw JsonReading.Error(depth, "flow", $"Property 'flow' is {JsonReading.Quote(flow)}, not a flow direction such as \"export\" or \"import\".");
        }

        Aggregation.HsCode hs = default;
        if (!string.IsNullOrEmpty(commodity) && !Aggregation.HsCode.TryParse(commodity, null, out hs))
        {
            throw JsonReading.Error(depth, "commodity", $"Property 'commodity' is {JsonReading.Quote(commodity)}, not an HS code such as \"8703\".");
        }

        Aggregation.TransportMode mode = default;
        if (transport is not null && !Aggregation.TransportMode.TryParse(transport, null, out mode))
        {
            throw JsonReading.Error(depth, "transport", $"Property 'transport' is {JsonReading.Quote(transport)}, not a UN Comtrade mode of transport code such as \"2100\".");
        }

        try
        {
            return new Aggregation.TradeFlow(r, p, per, f, value.Value, hs).WithTransport(mode);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Aggregation.TradeFlow value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        writer.WriteString("reporter", value.Reporter.ToString());
        writer.WriteString("partner", value.Partner.ToString());
        writer.WriteString("period", value.Period.ToString());
        writer.WriteString("flow", Aggregation.FlowDirections.Name(value.Flow));
        writer.WritePropertyName("value");
        MoneyConverter.Write(writer, value.Value, options);
        if (!value.Commodity.IsDefault)
        {
            writer.WriteString("commodity", value.Commodity.ToString());
        }

        if (!value.Transport.IsDefault)
        {
            writer.WriteString("transport", value.Transport.ToString("C", System.Globalization.CultureInfo.InvariantCulture));
        }

        writer.WriteEndObject();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace TradeDomain.Serialization;

/// <summary>
/// Reads and writes a <see cref="CountryGroup"/> as
/// <c>{"id":"SCO","name":"…","members":[{"country":"IN","from":"2017-06-09","to":null,"status":"member","source":"…"}]}</c>
/// — the form for defining groups of your own in JSON.
/// </summary>
public sealed class CountryGroupJsonConverter : JsonConverter<CountryGroup>
{
    /// <inheritdoc />
    public override CountryGroup Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a country group object {\"id\":…,\"name\":…,\"members\":[…]}");
        string? id = null, name = null, russianName = null;
        List<GroupMembership>? members = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            switch (property)
            {
                case "id":
                    id = JsonReading.ReadString(ref reader, "id");
                    break;
                case "name":
                    name = JsonReading.ReadString(ref reader, "name");
                    break;
                case "russianName":
                    russianName = JsonReading.ReadString(ref reader, "russianName");
                    break;
                case "members":
                    reader.Read();
                    JsonReading.Expect(ref reader, JsonTokenType.StartArray, "an array of memberships");
                    members = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        members.Add(ReadMembership(ref reader));
                    }

                    break;
                default:
                    throw new JsonException($"Unknown country group property '{property}'; expected id, name, russianName and members.");
            }
        }

        if (id is null || name is null || members is null)
        {
            throw new JsonException("A country group needs 'id', 'name' and 'members'.");
        }

        try
        {
            return CountryGroup.Create(id, name, members, russianName);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    private static GroupMembership ReadMembership(ref Utf8JsonReader reader)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a membership object {\"country\":…,\"from\":…}");
        Country country = default;
        LocalDate? from = null, to = null;
        var status = MembershipStatus.Member;
        var source = "";
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            switch (property)
            {
                case "country":
                    var code = JsonReading.ReadString(ref reader, "country");
                    country = Country.TryFromCode(code, out var c) ? c : throw new JsonException($"Unknown country code '{code}'.");
                    break;
                case "from":
                    from = ReadDate(ref reader, "from");
                    break;
                case "to":
                    to = ReadDate(ref reader, "to");
                    break;
                case "status":
                    var text = JsonReading.ReadString(ref reader, "status");
                    try
                    {
                        status = CountryGroup.ParseStatus(text);
                    }
                    catch (FormatException e)
                    {
                        throw new JsonException(e.Message, e);
                    }

                    break;
                case "source":
                    source = JsonReading.ReadString(ref reader, "source");
                    break;
                default:
                    throw new JsonException($"Unknown membership property '{property}'; expected country, from, to, status and source.");
            }
        }

        if (country.IsDefault || from is null)
        {
            throw new JsonException("A membership needs 'country' and 'from'.");
        }

        try
        {
            return new GroupMembership(country, from.Value, to, status, source);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    private static LocalDate? ReadDate(ref Utf8JsonReader reader, string property)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var result = reader.TokenType == JsonTokenType.String ? LocalDatePattern.Iso.Parse(reader.GetString()!) : null;
        return result is { Success: true } ? result.Value
            : throw new JsonException($"Property '{property}' must be a date \"yyyy-MM-dd\" or null.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CountryGroup value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("name", value.Name);
        writer.WriteString("russianName", value.RussianName);
        writer.WriteStartArray("members");
        foreach (var m in value.Memberships)
        {
            writer.WriteStartObject();
            writer.WriteString("country", m.Country.ToString(null, null));
            writer.WriteString("from", CountryGroup.FormatDate(m.From));
            if (m.To is { } to)
            {
                writer.WriteString("to", CountryGroup.FormatDate(to));
            }
            else
            {
                writer.WriteNull("to");
            }

            writer.WriteString("status", CountryGroup.FormatStatus(m.Status));
            writer.WriteString("source", m.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

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
        int depth = reader.CurrentDepth;
        string? id = null, name = null, russianName = null;
        List<GroupMembership>? members = null;
        int seen = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString()!;
            switch (property)
            {
                case "id":
                    JsonReading.Once(ref seen, 1, depth, property, "country group");
                    id = JsonReading.ReadString(ref reader, property, depth);
                    break;
                case "name":
                    JsonReading.Once(ref seen, 2, depth, property, "country group");
                    name = JsonReading.ReadString(ref reader, property, depth);
                    break;
                case "russianName":
                    JsonReading.Once(ref seen, 4, depth, property, "country group");
                    russianName = JsonReading.ReadString(ref reader, property, depth);
                    break;
                case "members":
                    JsonReading.Once(ref seen, 8, depth, property, "country group");
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw JsonReading.Error(depth, property, $"Property 'members' must be an array of memberships, found {reader.TokenType}.");
                    }

                    members = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        members.Add(ReadMembership(ref reader, depth, members.Count));
                    }

                    break;
                default:
                    throw JsonReading.Error(depth, property, $"Unknown country group property {JsonReading.Quote(property)}; expected id, name, russianName and members.");
            }
        }

        if (id is null || name is null || members is null)
        {
            throw new JsonException("A country group needs 'id', 'name' and 'members'.");
        }

        CountryGroup group;
        try
        {
            group = CountryGroup.Create(id, name, members, russianName);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }

        // A document may name a built-in group only as it is: reading it back gives the built-in group itself. One that
        // changes a built-in group (adds the US to "SCO") would make IsMember answer for a group that is not the SCO.
        if (CountryGroup.TryFromId(id, out var builtIn))
        {
            return group == builtIn ? builtIn
                : throw JsonReading.Error(depth, "id", $"The id {JsonReading.Quote(id)} is the built-in group {builtIn.Name}, but the document's name or memberships differ from it; a document cannot redefine a built-in group. Give your group its own id.");
        }

        return group;
    }

    private static GroupMembership ReadMembership(ref Utf8JsonReader reader, int groupDepth, int index)
    {
        var at = $"members[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonReading.Error(groupDepth, at, $"Expected a membership object {{\"country\":…,\"from\":…}} at {at} but found {reader.TokenType}.");
        }

        Country country = default;
        LocalDate? from = null, to = null;
        var status = MembershipStatus.Member;
        var source = "";
        int seen = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString()!;
            var path = at + "." + property;
            switch (property)
            {
                case "country":
                    JsonReading.Once(ref seen, 1, groupDepth, path, "membership");
                    var code = JsonReading.ReadString(ref reader, path, groupDepth);
                    country = Country.TryFromCode(code, out var c) ? c : throw JsonReading.Error(groupDepth, path, $"{path}: unknown country code {JsonReading.Quote(code)}.");
                    break;
                case "from":
                    JsonReading.Once(ref seen, 2, groupDepth, path, "membership");
                    from = ReadDate(ref reader, path, groupDepth);
                    break;
                case "to":
                    JsonReading.Once(ref seen, 4, groupDepth, path, "membership");
                    to = ReadDate(ref reader, path, groupDepth);
                    break;
                case "status":
                    JsonReading.Once(ref seen, 8, groupDepth, path, "membership");
                    var text = JsonReading.ReadString(ref reader, path, groupDepth);
                    try
                    {
                        status = CountryGroup.ParseStatus(text);
                    }
                    catch (FormatException e)
                    {
                        throw JsonReading.Error(groupDepth, path, e.Message);
                    }

                    break;
                case "source":
                    JsonReading.Once(ref seen, 16, groupDepth, path, "membership");
                    source = JsonReading.ReadString(ref reader, path, groupDepth);
                    break;
                default:
                    throw JsonReading.Error(groupDepth, path, $"Unknown membership property {JsonReading.Quote(property)} at {at}; expected country, from, to, status and source.");
            }
        }

        if (country.IsDefault || from is null)
        {
            throw JsonReading.Error(groupDepth, at, $"The membership at {at} needs 'country' and 'from'.");
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

    private static LocalDate? ReadDate(ref Utf8JsonReader reader, string property, int groupDepth)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var result = reader.TokenType == JsonTokenType.String ? LocalDatePattern.Iso.Parse(reader.GetString()!) : null;
        return result is { Success: true } ? result.Value
            : throw JsonReading.Error(groupDepth, property, $"Property '{property}' must be a date \"yyyy-MM-dd\" or null.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CountryGroup value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
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

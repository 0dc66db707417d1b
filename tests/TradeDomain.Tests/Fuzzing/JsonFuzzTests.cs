using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace TradeDomain.Tests.Fuzzing;

/// <summary>
/// Every JSON converter of the library (found by reflection) against hostile documents made from valid ones: truncated,
/// with duplicated, missing or renamed properties, with hostile strings and out-of-range numbers, nested in arrays and
/// objects. A document is either read (and the value then writes and reads back equal) or refused with a
/// <see cref="JsonException"/> that carries a path; nothing else ever escapes.
/// </summary>
public partial class JsonFuzzTests
{
    public static TheoryData<string> Converters => [.. EntryPoints.JsonConverters().Select(p => p.Converter.FullName + "|" + p.Type.FullName)];

    [Theory]
    [MemberData(nameof(Converters))]
    public void Converter_OnlyEverThrowsJsonExceptionWithAPath(string pair) => Fuzz(pair, 1_500, seed: 7);

    [Theory(Explicit = true)]
    [Trait("Category", "Heavy")]
    [MemberData(nameof(Converters))]
    public void Converter_OnlyEverThrowsJsonExceptionWithAPath_Heavy(string pair) => Fuzz(pair, 20_000, seed: 2027);

    [Theory]
    [MemberData(nameof(Converters))]
    public void DefaultValue_WritesOrRefusesWithJsonException(string pair)
    {
        var (type, options) = Resolve(pair);
        if (!type.IsValueType)
        {
            return;
        }

        try
        {
            var json = JsonSerializer.Serialize(Activator.CreateInstance(type), type, options);
            Assert.False(string.IsNullOrEmpty(json));
        }
        catch (JsonException e)
        {
            Assert.Contains("default", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Discovery_FindsEveryConverter() => Assert.True(EntryPoints.JsonConverters().Count() >= 17);

    private static (Type Type, JsonSerializerOptions Options) Resolve(string pair)
    {
        var parts = pair.Split('|');
        var converterType = EntryPoints.Library.GetType(parts[0])!;
        var type = EntryPoints.Library.GetType(parts[1])!;
        var options = new JsonSerializerOptions { Converters = { (JsonConverter)Activator.CreateInstance(converterType)! } };
        return (type, options);
    }

    private static void Fuzz(string pair, int count, int seed)
    {
        var (type, options) = Resolve(pair);
        var samples = SampleValues.For(type);
        Assert.True(samples.Count > 0, $"No valid {type.Name} found to start from: give FuzzInputs.ValidForms a valid text form of it.");
        var valid = samples.Select(v => JsonSerializer.Serialize(v, type, options)).ToArray();
        var arrayType = type.MakeArrayType();
        var dictionaryType = typeof(Dictionary<,>).MakeGenericType(typeof(string), type);
        var keyedType = typeof(Dictionary<,>).MakeGenericType(type, typeof(int));
        var keyed = options.Converters[0].GetType().GetMethod("ReadAsPropertyName")!.DeclaringType != typeof(JsonConverter<>).MakeGenericType(type);
        var inputs = new FuzzInputs(seed ^ pair.Length);

        foreach (var json in valid)
        {
            var back = JsonSerializer.Deserialize(json, type, options);
            Assert.Equal(JsonSerializer.Serialize(back, type, options), json);
        }

        for (int i = 0; i < count; i++)
        {
            var doc = Mutate(valid[inputs.Int(valid.Length)], inputs);
            var (target, text) = inputs.Int(6) switch
            {
                0 => (arrayType, "[" + doc + "]"),
                1 => (dictionaryType, "{\"x\":" + doc + "}"),
                2 when keyed => (keyedType, "{" + JsonSerializer.Serialize(inputs.NextJsonText()) + ":1}"),
                _ => (type, doc),
            };

            // UTF-8 bytes, as documents arrive (a string with a lone surrogate is the caller's error, refused by the
            // serializer before any converter runs); now and then with a byte that is not UTF-8 at all
            var bytes = Encoding.UTF8.GetBytes(text);
            if (inputs.Int(20) == 0 && bytes.Length > 0)
            {
                bytes[inputs.Int(bytes.Length)] = (byte)(0x80 + inputs.Int(0x80));
            }

            object? value;
            try
            {
                value = JsonSerializer.Deserialize(bytes, target, options);
            }
            catch (JsonException e)
            {
                Assert.True(e.Path is not null, $"{pair}: JsonException without a path for {ParserFuzzTests.Show(text)}: {e.Message}");
                continue;
            }
            catch (Exception e)
            {
                Assert.Fail($"{pair}: {e.GetType().Name} for {ParserFuzzTests.Show(text)}: {e.Message}\n{e.StackTrace}");
                return;
            }

            if (target == type && value is not null)
            {
                var again = JsonSerializer.Serialize(value, type, options);
                Assert.True(Equals(JsonSerializer.Deserialize(again, type, options), value),
                    $"{pair}: {ParserFuzzTests.Show(text)} read as {value}, written as {again}, which reads back differently");
            }
        }
    }

    private static readonly string[] Replacements =
    [
        "null", "true", "[]", "{}", "\"\"", "1e-400", "1e400", "79228162514264337593543950336", "-0", "0.123456789012345678901234567891",
        "\"0.123456789012345678901234567891\"", "\"79228162514264337593543950336\"", "\"1e5\"", "12.5", "\"\\uD800\"", "\"\\uFFFE\"",
        "\"Kazakh\\uFFFEstan\"", "[\"1\",\"2\",\"3\"]", "[\"2\",\"1\"]", "\"NaN\"", "-1", "2147483648", "\"USD\"", "\"units\"", "\"billion\"",
    ];

    private static string Mutate(string json, FuzzInputs inputs)
    {
        var names = PropertyName().Matches(json).Select(m => m.Groups[1].Value).Distinct().ToArray();
        int steps = 1 + inputs.Int(3);
        for (int s = 0; s < steps; s++)
        {
            switch (inputs.Int(9))
            {
                case 0 when json.Length > 0:
                    json = json[..inputs.Int(json.Length)];
                    break;
                case 1 when names.Length > 0:
                    // a duplicated property, with another value
                    var name = names[inputs.Int(names.Length)];
                    int brace = json.IndexOf('{', StringComparison.Ordinal);
                    if (brace >= 0)
                    {
                        json = json.Insert(brace + 1, $"\"{name}\":{Replacements[inputs.Int(Replacements.Length)]},");
                    }

                    break;
                case 2 when names.Length > 0:
                    // a property removed
                    var drop = names[inputs.Int(names.Length)];
                    json = Regex.Replace(json, $"\"{drop}\":(\"[^\"]*\"|[^,}}\\]]*|\\{{[^}}]*\\}}),?", "");
                    json = json.Replace(",}", "}", StringComparison.Ordinal);
                    break;
                case 3:
                    // a string value replaced by hostile text
                    var strings = StringValue().Matches(json);
                    if (strings.Count > 0)
                    {
                        var m = strings[inputs.Int(strings.Count)];
                        json = json[..m.Index] + ":" + JsonSerializer.Serialize(inputs.NextJsonText()) + json[(m.Index + m.Length)..];
                    }

                    break;
                case 4:
                    // a value replaced by a token of another kind or an out-of-range number
                    var values = AnyValue().Matches(json);
                    if (values.Count > 0)
                    {
                        var m = values[inputs.Int(values.Count)];
                        json = json[..m.Index] + ":" + Replacements[inputs.Int(Replacements.Length)] + json[(m.Index + m.Length)..];
                    }
                    else
                    {
                        json = Replacements[inputs.Int(Replacements.Length)];
                    }

                    break;
                case 5 when names.Length > 0:
                    var renamed = names[inputs.Int(names.Length)];
                    json = json.Replace($"\"{renamed}\"", $"\"{renamed.ToUpperInvariant()}\"", StringComparison.Ordinal);
                    break;
                case 6:
                    json = json.Insert(inputs.Int(json.Length + 1), new[] { ",", "}", "]", "{", "[", "\"", ":", " ", "/*x*/", "\\" }[inputs.Int(10)]);
                    break;
                case 7 when json.StartsWith('"'):
                    json = JsonSerializer.Serialize(inputs.NextJsonText());
                    break;
                default:
                    json = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(inputs.Mutate(json, 1)));
                    break;
            }
        }

        return json;
    }

    [GeneratedRegex("\"([A-Za-z]+)\":")]
    private static partial Regex PropertyName();

    [GeneratedRegex(":\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringValue();

    [GeneratedRegex(":(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|null|true|false)")]
    private static partial Regex AnyValue();
}

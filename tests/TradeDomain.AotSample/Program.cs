using System.Text.Json;
using System.Text.Json.Serialization;
using TradeDomain;
using TradeDomain.Aggregation;

// Round-trips the library's types through a source-generated JsonSerializerContext, as the README shows, and checks
// the text: under Native AOT the reflection-based JsonSerializer.Serialize(value) is not available.
var checks = new (string Name, string Got, string Expected)[]
{
    ("money", JsonSerializer.Serialize(new Money(1234.56m, Currency.USD), SampleJson.Default.Money), "{\"amount\":\"1234.56\",\"currency\":\"USD\"}"),
    ("reported", JsonSerializer.Serialize(ReportedAmount.Parse("66.0 billion US dollars"), SampleJson.Default.ReportedAmount),
        "{\"printed\":\"66.0\",\"scale\":\"billion\",\"currency\":\"USD\"}"),
    ("country", JsonSerializer.Serialize(Country.FromCode("KAZ"), SampleJson.Default.Country), "\"KZ\""),
    ("period", JsonSerializer.Serialize(Period.Parse("2023-Q4"), SampleJson.Default.Period), "\"2023-Q4\""),
    ("flow", JsonSerializer.Serialize(TradeFlow.Parse("KZ;CN;2023;export;USD 1234.56;8703"), SampleJson.Default.TradeFlow),
        "{\"reporter\":\"KZ\",\"partner\":\"CN\",\"period\":\"2023\",\"flow\":\"export\",\"value\":{\"amount\":\"1234.56\",\"currency\":\"USD\"},\"commodity\":\"8703\"}"),
    ("group", JsonSerializer.Deserialize("{\"id\":\"X1\",\"name\":\"Pair\",\"members\":[{\"country\":\"KZ\",\"from\":\"2000-01-01\"}]}", SampleJson.Default.CountryGroup)!
        .IsMember(Country.FromCode("KZ"), new NodaTime.LocalDate(2020, 1, 1)).ToString(), "True"),
    ("back", JsonSerializer.Deserialize("{\"amount\":\"66.05\",\"currency\":\"EUR\"}", SampleJson.Default.Money).ToString(), "EUR 66.05"),
};

int failures = 0;
foreach (var (name, got, expected) in checks)
{
    bool ok = got == expected;
    failures += ok ? 0 : 1;
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {name}: {got}");
}

try
{
    JsonSerializer.Deserialize("{\"amount\":\"1\",\"currency\":\"USD\",\"amount\":\"1000\"}", SampleJson.Default.Money);
    Console.WriteLine("FAIL duplicate property was read");
    failures++;
}
catch (JsonException e)
{
    Console.WriteLine($"ok   duplicate refused at {e.Path}");
}

return failures == 0 ? 0 : 1;

/// <summary>The source-generated context: every type the app reads or writes, each with the library's converter.</summary>
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(ReportedAmount))]
[JsonSerializable(typeof(Country))]
[JsonSerializable(typeof(Period))]
[JsonSerializable(typeof(TradeFlow))]
[JsonSerializable(typeof(CountryGroup))]
internal sealed partial class SampleJson : JsonSerializerContext;

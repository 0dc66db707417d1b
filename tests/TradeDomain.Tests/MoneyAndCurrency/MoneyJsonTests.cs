using System.Text.Json;

namespace TradeDomain.Tests.MoneyAndCurrency;


public class MoneyJsonTests
{
    private sealed record Invoice(Money Total, Currency Currency, DecimalInterval Range);

    [Fact]
    public void Money_WritesExactStringAmount()
    {
        var json = JsonSerializer.Serialize(new Money(1234.50m, Currency.USD));
        Assert.Equal("""{"amount":"1234.50","currency":"USD"}""", json);
        Assert.Equal(new Money(1234.5m, Currency.USD), JsonSerializer.Deserialize<Money>(json));
    }

    [Fact]
    public void Money_ReadsNumberAmount() =>
        Assert.Equal(new Money(0.1m, Currency.EUR), JsonSerializer.Deserialize<Money>("""{"currency":"EUR","amount":0.1}"""));

    [Theory]
    [InlineData("""{"total":{"amount":"x","currency":"USD"},"currency":"USD","range":["1","2"]}""", "$.total")]
    [InlineData("""{"total":{"amount":"1","currency":"ZZZ"},"currency":"USD","range":["1","2"]}""", "$.total")]
    [InlineData("""{"total":{"amount":"1"},"currency":"USD","range":["1","2"]}""", "$.total")]
    [InlineData("""{"total":{"amount":"1","currency":"USD"},"currency":"XX","range":["1","2"]}""", "$.currency")]
    [InlineData("""{"total":{"amount":"1","currency":"USD"},"currency":"USD","range":["3","2"]}""", "$.range")]
    [InlineData("""{"total":"USD 1","currency":"USD","range":["1","2"]}""", "$.total")]
    public void Malformed_JsonExceptionWithPath(string json, string path)
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Invoice>(json, options));
        Assert.StartsWith(path, e.Path);
    }

    [Fact]
    public void Default_CannotBeWritten() => Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(Money)));

    [Fact]
    public void Currency_AsDictionaryKey()
    {
        var d = new Dictionary<Currency, int> { [Currency.USD] = 1 };
        var json = JsonSerializer.Serialize(d);
        Assert.Equal("""{"USD":1}""", json);
        Assert.Equal(1, JsonSerializer.Deserialize<Dictionary<Currency, int>>(json)![Currency.USD]);
    }
}

using System.Text.Json;

namespace TradeDomain.Tests.Calculators;

public class PercentageTests
{
    [Theory]
    [InlineData("6.8%", "6.8")]
    [InlineData("−4.3%", "-4.3")]
    [InlineData("-4.3 %", "-4.3")]
    [InlineData("+2%", "2")]
    [InlineData("6.8 percent", "6.8")]
    [InlineData("6.8 per cent", "6.8")]
    [InlineData("6,8%", "6.8")]
    [InlineData("6,8 процента", "6.8")]
    [InlineData("1,234.5%", "1234.5")]
    public void Parse(string text, string value) =>
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Percentage.Parse(text).Value);

    [Theory]
    [InlineData("")]
    [InlineData("%")]
    [InlineData("6.8")]
    [InlineData("six percent")]
    [InlineData("6.8 pp")]
    public void Parse_Invalid(string text)
    {
        Assert.Throws<FormatException>(() => Percentage.Parse(text));
        Assert.False(Percentage.TryParse(text, null, out _));
    }

    [Fact]
    public void Format()
    {
        Assert.Equal("6.8%", Percentage.FromPercent(6.8m).ToString());
        Assert.Equal("−4.3%", Percentage.FromPercent(-4.3m).ToString());
        Assert.Equal("6,8%", Percentage.FromPercent(6.8m).ToString("R", null));
        Assert.Equal("6.8%", Percentage.FromPercent(6.796m).ToString("G1", null));
        Assert.Equal("3.1 pp", PercentagePoints.FromPoints(3.1m).ToString());
        Assert.Equal("3.1 percentage points", PercentagePoints.FromPoints(3.1m).ToString("L", null));
        Assert.Equal("3,1 п.п.", PercentagePoints.FromPoints(3.1m).ToString("R", null));
    }

    [Theory]
    [InlineData("3.1 pp")]
    [InlineData("3.1 p.p.")]
    [InlineData("3.1 percentage points")]
    [InlineData("3,1 п.п.")]
    [InlineData("3,1 процентного пункта")]
    public void PercentagePoints_Parse(string text) => Assert.Equal(3.1m, PercentagePoints.Parse(text).Value);

    [Fact]
    public void Published_KeepsResolution()
    {
        var p = Percentage.ParsePublished("6.8%");
        Assert.Equal(new DecimalInterval(6.75m, 6.85m), p.Interval);
        Assert.Equal(1, p.Decimals);
    }

    [Fact]
    public void DifferenceOfPercentages_IsPoints()
    {
        PercentagePoints pp = Percentage.FromPercent(25) - Percentage.FromPercent(20);
        Assert.Equal(5m, pp.Value);
        Assert.Equal(Percentage.FromPercent(25), Percentage.FromPercent(20).Plus(pp));
    }

    [Fact]
    public void Json()
    {
        Assert.Equal("\"-4.3%\"", JsonSerializer.Serialize(Percentage.FromPercent(-4.3m)));
        Assert.Equal(Percentage.FromPercent(-4.3m), JsonSerializer.Deserialize<Percentage>("\"-4.3%\""));
        Assert.Equal("\"6.80\"", JsonSerializer.Serialize(PublishedNumber.Parse("6.80")));
        Assert.Equal(PublishedNumber.Parse("6.80"), JsonSerializer.Deserialize<PublishedNumber>("\"6.80\""));
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Percentage[]>("[\"1%\", \"x\"]"));
        Assert.Equal("$[1]", e.Path);
    }
}

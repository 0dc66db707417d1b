using System.Text.Json;

namespace TradeDomain.Tests.MoneyAndCurrency;

public class ReportedAmountTests
{
    [Theory]
    [InlineData("66.0 billion US dollars", "66.0", 1, AmountScale.Billion, "USD")]
    [InlineData("$490 billion", "490", 0, AmountScale.Billion, "USD")]
    [InlineData("USD 66.0 bn", "66.0", 1, AmountScale.Billion, "USD")]
    [InlineData("1,012.5 million US dollars", "1012.5", 1, AmountScale.Million, "USD")]
    [InlineData("3.21 trillion yuan", "3.21", 2, AmountScale.Trillion, "CNY")]
    [InlineData("41 million US dollars", "41", 0, AmountScale.Million, "USD")]
    [InlineData("66,0 млрд долларов США", "66.0", 1, AmountScale.Billion, "USD")]
    [InlineData("7,9 млрд долларов США", "7.9", 1, AmountScale.Billion, "USD")]
    [InlineData("61,8 млн тенге", "61.8", 1, AmountScale.Million, "KZT")]
    [InlineData("USD 12.50", "12.50", 2, AmountScale.Units, "USD")]
    public void Parse_KeepsPublishedResolution(string text, string printed, int decimals, AmountScale scale, string code)
    {
        var r = ReportedAmount.Parse(text);
        Assert.Equal(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture), r.Printed);
        Assert.Equal(decimals, r.Decimals);
        Assert.Equal(scale, r.Scale);
        Assert.Equal(code, r.Currency.Code);
    }

    [Fact]
    public void Interval_OfSeedFigure()
    {
        var r = ReportedAmount.Parse("66.0 billion US dollars");
        Assert.Equal(new DecimalInterval(65.95m, 66.05m), r.PrintedInterval);
        Assert.Equal(new DecimalInterval(65_950_000_000m, 66_050_000_000m), r.Interval);
        Assert.Equal(100_000_000m, r.Resolution);
        Assert.True(r.Admits(new TradeDomain.Money(66_049_999_999m, Currency.USD)));
        Assert.False(r.Admits(new TradeDomain.Money(66_050_000_001m, Currency.USD)));
    }

    [Fact]
    public void TrailingZeros_MayBeCoarserRounding()
    {
        var r = ReportedAmount.Parse("$490 billion");
        Assert.Equal(1, r.TrailingZeros);
        Assert.Equal(new DecimalInterval(489.5m, 490.5m), r.PrintedInterval);
        Assert.Equal(new DecimalInterval(485m, 495m), r.CoarsestPrintedInterval);
        Assert.Equal(0, ReportedAmount.Parse("66.0 billion US dollars").TrailingZeros);
    }

    [Theory]
    [InlineData("66.0 billion US dollars", "W")]
    [InlineData("$490 billion", "S")]
    [InlineData("USD 66.0 bn", "C")]
    [InlineData("1,012.5 million US dollars", "W")]
    [InlineData("3.21 trillion yuan", "W")]
    [InlineData("41 million US dollars", "W")]
    [InlineData("66,0 млрд долларов США", "R")]
    [InlineData("7,9 млрд долларов США", "R")]
    [InlineData("61,8 млн тенге", "R")]
    public void Format_ReproducesPublishedText(string text, string format) =>
        Assert.Equal(text, ReportedAmount.Parse(text).ToString(format, null));

    [Fact]
    public void Equality_DistinguishesResolution()
    {
        Assert.NotEqual(ReportedAmount.Parse("66.0 billion US dollars"), ReportedAmount.Parse("66 billion US dollars"));
        Assert.Equal(ReportedAmount.Parse("66.0 billion US dollars"), ReportedAmount.Parse("USD 66.0 bn"));
        Assert.True(ReportedAmount.Parse("USD 66.0 bn") < ReportedAmount.Parse("USD 66.1 bn"));
    }

    [Fact]
    public void Create_RefusesToRound()
    {
        var e = Assert.Throws<ArgumentException>(() => ReportedAmount.Create(66.04m, AmountScale.Billion, Currency.USD, 1));
        Assert.Contains("Round", e.Message);
        var rounded = ReportedAmount.Round(new TradeDomain.Money(65_973_000_000m, Currency.USD), AmountScale.Billion, 1);
        Assert.Equal("66.0 billion US dollars", rounded.ToString());
        Assert.Equal(ReportedAmount.Parse("66.0 billion US dollars"), rounded);
    }

    [Fact]
    public void Create_WithExplicitDecimals_PadsPrinted()
    {
        var r = ReportedAmount.Create(66m, AmountScale.Billion, Currency.USD, decimals: 1);
        Assert.Equal("USD 66.0 bn", r.ToString("C", null));
    }

    [Fact]
    public void Json_KeepsPrintedDigits()
    {
        var r = ReportedAmount.Parse("66.0 billion US dollars");
        var json = JsonSerializer.Serialize(r);
        Assert.Equal("""{"printed":"66.0","scale":"billion","currency":"USD"}""", json);
        Assert.Equal(r, JsonSerializer.Deserialize<ReportedAmount>(json));
    }
}

using System.Globalization;
using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Numbers;

/// <summary>Issue #12 item 5: one decimal-comma rule for ReportedAmount.Parse, Figure.Parse, PublishedNumber.Parse
/// and the prose reader (documented on NumberText.TryParseDigits and in the README).</summary>
public class DecimalCommaRuleTests
{
    [Theory]
    [InlineData("USD 0,500", "0.500")]      // a group cannot start with 0
    [InlineData("USD 1,50", "1.50")]        // not three digits after the comma
    [InlineData("1,0000 USD", "1.0000")]
    [InlineData("EUR 1.500,00", "1500.00")] // both separators: the last is the decimal one
    [InlineData("USD 1,012.5", "1012.5")]
    [InlineData("USD 1,500", "1500")]       // the code form is English (it is how the library writes amounts)
    [InlineData("1,500 million US dollars", "1500")]
    [InlineData("1,500 млрд долларов США", "1.500")] // Russian words: a decimal comma
    public void ReportedAmount_FollowsTheRule(string text, string printed) =>
        Assert.Equal(decimal.Parse(printed, CultureInfo.InvariantCulture), ReportedAmount.Parse(text).Printed);

    [Fact]
    public void ReportedAmount_AnExplicitCultureDecides() =>
        Assert.Equal(1.5m, ReportedAmount.Parse("USD 1,500", new CultureInfo("ru-RU")).Printed);

    [Theory]
    [InlineData("1,500")]
    [InlineData("6,800")]
    public void BareAmbiguousNumber_IsRefused_UnlessACultureDecides(string text)
    {
        var e = Assert.Throws<FormatException>(() => PublishedNumber.Parse(text));
        Assert.Contains("ambiguous", e.Message, StringComparison.Ordinal);
        Assert.Equal(1.5m, PublishedNumber.Parse("1,500", new CultureInfo("ru-RU")).Value);
        Assert.Equal(1500m, PublishedNumber.Parse("1,500", new CultureInfo("en-US")).Value);
    }

    [Fact]
    public void FigureParse_RefusesAnAmbiguousPercentage() => Assert.Throws<FormatException>(() => Figure.Parse("6,800%"));

    [Theory]
    [InlineData("Exports were 1,500 tonnes.", "1500")]
    [InlineData("Экспорт составил 1,500 млн долларов.", "1.500")]
    public void ProseReader_TakesTheConventionFromTheTextsLanguage(string text, string value) =>
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), Assert.Single(NumberReaderTests.Read(text)).Value);
}

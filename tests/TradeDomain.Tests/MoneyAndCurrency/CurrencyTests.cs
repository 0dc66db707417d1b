using NodaTime;
using TradeDomain.Tests.Support;

namespace TradeDomain.Tests.MoneyAndCurrency;

public class CurrencyTests
{
    [Theory]
    [InlineData("USD", 840, 2, "US Dollar")]
    [InlineData("usd", 840, 2, "US Dollar")]
    [InlineData("JPY", 392, 0, "Yen")]
    [InlineData("KWD", 414, 3, "Kuwaiti Dinar")]
    [InlineData("KZT", 398, 2, "Tenge")]
    [InlineData("CLF", 990, 4, "Unidad de Fomento")]
    public void FromCode_KnownCode_HasIsoData(string code, int numeric, int minor, string name)
    {
        var c = Currency.FromCode(code);
        Assert.Equal(code.ToUpperInvariant(), c.Code);
        Assert.Equal(numeric, c.NumericCode);
        Assert.Equal(minor, c.MinorUnits);
        Assert.Equal(name, c.EnglishName);
        Assert.True(c.IsCurrent);
    }

    [Fact]
    public void MinorUnits_Gold_IsNotApplicable() => Assert.Null(Currency.FromCode("XAU").MinorUnits);

    [Theory]
    [InlineData("SUR")]
    [InlineData("YUM")]
    [InlineData("DEM")]
    [InlineData("HRK")]
    public void FromCode_HistoricCurrency_HasEndDate(string code)
    {
        var c = Currency.FromCode(code);
        Assert.False(c.IsCurrent);
        Assert.NotNull(c.ValidTo);
    }

    [Fact]
    public void Hrk_ValidUntilEuroChangeover()
    {
        var hrk = Currency.FromCode("HRK");
        Assert.True(hrk.IsValidAt(new LocalDate(2022, 12, 31)));
        Assert.False(hrk.IsValidAt(new LocalDate(2023, 2, 1)));
    }

    [Fact]
    public void FromNumericCode_ReusedCode_PrefersCurrentAndHonoursDates()
    {
        Assert.Equal("XCG", Currency.FromNumericCode(532).Code);
        Assert.Equal("ANG", Currency.FromNumericCode(532, new LocalDate(2020, 1, 1)).Code);
        Assert.Equal("RUR", Currency.FromNumericCode(810).Code);
        Assert.Equal("RUR", Currency.FromNumericCode(810, new LocalDate(1995, 1, 1)).Code);
        Assert.Equal("SUR", Currency.FromNumericCode(810, new LocalDate(1990, 1, 1)).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData("ZZZ")]
    [InlineData("12")]
    [InlineData("$")]
    public void Parse_Unknown_ThrowsFormatExceptionNamingInput(string text)
    {
        var e = Assert.Throws<FormatException>(() => Currency.Parse(text));
        Assert.Contains($"'{text}'", e.Message);
        Assert.False(Currency.TryParse(text, null, out _));
    }

    [Fact]
    public void FromCode_Unknown_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => Currency.FromCode("ABC"));
        Assert.Contains("'ABC'", e.Message);
    }

    [Fact]
    public void FromNumericCode_OutOfRange_StatesRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Currency.FromNumericCode(1000));
        Assert.Contains("between 0 and 999", e.Message);
    }

    [Fact]
    public void Default_IsNotACurrency()
    {
        Currency none = default;
        Assert.True(none.IsDefault);
        Assert.Throws<InvalidOperationException>(() => none.Code);
        Assert.Equal("(none)", none.ToString());
        Assert.NotEqual(Currency.USD, none);
    }

    [Fact]
    public void Formats_AllRoundTrip()
    {
        Assert.Equal("USD", Currency.USD.ToString("G", null));
        Assert.Equal("008", Currency.FromCode("ALL").ToString("D", null));
        Assert.Equal("US Dollar", Currency.USD.ToString("N", null));
        Assert.Equal(Currency.FromCode("ALL"), Currency.Parse("008"));
    }

    [Fact]
    public void All_IsOrderedByCode()
    {
        var codes = Currency.All.Select(c => c.Code).ToArray();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.True(Currency.All.Zip(Currency.All.Skip(1)).All(p => p.First < p.Second));
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(Generators)])]
    public bool ParseFormat_RoundTrips(Currency c) =>
        Currency.Parse(c.ToString("G", null)) == c && Currency.Parse(c.Code.ToLowerInvariant()) == c;

    [Fact]
    public void Oracle_EveryIsoCodesEntryResolvesWithSameNumericAndName()
    {
        var entries = IsoCodes.Table("iso_4217.json", "4217");
        // iso-codes 4.15 lists as active some currencies that ISO has since withdrawn; they still resolve (as
        // historic entries with an end date), so no entry is exempt from resolving.
        string[] withdrawnSince = ["ANG", "BGN", "HRK", "ZWL"];
        Assert.True(entries.Length > 150);
        foreach (var e in entries)
        {
            var code = e.GetProperty("alpha_3").GetString()!;
            var c = Currency.FromCode(code);
            Assert.Equal(int.Parse(e.GetProperty("numeric").GetString()!), c.NumericCode);
            Assert.Equal(e.GetProperty("name").GetString(), c.EnglishName);
            Assert.Equal(!withdrawnSince.Contains(code), c.IsCurrent);
        }
    }
}

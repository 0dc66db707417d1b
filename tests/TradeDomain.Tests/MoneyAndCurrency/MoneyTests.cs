namespace TradeDomain.Tests.MoneyAndCurrency;


public class MoneyTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Fact]
    public void Arithmetic_IsExact()
    {
        Assert.Equal(Usd(0.3m), Usd(0.1m) + Usd(0.2m));
        Assert.Equal(Usd(-0.1m), Usd(0.1m) - Usd(0.2m));
        Assert.Equal(Usd(3.3m), Usd(1.1m) * 3);
        Assert.Equal(Usd(0.5m), Usd(1.5m) / 3);
        Assert.Equal(490m / 336m, Usd(490) / Usd(336));
    }

    [Fact]
    public void MixingCurrencies_ThrowsNamingBoth()
    {
        var e = Assert.Throws<CurrencyMismatchException>(() => Usd(1) + new Money(1, Currency.EUR));
        Assert.Contains("USD", e.Message);
        Assert.Contains("EUR", e.Message);
        Assert.Equal(Currency.USD, e.Left);
        Assert.Equal(Currency.EUR, e.Right);
        Assert.Throws<CurrencyMismatchException>(() => Usd(1) < new Money(1, Currency.EUR));
        Assert.Throws<CurrencyMismatchException>(() => Usd(1) / new Money(1, Currency.EUR));
    }

    [Fact]
    public void Default_TakesPartInNoArithmetic()
    {
        Money none = default;
        Assert.True(none.IsDefault);
        Assert.NotEqual(Money.Zero(Currency.USD), none);
        Assert.Equal(default(Money), none);
        Assert.Throws<InvalidOperationException>(() => none + Usd(1));
        Assert.Throws<InvalidOperationException>(() => Usd(1) + none);
        Assert.Throws<InvalidOperationException>(() => none.CompareTo(Usd(0)));
        Assert.Throws<ArgumentException>(() => new Money(1, default));
    }

    [Fact]
    public void Equality_IgnoresTrailingZeros()
    {
        Assert.Equal(Usd(1.0m), Usd(1.00m));
        Assert.Equal(Usd(1.0m).GetHashCode(), Usd(1.00m).GetHashCode());
    }

    [Fact]
    public void Round_OnlyWhenAsked()
    {
        Assert.Equal(Usd(1.005m), Usd(1.005m) + Usd(0));
        Assert.Equal(Usd(1.00m), Usd(1.005m).RoundToMinorUnit());
        Assert.Equal(Usd(1.01m), Usd(1.005m).Round(2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Split_DistributesRemainderToEarlierParts()
    {
        var parts = Usd(100m).Split(3);
        Assert.Equal([Usd(33.34m), Usd(33.33m), Usd(33.33m)], parts);
        Assert.Equal(Usd(-100m), Money.Sum(Usd(-100m).Split(7)));
    }

    [Fact]
    public void Allocate_ByWeights_LargestRemainder()
    {
        var parts = Usd(10m).Allocate([1m, 1m, 1m], 0);
        Assert.Equal([Usd(4), Usd(3), Usd(3)], parts);
        var byShare = Usd(1000m).Allocate([64.6m, 26.2m, 3.3m, 5.9m]);
        Assert.Equal(Usd(1000m), Money.Sum(byShare));
        Assert.Equal(Usd(646m), byShare[0]);
    }

    [Fact]
    public void Allocate_MoreDecimalsThanPrecision_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => Usd(1.005m).Split(2));
        Assert.Contains("more than 2 decimals", e.Message);
        Assert.Throws<ArgumentException>(() => Usd(1m).Allocate([0m, 0m]));
        Assert.Throws<ArgumentException>(() => Usd(1m).Allocate([1m, -1m]));
        Assert.Throws<ArgumentException>(() => new Money(1m, Currency.FromCode("XAU")).Split(3));
    }

    [Fact]
    public void Sum_EmptyWithoutCurrency_Throws()
    {
        Assert.Throws<ArgumentException>(() => Money.Sum([]));
        Assert.Equal(Money.Zero(Currency.EUR), Money.Sum([], Currency.EUR));
        Assert.Throws<CurrencyMismatchException>(() => Money.Sum([Usd(1), new Money(1, Currency.EUR)]));
    }

    [Fact]
    public void Overflow_Throws()
    {
        Assert.Throws<OverflowException>(() => Usd(decimal.MaxValue) + Usd(1));
    }

    [Theory]
    [InlineData("66.0 billion US dollars", "66000000000")]
    [InlineData("$490 billion", "490000000000")]
    [InlineData("USD 66.0 bn", "66000000000")]
    [InlineData("1,012.5 million US dollars", "1012500000")]
    [InlineData("41 million US dollars", "41000000")]
    [InlineData("66,0 млрд долларов США", "66000000000")]
    [InlineData("7,9 млрд долларов США", "7900000000")]
    [InlineData("USD 1,234.56", "1234.56")]
    [InlineData("-$5.5 bn", "-5500000000")]
    [InlineData("USD −12", "-12")]
    [InlineData("$490bn", "490000000000")]
    [InlineData("1 012,5 млн долларов США", "1012500000")]
    [InlineData("2.5 trillion dollars", "2500000000000")]
    [InlineData("1,2 billion US dollars", "1200000000")]
    public void Parse_PublishedForms_ExactUsdValue(string text, string expected)
    {
        var m = Money.Parse(text);
        Assert.Equal(Currency.USD, m.Currency);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), m.Amount);
    }

    [Theory]
    [InlineData("3.21 trillion yuan", "CNY", "3210000000000")]
    [InlineData("61,8 млн тенге", "KZT", "61800000")]
    [InlineData("€12.5 mn", "EUR", "12500000")]
    [InlineData("12 тыс. рублей", "RUB", "12000")]
    [InlineData("5 kzt", "KZT", "5")]
    public void Parse_OtherCurrencies(string text, string code, string expected)
    {
        var m = Money.Parse(text);
        Assert.Equal(code, m.Currency.Code);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), m.Amount);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("garbage", "No number")]
    [InlineData("66.0 billion", "No currency")]
    [InlineData("66.0 billion zorkmids", "Unknown currency")]
    [InlineData("ABC 12", "Unknown currency code")]
    [InlineData("NaN USD", "'NaN'")]
    [InlineData("¥500 billion", "ambiguous")]
    [InlineData("1,23,456 USD", "separator")]
    [InlineData("1.2.3 USD", "two decimal separators")]
    [InlineData("99999999999999999999 trillion USD", "too large")]
    [InlineData("1.00000000000000000000000000001 USD", "at most 28")]
    [InlineData("$5 billion USD", "already given")]
    public void Parse_BadInput_FormatExceptionSaysWhy(string text, string because)
    {
        var e = Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.Contains(because, e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(Money.TryParse(text, null, out _));
    }

    [Fact]
    public void Parse_HugeInput_ShortMessage()
    {
        var text = new string('9', 10_000) + " USD";
        var e = Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.True(e.Message.Length < 200);
    }

    [Fact]
    public void Parse_CurrencyContext_ResolvesSymbols()
    {
        var cad = Currency.FromCode("CAD");
        Assert.Equal(new Money(5_000_000_000m, cad), Money.Parse("$5 billion", CurrencyContext.Default.WithDollar(cad)));
        Assert.Equal(new Money(500m, Currency.CNY), Money.Parse("¥500", CurrencyContext.Default.WithYen(Currency.CNY)));
        Assert.Throws<FormatException>(() => Money.Parse("$5", CurrencyContext.Default.WithDollar(default)));
    }

    [Theory]
    [InlineData("G", "USD 66,000,000,000")]
    [InlineData("W", "66 billion US dollars")]
    [InlineData("S", "$66 billion")]
    [InlineData("C", "USD 66 bn")]
    [InlineData("R", "66 млрд долларов США")]
    public void Format_Forms(string format, string expected) =>
        Assert.Equal(expected, Usd(66_000_000_000m).ToString(format, null));

    [Fact]
    public void Format_KeepsEveryDigit()
    {
        Assert.Equal("1.0125 billion US dollars", Usd(1_012_500_000m).ToString("W", null));
        Assert.Equal("1,012.5 million US dollars", ReportedAmount.Parse("1,012.5 million US dollars").ToString());
        Assert.Equal("USD 1,234.50", Usd(1234.50m).ToString());
        Assert.Equal("1,234567891 трлн долларов США", Usd(1_234_567_891_000m).ToString("R", null));
        Assert.Equal("12,3456 млрд тенге", new Money(12_345_600_000m, Currency.KZT).ToString("R", null));
    }

    [Fact]
    public void Format_UnknownFormat_Throws() => Assert.Throws<FormatException>(() => Usd(1).ToString("Q", null));
}

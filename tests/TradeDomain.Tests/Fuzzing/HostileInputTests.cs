using System.Text.Json;
using TradeDomain.Aggregation;

namespace TradeDomain.Tests.Fuzzing;

/// <summary>The cases of issue 12, one by one: each pins the fixed behaviour with the input the issue reported.</summary>
public class HostileInputTests
{
    // 1. Names with U+FFFE, lone surrogates, bidi and zero-width marks, C1 controls
    [Theory]
    [InlineData("Kazakh\uFFFEstan")]
    [InlineData("Kazakh\uD800stan")]
    [InlineData("\uDC00Kazakhstan")]
    [InlineData("\u200FKazakhstan")]
    [InlineData("Kazakhstan\u200B")]
    [InlineData("United\u200DStates")]
    [InlineData("Kazakh\u0085stan")]
    [InlineData("\u202EKazakhstan")]
    public void CountryName_WithInvisibleOrInvalidCharacters_IsRefusedWithoutThrowing(string name)
    {
        Assert.False(Country.TryParse(name, null, out _));
        Assert.False(Country.TryFromName(name, out _));
        var match = Country.MatchName(name);
        Assert.False(match.IsFound);
        Assert.Contains("invisible or control character", match.Message);
        var e = Assert.Throws<FormatException>(() => Country.Parse(name));
        Assert.DoesNotContain("strInput", e.Message);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Country>(JsonSerializer.Serialize(name)));
    }

    [Fact]
    public void CountryName_WithRealLoneSurrogates_IsRefusedWithoutThrowing()
    {
        // built here: test data in attributes would turn a lone surrogate into U+FFFD
        foreach (var name in new[] { "Kazakh" + (char)0xD800 + "stan", (char)0xDC00 + "Kazakhstan", "Kazakhstan" + (char)0xDBFF })
        {
            CountryName_WithInvisibleOrInvalidCharacters_IsRefusedWithoutThrowing(name);
        }
    }

    [Fact]
    public void CountryName_PlainForms_StillRead() =>
        Assert.Equal(Country.FromCode("KZ"), Country.Parse("  Kazakhstan\t"));

    // 2. Default values format, interpolate and serialize
    [Fact]
    public void DefaultValues_FormatAndInterpolate()
    {
        Assert.Equal("(no currency) 0", $"{default(Money)}");
        Assert.Equal("(none)", $"{default(Country)}");
        Assert.Equal("(no period)", $"{default(Period)}");
        Assert.Equal("(none)", string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", default(Currency)));
        Assert.Equal("(no flow)", default(TradeFlow).ToString());
        Assert.StartsWith("(all): exports (no currency) 0", default(AggregateRow).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPublicValueType_DefaultFormatsWithoutThrowing()
    {
        foreach (var type in EntryPoints.PublicTypes().Where(t => t.IsValueType && !t.IsEnum))
        {
            var value = Activator.CreateInstance(type)!;
            _ = value.ToString();
            if (value is IFormattable formattable)
            {
                _ = formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture);
                _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", value);
            }
        }
    }

    [Theory]
    [InlineData(typeof(Country))]
    [InlineData(typeof(Currency))]
    [InlineData(typeof(Period))]
    [InlineData(typeof(Money))]
    public void DefaultValues_SerializeAsJsonException(Type type)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(Activator.CreateInstance(type), type));
        Assert.Contains($"default({type.Name})", e.Message);
    }

    // 4.
    [Fact]
    public void ComtradeCode_OfDefaultCountry_IsRefused() =>
        Assert.Throws<ArgumentException>(() => ComtradeCode.FromCountry(default));

    // 6.
    [Fact]
    public void ReportedAmountJson_WithoutScale_IsRefusedNamingIt()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReportedAmount>("{\"printed\":\"66.0\",\"currency\":\"USD\"}"));
        Assert.Contains("'scale'", e.Message);
    }

    // 7.
    [Theory]
    [InlineData("{\"amount\":\"0.123456789012345678901234567891\",\"currency\":\"USD\"}")]
    [InlineData("{\"amount\":1e-400,\"currency\":\"USD\"}")]
    [InlineData("{\"amount\":1.5e3,\"currency\":\"USD\"}")]
    [InlineData("{\"amount\":\"79228162514264337593543950336\",\"currency\":\"USD\"}")]
    [InlineData("{\"amount\":\"1e5\",\"currency\":\"USD\"}")]
    public void MoneyJson_AmountsThatCannotBeKeptExactly_AreRefused(string json)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json));
        Assert.Equal("$.amount", e.Path);
    }

    [Fact]
    public void MoneyJson_ExactNumbersAndStrings_AreRead()
    {
        Assert.Equal(new Money(12.50m, Currency.USD), JsonSerializer.Deserialize<Money>("{\"amount\":12.50,\"currency\":\"USD\"}"));
        Assert.Equal(new Money(0.0000000000000000000000000001m, Currency.USD),
            JsonSerializer.Deserialize<Money>("{\"amount\":\"0.0000000000000000000000000001\",\"currency\":\"USD\"}"));
    }

    // 8.
    [Theory]
    [InlineData(typeof(Money), "{\"amount\":\"1\",\"currency\":\"USD\",\"amount\":\"1000\"}")]
    [InlineData(typeof(ReportedAmount), "{\"printed\":\"1\",\"scale\":\"units\",\"currency\":\"USD\",\"scale\":\"billion\"}")]
    [InlineData(typeof(Share), "{\"part\":{\"amount\":\"1\",\"currency\":\"USD\"},\"whole\":{\"amount\":\"4\",\"currency\":\"USD\"},\"part\":{\"amount\":\"2\",\"currency\":\"USD\"}}")]
    [InlineData(typeof(TradeFlow), "{\"reporter\":\"KZ\",\"partner\":\"CN\",\"period\":\"2023\",\"flow\":\"export\",\"value\":{\"amount\":\"1\",\"currency\":\"USD\"},\"reporter\":\"RU\"}")]
    [InlineData(typeof(CountryGroup), "{\"id\":\"X\",\"name\":\"X\",\"members\":[],\"name\":\"Y\"}")]
    [InlineData(typeof(CountryGroup), "{\"id\":\"X\",\"name\":\"X\",\"members\":[{\"country\":\"KZ\",\"from\":\"2000-01-01\",\"country\":\"US\"}]}")]
    public void DuplicateProperties_AreRefused_EvenWhereTheSerializerWouldAllowThem(Type type, string json)
    {
        var options = new JsonSerializerOptions { AllowDuplicateProperties = true };
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type, options));
        Assert.Contains("appears twice", e.Message);
        Assert.NotNull(e.Path);
    }

    // 9.
    [Fact]
    public void RatesBelowMinus100Percent_AreNotMeaningful()
    {
        Assert.Contains("not meaningful", Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Annualize(Percentage.FromPercent(-300), 2)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Annualize(Percentage.FromPercent(-200), 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Compound(Percentage.FromPercent(-150), 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Chain(Percentage.FromPercent(-150), Percentage.FromPercent(-150)));
        Assert.Equal(0m, Growth.Compound(Percentage.FromPercent(-100), 2)); // everything lost is still meaningful
    }

    // 12.
    [Fact]
    public void AggregationOptions_AreValidated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AggregationOptions.Default with { PeriodRollup = (PeriodRollup)99 });
        Assert.Throws<ArgumentOutOfRangeException>(() => AggregationOptions.Default with { GroupBy = (TradeDimensions)1024 });
        Assert.Throws<ArgumentNullException>(() => AggregationOptions.Default with { ExchangeRates = null! });
        Assert.Throws<ArgumentOutOfRangeException>(() => AggregationOptions.Default with { MaxDegreeOfParallelism = -5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => AggregationOptions.Default with { CommodityLevel = (HsLevel)3 });
        // 0 is the documented default: every core for large inputs
        Assert.Equal(0, (AggregationOptions.Default with { MaxDegreeOfParallelism = 0 }).MaxDegreeOfParallelism);
        Assert.Throws<ArgumentException>(() => CountryGroup.Create("X", "x", [default(GroupMembership)]));
    }

    // 13.
    [Fact]
    public void CountryGroup_EqualityOperators_AndJsonRoundTripOfABuiltInGroup()
    {
        var sco = CountryGroup.SCO;
        var back = JsonSerializer.Deserialize<CountryGroup>(JsonSerializer.Serialize(sco))!;
        Assert.True(back == sco);
        Assert.False(back != sco);
        Assert.Same(sco, back);
    }

    [Fact]
    public void CountryGroup_Document_CannotTakeOverABuiltInId()
    {
        var json = "{\"id\":\"SCO\",\"name\":\"Shanghai Cooperation Organisation\",\"members\":[{\"country\":\"US\",\"from\":\"2001-06-15\"}]}";
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CountryGroup>(json));
        Assert.Contains("built-in", e.Message);
        Assert.Equal("$.id", e.Path);
    }

    // 14.
    [Fact]
    public void Turnover_Overflow_NamesTheGroupAndMeasure()
    {
        var usd = (decimal x) => new Money(x, Currency.USD);
        var kz = Country.FromCode("KZ");
        var flows = new[]
        {
            new TradeFlow(kz, Country.FromCode("CN"), Period.Year(2023), FlowDirection.Export, usd(decimal.MaxValue / 2 + 1)),
            new TradeFlow(kz, Country.FromCode("CN"), Period.Year(2023), FlowDirection.Import, usd(decimal.MaxValue / 2 + 1)),
        };
        var aggregate = TradeAggregation.Aggregate(flows);
        var row = aggregate.Rows[0];
        var e = Assert.Throws<OverflowException>(() => row.Turnover);
        Assert.Contains("turnover", e.Message);
        Assert.Contains("KZ / CN / 2023", e.Message);
        var shares = Assert.Throws<OverflowException>(() => aggregate.PartnerShares(kz, Period.Year(2023)));
        Assert.Contains("KZ", shares.Message);
        Assert.Contains("turnover", shares.Message);
    }

    [Fact]
    public void Overflow_OfAPartOnly_IsNotReported_WhenTheWholeFits()
    {
        // two threads: the first half of the flows alone exceeds decimal, the second half brings the total back to 0
        var kz = Country.FromCode("KZ");
        var big = decimal.MaxValue / 1000m;
        var flows = Enumerable.Range(0, 4000).Select(i => new TradeFlow(kz, Country.FromCode("CN"), Period.Year(2023), FlowDirection.Export,
            new Money(i < 2000 ? big : -big, Currency.USD))).ToArray();
        var aggregate = TradeAggregation.Aggregate(flows, AggregationOptions.Default with { MaxDegreeOfParallelism = 2 });
        Assert.Equal(0m, aggregate.Rows[0].Exports.Amount);
        Assert.Equal(4000, aggregate.Rows[0].Count);
    }

    // 15.
    [Fact]
    public void Messages_SayWhatIsWrong()
    {
        var round = Assert.Throws<ArgumentException>(() => Shares.RoundToHundred([Percentage.FromPercent(150), Percentage.FromPercent(-50)], 0));
        Assert.Contains("negative", round.Message);
        Assert.DoesNotContain("not 100", round.Message);
        var rebase = Assert.Throws<ArgumentException>(() => IndexNumbers.Rebase([], 0));
        Assert.Contains("empty", rebase.Message);
        Assert.Equal("indices", rebase.ParamName);
        Assert.Contains("to itself", Assert.Throws<FormatException>(() => ExchangeRate.Parse("USD/USD 2 2023")).Message);
        var nested = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>("{\"amount\":\"x\",\"currency\":\"USD\"}"));
        Assert.Equal("$.amount", nested.Path);
    }

    // 17.
    [Theory]
    [InlineData("bn")]
    [InlineData("mn")]
    [InlineData("tn")]
    [InlineData("Kz")]
    public void LowerCaseLetterTokens_AreNotCountryCodesForParse(string token)
    {
        Assert.False(Country.TryParse(token, null, out _));
        Assert.Contains("upper case", Assert.Throws<FormatException>(() => Country.Parse(token)).Message);
        Assert.False(Country.FromCode(token).IsDefault); // FromCode takes codes in any case, as documented
    }

    [Fact]
    public void ZeroTimes_IsNotAMultiple() => Assert.False(Multiple.TryParse("0 times", null, out _));

    [Fact]
    public void Money_StandardNumericFormat_IsRefusedListingTheSupportedOnes()
    {
        var e = Assert.Throws<FormatException>(() => new Money(1m, Currency.USD).ToString("N2", null));
        foreach (var f in new[] { "G", "W", "S", "C", "R" })
        {
            Assert.Contains(f + " (", e.Message);
        }
    }
}

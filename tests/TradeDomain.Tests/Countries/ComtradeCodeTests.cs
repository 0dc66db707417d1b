namespace TradeDomain.Tests.Countries;

public class ComtradeCodeTests
{
    [Theory]
    [InlineData(0, ComtradeCodeKind.World)]
    [InlineData(899, ComtradeCodeKind.ResidualArea)]
    [InlineData(490, ComtradeCodeKind.ResidualArea)]
    [InlineData(837, ComtradeCodeKind.SpecialCategory)]
    [InlineData(838, ComtradeCodeKind.SpecialCategory)]
    [InlineData(839, ComtradeCodeKind.SpecialCategory)]
    [InlineData(842, ComtradeCodeKind.Country)]
    [InlineData(810, ComtradeCodeKind.FormerCountry)]
    [InlineData(736, ComtradeCodeKind.FormerCountry)]
    [InlineData(398, ComtradeCodeKind.Country)]
    public void Kinds(int code, ComtradeCodeKind kind) => Assert.Equal(kind, ComtradeCode.FromCode(code).Kind);

    [Theory]
    [InlineData(842, "US")]
    [InlineData(699, "IN")]
    [InlineData(251, "FR")]
    [InlineData(381, "IT")]
    [InlineData(757, "CH")]
    [InlineData(579, "NO")]
    [InlineData(398, "KZ")]
    [InlineData(156, "CN")]
    public void CountryCodes_DifferFromIsoWhereComtradeSaysSo(int code, string alpha2)
    {
        var c = ComtradeCode.FromCode(code);
        Assert.Equal(alpha2, c.Country.Alpha2);
        Assert.Equal(c, ComtradeCode.FromCountry(Country.FromCode(alpha2)));
    }

    [Fact]
    public void IsoCodeComtradeReplaces_ErrorNamesComtradeCode()
    {
        var e = Assert.Throws<ArgumentException>(() => ComtradeCode.FromCode(840));
        Assert.Contains("842", e.Message);
        Assert.False(ComtradeCode.TryFromCode(356, out _));
    }

    [Fact]
    public void FormerCodes_MapToFormerCountries()
    {
        Assert.Equal("SUN", ComtradeCode.FromCode(810).Country.Alpha3);
        Assert.True(ComtradeCode.FromCode(736).Country.IsFormer);
        Assert.True(ComtradeCode.FromCode(58).Country.IsDefault);
    }

    [Fact]
    public void EveryCurrentCountryWithNumericCode_HasAComtradeCode()
    {
        foreach (var c in Country.Current)
        {
            var code = ComtradeCode.FromCountry(c);
            Assert.True(code.Country == c || code.Code is 490 or 251, c.Alpha2);
            Assert.Equal(code, ComtradeCode.Parse(code.ToString()));
        }
    }
}

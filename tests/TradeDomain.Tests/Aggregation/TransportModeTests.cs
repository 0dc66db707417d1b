using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeDomain.Aggregation;
using Xunit;

namespace TradeDomain.Tests.Aggregation;

/// <summary>The mode of transport as a value: its text forms, order and JSON.</summary>
public sealed class TransportModeTests
{
    private static readonly TransportMode[] Every = [default, .. TransportMode.All];

    [Property]
    public Property EveryTextForm_ParsesBack() =>
        Prop.ForAll(Gen.Elements(Every).ToArbitrary(), Gen.Elements("G", "C", "N", "").ToArbitrary(), (mode, format) =>
            TransportMode.Parse(mode.ToString(format, CultureInfo.InvariantCulture)) == mode
            && TransportMode.Parse(mode.ToString(format, CultureInfo.InvariantCulture).ToUpperInvariant()) == mode);

    [Property]
    public Property Order_IsTheCodes() =>
        Prop.ForAll(Gen.Elements(Every).ToArbitrary(), Gen.Elements(Every).ToArbitrary(), (a, b) =>
            Math.Sign(a.CompareTo(b)) == Math.Sign(a.Code.CompareTo(b.Code)) && (a == b) == (a.Code == b.Code) && (a < b) == (a.Code < b.Code));

    [Property(Arbitrary = [typeof(Support.Generators)])]
    public bool TradeFlow_TextAndJson_RoundTrip_WithItsModeOfTransport(TradeFlow flow) =>
        TradeFlow.Parse(flow.ToString()) == flow
        && TradeFlow.Parse(flow.ToString()).Transport == flow.Transport
        && JsonSerializer.Deserialize<TradeFlow>(JsonSerializer.Serialize(flow)) == flow
        && JsonSerializer.Deserialize<TradeFlow>(JsonSerializer.Serialize(flow)).Transport == flow.Transport;

    [Fact]
    public void TradeFlow_Forms_NameTheModeOnlyWhenThereIsOne()
    {
        var flow = TradeFlow.Parse("KZ;CN;2023;export;USD 1234.56");
        Assert.Equal("KZ;CN;2023;export;USD 1234.56;", flow.ToString());
        var bySea = flow.WithTransport(TransportMode.FromComtrade(2100));
        Assert.Equal("KZ;CN;2023;export;USD 1234.56;;2100", bySea.ToString());
        Assert.Equal(bySea, TradeFlow.Parse("KZ;CN;2023;export;USD 1234.56;;Sea"));
        Assert.NotEqual(flow, bySea);
        Assert.Contains("\"transport\":\"2100\"", JsonSerializer.Serialize(bySea), StringComparison.Ordinal);
        Assert.DoesNotContain("transport", JsonSerializer.Serialize(flow), StringComparison.Ordinal);
        Assert.Contains("mode of transport 'boat'", Assert.Throws<FormatException>(() => TradeFlow.Parse("KZ;CN;2023;export;USD 1;;boat")).Message, StringComparison.Ordinal);
        var bad = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TradeFlow>("{\"reporter\":\"KZ\",\"partner\":\"CN\",\"period\":\"2023\",\"flow\":\"export\",\"value\":{\"amount\":1,\"currency\":\"USD\"},\"transport\":\"77\"}"));
        Assert.Contains("'transport'", bad.Message, StringComparison.Ordinal);
        Assert.False(TradeFlow.TryParse("KZ;CN;2023;export;USD 1;;2100;x", null, out _));
    }

    [Fact]
    public void Forms_AreAsDocumented()
    {
        var sea = TransportMode.FromComtrade(2100);
        Assert.Equal("2100 Sea", sea.ToString());
        Assert.Equal("2100", sea.ToString("C", null));
        Assert.Equal("Sea", sea.ToString("N", null));
        Assert.Equal("all modes", default(TransportMode).ToString());
        Assert.Equal("0", default(TransportMode).ToString("C", null));
        Assert.Equal(sea, TransportMode.Parse(" sea "));
        Assert.Equal(default, TransportMode.Parse("0"));
        Assert.Equal(default, TransportMode.Parse("All modes"));
        Assert.Equal($"{sea}", sea.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2101")]
    [InlineData("2100 Air")]
    [InlineData("Sea 2100")]
    [InlineData("999999999999")]
    [InlineData("teleport")]
    public void Invalid_IsRefused_WithTheValueAndTheForm(string text)
    {
        Assert.False(TransportMode.TryParse(text, null, out var mode));
        Assert.Equal(default, mode);
        var e = Assert.Throws<FormatException>(() => TransportMode.Parse(text));
        Assert.Contains("mode of transport", e.Message, StringComparison.Ordinal);
        Assert.Contains("2100", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormat_IsRefused()
    {
        var e = Assert.Throws<FormatException>(() => TransportMode.FromComtrade(1000).ToString("X", null));
        Assert.Contains("G", e.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property Json_RoundTrips() =>
        Prop.ForAll(Gen.Elements(Every).ToArbitrary(), mode =>
        {
            var json = JsonSerializer.Serialize(mode);
            return json == $"\"{mode.Code}\"" && JsonSerializer.Deserialize<TransportMode>(json) == mode;
        });

    [Theory]
    [InlineData("2100")]
    [InlineData("\"2101\"")]
    [InlineData("null")]
    [InlineData("{}")]
    public void MalformedJson_IsAJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TransportMode>(json));
}

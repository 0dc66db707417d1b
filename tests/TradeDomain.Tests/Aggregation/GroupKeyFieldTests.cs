using System.Text;
using TradeDomain.Aggregation;
using TradeDomain.Data;

namespace TradeDomain.Tests.Aggregation;

/// <summary>Group keys described once as fields (<see cref="KeyFields"/>): the hand-written encoder and decoder equal
/// the descriptions, only grouped fields take bits, and the mode of transport — a key added as one description — groups
/// exactly on every path, from the Comtrade reader and from the CLI.</summary>
public sealed class GroupKeyFieldTests : IDisposable
{
    private readonly List<string> files = [];

    public void Dispose()
    {
        foreach (var file in files)
        {
            File.Delete(file);
        }
    }

    private static TradeFlow[] RandomFlows(int n, int seed)
    {
        var rng = new Random(seed);
        var countries = Country.All.Where(c => !c.IsFormer).ToArray();
        var partners = Enumerable.Range(0, TradePartner.DenseCount).Select(TradePartner.FromDenseId).Where(p => !p.IsDefault).ToArray();
        var modes = TransportMode.All.Prepend(default).ToArray();
        var flows = new TradeFlow[n];
        for (int i = 0; i < n; i++)
        {
            int year = rng.Next(2015, 2025);
            var period = rng.Next(3) == 0 ? Period.Month(year, rng.Next(1, 13)) : Period.Year(year);
            var commodity = HsCode.Create(rng.Next(1, 100) * 10000 + rng.Next(100, 10000), HsLevel.Subheading);
            var value = rng.Next(20) == 0 ? rng.Next(1, 1000) / 1000m : rng.NextInt64(-100_000, 10_000_000) / 100m;
            flows[i] = new TradeFlow(countries[rng.Next(i % 2 == 0 ? 20 : countries.Length)], partners[rng.Next(i % 2 == 0 ? 30 : partners.Length)], period,
                (FlowDirection)rng.Next(4), new Money(value, Currency.USD), commodity).WithTransport(modes[rng.Next(modes.Length)]);
        }

        return flows;
    }

    public static TheoryData<int> Dimensions() => [.. Enumerable.Range(0, 128).Where(d => (d & (int)TradeDimensions.PartnerGroup) == 0 || d % 3 == 0)];

    [Theory]
    [MemberData(nameof(Dimensions))]
    public void HandWrittenEncoderAndDecoder_EqualTheFieldDescriptions(int dimensions)
    {
        var by = (TradeDimensions)dimensions;
        foreach (var rollup in new[] { PeriodRollup.Year, PeriodRollup.Month, PeriodRollup.None })
        {
            foreach (var level in new[] { HsLevel.Chapter, HsLevel.Subheading })
            {
                var options = new AggregationOptions { GroupBy = by, PeriodRollup = rollup, CommodityLevel = level, PartnerGroup = CountryGroup.SCO };
                KeyCodec codec;
                try
                {
                    codec = new KeyCodec(options);
                }
                catch (ArgumentException e) when (e.Message.Contains("bits of key", StringComparison.Ordinal))
                {
                    continue; // every dimension at the finest levels: refused with a message, checked below
                }

                // Years do not roll up to months: by month, the monthly flows only.
                foreach (var flow in RandomFlows(300, dimensions).Where(f => rollup != PeriodRollup.Month || f.Period.Kind == PeriodKind.Month))
                {
                    long key = codec.Encode(flow);
                    Assert.Equal(codec.EncodeByDescription(flow), key);
                    Assert.True(key >= 0 && key < 1L << KeyFields.MaxBits);
                    var decoded = codec.Decode(key);
                    Assert.Equal(codec.DecodeByDescription(key), decoded);
                    Assert.True(codec.TryEncode(decoded, out long again));
                    Assert.Equal(key, again);
                    Assert.Equal((by & TradeDimensions.Transport) != 0 ? flow.Transport : default, decoded.Transport);
                    Assert.Equal((by & TradeDimensions.Reporter) != 0 ? flow.Reporter : default, decoded.Reporter);
                }
            }
        }
    }

    [Fact]
    public void OnlyGroupedFieldsTakeBits_AndAKeyTooWideIsRefusedByName()
    {
        var all = TradeDimensions.Reporter | TradeDimensions.Partner | TradeDimensions.PartnerGroup | TradeDimensions.Period | TradeDimensions.Flow
                  | TradeDimensions.Commodity | TradeDimensions.Transport;
        var e = Assert.Throws<ArgumentException>(() => new KeyCodec(new AggregationOptions
        {
            GroupBy = all, PeriodRollup = PeriodRollup.Month, CommodityLevel = HsLevel.Subheading, PartnerGroup = CountryGroup.SCO,
        }));
        Assert.Contains("mode of transport", e.Message, StringComparison.Ordinal);
        Assert.Contains("at most 61 fit", e.Message, StringComparison.Ordinal);

        // Every dimension fits with years and chapters.
        var codec = new KeyCodec(new AggregationOptions { GroupBy = all, PartnerGroup = CountryGroup.SCO });
        Assert.Equal(FlowLayout.TransportBits, codec.CommodityShift); // the mode of transport lowest, then the commodity
        var byYear = new KeyCodec(new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period });
        Assert.Equal((0, PeriodCode.YearBits), (byYear.PeriodShift, byYear.ReporterShift));
    }

    [Fact]
    public void GroupKey_HasNamedProperties_AndTheOldConstructorAndDeconstruction()
    {
        var kz = Country.FromCode("KZ");
        var named = new GroupKey { Reporter = kz, Period = Period.Year(2023), Flow = FlowDirection.Export };
        Assert.Equal(new GroupKey(kz, default, null, Period.Year(2023), FlowDirection.Export, default), named);
        Assert.Equal(new GroupKey(Reporter: kz, Partner: default, InPartnerGroup: null, Period: Period.Year(2023), Flow: FlowDirection.Export, Commodity: default), named);
        var (reporter, partner, inGroup, period, flow, commodity) = named;
        Assert.Equal((kz, default(TradePartner), (bool?)null, Period.Year(2023), (FlowDirection?)FlowDirection.Export, default(HsCode)), (reporter, partner, inGroup, period, flow, commodity));
        var bySea = named with { Transport = TransportMode.FromComtrade(2100) };
        Assert.NotEqual(named, bySea);
        Assert.Equal("KZ / 2023 / export / Sea", bySea.ToString());
    }

    [Fact]
    public void TransportMode_FromComtradeCodes()
    {
        Assert.Equal("Sea", TransportMode.FromComtrade(2100).Name);
        Assert.Equal(3100, TransportMode.FromComtrade(3100).Code);
        Assert.True(TransportMode.FromComtrade(0).IsDefault);
        Assert.False(TransportMode.TryFromComtrade(4242, out _));
        Assert.Contains("4242", Assert.Throws<ArgumentException>(() => TransportMode.FromComtrade(4242)).Message, StringComparison.Ordinal);
        Assert.InRange(TransportMode.All.Count, 1, (int)FlowLayout.TransportMask);
        Assert.Equal(TransportMode.All.Count, TransportMode.All.Distinct().Count());
        foreach (var mode in TransportMode.All)
        {
            var flow = new TradeFlow(Country.FromCode("KZ"), Country.FromCode("CN"), Period.Year(2023), FlowDirection.Export, new Money(1.5m, Currency.USD)).WithTransport(mode);
            Assert.Equal(mode, flow.Transport);
            Assert.Equal(new Money(1.5m, Currency.USD), flow.Value);
            Assert.Equal(default, flow.WithTransport(default).Transport);
        }
    }

    [Fact]
    public void ByTransport_TotalsEqualPlainDecimalSums_OnEveryPath()
    {
        var flows = RandomFlows(120_000, 5); // from 65 536 flows the range-partitioned hash path
        var options = new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Transport | TradeDimensions.Period };
        var expected = flows.GroupBy(f => (f.Reporter, f.Transport, f.Period.StartYear))
            .ToDictionary(g => g.Key, g => (Exports: g.Where(f => f.Flow == FlowDirection.Export).Sum(f => f.Value.Amount), Imports: g.Where(f => f.Flow == FlowDirection.Import).Sum(f => f.Value.Amount), Count: g.LongCount()));
        foreach (var aggregate in new[]
                 {
                     TradeAggregation.Aggregate(flows, options),
                     TradeAggregation.Aggregate(flows.AsSpan(0, 5000), options).Merge(TradeAggregation.Aggregate(flows.AsSpan(5000), options)),
                     TradeAggregation.Aggregate(flows.Select(f => f), options with { MaxDegreeOfParallelism = 1 }),
                 })
        {
            Assert.Equal(expected.Count, aggregate.Count);
            foreach (var row in aggregate.Rows)
            {
                var e = expected[(row.Key.Reporter, row.Key.Transport, row.Key.Period.StartYear)];
                Assert.Equal((e.Exports, e.Imports, e.Count), (row.Exports.Amount, row.Imports.Amount, row.Count));
            }

            var sea = TransportMode.FromComtrade(2100);
            var first = expected.Keys.First(k => k.Transport == sea);
            Assert.True(aggregate.TryGet(new GroupKey { Reporter = first.Reporter, Transport = sea, Period = Period.Year(first.StartYear) }, out var found));
            Assert.Equal(expected[first].Count, found.Count);
        }

        // Rows sort by reporter, period, then mode.
        var keys = TradeAggregation.Aggregate(flows, options).Rows.Select(r => (r.Key.Reporter.Index, r.Key.Period.StartYear, r.Key.Transport.Index)).ToArray();
        Assert.Equal(keys.Order(), keys);
    }

    private const string ComtradeHeader =
        "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,flowCode,partnerCode,partner2Code,classificationCode,cmdCode,aggrLevel,isLeaf,customsCode,mosCode,motCode,qtyUnitCode,qty,netWgt,cifvalue,fobvalue,primaryValue,isReported,isAggregate";

    private static string Row(int reporter, string flow, int partner, int mot, decimal value) =>
        FormattableString.Invariant($"C,A,20230101,2023,52,2023,{reporter},XXX,{flow},{partner},0,H6,8703,4,1,C00,0,{mot},8,0,0,,,{value},1,False");

    private static readonly string[] ModeRows =
    [
        Row(398, "X", 156, 0, 1600.75m),    // KZ → CN, all modes: the total of the three below
        Row(398, "X", 156, 2100, 600.25m),  // by sea
        Row(398, "X", 156, 3100, 700.25m),  // by rail
        Row(398, "X", 156, 3200, 300.25m),  // by road
        Row(398, "M", 643, 3100, 99.99m),   // KZ ← RU by rail
    ];

    [Fact]
    public void ComtradeReader_CarriesTheModeOfTransport()
    {
        var comtrade = new ComtradeOptions { Breakdowns = ComtradeBreakdowns.SumBreakdown };
        using var reader = TradeFiles.OpenComtradeStream(new MemoryStream(Encoding.UTF8.GetBytes(ComtradeHeader + "\n" + string.Join("\n", ModeRows) + "\n")), "modes.csv", comtrade, null);
        var result = reader.Aggregate(new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Transport });
        var kz = Country.FromCode("KZ");
        Assert.True(result.Aggregate.TryGet(new GroupKey { Reporter = kz, Transport = TransportMode.FromComtrade(3100) }, out var rail));
        Assert.Equal((700.25m, 99.99m), (rail.Exports.Amount, rail.Imports.Amount));
        Assert.True(result.Aggregate.TryGet(new GroupKey { Reporter = kz, Transport = TransportMode.FromComtrade(2100) }, out var sea));
        Assert.Equal(600.25m, sea.Exports.Amount);
        Assert.Equal(3, result.Aggregate.Count);
        Assert.Equal(1, result.Summary.SetApart); // the all-modes row

        using var bad = TradeFiles.OpenComtradeStream(new MemoryStream(Encoding.UTF8.GetBytes(ComtradeHeader + "\n" + Row(398, "X", 156, 4242, 1m) + "\n")), "bad.csv", comtrade, null);
        var error = Assert.Throws<TradeDataException>(() => bad.Aggregate(AggregationOptions.Default));
        Assert.Contains("motCode", error.Message, StringComparison.Ordinal);
        Assert.Contains("4242", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_AggregatesByTransport()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tradecheck-{Guid.NewGuid():N}-modes.csv");
        File.WriteAllText(path, ComtradeHeader + "\n" + string.Join("\n", ModeRows) + "\n");
        files.Add(path);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = TradeDomain.Cli.Program.Run(["aggregate", path, "--by", "reporter,transport", "--format", "csv"], new StringReader(""), stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        Assert.Equal(
            "reporter,transport,exports,imports,re_exports,re_imports,flows,currency\nKAZ,2100,600.25,0.00,0.00,0.00,1,USD\nKAZ,3100,700.25,99.99,0.00,0.00,2,USD\nKAZ,3200,300.25,0.00,0.00,0.00,1,USD\n",
            stdout.ToString());
    }
}

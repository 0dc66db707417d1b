using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeDomain.Aggregation;

namespace TradeDomain.Tests.Aggregation;

public class AggregationTests
{
    private static readonly Country[] Countries = [.. new[] { "KZ", "CN", "RU", "US", "DE", "IR", "IN", "BY" }.Select(Country.FromCode)];

    private static Money Usd(decimal d) => new(d, Currency.USD);

    internal static Gen<TradeFlow> FlowGen(bool quarters = false) =>
        from r in Gen.Choose(0, Countries.Length - 1)
        from p in Gen.Choose(0, Countries.Length)
        from year in Gen.Choose(2019, 2024)
        from q in Gen.Choose(1, 4)
        from flow in Gen.Choose(0, 3)
        from cents in Gen.Choose(-1000, 100_000_000)
        from hs in Gen.Choose(100, 9999)
        select new TradeFlow(Countries[r], p == Countries.Length ? TradePartner.FromComtrade(ComtradeCode.FromCode(899)) : Countries[p],
            quarters ? Period.Quarter(year, q) : Period.Year(year), (FlowDirection)flow, Usd(cents / 100m), HsCode.Create(hs, HsLevel.Heading));

    private static Arbitrary<TradeFlow[]> Flows(bool quarters = false) => Gen.ArrayOf(FlowGen(quarters)).ToArbitrary();

    private static bool Same(TradeAggregate a, TradeAggregate b) =>
        a.Count == b.Count && a.Rows.Zip(b.Rows).All(p => p.First == p.Second);

    private static bool SameGroups(TradeAggregate a, TradeAggregate b) =>
        a.Count == b.Count && a.Rows.All(row => b.TryGet(row.Key, out var other) && other == row);

    private static readonly AggregationOptions[] Shapes =
    [
        AggregationOptions.Default,
        new() { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period },
        new() { GroupBy = TradeDimensions.Reporter | TradeDimensions.Partner | TradeDimensions.Flow },
        new() { GroupBy = TradeDimensions.Reporter | TradeDimensions.Commodity, CommodityLevel = HsLevel.Chapter },
        new() { GroupBy = TradeDimensions.Reporter | TradeDimensions.PartnerGroup | TradeDimensions.Period, PartnerGroup = CountryGroup.SCO },
        new() { GroupBy = TradeDimensions.None },
    ];

    [Fact]
    public void TurnoverAndBalance_OfOneReporter()
    {
        var kz = Country.FromCode("KZ");
        TradeFlow[] flows =
        [
            new(kz, Country.FromCode("CN"), Period.Year(2023), FlowDirection.Export, Usd(100.10m)),
            new(kz, Country.FromCode("CN"), Period.Month(2023, 5), FlowDirection.Import, Usd(40.05m)),
            new(kz, Country.FromCode("RU"), Period.Quarter(2023, 2), FlowDirection.Export, Usd(59.95m)),
        ];
        var agg = TradeAggregation.Aggregate(flows);
        Assert.Equal(2, agg.Count);
        var cn = agg.Rows[0];
        Assert.Equal(Usd(140.15m), cn.Turnover);
        Assert.Equal(Usd(60.05m), cn.Balance);
        Assert.Equal(2, cn.Count);
        Assert.Equal(Usd(200.10m), agg.GrandTotal.Turnover);
        var shares = agg.PartnerShares(kz, Period.Year(2023));
        Assert.Equal(Usd(200.10m), shares[0].Share.Whole);
        Assert.Equal(Usd(200.10m), Money.Sum([.. shares.Select(s => s.Share.Part)]));
        Assert.Equal(100m, agg.RoundedPartnerShares(kz, Period.Year(2023), 1).Sum(s => s.Share.Value));
        Assert.Equal(Country.FromCode("CN"), agg.TopPartners(kz, Period.Year(2023), 1)[0].Partner.Country);
        Assert.Equal(Usd(200.10m), agg.GroupTotal(kz, Period.Year(2023), CountryGroup.SCO));
    }

    [Fact]
    public void TryGet_FindsGroupsByKey()
    {
        var flows = FlowGen().Sample(30, 300).ToArray();
        foreach (var shape in Shapes)
        {
            var agg = TradeAggregation.Aggregate(flows, shape);
            foreach (var row in agg.Rows)
            {
                Assert.True(agg.TryGet(row.Key, out var found));
                Assert.Equal(row, found);
            }
        }

        var byYear = TradeAggregation.Aggregate(flows);
        Assert.False(byYear.TryGet(new GroupKey(Country.FromCode("KZ"), Country.FromCode("CN"), null, Period.Year(1990), null, default), out _));
        Assert.False(byYear.TryGet(new GroupKey(Country.FromCode("KZ"), Country.FromCode("CN"), null, Period.FiscalYear(2020), null, default), out _));
    }

    [Fact]
    public void MixedCurrencies_NeedRates()
    {
        var kz = Country.FromCode("KZ");
        TradeFlow[] flows =
        [
            new(kz, Country.FromCode("CN"), Period.Year(2023), FlowDirection.Export, Usd(100m)),
            new(kz, Country.FromCode("CN"), Period.Year(2023), FlowDirection.Export, new Money(45_631m, Currency.KZT)),
        ];
        var e = Assert.Throws<CurrencyMismatchException>(() => TradeAggregation.Aggregate(flows));
        Assert.Contains("KZT", e.Message);
        var options = AggregationOptions.Default with { ExchangeRates = [new ExchangeRate(Currency.KZT, Currency.USD, 1m / 456.31m, Period.Year(2023))] };
        var agg = TradeAggregation.Aggregate(flows, options);
        Assert.Equal(100m + (45_631m * (1m / 456.31m)), agg.Rows[0].Exports.Amount);
    }

    [Fact]
    public void PeriodsThatDoNotRollUp_AreRefused()
    {
        var flows = new[] { new TradeFlow(Country.FromCode("KZ"), Country.FromCode("CN"), Period.FiscalYear(2023), FlowDirection.Export, Usd(1)) };
        Assert.Contains("calendar year", Assert.Throws<ArgumentException>(() => TradeAggregation.Aggregate(flows)).Message);
        Assert.Equal(1, TradeAggregation.Aggregate(flows, AggregationOptions.Default with { PeriodRollup = PeriodRollup.None }).Count);
    }

    [Fact]
    public void Overflow_NamesTheGroup()
    {
        var kz = Country.FromCode("KZ");
        var flows = Enumerable.Repeat(new TradeFlow(kz, Country.FromCode("CN"), Period.Year(2023), FlowDirection.Export, Usd(decimal.MaxValue / 2)), 3).ToArray();
        // found when aggregating, not later when a row is read; the message names the group and the measure
        var e = Assert.Throws<OverflowException>(() => TradeAggregation.Aggregate(flows));
        Assert.Contains("exports total of group KZ / CN / 2023", e.Message);
    }

    [Fact]
    public void ExactLikeDecimal_OnManyRandomFlows_DenseAndParallel()
    {
        var rng = new Random(11);
        var flows = Enumerable.Range(0, 300_000).Select(_ => new TradeFlow(Countries[rng.Next(8)], Countries[rng.Next(8)],
            Period.Year(rng.Next(2000, 2025)), (FlowDirection)rng.Next(2), Usd(rng.NextInt64(0, 10_000_000_000) / 100m))).ToArray();

        // A few flows far outside the sampled period window must still be counted exactly.
        flows[17] = new TradeFlow(Countries[1], Countries[2], Period.Year(1950), FlowDirection.Export, Usd(1.23m));
        flows[250_001] = new TradeFlow(Countries[1], Countries[2], Period.Year(2090), FlowDirection.Import, Usd(4.56m));
        flows[250_002] = new TradeFlow(Countries[1], Countries[2], Period.Year(2090), FlowDirection.Import, Usd(-4.56m));
        var agg = TradeAggregation.Aggregate(flows);
        var reference = flows.GroupBy(f => (f.Reporter, f.Partner, f.Period.Start.Year))
            .ToDictionary(g => g.Key, g => (X: g.Where(f => f.Flow == FlowDirection.Export).Sum(f => f.Value.Amount), M: g.Where(f => f.Flow == FlowDirection.Import).Sum(f => f.Value.Amount), N: g.LongCount()));
        Assert.Equal(reference.Count, agg.Count);
        foreach (var row in agg.Rows)
        {
            var expected = reference[(row.Key.Reporter, row.Key.Partner, row.Key.Period.StartYear)];
            Assert.Equal(expected.X, row.Exports.Amount);
            Assert.Equal(expected.M, row.Imports.Amount);
            Assert.Equal(expected.N, row.Count);
        }

        Assert.True(Same(agg, TradeAggregation.Aggregate(flows, AggregationOptions.Default with { MaxDegreeOfParallelism = 1 })));
        var byYear = AggregationOptions.Default with { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period };
        var streamed = new TradeAggregator(byYear);
        streamed.Add(flows);
        Assert.True(Same(streamed.ToAggregate(), TradeAggregation.Aggregate(flows, byYear)));
        Assert.True(Same(agg, TradeAggregation.Aggregate(flows.Select(f => f))));
        Assert.True(Same(agg, TradeAggregation.Aggregate(flows.ToList())));
    }

    [Fact]
    public async Task AsyncStream_SameAsSpan()
    {
        var flows = FlowGen().Sample(50, 500).ToArray();
        var agg = await TradeAggregation.AggregateAsync(ToAsync(flows), AggregationOptions.Default, TestContext.Current.CancellationToken);
        Assert.True(Same(agg, TradeAggregation.Aggregate(flows)));

        static async IAsyncEnumerable<TradeFlow> ToAsync(IEnumerable<TradeFlow> items)
        {
            foreach (var item in items)
            {
                await Task.Yield();
                yield return item;
            }
        }
    }

    [Fact]
    public void ExactLikeDecimal_OnTheCacheBlockedPath_WithEveryKindOfOddFlow()
    {
        // Enough flows (and few enough slots per flow) for the partitioned path: reporter × partner × year over 2.4 M slots.
        var rng = new Random(5);
        var countries = Country.All.Where(c => !c.IsFormer).Take(60).ToArray();
        var eur = Currency.FromCode("EUR");
        var options = AggregationOptions.Default with
        {
            Currency = Currency.USD,
            ExchangeRates = [.. Enumerable.Range(1990, 110).Select(y => new ExchangeRate(eur, Currency.USD, 1.0825m, Period.Year(y)))],
        };
        var flows = new TradeFlow[700_000];
        for (int i = 0; i < flows.Length; i++)
        {
            int year = rng.Next(2000, 2025);
            var period = (i % 7) switch { 0 => Period.Month(year, rng.Next(1, 13)), 1 => Period.Quarter(year, rng.Next(1, 5)), _ => Period.Year(year) };
            var value = (i % 1000) switch
            {
                1 => new Money(rng.Next(1, 100_000) / 1000m, Currency.USD), // three decimals: beyond the fast scale
                2 => new Money(1_000_000_000_000_000.01m * rng.Next(1, 9), Currency.USD), // beyond a packed entry
                3 => new Money(-rng.Next(1, 100_000) / 100m, Currency.USD),
                4 => new Money(rng.Next(1, 100_000) / 100m, eur), // converted by the supplied rate
                5 => new Money(rng.Next(1, 100), Currency.USD), // no decimals: scaled up
                _ => new Money(rng.NextInt64(1, 10_000_000_000) / 100m, Currency.USD),
            };
            flows[i] = new TradeFlow(countries[rng.Next(countries.Length)], countries[rng.Next(countries.Length)], period, (FlowDirection)rng.Next(4), value);
        }

        flows[0] = new TradeFlow(countries[0], countries[1], Period.Year(2010), FlowDirection.Export, Usd(12.34m));
        flows[99_999] = new TradeFlow(countries[1], countries[2], Period.Year(1950), FlowDirection.Export, Usd(1.23m)); // outside the window
        flows[600_000] = new TradeFlow(countries[1], countries[2], Period.MonthRange(new(2010, 1), new(2010, 3)), FlowDirection.Import, Usd(4.56m));
        var reference = flows
            .GroupBy(f => (f.Reporter, f.Partner, f.Period.Start.Year))
            .ToDictionary(g => g.Key, g => Enumerable.Range(0, 4).Select(d => g.Where(f => (int)f.Flow == d)
                .Sum(f => f.Value.Currency == eur ? f.Value.Amount * 1.0825m : f.Value.Amount)).ToArray());
        var agg = TradeAggregation.Aggregate(flows, options);
        Assert.Equal(reference.Count, agg.Count);
        foreach (var row in agg.Rows)
        {
            var expected = reference[(row.Key.Reporter, row.Key.Partner, row.Key.Period.StartYear)];
            Assert.Equal(expected, new[] { row.Exports.Amount, row.Imports.Amount, row.ReExports.Amount, row.ReImports.Amount });
        }

        Assert.Equal(flows.Length, agg.FlowCount);
        Assert.True(Same(agg, TradeAggregation.Aggregate(flows, options with { MaxDegreeOfParallelism = 1 })));
        Assert.True(Same(agg, TradeAggregation.Aggregate(flows, options with { MaxDegreeOfParallelism = 3 })));
        var streamed = new TradeAggregator(options);
        streamed.Add(flows);
        Assert.True(Same(agg, streamed.ToAggregate()));
    }

    [Fact]
    public void Flow_PacksEveryCountryPartnerCurrencyAndCommodity()
    {
        Assert.True(TradeFlow.PackingFits);
        Assert.Equal(24, System.Runtime.CompilerServices.Unsafe.SizeOf<TradeFlow>());
        var partners = Country.All.Select(c => (TradePartner)c)
            .Concat(Enumerable.Range(0, 1000).Where(c => ComtradeCode.TryFromCode(c, out var cc) && !cc.IsCountry).Select(c => TradePartner.FromComtrade(ComtradeCode.FromCode(c))))
            .ToArray();
        var currencies = Currency.All.ToArray();
        HsCode[] codes = [default, HsCode.Create(1, HsLevel.Chapter), HsCode.Create(99, HsLevel.Chapter), HsCode.Create(9999, HsLevel.Heading), HsCode.Create(999999, HsLevel.Subheading), HsCode.Create(10000, HsLevel.Subheading)];
        for (int i = 0; i < Math.Max(partners.Length, currencies.Length); i++)
        {
            var reporter = Country.All[i % Country.All.Count];
            var partner = partners[i % partners.Length];
            var currency = currencies[i % currencies.Length];
            var flow = (FlowDirection)(i % 4);
            var commodity = codes[i % codes.Length];
            var value = new Money(-123.456m, currency);
            var f = new TradeFlow(reporter, partner, Period.Month(2024, 1 + (i % 12)), flow, value, commodity);
            Assert.Equal((reporter, partner, flow, commodity, value, Period.Month(2024, 1 + (i % 12))), (f.Reporter, f.Partner, f.Flow, f.Commodity, f.Value, f.Period));
        }
    }

    [Fact]
    public void ExactLikeDecimal_OnTheVectorPath_WithOddFlowsAndFrequentFolding()
    {
        // Reporter × year turnover: the dense layout, where groups of eight common flows take the AVX-512 path.
        Assert.Equal(System.Runtime.Intrinsics.X86.Avx512F.IsSupported && System.Runtime.Intrinsics.X86.Avx512DQ.IsSupported, VectorAddition.IsSupported);
        var rng = new Random(8);
        var countries = Country.All.Where(c => !c.IsFormer).Take(40).ToArray();
        var eur = Currency.FromCode("EUR");
        var options = new AggregationOptions
        {
            GroupBy = TradeDimensions.Reporter | TradeDimensions.Period,
            Currency = Currency.USD,
            ExchangeRates = [.. Enumerable.Range(1990, 110).Select(y => new ExchangeRate(eur, Currency.USD, 0.9137m, Period.Year(y)))],
        };
        var flows = new TradeFlow[300_000];
        for (int i = 0; i < flows.Length; i++)
        {
            int year = rng.Next(2000, 2025);
            var period = (i % 5) switch { 0 => Period.Month(year, rng.Next(1, 13)), 1 => Period.Day(new NodaTime.LocalDate(year, 2, 29 - (year % 4 == 0 ? 0 : 1))), _ => Period.Year(year) };
            var value = (i % 997) switch
            {
                1 => new Money(rng.Next(1, 100_000) / 1000m, Currency.USD), // three decimals
                2 => new Money(4_000_000_000m + (rng.Next(1, 100) / 100m), Currency.USD), // beyond 2^38 cents
                3 => new Money(long.MaxValue / 100m, Currency.USD), // sums that overflow a long
                4 => new Money(rng.Next(1, 100_000) / 100m, eur),
                5 => new Money(rng.Next(1, 100), Currency.USD), // whole units, lifted to cents
                _ => new Money(rng.NextInt64(-1_000_000, 10_000_000_000) / 100m, Currency.USD),
            };
            flows[i] = new TradeFlow(countries[rng.Next(countries.Length)], countries[rng.Next(countries.Length)], period, (FlowDirection)rng.Next(4), value);
        }

        flows[0] = new TradeFlow(countries[0], countries[1], Period.Year(2010), FlowDirection.Export, Usd(12.34m));
        flows[7] = new TradeFlow(countries[1], countries[2], Period.Year(1950), FlowDirection.Export, Usd(1.23m)); // outside the window
        flows[100_003] = new TradeFlow(countries[1], countries[2], Period.FiscalYear(2010), FlowDirection.Import, Usd(4.56m)); // does not roll up
        Assert.Contains("FY2010/11", Assert.Throws<ArgumentException>(() => TradeAggregation.Aggregate(flows, options)).Message);
        flows[100_003] = new TradeFlow(countries[1], countries[2], Period.Year(2010), FlowDirection.Import, Usd(4.56m));
        var reference = flows.GroupBy(f => (f.Reporter, f.Period.Start.Year))
            .ToDictionary(g => g.Key, g => (Sums: Enumerable.Range(0, 4).Select(d => g.Where(f => (int)f.Flow == d)
                .Sum(f => f.Value.Currency == eur ? f.Value.Amount * 0.9137m : f.Value.Amount)).ToArray(), Count: g.LongCount()));

        int budget = VectorAddition.Budget;
        try
        {
            foreach (var (fold, vector, lanes4) in new[] { (1 << 24, true, false), (4096, true, false), (8, true, false), (1 << 24, false, false), (7, false, false), (1 << 24, true, true), (6, true, true) })
            {
                VectorAddition.Budget = fold; // fold the pair tables often: sums must not depend on when
                VectorAddition.Enabled = vector; // and the scalar loop must agree with the vector one
                VectorAddition.Force256 = lanes4; // the four-lane AVX2 path too (where AVX2 is there; else the same as above)
                VectorAddition.Force512 = !lanes4; // and the eight-lane one where AVX-512 is there, whichever the tuning prefers
                foreach (int threads in new[] { 1, 2 })
                {
                    var agg = TradeAggregation.Aggregate(flows, options with { MaxDegreeOfParallelism = threads });
                    Assert.Equal(reference.Count, agg.Count);
                    foreach (var row in agg.Rows)
                    {
                        var expected = reference[(row.Key.Reporter, row.Key.Period.StartYear)];
                        Assert.Equal(expected.Sums, new[] { row.Exports.Amount, row.Imports.Amount, row.ReExports.Amount, row.ReImports.Amount });
                        Assert.Equal(expected.Count, row.Count);
                    }
                }
            }
        }
        finally
        {
            VectorAddition.Budget = budget;
            VectorAddition.Enabled = true;
            VectorAddition.Force256 = false;
            VectorAddition.Force512 = false;
        }
    }

    [Fact]
    public void ExactLikeDecimal_OnTheRangePartitionedHashPath()
    {
        // Commodity and unrolled-period groupings are hashed; from 65 536 flows, range by range.
        var rng = new Random(13);
        var countries = Country.All.Where(c => !c.IsFormer).Take(30).ToArray();
        var flows = new TradeFlow[150_000];
        for (int i = 0; i < flows.Length; i++)
        {
            var value = (i % 1009) switch
            {
                1 => new Money(rng.Next(1, 100_000) / 1000m, Currency.USD),
                2 => new Money(long.MaxValue / 100m, Currency.USD),
                _ => new Money(rng.NextInt64(-1_000_000, 10_000_000_000) / 100m, Currency.USD),
            };
            var period = i % 3 == 0 ? Period.Month(rng.Next(2015, 2025), rng.Next(1, 13)) : Period.Year(rng.Next(2015, 2025));
            flows[i] = new TradeFlow(countries[rng.Next(countries.Length)], countries[rng.Next(countries.Length)], period,
                (FlowDirection)rng.Next(4), value, HsCode.Create(rng.Next(100, 9999), HsLevel.Heading));
        }

        var byCommodity = new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Commodity | TradeDimensions.Period, CommodityLevel = HsLevel.Chapter };
        var byExactPeriod = AggregationOptions.Default with { PeriodRollup = PeriodRollup.None };
        foreach (var options in new[] { byCommodity, byExactPeriod })
        {
            var agg = TradeAggregation.Aggregate(flows, options);
            var streamed = new TradeAggregator(options);
            streamed.Add(flows);

            // Same groups and totals; with periods not rolled up, rows follow the order periods were first met in,
            // which depends on how the flows were split, so groups are compared by key.
            Assert.True(SameGroups(agg, streamed.ToAggregate()));
            Assert.True(SameGroups(agg, TradeAggregation.Aggregate(flows, options with { MaxDegreeOfParallelism = 1 })));
            Assert.Equal(flows.Length, agg.FlowCount);
            Assert.Equal(flows.Sum(f => f.Value.Amount), agg.Rows.Sum(r => r.Total.Amount));
            Assert.True(agg.Rows.Zip(agg.Rows.Skip(1)).All(p => p.First.Key != p.Second.Key));
        }
    }

    [Property]
    public Property Flow_KeepsItsValueExactly() =>
        Prop.ForAll(
            (from lo in Gen.Choose(int.MinValue, int.MaxValue)
             from mid in Gen.Choose(int.MinValue, int.MaxValue)
             from hi in Gen.Elements(0, 0, 1, -1, int.MaxValue)
             from negative in Gen.Elements(false, true)
             from scale in Gen.Choose(0, 28)
             select new decimal(lo, mid, hi, negative, (byte)scale)).ToArbitrary(),
            value =>
            {
                var flow = new TradeFlow(Countries[0], Countries[1], Period.Year(2024), FlowDirection.Import, new Money(value, Currency.KZT));
                var back = flow.Value.Amount;
                var same = new TradeFlow(Countries[0], Countries[1], Period.Year(2024), FlowDirection.Import, new Money(value * 1.00m, Currency.KZT));
                return decimal.GetBits(back).SequenceEqual(decimal.GetBits(value)) && flow.Value.Currency == Currency.KZT
                       && (value.Scale > 26 || (same == flow && same.GetHashCode() == flow.GetHashCode()));
            });

    [Fact]
    public void Types_RoundTripTextAndJson()
    {
        var flow = new TradeFlow(Country.FromCode("KZ"), TradePartner.Parse("899"), Period.Quarter(2023, 4), FlowDirection.ReExport, Usd(1234.50m), HsCode.Parse("8703.23"));
        Assert.Equal("KZ;899;2023-Q4;re-export;USD 1234.50;870323", flow.ToString());
        Assert.Equal(flow, TradeFlow.Parse(flow.ToString()));
        Assert.Equal(flow, JsonSerializer.Deserialize<TradeFlow>(JsonSerializer.Serialize(flow)));
        Assert.Equal("87", HsCode.Parse("870323").Chapter.ToString());
        Assert.Throws<FormatException>(() => HsCode.Parse("00"));
        Assert.Throws<FormatException>(() => HsCode.Parse("123"));
        var rate = ExchangeRate.Parse("USD/KZT 456.31 2023");
        Assert.Equal(new Money(456.31m, Currency.KZT), rate.Convert(Usd(1)));
        Assert.Equal(rate, JsonSerializer.Deserialize<ExchangeRate>(JsonSerializer.Serialize(rate)));
        Assert.Equal(Country.FromCode("US"), TradePartner.Parse("842").Country);
        Assert.False(TradePartner.Parse("899").IsCountry);
        Assert.Equal(TradePartner.Parse("CN"), JsonSerializer.Deserialize<TradePartner>("\"CN\""));
    }

    [Property]
    public Property SumOverGroups_IsGrandTotal() =>
        Prop.ForAll(Flows(), Gen.Elements(Shapes).ToArbitrary(), (flows, shape) =>
        {
            var agg = TradeAggregation.Aggregate(flows, shape);
            var total = flows.Sum(f => f.Value.Amount);
            return agg.Rows.Sum(r => r.Total.Amount) == total && agg.GrandTotal.Total.Amount == total && agg.FlowCount == flows.Length;
        });

    [Property]
    public Property Merge_EqualsOnePass_InAnyOrderAndPartition() =>
        Prop.ForAll(Flows(quarters: true), Gen.Choose(1, 5).ToArbitrary(), Gen.Elements(Shapes).ToArbitrary(), (flows, parts, shape) =>
        {
            var shuffled = flows.OrderBy(f => f.GetHashCode()).ToArray();
            var partials = Enumerable.Range(0, parts).Select(i => TradeAggregation.Aggregate(
                shuffled.Where((_, j) => j % parts == i).ToArray(), shape)).ToArray();
            var whole = TradeAggregation.Aggregate(flows, shape);
            var forward = TradeAggregate.Merge(partials);
            var backward = TradeAggregate.Merge(partials.Reverse());
            var tree = partials.Length >= 3 ? partials[0].Merge(partials[1].Merge(partials[2])) : null;
            var left = partials.Length >= 3 ? partials[0].Merge(partials[1]).Merge(partials[2]) : null;
            return (flows.Length == 0 || (Same(whole, forward) && Same(whole, backward)))
                   && (tree is null || Same(tree, left!));
        });

    [Property]
    public Property HashedAndDense_Agree() =>
        Prop.ForAll(Flows(), flows =>
        {
            var dense = TradeAggregation.Aggregate(flows, AggregationOptions.Default);
            var hashed = new HashedAggregator(AggregationOptions.Default);
            hashed.Add(flows);
            return flows.Length == 0 || Same(dense, hashed.ToAggregate());
        });

    [Property]
    public Property Aggregators_JoinedByAbsorb_AreTheSpanAggregate() =>
        Prop.ForAll(Flows(), Gen.Choose(0, 60).ToArbitrary(), (flows, cut) =>
        {
            int at = flows.Length == 0 ? 0 : cut % (flows.Length + 1);
            var left = new TradeAggregator(AggregationOptions.Default);
            var right = new TradeAggregator(AggregationOptions.Default);
            left.Add(flows.AsSpan(0, at));
            right.Add(flows.AsSpan(at));
            left.Absorb(right);
            return flows.Length == 0
                   || (Same(TradeAggregation.Aggregate(flows), left.ToAggregate()) && left.FlowCount == flows.Length
                       && right.FlowCount == 0 && right.ToAggregate().Count == 0);
        });

    [Fact]
    public void Absorb_RefusesItselfAndAnotherGrouping()
    {
        var aggregator = new TradeAggregator(AggregationOptions.Default);
        Assert.Throws<ArgumentException>(() => aggregator.Absorb(aggregator));
        Assert.Throws<ArgumentException>(() => aggregator.Absorb(new TradeAggregator(new AggregationOptions { GroupBy = TradeDimensions.Reporter })));
        Assert.Throws<ArgumentNullException>(() => aggregator.Absorb(null!));
    }

    [Property]
    public Property Aggregator_InChunks_WithTotalsTakenOnTheWay_IsTheSpanAggregate() =>
        Prop.ForAll(Flows(), Gen.Choose(1, 40).ToArbitrary(), (flows, chunk) =>
        {
            var aggregator = new TradeAggregator(AggregationOptions.Default);
            var snapshots = new List<(int Flows, TradeAggregate Totals)>();
            for (int i = 0; i < flows.Length; i += chunk)
            {
                var part = flows.AsSpan(i, Math.Min(chunk, flows.Length - i));
                if ((i / chunk) % 2 == 0)
                {
                    aggregator.Add(part);
                }
                else
                {
                    foreach (var f in part)
                    {
                        aggregator.Add(f);
                    }
                }

                if ((i / chunk) % 3 == 1)
                {
                    snapshots.Add((i + part.Length, aggregator.ToAggregate()));
                }
            }

            return flows.Length == 0
                   || (Same(TradeAggregation.Aggregate(flows), aggregator.ToAggregate()) && aggregator.FlowCount == flows.Length
                       && snapshots.All(s => Same(TradeAggregation.Aggregate(flows.AsSpan(0, s.Flows)), s.Totals)));
        });

    [Property]
    public Property PartnerShares_SumToTotal() =>
        Prop.ForAll(Gen.ArrayOf(FlowGen().Where(f => f.Value.Amount > 0)).ToArbitrary(), flows =>
        {
            var agg = TradeAggregation.Aggregate(flows);
            foreach (var reporter in flows.Select(f => f.Reporter).Distinct())
            {
                foreach (var year in flows.Where(f => f.Reporter == reporter).Select(f => f.Period).Distinct())
                {
                    var shares = agg.PartnerShares(reporter, year);
                    if (shares.Count == 0)
                    {
                        continue;
                    }

                    if (Money.Sum([.. shares.Select(s => s.Share.Part)]) != shares[0].Share.Whole
                        || agg.RoundedPartnerShares(reporter, year, 1).Sum(s => s.Share.Value) != 100m)
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Property]
    public Property GrowthPerGroup_EqualsCalculatorGrowthOfTotals() =>
        Prop.ForAll(Flows(), flows =>
        {
            var agg = TradeAggregation.Aggregate(flows);
            return agg.Rows.All(row =>
            {
                var g = agg.Growth(row.Key);
                var before = agg.TryGet(row.Key with { Period = row.Key.Period.SamePeriodPreviousYear() }, out var b) ? b.Turnover : Money.Zero(Currency.USD);
                var expected = Growth.Between(before, row.Turnover);
                return g == expected;
            });
        });
}

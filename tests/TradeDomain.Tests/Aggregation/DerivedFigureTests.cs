using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeDomain.Aggregation;

namespace TradeDomain.Tests.Aggregation;

/// <summary>The indexed derived figures against a plain LINQ recomputation from the flows.</summary>
public class DerivedFigureTests
{
    private static readonly Country[] Countries = [.. new[] { "KZ", "CN", "RU", "US", "DE", "IR", "IN", "BY" }.Select(Country.FromCode)];

    private static readonly AggregationOptions[] Shapes =
    [
        AggregationOptions.Default,
        new() { GroupBy = TradeDimensions.Reporter | TradeDimensions.Partner | TradeDimensions.Period | TradeDimensions.Flow },
        new() { GroupBy = TradeDimensions.Reporter | TradeDimensions.Partner | TradeDimensions.Period | TradeDimensions.Commodity, CommodityLevel = HsLevel.Chapter },
        new() { GroupBy = TradeDimensions.Reporter | TradeDimensions.Partner | TradeDimensions.Period, PeriodRollup = PeriodRollup.None },
    ];

    private static Gen<TradeFlow> FlowGen =>
        from r in Gen.Choose(0, Countries.Length - 1)
        from p in Gen.Choose(0, Countries.Length)
        from year in Gen.Choose(2021, 2023)
        from flow in Gen.Choose(0, 3)
        from cents in Gen.Choose(-1000, 100_000_000)
        from hs in Gen.Choose(100, 9999)
        select new TradeFlow(Countries[r], p == Countries.Length ? TradePartner.FromComtrade(ComtradeCode.FromCode(899)) : Countries[p],
            Period.Year(year), (FlowDirection)flow, new Money(cents / 100m, Currency.USD), HsCode.Create(hs, HsLevel.Heading));

    private static decimal MeasureOf(TradeFlow f, TradeMeasure measure) => (measure, f.Flow) switch
    {
        (TradeMeasure.Exports, FlowDirection.Export) or (TradeMeasure.Imports, FlowDirection.Import) => f.Value.Amount,
        (TradeMeasure.Turnover, FlowDirection.Export or FlowDirection.Import) => f.Value.Amount,
        (TradeMeasure.Total, _) => f.Value.Amount,
        _ => 0m,
    };

    private static Dictionary<TradePartner, decimal> Linq(TradeFlow[] flows, Country reporter, int year, TradeMeasure measure) =>
        flows.Where(f => f.Reporter == reporter && f.Period.StartYear == year)
            .GroupBy(f => f.Partner)
            .ToDictionary(g => g.Key, g => g.Sum(f => MeasureOf(f, measure)));

    [Property(MaxTest = 60)]
    public Property PartnerSharesAndTopPartners_AreTheLinqRecomputation() =>
        Prop.ForAll(Gen.ArrayOf(FlowGen).ToArbitrary(), Gen.Elements(Shapes).ToArbitrary(),
            Gen.Elements(TradeMeasure.Exports, TradeMeasure.Imports, TradeMeasure.Turnover, TradeMeasure.Total).ToArbitrary(), (flows, shape, measure) =>
            {
                var aggregate = TradeAggregation.Aggregate(flows, shape);
                foreach (var reporter in Countries)
                {
                    for (int year = 2020; year <= 2024; year++)
                    {
                        var expected = Linq(flows, reporter, year, measure);
                        decimal whole = expected.Values.Sum();
                        if (whole > 0 && expected.Values.Any(v => v < 0))
                        {
                            // A partner netting to less than zero has no share of a gross whole: refused, never left out.
                            if (!Refused(() => aggregate.PartnerShares(reporter, Period.Year(year), measure)))
                            {
                                return false;
                            }
                        }
                        else
                        {
                            var shares = aggregate.PartnerShares(reporter, Period.Year(year), measure);
                            var expectedShares = whole <= 0 ? [] : expected.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value, whole)).ToList();
                            if (shares.Count != expectedShares.Count
                                || !shares.Zip(expectedShares).All(p => p.First.Partner == p.Second.Key && p.First.Share.Part.Amount == p.Second.Value && p.First.Share.Whole.Amount == whole))
                            {
                                return false;
                            }
                        }

                        var top = aggregate.TopPartners(reporter, Period.Year(year), 3, measure);
                        var expectedTop = expected.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(3).ToList();
                        if (!top.Select(t => (t.Partner, t.Value.Amount)).SequenceEqual(expectedTop.Select(kv => (kv.Key, kv.Value))))
                        {
                            return false;
                        }

                        var sco = CountryGroup.SCO.MembersAt(Period.Year(year).End).ToHashSet();
                        decimal group = expected.Where(kv => kv.Key.IsCountry && sco.Contains(kv.Key.Country)).Sum(kv => kv.Value);
                        if (aggregate.GroupTotal(reporter, Period.Year(year), CountryGroup.SCO, measure).Amount != group)
                        {
                            return false;
                        }
                    }
                }

                return true;
            });

    private static bool Refused(Action act)
    {
        try
        {
            act();
            return false;
        }
        catch (InvalidOperationException e)
        {
            return e.Message.Contains("negative", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PartnerShares_WithAPartnerNettingBelowZero_AreRefusedNamingIt()
    {
        var kz = Country.FromCode("KZ");
        var hs = HsCode.Create(1001, HsLevel.Heading);
        TradeFlow[] flows =
        [
            new(kz, Country.FromCode("CN"), Period.Year(2023), FlowDirection.Export, new Money(100m, Currency.USD), hs),
            new(kz, Country.FromCode("DE"), Period.Year(2023), FlowDirection.Export, new Money(-2.45m, Currency.USD), hs),
        ];
        var aggregate = TradeAggregation.Aggregate(flows);
        var e = Assert.Throws<InvalidOperationException>(() => aggregate.PartnerShares(kz, Period.Year(2023), TradeMeasure.Exports));
        Assert.Contains("negative", e.Message, StringComparison.Ordinal);
        Assert.Contains("-2.45", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartnerShares_OfABalance_AreRefusedWithAClearMessage()
    {
        var kz = Country.FromCode("KZ");
        var aggregate = TradeAggregation.Aggregate([new TradeFlow(kz, Country.FromCode("CN"), Period.Year(2023), FlowDirection.Export, new Money(10m, Currency.USD))]);
        var e = Assert.Throws<ArgumentException>(() => aggregate.PartnerShares(kz, Period.Year(2023), TradeMeasure.Balance));
        Assert.Contains("balance", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Throws<ArgumentException>(() => aggregate.RoundedPartnerShares(kz, Period.Year(2023), 1, TradeMeasure.Balance));
    }

    [Fact]
    public void PartnerShares_OfAnAbsentReporterOrPeriod_AreEmpty()
    {
        var kz = Country.FromCode("KZ");
        var aggregate = TradeAggregation.Aggregate([new TradeFlow(kz, Country.FromCode("CN"), Period.Year(2023), FlowDirection.Export, new Money(10m, Currency.USD))]);
        Assert.Empty(aggregate.PartnerShares(Country.FromCode("US"), Period.Year(2023)));
        Assert.Empty(aggregate.PartnerShares(kz, Period.Year(2022)));
        Assert.Single(aggregate.PartnerShares(kz, Period.Year(2023)));
    }
}

public class StreamingTests
{
    private static IEnumerable<TradeFlow> Stream(TradeFlow[] flows)
    {
        foreach (var f in flows)
        {
            yield return f;
        }
    }

    [Fact]
    public void Enumerable_OverSeveralBatches_IsTheSpanAggregate()
    {
        var countries = Country.All.Where(c => !c.IsFormer).Take(60).ToArray();
        var rng = new Random(7);
        var flows = new TradeFlow[TradeAggregation.StreamBatches.StreamBatchSize + 123_457];
        for (int i = 0; i < flows.Length; i++)
        {
            flows[i] = new TradeFlow(countries[rng.Next(60)], countries[rng.Next(60)], Period.Year(2000 + rng.Next(5)), (FlowDirection)rng.Next(4),
                new Money(rng.NextInt64(-1000, 1_000_000_000) / (i % 7 == 0 ? 1000m : 100m), Currency.USD));
        }

        foreach (var options in new[] { AggregationOptions.Default, new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Flow } })
        {
            var span = TradeAggregation.Aggregate(flows, options);
            var streamed = TradeAggregation.Aggregate(Stream(flows), options);
            Assert.Equal(span.Rows, streamed.Rows);
            Assert.Equal(flows.Length, streamed.FlowCount);
        }
    }

    /// <summary>Flows of a key space too large for one dense table (200 × 200 countries × 3 years × 4 directions), so
    /// that the stream takes the partitioned sink; after the first batch come flows the first batch's layout does not
    /// hold (a later year, months), values at another scale and values too large for a packed entry.</summary>
    private static TradeFlow[] PartitionedFlows(int extra)
    {
        var countries = Country.All.Where(c => !c.IsFormer).Take(200).ToArray();
        var rng = new Random(5);
        var flows = new TradeFlow[TradeAggregation.StreamBatches.StreamBatchSize + extra];
        for (int i = 0; i < flows.Length; i++)
        {
            var period = i > TradeAggregation.StreamBatches.StreamBatchSize && i % 101 == 0 ? Period.Year(2031)
                : i > TradeAggregation.StreamBatches.StreamBatchSize && i % 103 == 0 ? Period.Month(2021, 1 + (i % 12))
                : Period.Year(2020 + rng.Next(3));
            decimal amount = i % 997 == 0 ? 79_228_162_514_264_337_593m / (1 + (i % 5))
                : rng.NextInt64(-1000, 1_000_000_000) / (i % 7 == 0 ? 1000m : 100m);
            flows[i] = new TradeFlow(countries[rng.Next(200)], countries[rng.Next(200)], period, (FlowDirection)rng.Next(4), new Money(amount, Currency.USD));
        }

        return flows;
    }

    [Fact]
    public void Enumerable_ALargeKeySpace_TakesThePartitionedSink_AndBuildsPartialsExactly()
    {
        var flows = PartitionedFlows(700_001);
        var span = TradeAggregation.Aggregate(flows);

        // As shipped: one build at the end.
        var once = new TradeAggregation.StreamBatches(AggregationOptions.Default);
        foreach (var f in flows)
        {
            once.Add(f);
        }

        var whole = once.Finish();
        Assert.Equal(EnginePath.PartitionedDense, once.SinkPath);
        Assert.Equal(1, once.Builds);
        Assert.Equal(span.Rows, whole.Rows);
        Assert.Equal(flows.Length, whole.FlowCount);

        // With a small entry budget the sink builds partial aggregates as the stream goes on; the result is the same.
        var tuning = EngineTuning.Current with { StreamMinScatterEntries = 50_000, StreamEntriesPerGroup = 1 };
        var often = new TradeAggregation.StreamBatches(AggregationOptions.Default, tuning);
        foreach (var f in flows)
        {
            often.Add(f);
        }

        var merged = often.Finish();
        Assert.True(often.Builds > 2, $"{often.Builds} builds");
        Assert.Equal(span.Rows, merged.Rows);
        Assert.Equal(flows.Length, merged.FlowCount);
        Assert.Equal(flows.Where(f => f.Period == Period.Year(2031)).Sum(f => f.Value.Amount),
            merged.Rows.Where(r => r.Key.Period == Period.Year(2031)).Sum(r => r.Exports.Amount + r.Imports.Amount + r.ReExports.Amount + r.ReImports.Amount));

        // The public aggregator takes the same sink, fed in spans of any length.
        var aggregator = new TradeAggregator(AggregationOptions.Default);
        for (int i = 0; i < flows.Length; i += 77_777)
        {
            aggregator.Add(flows.AsSpan(i, Math.Min(77_777, flows.Length - i)));
        }

        Assert.Equal(span.Rows, aggregator.ToAggregate().Rows);

        // On the calling thread only, as a reader's cores each aggregate their own part.
        var oneThread = new TradeAggregator(AggregationOptions.Default with { MaxDegreeOfParallelism = 1 });
        foreach (var f in flows)
        {
            oneThread.Add(f);
        }

        Assert.Equal(span.Rows, oneThread.ToAggregate().Rows);

        // Two aggregators fed alternate spans (as two cores read two halves of a file) and joined: their sinks join, and
        // one build gives the totals of both.
        Assert.Equal(span.Rows, Joined(flows, AggregationOptions.Default).Rows);
    }

    /// <summary>Flows fed to two aggregators in alternate spans of 100 000, then joined by Absorb (their sinks joined).</summary>
    private static TradeAggregate Joined(TradeFlow[] flows, AggregationOptions options)
    {
        // Each takes its sink after 65 536 flows, so both have one when they are joined.
        var tuning = EngineTuning.Current with { StreamFirstBatch = 1 << 16 };
        var first = new TradeAggregator(options, tuning);
        var second = new TradeAggregator(options, tuning);
        for (int i = 0, k = 0; i < flows.Length; i += 100_000, k++)
        {
            (k % 2 == 0 ? first : second).Add(flows.AsSpan(i, Math.Min(100_000, flows.Length - i)));
        }

        var path = first.Batches.SinkPath;
        Assert.NotEqual(EnginePath.Empty, path);
        Assert.Equal(path, second.Batches.SinkPath);
        first.Absorb(second);
        Assert.Equal(1, first.Batches.Joins);
        Assert.Equal(flows.Length, first.FlowCount);
        return first.ToAggregate();
    }

    /// <summary>Flows of a small key space, so that the stream takes the dense sink after its first batch.</summary>
    private static TradeFlow[] DenseFlows(int extra, Func<int, Random, TradeFlow>? later = null)
    {
        var countries = Country.All.Where(c => !c.IsFormer).Take(40).ToArray();
        var rng = new Random(11);
        var flows = new TradeFlow[TradeAggregation.StreamBatches.StreamBatchSize + extra];
        for (int i = 0; i < flows.Length; i++)
        {
            flows[i] = i >= TradeAggregation.StreamBatches.StreamBatchSize && later is not null
                ? later(i, rng)
                : new TradeFlow(countries[rng.Next(40)], countries[rng.Next(40)], Period.Year(2010 + rng.Next(3)), (FlowDirection)rng.Next(2),
                    new Money(rng.NextInt64(1, 1_000_000_000) / 100m, Currency.USD));
        }

        return flows;
    }

    [Fact]
    public void Enumerable_LaterPeriodsOutsideTheFirstBatchWindow_AreSummedExactly()
    {
        // The first batch fixes the dense window (2010–2012, widened); later flows of 2030, of months and of huge values
        // take the general routes and must still be in the totals.
        var kz = Country.FromCode("KZ");
        var flows = DenseFlows(200_003, (i, rng) => (i % 3) switch
        {
            0 => new TradeFlow(kz, Country.FromCode("CN"), Period.Year(2030), FlowDirection.Export, new Money(1.01m, Currency.USD)),
            1 => new TradeFlow(kz, Country.FromCode("RU"), Period.Month(2011, 5), FlowDirection.Import, new Money(79_228_162_514m + (i % 10), Currency.USD)),
            _ => new TradeFlow(kz, Country.FromCode("UZ"), Period.Year(2012), FlowDirection.Export, new Money(rng.Next(1, 1000) / 1000m, Currency.USD)),
        });
        var options = new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period | TradeDimensions.Flow };
        var span = TradeAggregation.Aggregate(flows, options);
        var streamed = TradeAggregation.Aggregate(Stream(flows), options);
        Assert.Equal(span.Rows, streamed.Rows);
        Assert.Equal(flows.Length, streamed.FlowCount);
        Assert.Equal(span.Rows, Joined(flows, options).Rows);
        var byLinq = flows.Where(f => f.Reporter == kz && f.Period.StartYear == 2030).Sum(f => f.Value.Amount);
        Assert.Equal(byLinq, streamed.Rows.Where(r => r.Key.Reporter == kz && r.Key.Period == Period.Year(2030)).Sum(r => r.Exports.Amount));
    }

    [Fact]
    public void Enumerable_ALaterFlowInAnotherCurrency_ThrowsAsTheSpanPathDoes()
    {
        var flows = DenseFlows(100_000, (i, _) => new TradeFlow(Country.FromCode("KZ"), Country.FromCode("CN"), Period.Year(2011), FlowDirection.Export,
            new Money(5m, i == TradeAggregation.StreamBatches.StreamBatchSize + 70_000 ? Currency.EUR : Currency.USD)));
        var options = new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period };
        Assert.Throws<CurrencyMismatchException>(() => TradeAggregation.Aggregate(flows, options));
        Assert.Throws<CurrencyMismatchException>(() => TradeAggregation.Aggregate(Stream(flows), options));
    }

    [Fact]
    public void Enumerable_AStreamThatThrows_GivesItsOwnException()
    {
        var flows = DenseFlows(100_000);

        IEnumerable<TradeFlow> Failing()
        {
            for (int i = 0; i < flows.Length; i++)
            {
                if (i == flows.Length - 10)
                {
                    throw new IOException("the file ended early");
                }

                yield return flows[i];
            }
        }

        var options = new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period };
        Assert.Equal("the file ended early", Assert.Throws<IOException>(() => TradeAggregation.Aggregate(Failing(), options)).Message);
    }
}

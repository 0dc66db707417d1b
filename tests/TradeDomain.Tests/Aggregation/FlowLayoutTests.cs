using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeDomain.Aggregation;

namespace TradeDomain.Tests.Aggregation;

/// <summary>The one layout description of the packed row (<see cref="FlowLayout"/>) against every reader of it: the
/// accessors, the AVX-512 lanes (run portably where the hardware has no AVX-512, so these pass the same with and
/// without <c>DOTNET_EnableAVX512=0</c>) and the tables the fields must hold.</summary>
public sealed class FlowLayoutTests
{
    [Fact]
    public void Fields_DoNotOverlap_FitOneWord_AndHoldEveryTable()
    {
        ulong used = 0;
        foreach (var (name, shift, bits) in FlowLayout.PackedFields)
        {
            Assert.True(bits > 0 && shift >= 0 && shift + bits <= 64, name);
            ulong mask = (bits == 64 ? ulong.MaxValue : (1UL << bits) - 1) << shift;
            Assert.True((used & mask) == 0, $"{name} overlaps another field");
            used |= mask;
        }

        Assert.Equal(FlowLayout.UsedBits, 64 - System.Numerics.BitOperations.LeadingZeroCount(used));
        Assert.True(TradeFlow.PackingFits);
        Assert.Equal(FlowLayout.Words * sizeof(ulong), Unsafe.SizeOf<TradeFlow>());
        Assert.True((ulong)Country.All.Count <= FlowLayout.ReporterMask);
        Assert.True((ulong)TradePartner.DenseCount <= FlowLayout.PartnerMask + 1);
        Assert.True((ulong)Currency.All.Count <= FlowLayout.CurrencyMask);
        Assert.True(28UL <= FlowLayout.ScaleMask);
        Assert.True((ulong)HsCode.Create(999999, HsLevel.Subheading).Bits23 <= FlowLayout.CommodityMask);
        Assert.True(9999 <= PeriodCode.YearMask);
    }

    [Fact]
    public void LayoutMatches_OnEveryMachine()
    {
        // On AVX-512 machines a mismatch would silently turn the vector path off; here it fails on any machine.
        Assert.True(VectorAddition.LayoutMatches());
    }

    [Fact]
    public void PermuteIndices_TakeEachWordOfEightFlowsOutOfThreeLoads()
    {
        var p = new VectorAddition.Permutes();
        foreach (var (w, first, last) in new[] { (FlowLayout.ValueLowWord, p.LowFirst, p.LowLast), (FlowLayout.HighAndPeriodWord, p.HighFirst, p.HighLast), (FlowLayout.PackedWord, p.PackedFirst, p.PackedLast) })
        {
            for (int k = 0; k < VectorAddition.Width; k++)
            {
                // PermuteVar8x64x2(a, idx, b): index 0–7 from a, 8–15 from b. Loads a, b, c hold ulongs 0–7, 8–15, 16–23.
                ulong fromAb = first[k];
                ulong lastIndex = last[k];
                ulong taken = lastIndex < 8 ? (ulong)first[(int)lastIndex] : 16 + (lastIndex - 8);
                Assert.True(fromAb < 16 && lastIndex < 16);
                Assert.Equal((ulong)((FlowLayout.Words * k) + w), taken);
            }
        }
    }

    [Fact]
    public void EveryField_ReadFromTheRawWords_IsWhatTheAccessorsGive_AtTheTopOfEveryRange()
    {
        var rng = new Random(41);
        var partners = Enumerable.Range(0, TradePartner.DenseCount).Select(TradePartner.FromDenseId).Where(p => !p.IsDefault).ToArray();
        var currencies = Currency.All.ToArray();
        for (int i = 0; i < 20_000; i++)
        {
            // Half the flows at the top of each table (highest indices, years near 9999, 6-digit codes, 28 decimals).
            bool top = i % 2 == 0;
            var reporter = Country.All[top ? Country.All.Count - 1 - rng.Next(3) : rng.Next(Country.All.Count)];
            var partner = partners[top ? partners.Length - 1 - rng.Next(3) : rng.Next(partners.Length)];
            var currency = currencies[top ? currencies.Length - 1 - rng.Next(3) : rng.Next(currencies.Length)];
            int year = top ? 9999 - rng.Next(3) : rng.Next(1, 10_000);
            var period = (i % 4) switch
            {
                0 => Period.Year(year),
                1 => Period.Month(year, rng.Next(1, 13)),
                2 => Period.DayRange(new NodaTime.LocalDate(year, 12, 1), new NodaTime.LocalDate(year, 12, 1 + rng.Next(30))), // long ones interned
                _ => Period.Quarter(year, rng.Next(1, 5)),
            };
            var commodity = (i % 3) switch { 0 => HsCode.Create(top ? 999999 : rng.Next(10000, 1_000_000), HsLevel.Subheading), 1 => HsCode.Create(rng.Next(1, 100), HsLevel.Chapter), _ => default };
            decimal amount = (i % 5) switch
            {
                0 => new decimal(rng.Next(), rng.Next(), rng.Next(), rng.Next(2) == 0, (byte)rng.Next(29)),
                1 => rng.Next(-1000, 1000), // whole units: lifted to cents
                2 => rng.Next(-1000, 1000) / 10m, // lifted by one decimal
                _ => rng.NextInt64(-1L << 40, 1L << 40) / 100m,
            };
            var flow = new TradeFlow(reporter, partner, period, (FlowDirection)rng.Next(4), new Money(amount, currency), commodity);
            ulong[] words = Words(flow);
            ulong packed = words[FlowLayout.PackedWord];
            Assert.Equal(flow.PartnerDenseId, FlowLayout.Field(packed, FlowLayout.PartnerShift, FlowLayout.PartnerMask));
            Assert.Equal(partner, TradePartner.FromDenseId(FlowLayout.Field(packed, FlowLayout.PartnerShift, FlowLayout.PartnerMask)));
            Assert.Equal(reporter.Index, FlowLayout.Field(packed, FlowLayout.ReporterShift, FlowLayout.ReporterMask));
            Assert.Equal((int)flow.Flow, FlowLayout.Field(packed, FlowLayout.FlowShift, FlowLayout.FlowMask));
            Assert.Equal(currency.Index, FlowLayout.Field(packed, FlowLayout.CurrencyShift, FlowLayout.CurrencyMask));
            Assert.Equal(commodity, HsCode.FromBits23(FlowLayout.Field(packed, FlowLayout.CommodityShift, FlowLayout.CommodityMask)));
            Assert.Equal(amount < 0 ? 1 : 0, FlowLayout.Field(packed, FlowLayout.SignShift, FlowLayout.SignMask));
            int code = unchecked((int)(words[FlowLayout.HighAndPeriodWord] >> FlowLayout.PeriodCodeShift));
            Assert.Equal(flow.PeriodCode, code);
            Assert.Equal(period, PeriodCode.ToPeriod(code));
            int scale = FlowLayout.Field(packed, FlowLayout.ScaleShift, FlowLayout.ScaleMask);
            int lift = FlowLayout.Field(packed, FlowLayout.LiftShift, FlowLayout.LiftMask);
            var mantissa = (System.Numerics.BigInteger)words[FlowLayout.ValueLowWord]
                           + ((System.Numerics.BigInteger)unchecked((uint)words[FlowLayout.HighAndPeriodWord]) << 64);
            decimal stored = (decimal)mantissa / (decimal)System.Numerics.BigInteger.Pow(10, scale);
            Assert.Equal(Math.Abs(amount), stored);
            Assert.True(lift == 0 || scale == 2, "a lift brings the value to cents");
            Assert.Equal(amount, flow.Value.Amount);
        }
    }

    [Fact]
    public void VectorLanes_AgreeWithTheScalarLoop_OnFlowsAtTheTopOfEveryField()
    {
        // The vector path's lane arithmetic (portable loads where the machine has no AVX-512) against the scalar loop,
        // on flows whose reporters, partners, currency and years sit at the top of their ranges, with signs, lifts,
        // values either side of 2^38 units, interned periods and flows outside the year window.
        var rng = new Random(77);
        var currency = Currency.All[^1];
        var reporters = Country.All.Skip(Country.All.Count - 12).ToArray();
        var partners = Enumerable.Range(0, TradePartner.DenseCount).Select(TradePartner.FromDenseId).Where(p => !p.IsDefault).TakeLast(12).ToArray();
        var flows = new TradeFlow[50_000];
        for (int i = 0; i < flows.Length; i++)
        {
            int year = 9995 + rng.Next(5);
            var period = (i % 211) switch
            {
                0 => Period.DayRange(new NodaTime.LocalDate(year, 3, 1), new NodaTime.LocalDate(year, 3, 25)), // interned
                1 => Period.Year(9990), // outside the sampled window
                2 => Period.Month(year, 12),
                _ => Period.Year(year),
            };
            decimal amount = (i % 101) switch
            {
                0 => (1L << 38) / 100m, // 2^38 units: the scalar path
                1 => ((1L << 38) - 1) / 100m, // just below
                2 => -((1L << 38) - 1) / 100m,
                3 => rng.Next(1, 1000), // lifted
                4 => rng.Next(1, 1000) / 1000m, // another scale
                _ => rng.NextInt64(-1L << 36, 1L << 36) / 100m,
            };
            flows[i] = new TradeFlow(reporters[rng.Next(reporters.Length)], partners[rng.Next(partners.Length)], period, (FlowDirection)rng.Next(4), new Money(amount, currency));
        }

        flows[0] = new TradeFlow(reporters[0], partners[0], Period.Year(9997), FlowDirection.Export, new Money(1.25m, currency)); // sets the fast scale
        TradeDimensions[] groupings = [TradeDimensions.Reporter | TradeDimensions.Period | TradeDimensions.Flow, TradeDimensions.Partner | TradeDimensions.Period, TradeDimensions.Reporter, TradeDimensions.None];
        bool emulated = VectorAddition.Emulated;
        try
        {
            foreach (var by in groupings)
            {
                var options = new AggregationOptions { GroupBy = by, MaxDegreeOfParallelism = 1 };
                VectorAddition.Enabled = false;
                var scalar = TradeAggregation.Aggregate(flows, options);
                VectorAddition.Enabled = true;
                VectorAddition.Emulated = true;
                var vector = TradeAggregation.Aggregate(flows, options);
                Assert.Equal(scalar.Rows.ToArray(), vector.Rows.ToArray());
                Assert.Equal(flows.Length, vector.FlowCount);
                Assert.Equal(flows.Where(f => f.Flow == FlowDirection.Export).Sum(f => f.Value.Amount), vector.Rows.Sum(r => r.Exports.Amount));
                Assert.Equal(flows.Where(f => f.Flow == FlowDirection.ReImport).Sum(f => f.Value.Amount), vector.Rows.Sum(r => r.ReImports.Amount));
                VectorAddition.Emulated = false;
                if (VectorAddition.IsSupported)
                {
                    // The eight-lane AVX-512 path, even where the tuning prefers four lanes.
                    VectorAddition.Force512 = true;
                    var lanes8 = TradeAggregation.Aggregate(flows, options);
                    VectorAddition.Force512 = false;
                    Assert.Equal(scalar.Rows.ToArray(), lanes8.Rows.ToArray());
                }

                if (VectorAddition.Is256Supported)
                {
                    // The four-lane AVX2 path, forced even where AVX-512 is there.
                    VectorAddition.Force256 = true;
                    var lanes4 = TradeAggregation.Aggregate(flows, options);
                    VectorAddition.Force256 = false;
                    Assert.Equal(scalar.Rows.ToArray(), lanes4.Rows.ToArray());
                    Assert.Equal(flows.Length, lanes4.FlowCount);
                }
            }
        }
        finally
        {
            VectorAddition.Enabled = true;
            VectorAddition.Emulated = emulated;
            VectorAddition.Force256 = false;
            VectorAddition.Force512 = false;
        }
    }

    private static ulong[] Words(TradeFlow flow)
    {
        var words = new ulong[FlowLayout.Words];
        for (int w = 0; w < words.Length; w++)
        {
            words[w] = Unsafe.Add(ref Unsafe.As<TradeFlow, ulong>(ref flow), w);
        }

        return words;
    }

    private static readonly Country[] SomeCountries = [.. new[] { "KZ", "CN", "US", "DE", "ZW" }.Select(Country.FromCode)];
    private static readonly TradePartner[] SomePartners =
        [.. SomeCountries.Select(c => (TradePartner)c), TradePartner.World, TradePartner.FromComtrade(ComtradeCode.FromCode(899))];
    private static readonly Currency[] SomeCurrencies = [Currency.USD, Currency.FromCode("EUR"), Currency.FromCode("JPY")];
    private static readonly Period[] SomePeriods = [Period.Year(1900), Period.Year(2023), Period.Month(2024, 12), Period.Quarter(2020, 3)];

    /// <summary>The readers' packed-row builder gives, bit for bit, the flow the public constructor gives from the same
    /// value (mantissa up to 18 digits, any scale to 28, either sign, any commodity and mode of transport).</summary>
    [Property]
    public Property FromParts_IsTheConstructorBitForBit() =>
        Prop.ForAll(
            (from mantissa in Gen.Choose(0, int.MaxValue).Select(x => (ulong)x * (ulong)Math.Pow(10, x % 10)).Select(m => m % 1_000_000_000_000_000_000UL)
             from scale in Gen.Choose(0, 28)
             from negative in Gen.Elements(false, true)
             from r in Gen.Choose(0, SomeCountries.Length - 1)
             from p in Gen.Choose(0, SomePartners.Length - 1)
             from c in Gen.Choose(0, SomeCurrencies.Length - 1)
             from t in Gen.Choose(0, SomePeriods.Length - 1)
             from flow in Gen.Choose(0, 3)
             from hs in Gen.Elements(default, HsCode.Create(27, HsLevel.Chapter), HsCode.Create(870323, HsLevel.Subheading))
             from mode in Gen.Elements(default(TransportMode), TransportMode.FromComtrade(2100))
             select (mantissa, scale, negative, r, p, c, t, flow, hs, mode)).ToArbitrary(),
            x =>
            {
                var amount = new decimal(unchecked((int)(uint)x.mantissa), (int)(uint)(x.mantissa >> 32), 0, x.negative && x.mantissa != 0, (byte)x.scale);
                var expected = new TradeFlow(SomeCountries[x.r], SomePartners[x.p], SomePeriods[x.t], (FlowDirection)x.flow, new Money(amount, SomeCurrencies[x.c]), x.hs)
                    .WithTransport(x.mode);
                int code = PeriodCode.Of(SomePeriods[x.t]);
                var fromMantissa = TradeFlow.FromParts(SomeCountries[x.r], SomePartners[x.p], code, (FlowDirection)x.flow, x.mantissa, x.scale, x.negative,
                    SomeCurrencies[x.c], x.hs, x.mode);
                var fromDecimal = TradeFlow.FromParts(SomeCountries[x.r], SomePartners[x.p], code, (FlowDirection)x.flow, amount, SomeCurrencies[x.c], x.hs, x.mode);
                return Words(fromMantissa).SequenceEqual(Words(expected)) && Words(fromDecimal).SequenceEqual(Words(expected))
                       && fromMantissa.Value.Amount.Scale == amount.Scale && fromMantissa.Value.Amount == amount;
            });
}

using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace TradeDomain.Aggregation;

/// <summary>
/// The dense hot loop eight flows at a time with AVX-512: three loads and six permutes take eight 24-byte flows apart
/// into their value mantissas, (high mantissa, period code) pairs and packed fields; the checks of
/// <see cref="TradeFlow.TryFastUnits"/> and the slot arithmetic of <see cref="YearSlots.Of"/> run on all eight lanes;
/// only the two additions per flow stay scalar — the sum and the count, side by side in <see cref="Accumulator.Pairs"/>
/// so they share a cache line. Where any lane is uncommon, it stops and the scalar loop takes that group.
/// </summary>
/// <remarks>
/// The sums need no overflow check: a lane is taken only when its value is below 2^<see cref="ValueBits"/> units
/// (2.7 billion in cents) and a pair table takes at most 2^24 flows (<see cref="Budget"/>) before it is folded into the
/// accumulator (<see cref="Accumulator.FoldPairs"/>, which checks), so no sum in it can reach 2^62.
/// </remarks>
internal static class VectorAddition
{
    internal const int Width = 8;

    /// <summary>Values at or above 2^38 units take the scalar path.</summary>
    internal const int ValueBits = 38;

    /// <summary>Flows a pair table takes before it is folded: 2^24 (tests lower it to exercise the folding; any value
    /// up to 2^24 keeps the sums exact).</summary>
    internal static int Budget { get; set; } = 1 << 24;

    /// <summary>Whether the hardware has AVX-512 (F and DQ) and a flow is laid out as this code reads it (checked once,
    /// on a real flow, so a layout change turns the vector path off rather than reading the wrong fields; the tests
    /// assert <see cref="LayoutMatches"/> on every machine, so such a change cannot pass unnoticed).</summary>
    internal static bool IsSupported { get; } = Avx512F.IsSupported && Avx512DQ.IsSupported && LayoutMatches();

    /// <summary>Whether the hardware has AVX2 (and a flow is laid out as this code reads it): where AVX-512 is missing,
    /// most x64 machines in use (many AMD and cloud CPUs), the same lane arithmetic runs four flows at a time
    /// (<see cref="Add256"/>).</summary>
    internal static bool Is256Supported { get; } = Avx2.IsSupported && LayoutMatches();

    /// <summary>Tests only: take the four-lane AVX2 path even where AVX-512 is there, to check it against the scalar loop.</summary>
    internal static bool Force256 { get; set; }

    /// <summary>Tests and benchmarks only: take the eight-lane AVX-512 path where the tuning prefers four lanes.</summary>
    internal static bool Force512 { get; set; }

    /// <summary>Whether some lane path (AVX-512, AVX2 or the tests' emulation) runs on this machine.</summary>
    internal static bool IsAccelerated => IsSupported || Is256Supported || Emulated;

    /// <summary>Whether aggregation uses this path where it is supported (tests turn it off to exercise the scalar loop).</summary>
    internal static bool Enabled { get; set; } = true;

    /// <summary>Tests only: run the same lane arithmetic with portable loads and shifts where the hardware has no
    /// AVX-512, so the masks and shifts of this path are checked against the scalar loop on every machine.</summary>
    internal static bool Emulated { get; set; }

    /// <summary>Whether a flow, read as three ulongs with the shifts and masks of <see cref="FlowLayout"/>, gives the
    /// fields its accessors give (independent of the hardware).</summary>
    internal static bool LayoutMatches()
    {
        if (Unsafe.SizeOf<TradeFlow>() != FlowLayout.Words * sizeof(ulong))
        {
            return false;
        }

        var flow = new TradeFlow(Country.FromCode("KZ"), Country.FromCode("CN"), Period.Quarter(2023, 2), FlowDirection.Import,
            new Money(-1234.5m, Currency.USD), HsCode.Create(8703, HsLevel.Heading));
        ulong low = Unsafe.Add(ref Unsafe.As<TradeFlow, ulong>(ref flow), FlowLayout.ValueLowWord);
        ulong highAndPeriod = Unsafe.Add(ref Unsafe.As<TradeFlow, ulong>(ref flow), FlowLayout.HighAndPeriodWord);
        ulong packed = Unsafe.Add(ref Unsafe.As<TradeFlow, ulong>(ref flow), FlowLayout.PackedWord);
        return low == 123450 && unchecked((uint)highAndPeriod) == 0 && unchecked((int)(highAndPeriod >> FlowLayout.PeriodCodeShift)) == flow.PeriodCode
               && FlowLayout.Field(packed, FlowLayout.PartnerShift, FlowLayout.PartnerMask) == flow.PartnerDenseId
               && FlowLayout.Field(packed, FlowLayout.ReporterShift, FlowLayout.ReporterMask) == flow.ReporterIndex
               && FlowLayout.Field(packed, FlowLayout.FlowShift, FlowLayout.FlowMask) == flow.FlowIndex
               && flow.TryFastUnits(TradeFlow.FastMatch(Currency.USD, 2), out long units)
               && units == -123450 && FlowLayout.Field(packed, FlowLayout.SignShift, FlowLayout.SignMask) == 1;
    }

    /// <summary>Adds whole groups of eight common flows from <paramref name="start"/> on to the pair table, taking eight
    /// from <paramref name="budget"/> for each; returns where it stopped (the first flow of a group with an uncommon
    /// flow, or where fewer than eight flows or eight of budget remain).</summary>
    internal static int Add(ReadOnlySpan<TradeFlow> flows, int start, in YearSlots slots, ulong match, long[] pairs, ref int budget) =>
        Emulated ? Add<PortableLanes>(flows, start, slots, match, pairs, ref budget)
        : IsSupported && !Force256 && (Force512 || !EngineTuning.Current.PreferFourLanes) ? Add<Avx512Lanes>(flows, start, slots, match, pairs, ref budget)
        : Add256(flows, start, slots, match, pairs, ref budget);

    /// <summary>
    /// The lane arithmetic of <see cref="Add{TLanes}"/> four flows at a time in 256-bit vectors (AVX2): the flows' words
    /// gathered into lanes by plain loads, the slot products by <c>vpmuludq</c> (every factor and partial slot is below
    /// 2^32), the period kind test by a variable shift. Same checks, same stopping rule, same two scalar additions a flow.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe int Add256(ReadOnlySpan<TradeFlow> flows, int start, in YearSlots slots, ulong match, long[] pairs, ref int budget)
    {
        const int Lanes = 4;
        unchecked
        {
            int n = flows.Length;
            if (n - start < Lanes)
            {
                return start;
            }

            const int PeriodShift = FlowLayout.PeriodCodeShift;
            const int W = FlowLayout.Words;
            var valueHighMask = Vector256.Create((1UL << FlowLayout.ValueHighBits) - 1);
            var fastMask = Vector256.Create(TradeFlow.FastMatchMask);
            var expected = Vector256.Create(match);
            var singleYearKinds = Vector256.Create((ulong)PeriodCode.SingleYearKinds);
            var kindMask = Vector256.Create((ulong)PeriodCode.KindMask);
            var yearMask = Vector256.Create((ulong)PeriodCode.YearMask);
            var internedBit = Vector256.Create((ulong)PeriodCode.InternedBit);
            var firstYear = Vector256.Create((ulong)(uint)slots.FirstYear);
            var yearCount = Vector256.Create((ulong)slots.YearCount);
            var reporterMask = Vector256.Create((ulong)(uint)slots.ReporterMask & FlowLayout.ReporterMask);
            var partnerMask = Vector256.Create((ulong)(uint)slots.PartnerMask & FlowLayout.PartnerMask);
            var flowMask = Vector256.Create((ulong)(uint)slots.FlowMask & FlowLayout.FlowMask);
            var flowFieldMask = Vector256.Create(FlowLayout.FlowMask);
            var signMask = Vector256.Create(FlowLayout.SignMask);
            var partners = Vector256.Create((ulong)slots.Partners).AsUInt32();
            var yearRadix = Vector256.Create((ulong)slots.YearRadix).AsUInt32();
            var flowRadix = Vector256.Create((ulong)slots.Flows).AsUInt32();
            bool byYear = slots.ByYear;

            long* pairOf = stackalloc long[Lanes];
            long* valueOf = stackalloc long[Lanes];
            fixed (TradeFlow* first = flows)
            {
                ulong* q = (ulong*)(first + start);
                int i = start;
                for (; i <= n - Lanes && budget >= Lanes; i += Lanes, q += W * Lanes)
                {
                    var low = Vector256.Create(q[FlowLayout.ValueLowWord], q[W + FlowLayout.ValueLowWord], q[(2 * W) + FlowLayout.ValueLowWord], q[(3 * W) + FlowLayout.ValueLowWord]);
                    var high = Vector256.Create(q[FlowLayout.HighAndPeriodWord], q[W + FlowLayout.HighAndPeriodWord], q[(2 * W) + FlowLayout.HighAndPeriodWord], q[(3 * W) + FlowLayout.HighAndPeriodWord]);
                    var packed = Vector256.Create(q[FlowLayout.PackedWord], q[W + FlowLayout.PackedWord], q[(2 * W) + FlowLayout.PackedWord], q[(3 * W) + FlowLayout.PackedWord]);

                    var ok = Vector256.Equals(packed & fastMask, expected)
                             & Vector256.Equals((high & valueHighMask) | (low >> ValueBits), Vector256<ulong>.Zero);
                    var year = Vector256<ulong>.Zero;
                    if (byYear)
                    {
                        var code = high >> PeriodShift;
                        var single = Avx2.ShiftRightLogicalVariable(singleYearKinds, (code >> PeriodCode.KindShift) & kindMask) & Vector256<ulong>.One;
                        year = ((code >> PeriodCode.YearShift) & yearMask) - firstYear;
                        ok &= Vector256.Equals(single | (code & internedBit), Vector256<ulong>.One)
                              & Vector256.LessThan(year, yearCount);
                    }

                    if (ok != Vector256<ulong>.AllBitsSet)
                    {
                        return i;
                    }

                    var flow = (packed >> FlowLayout.FlowShift) & flowFieldMask;
                    var reporter = ((packed >> FlowLayout.ReporterShift) & reporterMask).AsUInt32();
                    var partner = (packed >> FlowLayout.PartnerShift) & partnerMask;
                    var slot = Avx2.Multiply((Avx2.Multiply((Avx2.Multiply(reporter, partners) + partner).AsUInt32(), yearRadix) + year).AsUInt32(), flowRadix)
                               + (flow & flowMask);
                    var negative = Vector256<ulong>.Zero - ((packed >> FlowLayout.SignShift) & signMask);
                    ((slot << 3) | (flow << 1)).AsInt64().Store(pairOf);
                    ((low ^ negative) - negative).AsInt64().Store(valueOf);
                    for (int k = 0; k < Lanes; k++)
                    {
                        ref long sum = ref pairs[(int)pairOf[k]];
                        sum += valueOf[k]; // cannot overflow (see the remarks)
                        Unsafe.Add(ref sum, 1)++;
                    }

                    budget -= Lanes;
                }

                return i;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe int Add<TLanes>(ReadOnlySpan<TradeFlow> flows, int start, in YearSlots slots, ulong match, long[] pairs, ref int budget)
        where TLanes : struct, ILanes
    {
        unchecked
        {
            int n = flows.Length;
            if (n - start < Width)
            {
                return start;
            }

            // Every shift and mask from the one layout description.
            const int PeriodShift = FlowLayout.PeriodCodeShift;
            var valueHighMask = Vector512.Create((1UL << FlowLayout.ValueHighBits) - 1);
            var fastMask = Vector512.Create(TradeFlow.FastMatchMask);
            var expected = Vector512.Create(match);
            var singleYearKinds = Vector512.Create((ulong)PeriodCode.SingleYearKinds);
            var kindMask = Vector512.Create((ulong)PeriodCode.KindMask);
            var yearMask = Vector512.Create((ulong)PeriodCode.YearMask);
            var internedBit = Vector512.Create((ulong)PeriodCode.InternedBit);
            var firstYear = Vector512.Create((ulong)(uint)slots.FirstYear);
            var yearCount = Vector512.Create((ulong)slots.YearCount);
            var reporterMask = Vector512.Create((ulong)(uint)slots.ReporterMask & FlowLayout.ReporterMask);
            var partnerMask = Vector512.Create((ulong)(uint)slots.PartnerMask & FlowLayout.PartnerMask);
            var flowMask = Vector512.Create((ulong)(uint)slots.FlowMask & FlowLayout.FlowMask);
            var flowFieldMask = Vector512.Create(FlowLayout.FlowMask);
            var signMask = Vector512.Create(FlowLayout.SignMask);
            var partners = Vector512.Create((ulong)slots.Partners);
            var yearRadix = Vector512.Create((ulong)slots.YearRadix);
            var flowRadix = Vector512.Create((ulong)slots.Flows);
            bool byYear = slots.ByYear;
            var permutes = new Permutes();

            long* pairOf = stackalloc long[Width];
            long* valueOf = stackalloc long[Width];
            fixed (TradeFlow* first = flows)
            {
                ulong* q = (ulong*)(first + start);
                int i = start;
                for (; i <= n - Width && budget >= Width; i += Width, q += FlowLayout.Words * Width)
                {
                    TLanes.Split(q, permutes, out var low, out var high, out var packed);

                    // The expected currency and stored scale, a mantissa below 2^ValueBits.
                    var ok = Vector512.Equals(packed & fastMask, expected)
                             & Vector512.Equals((high & valueHighMask) | (low >> ValueBits), Vector512<ulong>.Zero);
                    var year = Vector512<ulong>.Zero;
                    if (byYear)
                    {
                        // A period code (not interned) of a kind within one year, the year inside the window.
                        var code = high >> PeriodShift;
                        var single = TLanes.ShiftRightVariable(singleYearKinds, (code >> PeriodCode.KindShift) & kindMask) & Vector512<ulong>.One;
                        year = ((code >> PeriodCode.YearShift) & yearMask) - firstYear;
                        ok &= Vector512.Equals(single | (code & internedBit), Vector512<ulong>.One)
                              & Vector512.LessThan(year, yearCount);
                    }

                    if (ok != Vector512<ulong>.AllBitsSet)
                    {
                        return i;
                    }

                    var flow = (packed >> FlowLayout.FlowShift) & flowFieldMask;
                    // Every factor and partial slot is below 2^32 (as in Add256): 32-bit products (vpmuludq), where a
                    // 64-bit vpmullq is three micro-operations with a long latency on Intel's cores.
                    var slot = TLanes.Multiply32(TLanes.Multiply32(TLanes.Multiply32((packed >> FlowLayout.ReporterShift) & reporterMask, partners)
                                   + ((packed >> FlowLayout.PartnerShift) & partnerMask), yearRadix) + year, flowRadix)
                               + (flow & flowMask);
                    var negative = Vector512<ulong>.Zero - ((packed >> FlowLayout.SignShift) & signMask);
                    ((slot << 3) | (flow << 1)).AsInt64().Store(pairOf); // the cell's sum; its count follows
                    ((low ^ negative) - negative).AsInt64().Store(valueOf);
                    for (int k = 0; k < Width; k++)
                    {
                        ref long sum = ref pairs[(int)pairOf[k]];
                        sum += valueOf[k]; // cannot overflow (see the remarks)
                        Unsafe.Add(ref sum, 1)++; // in range: the table has an even length and the index is even
                    }

                    budget -= Width;
                }

                return i;
            }
        }
    }

    /// <summary>How eight flows are taken apart into lanes and how lanes shift by lane counts: by AVX-512 permutes, or
    /// portably (tests, on machines without AVX-512).</summary>
    private unsafe interface ILanes
    {
        static abstract void Split(ulong* q, in Permutes permutes, out Vector512<ulong> low, out Vector512<ulong> high, out Vector512<ulong> packed);

        static abstract Vector512<ulong> ShiftRightVariable(Vector512<ulong> value, Vector512<ulong> counts);

        /// <summary>The products of the lanes' low 32 bits, each a full 64-bit lane.</summary>
        static abstract Vector512<ulong> Multiply32(Vector512<ulong> left, Vector512<ulong> right);
    }

    private readonly struct Avx512Lanes : ILanes
    {
        // Flow k is ulongs 3k (mantissa low), 3k + 1 (mantissa high | period code << 32), 3k + 2 (packed fields):
        // three loads and six permutes.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static unsafe void Split(ulong* q, in Permutes p, out Vector512<ulong> low, out Vector512<ulong> high, out Vector512<ulong> packed)
        {
            var a = Vector512.Load(q);
            var b = Vector512.Load(q + Width);
            var c = Vector512.Load(q + (2 * Width));
            low = Avx512F.PermuteVar8x64x2(Avx512F.PermuteVar8x64x2(a, p.LowFirst, b), p.LowLast, c);
            high = Avx512F.PermuteVar8x64x2(Avx512F.PermuteVar8x64x2(a, p.HighFirst, b), p.HighLast, c);
            packed = Avx512F.PermuteVar8x64x2(Avx512F.PermuteVar8x64x2(a, p.PackedFirst, b), p.PackedLast, c);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<ulong> ShiftRightVariable(Vector512<ulong> value, Vector512<ulong> counts) => Avx512F.ShiftRightLogicalVariable(value, counts);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<ulong> Multiply32(Vector512<ulong> left, Vector512<ulong> right) => Avx512F.Multiply(left.AsUInt32(), right.AsUInt32());
    }

    /// <summary>The permute indices that take word w of eight flows out of three loads, computed from <see cref="FlowLayout"/>.</summary>
    internal readonly struct Permutes
    {
        internal readonly Vector512<ulong> LowFirst, LowLast, HighFirst, HighLast, PackedFirst, PackedLast;

        public Permutes()
        {
            LowFirst = First(FlowLayout.ValueLowWord);
            LowLast = Last(FlowLayout.ValueLowWord);
            HighFirst = First(FlowLayout.HighAndPeriodWord);
            HighLast = Last(FlowLayout.HighAndPeriodWord);
            PackedFirst = First(FlowLayout.PackedWord);
            PackedLast = Last(FlowLayout.PackedWord);
        }

        // Word w of flows 0–7 (ulong 3k + w) from a (ulongs 0–7), b (8–15), c (16–23): the first permute picks from a and b
        // (index ≥ 8 is b) what lies in them, the second keeps those lanes (indices 0–7) and takes the rest from c (8 + …).
        internal static Vector512<ulong> First(int w) => Vector512.Create((ulong)w, (ulong)(3 + w), (ulong)(6 + w), (ulong)(9 + w),
            (ulong)(12 + w), (ulong)(15 + w) & 15, (ulong)(18 + w) & 15, (ulong)(21 + w) & 15);

        internal static Vector512<ulong> Last(int w) => Vector512.Create(0UL, 1, 2, 3, 4,
            15 + w < 16 ? 5UL : (ulong)(8 + 15 + w - 16), 18 + w < 16 ? 6UL : (ulong)(8 + 18 + w - 16), 21 + w < 16 ? 7UL : (ulong)(8 + 21 + w - 16));
    }

    private readonly struct PortableLanes : ILanes
    {
        public static unsafe void Split(ulong* q, in Permutes p, out Vector512<ulong> low, out Vector512<ulong> high, out Vector512<ulong> packed)
        {
            const int W = FlowLayout.Words;
            low = Vector512.Create(q[FlowLayout.ValueLowWord], q[W + FlowLayout.ValueLowWord], q[(2 * W) + FlowLayout.ValueLowWord], q[(3 * W) + FlowLayout.ValueLowWord],
                q[(4 * W) + FlowLayout.ValueLowWord], q[(5 * W) + FlowLayout.ValueLowWord], q[(6 * W) + FlowLayout.ValueLowWord], q[(7 * W) + FlowLayout.ValueLowWord]);
            high = Vector512.Create(q[FlowLayout.HighAndPeriodWord], q[W + FlowLayout.HighAndPeriodWord], q[(2 * W) + FlowLayout.HighAndPeriodWord], q[(3 * W) + FlowLayout.HighAndPeriodWord],
                q[(4 * W) + FlowLayout.HighAndPeriodWord], q[(5 * W) + FlowLayout.HighAndPeriodWord], q[(6 * W) + FlowLayout.HighAndPeriodWord], q[(7 * W) + FlowLayout.HighAndPeriodWord]);
            packed = Vector512.Create(q[FlowLayout.PackedWord], q[W + FlowLayout.PackedWord], q[(2 * W) + FlowLayout.PackedWord], q[(3 * W) + FlowLayout.PackedWord],
                q[(4 * W) + FlowLayout.PackedWord], q[(5 * W) + FlowLayout.PackedWord], q[(6 * W) + FlowLayout.PackedWord], q[(7 * W) + FlowLayout.PackedWord]);
        }

        public static Vector512<ulong> ShiftRightVariable(Vector512<ulong> value, Vector512<ulong> counts) => Vector512.Create(
            value[0] >> (int)counts[0], value[1] >> (int)counts[1], value[2] >> (int)counts[2], value[3] >> (int)counts[3],
            value[4] >> (int)counts[4], value[5] >> (int)counts[5], value[6] >> (int)counts[6], value[7] >> (int)counts[7]);

        public static Vector512<ulong> Multiply32(Vector512<ulong> left, Vector512<ulong> right)
        {
            var low = Vector512.Create(0xFFFF_FFFFUL);
            return (left & low) * (right & low);
        }
    }
}

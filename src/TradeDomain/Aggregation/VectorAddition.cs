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
    /// on a real flow, so a layout change turns the vector path off rather than reading the wrong fields).</summary>
    internal static bool IsSupported { get; } = Avx512F.IsSupported && Avx512DQ.IsSupported && LayoutMatches();

    /// <summary>Whether aggregation uses this path where it is supported (tests turn it off to exercise the scalar loop).</summary>
    internal static bool Enabled { get; set; } = true;

    private static bool LayoutMatches()
    {
        if (Unsafe.SizeOf<TradeFlow>() != 24)
        {
            return false;
        }

        var flow = new TradeFlow(Country.FromCode("KZ"), Country.FromCode("CN"), Period.Quarter(2023, 2), FlowDirection.Import,
            new Money(-1234.5m, Currency.USD), HsCode.Create(8703, HsLevel.Heading));
        ulong low = Unsafe.As<TradeFlow, ulong>(ref flow);
        ulong highAndPeriod = Unsafe.Add(ref Unsafe.As<TradeFlow, ulong>(ref flow), 1);
        ulong packed = Unsafe.Add(ref Unsafe.As<TradeFlow, ulong>(ref flow), 2);
        return low == 123450 && unchecked((uint)highAndPeriod) == 0 && unchecked((int)(highAndPeriod >> 32)) == flow.PeriodCode
               && (int)(packed & 0x3FF) == flow.PartnerDenseId && (int)((packed >> 10) & 0x1FF) == flow.ReporterIndex
               && (int)((packed >> 19) & 3) == flow.FlowIndex && flow.TryFastUnits(TradeFlow.FastMatch(Currency.USD, 2), out long units)
               && units == -123450 && ((packed >> 35) & 1) == 1;
    }

    /// <summary>Adds whole groups of eight common flows from <paramref name="start"/> on to the pair table, taking eight
    /// from <paramref name="budget"/> for each; returns where it stopped (the first flow of a group with an uncommon
    /// flow, or where fewer than eight flows or eight of budget remain).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static unsafe int Add(ReadOnlySpan<TradeFlow> flows, int start, in YearSlots slots, ulong match, long[] pairs, ref int budget)
    {
        unchecked
        {
            int n = flows.Length;
            if (n - start < Width)
            {
                return start;
            }

            // Flow k is ulongs 3k (mantissa low), 3k + 1 (mantissa high | period code << 32), 3k + 2 (packed fields).
            var lowFirst = Vector512.Create(0UL, 3, 6, 9, 12, 15, 0, 0);
            var lowLast = Vector512.Create(0UL, 1, 2, 3, 4, 5, 10, 13);
            var highFirst = Vector512.Create(1UL, 4, 7, 10, 13, 0, 0, 0);
            var highLast = Vector512.Create(0UL, 1, 2, 3, 4, 8, 11, 14);
            var packedFirst = Vector512.Create(2UL, 5, 8, 11, 14, 0, 0, 0);
            var packedLast = Vector512.Create(0UL, 1, 2, 3, 4, 9, 12, 15);

            var fastMask = Vector512.Create(TradeFlow.FastMatchMask);
            var expected = Vector512.Create(match);
            var singleYearKinds = Vector512.Create((ulong)Period.SingleYearKinds);
            var firstYear = Vector512.Create((ulong)(uint)slots.FirstYear);
            var yearCount = Vector512.Create((ulong)slots.YearCount);
            var reporterMask = Vector512.Create((ulong)(uint)slots.ReporterMask & 0x1FF);
            var partnerMask = Vector512.Create((ulong)(uint)slots.PartnerMask & 0x3FF);
            var flowMask = Vector512.Create((ulong)(uint)slots.FlowMask & 3);
            var partners = Vector512.Create((ulong)slots.Partners);
            var yearRadix = Vector512.Create((ulong)slots.YearRadix);
            var flowRadix = Vector512.Create((ulong)slots.Flows);
            bool byYear = slots.ByYear;

            long* pairOf = stackalloc long[Width];
            long* valueOf = stackalloc long[Width];
            fixed (TradeFlow* first = flows)
            {
                ulong* q = (ulong*)(first + start);
                int i = start;
                for (; i <= n - Width && budget >= Width; i += Width, q += 3 * Width)
                {
                    var a = Vector512.Load(q);
                    var b = Vector512.Load(q + Width);
                    var c = Vector512.Load(q + (2 * Width));
                    var low = Avx512F.PermuteVar8x64x2(Avx512F.PermuteVar8x64x2(a, lowFirst, b), lowLast, c);
                    var high = Avx512F.PermuteVar8x64x2(Avx512F.PermuteVar8x64x2(a, highFirst, b), highLast, c);
                    var packed = Avx512F.PermuteVar8x64x2(Avx512F.PermuteVar8x64x2(a, packedFirst, b), packedLast, c);

                    // The expected currency and stored scale, a mantissa below 2^ValueBits.
                    var ok = Vector512.Equals(packed & fastMask, expected)
                             & Vector512.Equals((high & Vector512.Create(0xFFFF_FFFFUL)) | (low >> ValueBits), Vector512<ulong>.Zero);
                    var year = Vector512<ulong>.Zero;
                    if (byYear)
                    {
                        // A period code (not interned) of a kind within one year, the year inside the window.
                        var code = high >> 32;
                        var single = Avx512F.ShiftRightLogicalVariable(singleYearKinds, code & Vector512.Create(15UL)) & Vector512<ulong>.One;
                        year = ((code >> 8) & Vector512.Create(0x3FFFUL)) - firstYear;
                        ok &= Vector512.Equals(single | (code & Vector512.Create(0x8000_0000UL)), Vector512<ulong>.One)
                              & Vector512.LessThan(year, yearCount);
                    }

                    if (ok != Vector512<ulong>.AllBitsSet)
                    {
                        return i;
                    }

                    var flow = (packed >> 19) & Vector512.Create(3UL);
                    var slot = (((((((packed >> 10) & reporterMask) * partners) + (packed & partnerMask)) * yearRadix) + year) * flowRadix)
                               + (flow & flowMask);
                    var negative = Vector512<ulong>.Zero - ((packed >> 35) & Vector512<ulong>.One);
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
}

using TradeDomain.Utility;

namespace TradeDomain.Aggregation;

/// <summary>
/// Sums per group slot and flow direction. The hot path adds the decimal's 64-bit mantissa to a long when the value has
/// the slot table's usual scale (2 decimals for money); anything else — another scale, a value beyond 64 bits, an
/// overflowing sum — goes to an exact 128-bit side sum. Either way nothing is rounded.
/// </summary>
internal sealed class Accumulator
{
    internal long[] Fast;
    internal long[] Counts;
    internal readonly Dictionary<int, ExactSum> Slow = [];
    internal byte FastScale = byte.MaxValue;

    /// <summary>Sums and counts per cell side by side (cell · 2, cell · 2 + 1) for <see cref="VectorAddition"/>, so each
    /// flow touches one cache line; folded into <see cref="Fast"/> and <see cref="Counts"/> by <see cref="FoldPairs"/>.</summary>
    internal long[]? Pairs;

    /// <summary>Flows <see cref="Pairs"/> may still take (see <see cref="VectorAddition"/>).</summary>
    internal int PairsBudget;

    internal Accumulator(int slots)
    {
        Fast = new long[slots * 4];
        Counts = new long[slots];
    }

    private Accumulator(long[] fast, long[] counts)
    {
        Fast = fast;
        Counts = counts;
    }

    /// <summary>An accumulator on pooled, cleared arrays (exactly <paramref name="slots"/> long; see <see cref="LargeBuffers{T}"/>).</summary>
    internal static Accumulator Rent(int slots)
    {
        var fast = LargeBuffers<long>.Rent(slots * 4);
        var counts = LargeBuffers<long>.Rent(slots);
        return new Accumulator(fast, counts) { RentedSlots = slots };
    }

    /// <summary>The pair table of <see cref="VectorAddition"/> (pooled, cleared), made on first use.</summary>
    internal long[] RentPairs()
    {
        if (Pairs is null)
        {
            Pairs = LargeBuffers<long>.Rent(Slots * 8);
            PairsBudget = Math.Min(VectorAddition.Budget, 1 << 24);
        }

        return Pairs;
    }

    /// <summary>Moves the pair table's sums and counts into the cells (exactly: a sum that would overflow a cell goes to
    /// its side sum) and gives the table back.</summary>
    internal void FoldPairs()
    {
        if (Pairs is not { } pairs)
        {
            return;
        }

        for (int cell = 0; cell < Slots * 4; cell++)
        {
            long count = pairs[(cell * 2) + 1];
            if (count != 0)
            {
                Counts[cell >> 2] += count;
                long sum = pairs[cell * 2];
                if (!TryAddUnits(ref Fast[cell], sum))
                {
                    AddExact(Slow, cell, sum, FastScale);
                }
            }
        }

        LargeBuffers<long>.Return(pairs);
        Pairs = null;
    }

    /// <summary>Gives pooled arrays back.</summary>
    internal void Return()
    {
        if (Pairs is { } pairs)
        {
            LargeBuffers<long>.Return(pairs);
            Pairs = null;
        }

        if (RentedSlots > 0)
        {
            LargeBuffers<long>.Return(Fast);
            LargeBuffers<long>.Return(Counts);
            RentedSlots = 0;
        }
    }

    private int RentedSlots { get; set; }

    internal int Slots => RentedSlots > 0 ? RentedSlots : Counts.Length;

    internal void Grow(int slots)
    {
        Array.Resize(ref Fast, slots * 4);
        Array.Resize(ref Counts, slots);
    }

    /// <summary>Adds to a fast cell unless the long would overflow; then the caller moves the value to an exact side sum.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool TryAddUnits(ref long cell, long units)
    {
        long after = unchecked(cell + units);
        if (((cell ^ after) & (units ^ after)) < 0)
        {
            return false;
        }

        cell = after;
        return true;
    }

    /// <summary>Adds units at a scale to the exact side sum of a cell.</summary>
    internal static void AddExact(Dictionary<int, ExactSum> sums, int cell, long units, byte scale) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, cell, out _).Add(units, scale);

    /// <summary>Adds an exact sum to the side sum of a cell.</summary>
    internal static void AddExact(Dictionary<int, ExactSum> sums, int cell, ExactSum sum) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, cell, out _).Add(sum);

    /// <summary>Adds a decimal to the side sum of a cell.</summary>
    internal static void AddExact(Dictionary<int, ExactSum> sums, int cell, decimal value) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, cell, out _).Add(value);

    /// <summary>The scale the fast path works at: money's usual 2 decimals, or more if the first value has more.</summary>
    internal static byte ChooseFastScale(decimal first) => Math.Max(first.Scale, (byte)2);

    /// <summary>The fast scale for an aggregation into <paramref name="currency"/> whose first flow is
    /// <paramref name="first"/>: that flow's, if it is in the currency; money's 2 decimals otherwise.</summary>
    internal static byte ChooseFastScale(in TradeFlow first, Currency currency) =>
        first.Currency == currency ? ChooseFastScale(first.Value.Amount) : (byte)2;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void Add(int slot, int direction, decimal value)
    {
        if (FastScale == byte.MaxValue)
        {
            FastScale = ChooseFastScale(value);
        }

        int cell = (slot << 2) | direction;
        Counts[slot]++;
        if (!DecimalParts.TryUnits(value, FastScale, out long v) || !TryAddUnits(ref Fast[cell], v))
        {
            AddExact(Slow, cell, value);
        }
    }

    /// <summary>Adds another accumulator of the same layout into this one.</summary>
    internal void Absorb(Accumulator other)
    {
        if (other.FastScale != byte.MaxValue && other.FastScale != FastScale && FastScale != byte.MaxValue)
        {
            for (int cell = 0; cell < other.Slots * 4; cell++)
            {
                if (other.Fast[cell] != 0)
                {
                    AddExact(Slow, cell, other.Fast[cell], other.FastScale);
                }
            }
        }
        else
        {
            if (FastScale == byte.MaxValue)
            {
                FastScale = other.FastScale;
            }

            for (int cell = 0; cell < Slots * 4; cell++)
            {
                long b = other.Fast[cell];
                if (b != 0 && !TryAddUnits(ref Fast[cell], b))
                {
                    AddExact(Slow, cell, b, FastScale);
                }
            }
        }

        for (int slot = 0; slot < Slots; slot++)
        {
            Counts[slot] += other.Counts[slot];
        }

        foreach (var (cell, sum) in other.Slow)
        {
            AddExact(Slow, cell, sum);
        }
    }

    /// <summary>The exact total of one cell (fast part plus side sum).</summary>
    internal ExactSum Total(int slot, int direction)
    {
        int cell = (slot << 2) | direction;
        var total = default(ExactSum);
        if (Fast[cell] != 0)
        {
            total.Add(Fast[cell], FastScale);
        }

        if (Slow.Count > 0 && Slow.TryGetValue(cell, out var side))
        {
            total.Add(side);
        }

        return total;
    }
}

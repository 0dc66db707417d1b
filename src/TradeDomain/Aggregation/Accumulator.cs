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

    internal Accumulator(int slots)
    {
        Fast = new long[slots * 4];
        Counts = new long[slots];
    }

    internal int Slots => Counts.Length;

    internal void Grow(int slots)
    {
        Array.Resize(ref Fast, slots * 4);
        Array.Resize(ref Counts, slots);
    }

    internal void Add(int slot, int direction, decimal value, Span<int> bits)
    {
        decimal.GetBits(value, bits);
        int flags = bits[3];
        byte scale = (byte)((flags >> 16) & 0xFF);
        if (FastScale == byte.MaxValue)
        {
            FastScale = scale;
        }

        int cell = (slot << 2) | direction;
        Counts[slot]++;
        if (bits[2] == 0 && bits[1] >= 0 && scale == FastScale)
        {
            long v = unchecked(((long)bits[1] << 32) | (uint)bits[0]);
            if (flags < 0)
            {
                v = -v;
            }

            long before = Fast[cell];
            long after = unchecked(before + v);
            if (((before ^ after) & (v ^ after)) >= 0)
            {
                Fast[cell] = after;
                return;
            }
        }

        ref var exact = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Slow, cell, out _);
        exact.Add(value);
    }

    /// <summary>Adds another accumulator of the same layout into this one.</summary>
    internal void Absorb(Accumulator other)
    {
        if (other.FastScale != byte.MaxValue && other.FastScale != FastScale && FastScale != byte.MaxValue)
        {
            for (int cell = 0; cell < other.Fast.Length; cell++)
            {
                if (other.Fast[cell] != 0)
                {
                    ref var exact = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Slow, cell, out _);
                    exact.Add(other.Fast[cell], other.FastScale);
                }
            }
        }
        else
        {
            if (FastScale == byte.MaxValue)
            {
                FastScale = other.FastScale;
            }

            for (int cell = 0; cell < Fast.Length; cell++)
            {
                long a = Fast[cell], b = other.Fast[cell];
                if (b == 0)
                {
                    continue;
                }

                long sum = unchecked(a + b);
                if (((a ^ sum) & (b ^ sum)) >= 0)
                {
                    Fast[cell] = sum;
                }
                else
                {
                    ref var exact = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Slow, cell, out _);
                    exact.Add(b, FastScale);
                }
            }
        }

        for (int slot = 0; slot < Counts.Length; slot++)
        {
            Counts[slot] += other.Counts[slot];
        }

        foreach (var (cell, sum) in other.Slow)
        {
            ref var exact = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Slow, cell, out _);
            exact.Add(sum);
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

        if (Slow.TryGetValue(cell, out var side))
        {
            total.Add(side);
        }

        return total;
    }
}

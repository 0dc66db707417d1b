using System.Globalization;

namespace TradeDomain.Aggregation;

/// <summary>
/// An exact running sum of decimals: a 128-bit integer of units at a scale, so no addition ever rounds. Converted back
/// to <see cref="decimal"/> at the end; a total decimal cannot hold exactly is an error, never a rounded number.
/// </summary>
internal struct ExactSum
{
    private static readonly Int128[] Powers = BuildPowers();

    internal Int128 Units;
    internal byte Scale;

    private static Int128[] BuildPowers()
    {
        var p = new Int128[38];
        p[0] = 1;
        for (int i = 1; i < p.Length; i++)
        {
            p[i] = p[i - 1] * 10;
        }

        return p;
    }

    internal static Int128 Mantissa(ReadOnlySpan<int> bits) => unchecked(
        ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0]);

    internal void Add(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var m = Mantissa(bits);
        Add(bits[3] < 0 ? -m : m, (byte)((bits[3] >> 16) & 0xFF));
    }

    internal void Add(Int128 units, byte scale)
    {
        checked
        {
            if (scale == Scale)
            {
                Units += units;
            }
            else if (scale > Scale)
            {
                Units = (Units * Powers[scale - Scale]) + units;
                Scale = scale;
            }
            else
            {
                Units += units * Powers[Scale - scale];
            }
        }
    }

    internal void Add(ExactSum other) => Add(other.Units, other.Scale);

    /// <summary>The sum as a decimal, trailing zeros beyond the inputs' scale kept as decimal addition would keep them.</summary>
    internal readonly bool TryToDecimal(out decimal value)
    {
        var units = Units;
        int scale = Scale;
        bool negative = units < 0;
        var magnitude = negative ? -units : units;
        while ((magnitude >> 96) != 0 && scale > 0 && magnitude % 10 == 0)
        {
            magnitude /= 10;
            scale--;
        }

        if ((magnitude >> 96) != 0 || scale > 28)
        {
            value = 0;
            return false;
        }

        value = unchecked(new decimal((int)(uint)(magnitude & uint.MaxValue), (int)(uint)((magnitude >> 32) & uint.MaxValue),
            (int)(uint)((magnitude >> 64) & uint.MaxValue), negative, (byte)scale));
        return true;
    }

    public override readonly string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Units}e-{Scale}");
}

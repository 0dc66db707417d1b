using System.Runtime.CompilerServices;

namespace TradeDomain.Utility;

/// <summary>
/// A decimal taken apart into its 96-bit mantissa, scale and sign, and put back together — exactly, so a value can be
/// stored in 13 bytes instead of 16 and its mantissa read as a long in hot loops.
/// </summary>
internal static class DecimalParts
{
    /// <summary>Bit 7 of the packed scale byte: the value is negative (the low five bits are the scale, 0–28).</summary>
    internal const byte NegativeBit = 0x80;

    private struct Raw
    {
#pragma warning disable CS0649 // assigned by reinterpretation
        internal int Flags;
        internal uint Hi;
        internal ulong Lo;
#pragma warning restore CS0649
    }

    /// <summary>Whether decimal's fields are laid out as <see cref="Raw"/> on this runtime (they are on .NET Core 3 and
    /// later); otherwise the public <see cref="decimal.GetBits(decimal, Span{int})"/> is used.</summary>
    private static readonly bool RawLayout = CheckRawLayout();

    private static bool CheckRawLayout()
    {
        decimal probe = -12345678901234.5678m;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(probe, bits);
        var raw = Unsafe.As<decimal, Raw>(ref probe);
        return Unsafe.SizeOf<decimal>() == 16 && raw.Flags == bits[3] && raw.Hi == (uint)bits[2]
               && raw.Lo == unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
    }

    /// <summary>The mantissa's low 64 and high 32 bits and the packed scale byte (scale | <see cref="NegativeBit"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Split(decimal value, out ulong low, out uint high, out byte scaleAndSign)
    {
        int flags;
        if (RawLayout)
        {
            ref var raw = ref Unsafe.As<decimal, Raw>(ref value);
            flags = raw.Flags;
            high = raw.Hi;
            low = raw.Lo;
        }
        else
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            flags = bits[3];
            high = unchecked((uint)bits[2]);
            low = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        }

        scaleAndSign = (byte)(((flags >> 16) & 0x1F) | (flags < 0 ? NegativeBit : 0));
    }

    /// <summary>The decimal of parts made by <see cref="Split"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal Join(ulong low, uint high, byte scaleAndSign) => unchecked(new decimal(
        (int)(uint)low, (int)(uint)(low >> 32), (int)high, (scaleAndSign & NegativeBit) != 0, (byte)(scaleAndSign & 0x1F)));

    private static readonly long[] Powers = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

    // The largest mantissa that can be scaled up by each power without overflowing a long (no division in the hot path).
    private static readonly long[] Limits = [.. Powers.Select(p => long.MaxValue / p)];

    /// <summary>The value as a long count of 10^−<paramref name="scale"/> units, when it fits and has at most that many
    /// decimals (values with fewer decimals are scaled up: decimal division drops trailing zeros, so 12.00 often arrives
    /// as 12).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryUnits(ulong low, uint high, byte scaleAndSign, byte scale, out long units)
    {
        unchecked
        {
            units = 0;
            int up = scale - (scaleAndSign & 0x1F);
            if ((high | (uint)(low >> 63)) != 0 || (uint)up >= (uint)Powers.Length)
            {
                return false; // beyond 63 bits, more decimals than the scale, or too few to scale up
            }

            long v = (long)low;
            if (up != 0)
            {
                if (v > Limits[up])
                {
                    return false;
                }

                v *= Powers[up];
            }

            long sign = -(long)(scaleAndSign >> 7); // 0 or −1
            units = (v ^ sign) - sign;
            return true;
        }
    }

    /// <summary><see cref="TryUnits(ulong, uint, byte, byte, out long)"/> of a decimal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryUnits(decimal value, byte scale, out long units)
    {
        Split(value, out ulong low, out uint high, out byte scaleAndSign);
        return TryUnits(low, high, scaleAndSign, scale, out units);
    }
}

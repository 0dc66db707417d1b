using System.Collections.Concurrent;

namespace TradeDomain.Aggregation;

/// <summary>
/// Keeps the large working arrays of an aggregation (tens of megabytes) for the next one. A fresh array of that size
/// costs a page fault per 4 KB on first touch — more than the summing itself — so reusing them is what keeps
/// aggregation at memory speed. At most a few arrays per type are kept; <see cref="TradeAggregation.ReleaseBuffers"/> drops them.
/// </summary>
internal static class LargeBuffers<T>
    where T : unmanaged
{
    private const int Keep = 8;
    private static readonly ConcurrentBag<T[]> Pool = [];

    /// <summary>An array of at least <paramref name="length"/> elements, cleared unless <paramref name="clear"/> is false.</summary>
    internal static T[] Rent(int length, bool clear = true)
    {
        var kept = new List<T[]>();
        T[]? found = null;
        while (Pool.TryTake(out var candidate))
        {
            if (found is null && candidate.Length >= length && candidate.Length <= length * 2L)
            {
                found = candidate;
                break;
            }

            kept.Add(candidate);
        }

        foreach (var k in kept)
        {
            Pool.Add(k);
        }

        if (found is null)
        {
            return new T[length];
        }

        if (clear)
        {
            Array.Clear(found, 0, length);
        }

        return found;
    }

    internal static void Return(T[] array)
    {
        if (array.Length >= 1 << 16 && Pool.Count < Keep)
        {
            Pool.Add(array);
        }
    }

    internal static void Clear() => Pool.Clear();
}

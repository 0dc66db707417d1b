namespace TradeDomain.Aggregation;

/// <summary>
/// The workers of a sink (<see cref="TradeAggregation.DenseSink"/>, <see cref="PartitionedAggregation.Sink"/>): each
/// adding thread takes one at a time (an idle one, else a new one) and gives it back when its chunk is done, so adds
/// may come from several threads at once; the workers are kept from one add to the next, and a sink of the same slots
/// can take over another's whole.
/// </summary>
internal sealed class WorkerPool<TWorker>(Func<TWorker> create)
    where TWorker : class
{
    private readonly List<TWorker> all = [];
    private readonly System.Collections.Concurrent.ConcurrentStack<TWorker> idle = new();

    /// <summary>Every worker made or taken over (read while no add runs).</summary>
    internal List<TWorker> All => all;

    /// <summary>An idle worker, or a new one (a worker is used by one thread at a time).</summary>
    internal TWorker Take()
    {
        if (idle.TryPop(out var worker))
        {
            return worker;
        }

        worker = create();
        lock (all)
        {
            all.Add(worker);
        }

        return worker;
    }

    /// <summary>Gives a worker back when its chunk is done.</summary>
    internal void Return(TWorker worker) => idle.Push(worker);

    /// <summary>Takes <paramref name="other"/>'s workers over (no add may run on either meanwhile); it is left empty.</summary>
    internal void TakeOver(WorkerPool<TWorker> other)
    {
        foreach (var worker in other.all)
        {
            all.Add(worker);
            idle.Push(worker);
        }

        other.all.Clear();
        other.idle.Clear();
    }
}

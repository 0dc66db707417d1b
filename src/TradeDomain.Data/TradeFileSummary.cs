using TradeDomain.Aggregation;

namespace TradeDomain.Data;

/// <summary>What a read did with every row: read as flows, set apart as totals, skipped as bad. Nothing is dropped
/// without being counted here: <see cref="Rows"/> = <see cref="Flows"/> + <see cref="SetApart"/> + <see cref="Skipped"/>.</summary>
public sealed record TradeFileSummary
{
    /// <summary>The file's name.</summary>
    public required string File { get; init; }

    /// <summary>Data rows read (the header not counted).</summary>
    public required long Rows { get; init; }

    /// <summary>Rows read as flows.</summary>
    public required long Flows { get; init; }

    /// <summary>Rows set apart as totals of other rows.</summary>
    public required long SetApart { get; init; }

    /// <summary>Bad rows skipped (only with <see cref="BadRowPolicy.Collect"/>).</summary>
    public required long Skipped { get; init; }

    /// <summary>Set-apart rows per reason ("partner is World (0), the total of all partners": 1 234).</summary>
    public required IReadOnlyDictionary<string, long> SetApartByReason { get; init; }

    /// <summary>Skipped rows per reason.</summary>
    public required IReadOnlyDictionary<string, long> SkippedByReason { get; init; }

    /// <summary>The first <see cref="TradeFileOptions.MaxProblemsKept"/> skipped rows in full.</summary>
    public required IReadOnlyList<RowProblem> Problems { get; init; }
}

/// <summary>A file's flows aggregated, the totals it set apart aggregated the same way, and what happened to every row.</summary>
public sealed record TradeFileAggregate
{
    /// <summary>The flows' totals.</summary>
    public required TradeAggregate Aggregate { get; init; }

    /// <summary>The set-apart total rows, aggregated on their own (never added to <see cref="Aggregate"/>), e.g. to
    /// compare a reporter's World row with the sum of its partners.</summary>
    public required TradeAggregate SetApart { get; init; }

    /// <summary>Rows read, set apart and skipped.</summary>
    public required TradeFileSummary Summary { get; init; }
}

/// <summary>How many flows and set-apart totals one <see cref="TradeFlowReader.Read"/> call wrote.</summary>
/// <param name="Flows">Flows written to the first span.</param>
/// <param name="SetApart">Set-apart totals written to the second span.</param>
public readonly record struct FlowBatch(int Flows, int SetApart)
{
    /// <summary>True when nothing was written: the file is read to its end.</summary>
    public bool IsEnd => Flows == 0 && SetApart == 0;
}

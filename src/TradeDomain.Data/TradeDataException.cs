namespace TradeDomain.Data;

/// <summary>A row of a trade data file that cannot be read: the message names the file, line, column and value.</summary>
public sealed class TradeDataException : FormatException
{
    /// <summary>An exception for a whole file (a missing column, an unreadable header).</summary>
    public TradeDataException(string message)
        : base(message)
    {
        Problem = new RowProblem("", 0, "", "", message);
    }

    /// <summary>An exception with an inner cause.</summary>
    public TradeDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = new RowProblem("", 0, "", "", message);
    }

    /// <summary>An exception for an empty message (for serializers and analyzers; prefer the others).</summary>
    public TradeDataException()
        : this("A trade data file could not be read.")
    {
    }

    internal TradeDataException(RowProblem problem)
        : base(problem.ToString())
    {
        Problem = problem;
    }

    /// <summary>The row and why it could not be read (file-level errors have line 0).</summary>
    public RowProblem Problem { get; }
}

/// <summary>A row that could not be read.</summary>
/// <param name="File">The file's name (or the name given for a stream).</param>
/// <param name="Line">The 1-based line the row starts on (for Parquet, the 1-based row number); 0 for the whole file.</param>
/// <param name="Column">The column's name in the header.</param>
/// <param name="Value">The value as it stands in the file (shortened past 60 characters).</param>
/// <param name="Reason">Why it could not be read and what was expected.</param>
public sealed record RowProblem(string File, long Line, string Column, string Value, string Reason)
{
    /// <summary>"flows.csv, line 12, column 'primaryValue', value '12,5x': not a number …".</summary>
    public override string ToString() => Line == 0
        ? $"{File}: {Reason}"
        : $"{File}, line {Line}, column '{Column}', value '{Value}': {Reason}";
}

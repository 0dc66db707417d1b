namespace TradeDomain;

/// <summary>Thrown when amounts of two different currencies are combined or compared.</summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception for the two currencies involved.</summary>
    public CurrencyMismatchException(Currency left, Currency right)
        : base($"Cannot combine amounts in {left} and {right}; convert one of them with an explicit exchange rate first.")
    {
        Left = left;
        Right = right;
    }

    /// <summary>Creates the exception with a message (for serialization and tooling).</summary>
    public CurrencyMismatchException()
        : base("Cannot combine amounts in two different currencies.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CurrencyMismatchException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public CurrencyMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The currency of the left operand.</summary>
    public Currency Left { get; }

    /// <summary>The currency of the right operand.</summary>
    public Currency Right { get; }
}

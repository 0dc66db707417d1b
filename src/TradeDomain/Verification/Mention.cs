namespace TradeDomain.Verification;

/// <summary>What a number in a sentence is.</summary>
internal enum MentionKind
{
    Amount,
    Percent,
    Points,
    Multiple,
    Year,
}

/// <summary>The role a value's preceding words give it: "from"/"than" → From, "to"/"amounted to" → To.</summary>
internal enum Role
{
    None,
    From,
    To,
}

/// <summary>A number found in a sentence, with what it is and what the words around it say.</summary>
internal sealed class Mention
{
    internal required MentionKind Kind { get; init; }

    internal required int Start { get; init; }

    internal required int End { get; init; }

    internal required string Text { get; init; }

    internal Figure? Figure { get; set; }

    internal PublishedNumber Number { get; init; }

    internal Multiple Multiple { get; init; }

    internal int Year { get; init; }

    internal bool HasCurrency { get; init; }

    internal ReportedAmount Amount { get; set; }

    /// <summary>Lower-case words between the previous number and this one.</summary>
    internal string Before { get; set; } = "";

    /// <summary>Lower-case words between this number and the next one.</summary>
    internal string After { get; set; } = "";

    /// <summary>Lower-case text from the start of the clause to this number.</summary>
    internal string ClauseBefore { get; set; } = "";

    internal Role Role { get; set; }

    internal int? AttachedYear { get; set; }

    internal int Clause { get; set; }

    internal bool Used { get; set; }

    public override string ToString() => $"{Kind} {Text} ({Role})";
}

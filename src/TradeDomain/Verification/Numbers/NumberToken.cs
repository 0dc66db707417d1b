namespace TradeDomain.Verification.Numbers;

/// <summary>What a number of the text is, from its unit alone.</summary>
internal enum NumberUnit
{
    /// <summary>A bare number ("0,97", "2").</summary>
    Plain,

    /// <summary>"6.8%", "6,8 процента", "41.6 percent".</summary>
    Percent,

    /// <summary>"3.1 pp", "2,4 п.п.".</summary>
    Points,

    /// <summary>"1.5 times", "2.4-fold", "в 2 раза", "doubled", "вдвое".</summary>
    Times,

    /// <summary>An amount of money: a currency, or a scale word ("$490 billion", "61,8 млрд", "2 млрд 407 млн").</summary>
    Amount,

    /// <summary>A quantity in tonnes or units ("1.2 million tonnes").</summary>
    Quantity,

    /// <summary>A year (1900–2100, no unit).</summary>
    Year,

    /// <summary>A day of a date ("30 April", "April 30").</summary>
    Day,
}

/// <summary>A number read from a sentence with its unit, scale, currency and the approximator in front of it.</summary>
internal sealed class NumberToken
{
    internal required int Start { get; init; }

    internal required int End { get; init; }

    internal required string Text { get; init; }

    internal required NumberUnit Unit { get; set; }

    /// <summary>The number in its printed unit (66.0 for "66.0 billion", 2407 for "2 млрд 407 млн" in millions).</summary>
    internal decimal Value { get; init; }

    internal int Decimals { get; init; }

    internal AmountScale Scale { get; set; }

    /// <summary>The currency; default when none is printed (then it is taken from the sentence or paragraph).</summary>
    internal Currency Currency { get; set; }

    internal bool HasCurrency { get; set; }

    /// <summary>A currency sign that could mean two currencies ("¥"): the amount cannot be compared.</summary>
    internal string? AmbiguousCurrency { get; init; }

    /// <summary>A sign printed before the number (a dash between a name and a figure is not a sign).</summary>
    internal int Sign { get; init; }

    /// <summary>almost, over, about, or empty.</summary>
    internal string Approximator { get; set; } = "";

    /// <summary>Multiples: the wording ("N times more" has two readings).</summary>
    internal MultipleWording Wording { get; init; } = MultipleWording.Times;

    /// <summary>"halved", "fell 2-fold": the factor is old ÷ new.</summary>
    internal bool IsWordMultiple { get; init; }

    /// <summary>The year of a year token.</summary>
    internal int Year { get; init; }

    internal PublishedNumber Number => PublishedNumber.Create(Sign < 0 ? -Value : Value, Decimals);

    public override string ToString() => $"{Unit} {Text}";
}

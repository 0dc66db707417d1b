using TradeDomain.Utility;

namespace TradeDomain.Reporting;

/// <summary>What a statement says.</summary>
public enum StatementKind
{
    /// <summary>A level and its growth on an earlier period ("66.0 …, which is 6.8% more than …"); also a fall over a
    /// span, which is written as a percentage, never as a multiple below one.</summary>
    Growth = 1,

    /// <summary>A level that rounds to no change ("unchanged from the previous year"), or a share unchanged in points.</summary>
    Unchanged = 2,

    /// <summary>A level as an index of an earlier one ("104.9% of the level of 2023").</summary>
    Index = 3,

    /// <summary>A multiple over a span ("increased 1.5 times from … in 2019 to … in 2023").</summary>
    Multiple = 4,

    /// <summary>Average annual growth over a span of years.</summary>
    AverageAnnualGrowth = 5,

    /// <summary>One partner's share of a whole, with the part and the whole.</summary>
    Share = 6,

    /// <summary>A list of shares of one whole ("China (64.6%), Russia (26.2%) and Kazakhstan (3.3%)").</summary>
    ShareList = 7,

    /// <summary>A change of a share in percentage points.</summary>
    PointChange = 8,

    /// <summary>Turnover with its exports and imports.</summary>
    Turnover = 9,

    /// <summary>The trade balance with its sign word (surplus or deficit), exports and imports.</summary>
    Balance = 10,
}

/// <summary>What a printed figure is in its statement.</summary>
public enum FigureRole
{
    /// <summary>The level of the period.</summary>
    Value = 1,

    /// <summary>The level of the earlier period.</summary>
    Base = 2,

    /// <summary>A growth rate (its magnitude; the words say the direction).</summary>
    Rate = 3,

    /// <summary>An index, in percent of the earlier level.</summary>
    Index = 4,

    /// <summary>A multiple.</summary>
    Multiple = 5,

    /// <summary>A share, in percent.</summary>
    Share = 6,

    /// <summary>A part of a whole (amount).</summary>
    Part = 7,

    /// <summary>The whole (amount).</summary>
    Whole = 8,

    /// <summary>A change in percentage points (magnitude).</summary>
    Points = 9,

    /// <summary>Exports.</summary>
    Exports = 10,

    /// <summary>Imports.</summary>
    Imports = 11,

    /// <summary>Turnover.</summary>
    Turnover = 12,

    /// <summary>The balance (its magnitude; the sign word says surplus or deficit).</summary>
    Balance = 13,
}

/// <summary>A figure as a statement prints it, beside the exact value it was rounded from (both in the printed unit:
/// billions for "66.0 billion", percent for "6.8%").</summary>
public sealed record PrintedFigure
{
    internal PrintedFigure(FigureRole role, decimal exact, decimal printed, int decimals, AmountScale scale, string text, string? label = null)
    {
        Role = role;
        Exact = exact;
        Printed = printed;
        Decimals = decimals;
        Scale = scale;
        Text = text;
        Label = label;
    }

    /// <summary>What the figure is.</summary>
    public FigureRole Role { get; }

    /// <summary>The exact value, in the printed unit.</summary>
    public decimal Exact { get; }

    /// <summary>The printed number ("66.0" → 66.0).</summary>
    public decimal Printed { get; }

    /// <summary>Decimals printed.</summary>
    public int Decimals { get; }

    /// <summary>The scale of an amount; <see cref="AmountScale.Units"/> for rates, shares and multiples.</summary>
    public AmountScale Scale { get; }

    /// <summary>The figure as printed ("66.0 billion US dollars", "6,8%").</summary>
    public string Text { get; }

    /// <summary>A partner's or period's name the figure belongs to, where there is one ("China").</summary>
    public string? Label { get; }
}

/// <summary>
/// One sentence of a release written from exact figures, with the figures it prints, the notes it needs and, for shares,
/// which rounding it used.
/// </summary>
public sealed record Statement
{
    internal Statement(StatementKind kind, string text, IReadOnlyList<PrintedFigure> figures, IReadOnlyList<string> notes, ShareRounding? shareRounding)
    {
        Kind = kind;
        Text = text;
        Figures = figures;
        Notes = notes;
        ShareRounding = shareRounding;
    }

    /// <summary>What the statement says.</summary>
    public StatementKind Kind { get; }

    /// <summary>The sentence.</summary>
    public string Text { get; }

    /// <summary>The figures printed, in order of appearance.</summary>
    public IReadOnlyList<PrintedFigure> Figures { get; }

    /// <summary>Notes the statement needs ("Totals may not add up due to rounding."), empty when none.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>For share statements, the rounding applied; <c>null</c> otherwise.</summary>
    public ShareRounding? ShareRounding { get; }

    /// <summary>The sentence followed by its notes.</summary>
    public override string ToString() => Notes.Count == 0 ? Text : Text + " " + string.Join(" ", Notes);

    /// <summary>Statements as one paragraph: the sentences in order, then each distinct note once.</summary>
    public static string Paragraph(IEnumerable<Statement> statements)
    {
        var list = Preconditions.CheckNotNull(statements).ToList();
        var notes = list.SelectMany(s => s.Notes).Distinct(StringComparer.Ordinal);
        return string.Join(" ", list.Select(s => s.Text).Concat(notes));
    }
}

using TradeDomain.Utility;

namespace TradeDomain.Reporting;

/// <summary>The language a release is written in.</summary>
public enum ReportLanguage
{
    /// <summary>English, in the style of the ONS and Eurostat guides ("6.8% more", "1.5 times", "percentage points").</summary>
    English = 1,

    /// <summary>Russian, as Rosstat and gov.kz write ("на 6,8% больше", "в 1,5 раза", decimal comma, no-break digit groups).</summary>
    Russian = 2,
}

/// <summary>How English text writes an amount (Russian always writes "66,0 млрд долларов США").</summary>
public enum AmountStyle
{
    /// <summary>"66.0 billion US dollars".</summary>
    Words = 1,

    /// <summary>"USD 66.0 bn" (Eurostat style).</summary>
    Abbreviated = 2,

    /// <summary>"$66.0 billion" (the currency's symbol where it has one, else its code).</summary>
    Symbol = 3,
}

/// <summary>How a level is compared with an earlier period.</summary>
public enum GrowthWording
{
    /// <summary>"…, which is 6.8% more than the previous year (61.8 …)" / "что на 6,8% больше, чем в предыдущем году".</summary>
    Comparative = 1,

    /// <summary>"…, having risen by 6.8% from the previous year (61.8 …)" / "увеличившись на 6,8% по сравнению с предыдущим годом".</summary>
    Verb = 2,

    /// <summary>"…, or 106.8% of the level of 2022 (61.8 …)" / "или 106,8% к уровню 2022 года".</summary>
    Index = 3,
}

/// <summary>What the writer does when rounded shares would not add up to 100.</summary>
public enum ShareRounding
{
    /// <summary>Round by largest remainder, so the printed shares of a complete breakdown add up to exactly 100.</summary>
    LargestRemainder = 1,

    /// <summary>Round each share on its own (half away from zero) and add the note "Totals may not add up due to
    /// rounding." where the printed parts do not add up to the printed total.</summary>
    Note = 2,
}

/// <summary>
/// How figures are rounded for print: once, at the end, half away from zero, to a number of decimals per measure;
/// every rate is computed from the exact values, never from rounded ones.
/// </summary>
/// <remarks>Decimals are 0 to 6. <see cref="Scale"/> <c>null</c> chooses per statement the largest scale at which every
/// amount is at least one unit (billions for 1.2 billion and 61.8 billion, millions if one figure is 0.4 billion).</remarks>
public sealed record RoundingPolicy
{
    /// <summary>The default: one decimal for amounts, rates, shares, points, multiples and indices; largest remainder.</summary>
    public static RoundingPolicy Default { get; } = new();

    /// <summary>Decimals of an amount at its scale ("66.0 billion": 1).</summary>
    public int AmountDecimals { get; init => field = CheckDecimals(value, nameof(AmountDecimals)); } = 1;

    /// <summary>Decimals of a growth rate ("6.8%": 1; "21%": 0).</summary>
    public int RateDecimals { get; init => field = CheckDecimals(value, nameof(RateDecimals)); } = 1;

    /// <summary>Decimals of a share ("64.6%").</summary>
    public int ShareDecimals { get; init => field = CheckDecimals(value, nameof(ShareDecimals)); } = 1;

    /// <summary>Decimals of a percentage-point change ("0.6 percentage points").</summary>
    public int PointsDecimals { get; init => field = CheckDecimals(value, nameof(PointsDecimals)); } = 1;

    /// <summary>Most decimals of a multiple ("1.5 times"); a multiple that rounds to a whole number prints without
    /// them ("в 2 раза", "2 times"), as publications write it.</summary>
    public int MultipleDecimals { get; init => field = CheckDecimals(value, nameof(MultipleDecimals)); } = 1;

    /// <summary>Decimals of an index ("104.9% of the level of 2023").</summary>
    public int IndexDecimals { get; init => field = CheckDecimals(value, nameof(IndexDecimals)); } = 1;

    /// <summary>The scale of every amount, or <c>null</c> to choose it per statement or table.</summary>
    public AmountScale? Scale
    {
        get;
        init
        {
            Preconditions.CheckArgument(value is null || Enum.IsDefined(value.Value), nameof(Scale),
                $"Unknown amount scale {value}; use Units, Thousand, Million, Billion, Trillion or null (automatic).");
            field = value;
        }
    }

    /// <summary>Largest remainder (shares add up to 100) or independent rounding with the standard note.</summary>
    public ShareRounding Shares
    {
        get;
        init
        {
            Preconditions.CheckArgument(Enum.IsDefined(value), nameof(Shares), $"Unknown share rounding {value}; use LargestRemainder or Note.");
            field = value;
        }
    } = ShareRounding.LargestRemainder;

    private static int CheckDecimals(int value, string name)
    {
        Preconditions.CheckArgumentRange(value, 0, 6, name);
        return value;
    }
}

/// <summary>What a <see cref="ReleaseWriter"/> writes: language, amount style, growth wording and rounding.</summary>
public sealed record ReportOptions
{
    /// <summary>English, words ("billion US dollars"), comparative growth, <see cref="RoundingPolicy.Default"/>.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The language.</summary>
    public ReportLanguage Language
    {
        get;
        init
        {
            Preconditions.CheckArgument(Enum.IsDefined(value), nameof(Language), $"Unknown report language {value}; use English or Russian.");
            field = value;
        }
    } = ReportLanguage.English;

    /// <summary>How English amounts are written ("billion" or "bn"); Russian ignores it.</summary>
    public AmountStyle Amounts
    {
        get;
        init
        {
            Preconditions.CheckArgument(Enum.IsDefined(value), nameof(Amounts), $"Unknown amount style {value}; use Words, Abbreviated or Symbol.");
            field = value;
        }
    } = AmountStyle.Words;

    /// <summary>How a level is compared with the earlier period.</summary>
    public GrowthWording Growth
    {
        get;
        init
        {
            Preconditions.CheckArgument(Enum.IsDefined(value), nameof(Growth), $"Unknown growth wording {value}; use Comparative, Verb or Index.");
            field = value;
        }
    } = GrowthWording.Comparative;

    /// <summary>The rounding policy.</summary>
    public RoundingPolicy Rounding { get; init => field = Preconditions.CheckNotNull(value); } = RoundingPolicy.Default;
}

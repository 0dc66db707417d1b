namespace TradeDomain.Aggregation;

/// <summary>The dimensions an aggregation groups by; any combination.</summary>
[Flags]
public enum TradeDimensions
{
    /// <summary>One grand total.</summary>
    None = 0,

    /// <summary>By reporting country.</summary>
    Reporter = 1,

    /// <summary>By partner country or area.</summary>
    Partner = 2,

    /// <summary>By whether the partner was a member of <see cref="AggregationOptions.PartnerGroup"/> in the flow's period.</summary>
    PartnerGroup = 4,

    /// <summary>By period, rolled up as <see cref="AggregationOptions.PeriodRollup"/> says.</summary>
    Period = 8,

    /// <summary>By flow direction.</summary>
    Flow = 16,

    /// <summary>By commodity, at <see cref="AggregationOptions.CommodityLevel"/>.</summary>
    Commodity = 32,

    /// <summary>By mode of transport (<see cref="TradeFlow.Transport"/>; flows without one form the group of all modes).</summary>
    Transport = 64,
}

/// <summary>How periods are rolled up when grouping by period.</summary>
public enum PeriodRollup
{
    /// <summary>Calendar years (a flow's period must lie within one year).</summary>
    Year = 0,

    /// <summary>Calendar quarters.</summary>
    Quarter = 1,

    /// <summary>Calendar months.</summary>
    Month = 2,

    /// <summary>The flows' own periods, as they are. Rows then order periods as the aggregation first met them, not by
    /// date (look groups up by key with <see cref="TradeAggregate.TryGet"/>).</summary>
    None = 3,
}

/// <summary>What to group by and how; immutable.</summary>
public sealed record AggregationOptions
{
    /// <summary>Reporter × partner × period, by year: the default.</summary>
    public static AggregationOptions Default { get; } = new();

    /// <summary>The dimensions to group by (default reporter, partner and period).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bit that is not a <see cref="TradeDimensions"/> flag.</exception>
    public TradeDimensions GroupBy
    {
        get;
        init => field = (value & ~AllDimensions) == 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"GroupBy {(int)value} holds bits that are no dimension; combine Reporter, Partner, PartnerGroup, Period, Flow, Commodity and Transport (at most {(int)AllDimensions}).");
    } = TradeDimensions.Reporter | TradeDimensions.Partner | TradeDimensions.Period;

    private const TradeDimensions AllDimensions = TradeDimensions.Reporter | TradeDimensions.Partner | TradeDimensions.PartnerGroup
        | TradeDimensions.Period | TradeDimensions.Flow | TradeDimensions.Commodity | TradeDimensions.Transport;

    /// <summary>How periods roll up (default years).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined <see cref="Aggregation.PeriodRollup"/>.</exception>
    public PeriodRollup PeriodRollup
    {
        get;
        init => field = Enum.IsDefined(value) ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"PeriodRollup {(int)value} is not defined; use Year, Quarter, Month or None.");
    } = PeriodRollup.Year;

    /// <summary>The group for <see cref="TradeDimensions.PartnerGroup"/>; membership is taken on the last day of each flow's period.</summary>
    public CountryGroup? PartnerGroup { get; init; }

    /// <summary>The level commodities roll up to (default chapter).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined <see cref="HsLevel"/>.</exception>
    public HsLevel CommodityLevel
    {
        get;
        init => field = Enum.IsDefined(value) ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"CommodityLevel {(int)value} is not defined; use {string.Join(", ", Enum.GetNames<HsLevel>())}.");
    } = HsLevel.Chapter;

    /// <summary>The currency of the totals; default: the currency of the first flow. Flows in another currency need a rate.</summary>
    public Currency Currency { get; init; }

    /// <summary>Rates for flows in other currencies, each applying to flows whose period lies within its own. Applied
    /// exactly (decimal product); without a matching rate a foreign-currency flow is an error.</summary>
    /// <exception cref="ArgumentNullException">Null (give an empty list for none).</exception>
    /// <exception cref="ArgumentException">A default (empty) rate in the list.</exception>
    public IReadOnlyList<ExchangeRate> ExchangeRates
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            for (int i = 0; i < value.Count; i++)
            {
                Utility.Preconditions.CheckArgument(!value[i].From.IsDefault, nameof(value), $"ExchangeRates[{i}] is default(ExchangeRate), which is no rate.");
            }

            field = value;
        }
    } = [];

    /// <summary>Threads for span input: 0 (default) uses every core for 200 000 flows or more, 1 runs on the caller's thread,
    /// n at most n threads.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public int MaxDegreeOfParallelism
    {
        get;
        init => field = value >= 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"MaxDegreeOfParallelism {value} is negative; use 0 (every core), 1 (the caller's thread) or a number of threads.");
    }
}

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
    public TradeDimensions GroupBy { get; init; } = TradeDimensions.Reporter | TradeDimensions.Partner | TradeDimensions.Period;

    /// <summary>How periods roll up (default years).</summary>
    public PeriodRollup PeriodRollup { get; init; } = PeriodRollup.Year;

    /// <summary>The group for <see cref="TradeDimensions.PartnerGroup"/>; membership is taken on the last day of each flow's period.</summary>
    public CountryGroup? PartnerGroup { get; init; }

    /// <summary>The level commodities roll up to (default chapter).</summary>
    public HsLevel CommodityLevel { get; init; } = HsLevel.Chapter;

    /// <summary>The currency of the totals; default: the currency of the first flow. Flows in another currency need a rate.</summary>
    public Currency Currency { get; init; }

    /// <summary>Rates for flows in other currencies, each applying to flows whose period lies within its own. Applied
    /// exactly (decimal product); without a matching rate a foreign-currency flow is an error.</summary>
    public IReadOnlyList<ExchangeRate> ExchangeRates { get; init; } = [];

    /// <summary>Threads for span input: 0 (default) uses every core for 200 000 flows or more, 1 runs on the caller's thread.</summary>
    public int MaxDegreeOfParallelism { get; init; }
}

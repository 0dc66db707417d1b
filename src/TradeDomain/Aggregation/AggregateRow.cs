namespace TradeDomain.Aggregation;

/// <summary>The key of a group: the dimensions grouped by are set, the others are default (or null). Build one with
/// named properties (<c>new GroupKey { Reporter = kz, Period = Period.Year(2023) }</c>).</summary>
public readonly record struct GroupKey
{
    /// <summary>A key from its parts, in the order rows sort (kept for existing callers; named properties read better).</summary>
    /// <param name="Reporter">The reporter, or default.</param>
    /// <param name="Partner">The partner, or default.</param>
    /// <param name="InPartnerGroup">Whether the partner was a member of the partner group, or null.</param>
    /// <param name="Period">The (rolled-up) period, or default.</param>
    /// <param name="Flow">The flow direction, or null.</param>
    /// <param name="Commodity">The commodity at the chosen level, or default.</param>
    public GroupKey(Country Reporter, TradePartner Partner, bool? InPartnerGroup, Period Period, FlowDirection? Flow, HsCode Commodity)
    {
        // The parameter names are those of the positional record this was, so named arguments keep working.
        this.Reporter = Reporter;
        this.Partner = Partner;
        this.InPartnerGroup = InPartnerGroup;
        this.Period = Period;
        this.Flow = Flow;
        this.Commodity = Commodity;
    }

    /// <summary>The reporter, or default.</summary>
    public Country Reporter { get; init; }

    /// <summary>The partner, or default.</summary>
    public TradePartner Partner { get; init; }

    /// <summary>Whether the partner was a member of the partner group, or null.</summary>
    public bool? InPartnerGroup { get; init; }

    /// <summary>The (rolled-up) period, or default.</summary>
    public Period Period { get; init; }

    /// <summary>The flow direction, or null.</summary>
    public FlowDirection? Flow { get; init; }

    /// <summary>The commodity at the chosen level, or default.</summary>
    public HsCode Commodity { get; init; }

    /// <summary>The mode of transport (<see cref="TradeDimensions.Transport"/>), or default.</summary>
    public TransportMode Transport { get; init; }

    /// <summary>The first six parts, in constructor order (kept for existing callers).</summary>
    public void Deconstruct(out Country Reporter, out TradePartner Partner, out bool? InPartnerGroup, out Period Period, out FlowDirection? Flow, out HsCode Commodity)
    {
        Reporter = this.Reporter;
        Partner = this.Partner;
        InPartnerGroup = this.InPartnerGroup;
        Period = this.Period;
        Flow = this.Flow;
        Commodity = this.Commodity;
    }

    /// <summary>"KZ / CN / 2023 …" of the set dimensions.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (!Reporter.IsDefault)
        {
            parts.Add(Reporter.ToString());
        }

        if (!Partner.IsDefault)
        {
            parts.Add(Partner.ToString());
        }

        if (InPartnerGroup is { } inGroup)
        {
            parts.Add(inGroup ? "in group" : "outside group");
        }

        if (!Period.IsDefault)
        {
            parts.Add(Period.ToString());
        }

        if (Flow is { } flow)
        {
            parts.Add(flow.Name());
        }

        if (!Commodity.IsDefault)
        {
            parts.Add("HS " + Commodity);
        }

        if (!Transport.IsDefault)
        {
            parts.Add(Transport.Name);
        }

        return parts.Count == 0 ? "(all)" : string.Join(" / ", parts);
    }
}

/// <summary>The totals of one group: exact sums per flow direction and the count of flows.</summary>
/// <param name="Key">The group.</param>
/// <param name="Exports">Sum of exports.</param>
/// <param name="Imports">Sum of imports.</param>
/// <param name="ReExports">Sum of re-exports.</param>
/// <param name="ReImports">Sum of re-imports.</param>
/// <param name="Count">Number of flows.</param>
public readonly record struct AggregateRow(GroupKey Key, Money Exports, Money Imports, Money ReExports, Money ReImports, long Count)
{
    /// <summary>Exports + imports.</summary>
    /// <exception cref="OverflowException">The sum exceeds the decimal range; the message names the group.</exception>
    public Money Turnover => Add(Exports, Imports, "turnover (exports + imports)");

    /// <summary>Exports − imports (positive: surplus).</summary>
    /// <exception cref="OverflowException">The difference exceeds the decimal range; the message names the group.</exception>
    public Money Balance => Add(Exports, -Imports, "balance (exports − imports)");

    /// <summary>The sum of every flow of the group, all directions.</summary>
    /// <exception cref="OverflowException">The sum exceeds the decimal range; the message names the group.</exception>
    public Money Total => Add(Add(Exports, Imports, "total of all flows"), Add(ReExports, ReImports, "total of all flows"), "total of all flows");

    /// <summary>"KZ / CN / 2023: exports USD 10, imports USD 5, re-exports USD 0, re-imports USD 0, 3 flows".</summary>
    public override string ToString() =>
        $"{Key}: exports {Exports}, imports {Imports}, re-exports {ReExports}, re-imports {ReImports}, {Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} flows";

    private Money Add(Money a, Money b, string measure)
    {
        try
        {
            return a + b;
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"The {measure} of group {Key} exceeds the decimal range (about ±7.9 × 10²⁸): exports {Exports}, imports {Imports}.", e);
        }
    }

    /// <summary>The sum of one direction.</summary>
    public Money Of(FlowDirection flow) => flow switch
    {
        FlowDirection.Export => Exports,
        FlowDirection.Import => Imports,
        FlowDirection.ReExport => ReExports,
        _ => ReImports,
    };
}

namespace TradeDomain.Aggregation;

/// <summary>The key of a group: the dimensions grouped by are set, the others are default (or null).</summary>
/// <param name="Reporter">The reporter, or default.</param>
/// <param name="Partner">The partner, or default.</param>
/// <param name="InPartnerGroup">Whether the partner was a member of the partner group, or null.</param>
/// <param name="Period">The (rolled-up) period, or default.</param>
/// <param name="Flow">The flow direction, or null.</param>
/// <param name="Commodity">The commodity at the chosen level, or default.</param>
public readonly record struct GroupKey(Country Reporter, TradePartner Partner, bool? InPartnerGroup, Period Period, FlowDirection? Flow, HsCode Commodity)
{
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

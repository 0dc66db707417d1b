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
    public Money Turnover => Exports + Imports;

    /// <summary>Exports − imports (positive: surplus).</summary>
    public Money Balance => Exports - Imports;

    /// <summary>The sum of every flow of the group, all directions.</summary>
    public Money Total => Exports + Imports + ReExports + ReImports;

    /// <summary>The sum of one direction.</summary>
    public Money Of(FlowDirection flow) => flow switch
    {
        FlowDirection.Export => Exports,
        FlowDirection.Import => Imports,
        FlowDirection.ReExport => ReExports,
        _ => ReImports,
    };
}

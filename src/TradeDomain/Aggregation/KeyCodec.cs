using NodaTime;

namespace TradeDomain.Aggregation;

/// <summary>
/// Packs a group's key into 64 bits, ordered reporter, partner, partner group, period, flow, commodity, mode of transport
/// (<see cref="KeyFields"/>), so that sorting the numbers sorts the groups; and unpacks it. Only the grouped fields take
/// bits, each as wide as the options need. One codec per aggregation (it holds the table of exact periods when periods
/// are not rolled up, and the cache of group memberships).
/// </summary>
internal sealed class KeyCodec
{
    /// <summary>Bits of a period key that is a month (year · 12 + month − 1) or the id of an exact period.</summary>
    internal const int PeriodIdBits = 17;

    // Where each field sits in this codec's keys (0 wide, so 0 in every key, when not grouped).
    internal readonly int ReporterShift, PartnerShift, GroupShift, PeriodShift, FlowShift, CommodityShift;
    internal readonly long ReporterMask, PartnerMask, GroupMask, PeriodMask, FlowMask, CommodityMask;

    // The grouped fields that have no hand-written path here, with their shifts and masks.
    private readonly (KeyField Field, int Shift, long Mask)[] described;
    private readonly Dictionary<KeyField, (int Shift, long Mask)> fieldLayout;

    private readonly Dictionary<Period, int> periodIds = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> periodIdsByCode = new();
    private readonly List<Period> periods = [];
    // Read on every flow by every worker: concurrent dictionaries, so reads take no lock.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int Partner, int PeriodCode), bool> membership = new();

    internal KeyCodec(AggregationOptions options)
    {
        Options = options;
        Dimensions = options.GroupBy;
        if ((Dimensions & TradeDimensions.PartnerGroup) != 0 && options.PartnerGroup is null)
        {
            throw new ArgumentException("Grouping by partner group needs AggregationOptions.PartnerGroup (e.g. CountryGroup.SCO).", nameof(options));
        }

        var layout = fieldLayout = Layout(options);
        (ReporterShift, ReporterMask) = layout[KeyFields.Reporter];
        (PartnerShift, PartnerMask) = layout[KeyFields.Partner];
        (GroupShift, GroupMask) = layout[KeyFields.PartnerGroup];
        (PeriodShift, PeriodMask) = layout[KeyFields.Period];
        (FlowShift, FlowMask) = layout[KeyFields.Flow];
        (CommodityShift, CommodityMask) = layout[KeyFields.Commodity];
        described = [.. KeyFields.All.Where(f => !KeyFields.HandWritten.Contains(f) && Has(f.Dimension)).Select(f => (f, layout[f].Shift, layout[f].Mask))];
    }

    /// <summary>Each field's shift and mask: the grouped ones from the least significant bit up in reverse sort order,
    /// the others 0 wide.</summary>
    private static Dictionary<KeyField, (int Shift, long Mask)> Layout(AggregationOptions options)
    {
        var layout = new Dictionary<KeyField, (int, long)>();
        int at = 0;
        for (int i = KeyFields.All.Count - 1; i >= 0; i--)
        {
            var field = KeyFields.All[i];
            int bits = (options.GroupBy & field.Dimension) != 0 ? field.Width(options) : 0;
            layout[field] = (at, (1L << bits) - 1);
            at += bits;
        }

        if (at > KeyFields.MaxBits)
        {
            throw new ArgumentException(
                $"Grouping by {string.Join(", ", KeyFields.All.Where(f => (options.GroupBy & f.Dimension) != 0).Select(f => f.Name))} needs {at} bits of key; at most {KeyFields.MaxBits} fit. Group by fewer dimensions, roll periods up further or choose a coarser commodity level.",
                nameof(options));
        }

        return layout;
    }

    internal AggregationOptions Options { get; }

    internal TradeDimensions Dimensions { get; }

    internal bool Has(TradeDimensions d) => (Dimensions & d) != 0;

    internal IReadOnlyList<Period> Periods => periods;

    /// <summary>The number of a flow's period in the rollup (<see cref="PeriodKey(Period)"/>), straight from the period's
    /// code for periods within one year, quarter or month.</summary>
    internal int PeriodKey(in TradeFlow flow)
    {
        int code = flow.PeriodCode;
        switch (Options.PeriodRollup)
        {
            case PeriodRollup.Year when PeriodCode.SingleYearOf(code) is var year and >= 0:
                return year;
            case PeriodRollup.Quarter when PeriodCode.KindOf(code) is PeriodKind.Quarter or PeriodKind.Month or PeriodKind.Day:
                return PeriodCode.StartMonthIndexOf(code) / 3;
            case PeriodRollup.Month when PeriodCode.KindOf(code) is PeriodKind.Month or PeriodKind.Day:
                return PeriodCode.StartMonthIndexOf(code);
            case PeriodRollup.None:
                // Looked up by code (an int) rather than by period: no period is built for a period seen before.
                if (!periodIdsByCode.TryGetValue(code, out int id))
                {
                    id = PeriodKey(flow.Period);
                    periodIdsByCode.TryAdd(code, id);
                }

                return id;
            default:
                return PeriodKey(flow.Period);
        }
    }

    /// <summary>The period's number in the rollup: a year, year·4 + quarter, year·12 + month, or an id of the exact period.</summary>
    internal int PeriodKey(Period period)
    {
        switch (Options.PeriodRollup)
        {
            case PeriodRollup.Year:
                var year = period.Start.Year;
                if (period.End.Year != year)
                {
                    throw new ArgumentException($"The period {period} spans more than one calendar year, so it cannot be rolled up to years; aggregate with PeriodRollup.None.");
                }

                return year;
            case PeriodRollup.Quarter:
                int q = (period.Start.Year * 4) + ((period.Start.Month - 1) / 3);
                if ((period.End.Year * 4) + ((period.End.Month - 1) / 3) != q)
                {
                    throw new ArgumentException($"The period {period} spans more than one quarter, so it cannot be rolled up to quarters.");
                }

                return q;
            case PeriodRollup.Month:
                int m = (period.Start.Year * 12) + period.Start.Month - 1;
                if ((period.End.Year * 12) + period.End.Month - 1 != m)
                {
                    throw new ArgumentException($"The period {period} spans more than one month, so it cannot be rolled up to months.");
                }

                return m;
            default:
                lock (periodIds)
                {
                    if (!periodIds.TryGetValue(period, out int id))
                    {
                        id = periods.Count;
                        if (id >= 1 << 17)
                        {
                            throw new InvalidOperationException("More than 131 072 distinct periods; roll them up.");
                        }

                        periodIds[period] = id;
                        periods.Add(period);
                    }

                    return id;
                }
        }
    }

    // Reading back millions of rows builds the same few years again and again: build each once, shared and immutable.
    private static readonly Lazy<Period[]> Years = new(() => [default, .. Enumerable.Range(1, 9999).Select(Period.Year)]);

    internal Period PeriodOf(int key) => Options.PeriodRollup switch
    {
        PeriodRollup.Year => Years.Value[key],
        PeriodRollup.Quarter => Period.Quarter(key / 4, (key % 4) + 1),
        PeriodRollup.Month => Period.Month(key / 12, (key % 12) + 1),
        _ => periods[key],
    };

    /// <summary>0 when not grouping by partner group, 1 for members, 2 for others.</summary>
    internal int GroupFlag(in TradeFlow flow)
    {
        if (!Has(TradeDimensions.PartnerGroup))
        {
            return 0;
        }

        if (!flow.Partner.IsCountry)
        {
            return 2;
        }

        var key = (flow.PartnerDenseId, flow.PeriodCode);
        if (!membership.TryGetValue(key, out bool member))
        {
            member = Options.PartnerGroup!.IsMember(flow.Partner.Country, flow.Period.End);
            membership.TryAdd(key, member);
        }

        return member ? 1 : 2;
    }

    internal int CommodityKey(in TradeFlow flow)
    {
        if (!Has(TradeDimensions.Commodity))
        {
            return 0;
        }

        if (flow.Commodity.IsDefault)
        {
            throw new ArgumentException($"Grouping by commodity needs an HS code on every flow; the flow {flow} has none.");
        }

        return flow.Commodity.Level < Options.CommodityLevel
            ? throw new ArgumentException($"The flow's HS code {flow.Commodity} is coarser than the requested {Options.CommodityLevel} level.")
            : flow.Commodity.ToLevel(Options.CommodityLevel).Value;
    }

    internal long Encode(in TradeFlow flow)
    {
        long key = 0;
        if (Has(TradeDimensions.Reporter))
        {
            key |= (long)flow.ReporterIndex << ReporterShift;
        }

        if (Has(TradeDimensions.Partner))
        {
            key |= (long)flow.PartnerDenseId << PartnerShift;
        }

        key |= (long)GroupFlag(flow) << GroupShift;
        if (Has(TradeDimensions.Period))
        {
            key |= (long)PeriodKey(flow) << PeriodShift;
        }

        if (Has(TradeDimensions.Flow))
        {
            key |= (long)flow.Flow << FlowShift;
        }

        key |= (long)CommodityKey(flow) << CommodityShift;
        foreach (var (field, shift, _) in described)
        {
            key |= (long)field.Extract(flow, this) << shift;
        }

        return key;
    }

    /// <summary>The key of a flow from the field descriptions alone (what <see cref="Encode"/> writes out by hand).</summary>
    internal long EncodeByDescription(in TradeFlow flow)
    {
        long key = 0;
        foreach (var field in KeyFields.All)
        {
            if (Has(field.Dimension))
            {
                key |= (long)field.Extract(flow, this) << Shift(field);
            }
        }

        return key;
    }

    /// <summary>The group key of a packed key from the field descriptions alone (what <see cref="Decode"/> writes out by hand).</summary>
    internal GroupKey DecodeByDescription(long key)
    {
        var result = default(GroupKey);
        foreach (var field in KeyFields.All)
        {
            if (Has(field.Dimension))
            {
                var (shift, mask) = fieldLayout[field];
                result = field.Decode(result, (int)((key >> shift) & mask), this);
            }
        }

        return result;
    }

    private int Shift(KeyField field) => fieldLayout[field].Shift;

    /// <summary>The period's key in this codec, when it has one (false for a period the aggregation never saw, with
    /// periods not rolled up, or one that does not roll up).</summary>
    internal bool TryPeriodKey(Period period, out int key)
    {
        key = 0;
        if (period.IsDefault)
        {
            return false;
        }

        if (Options.PeriodRollup == PeriodRollup.None)
        {
            lock (periodIds)
            {
                return periodIds.TryGetValue(period, out key);
            }
        }

        try
        {
            key = PeriodKey(period);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The packed key of a group key, when every part is one this codec can hold (false for a period the
    /// aggregation never saw, with periods not rolled up).</summary>
    internal bool TryEncode(GroupKey key, out long packed)
    {
        packed = 0;
        foreach (var field in KeyFields.All)
        {
            if (Has(field.Dimension))
            {
                if (!field.Encode(key, this, out int value))
                {
                    return false;
                }

                packed |= (long)value << Shift(field);
            }
        }

        return true;
    }

    internal GroupKey Decode(long key)
    {
        int reporter = (int)((key >> ReporterShift) & ReporterMask);
        int partner = (int)((key >> PartnerShift) & PartnerMask);
        int group = (int)((key >> GroupShift) & GroupMask);
        int period = (int)((key >> PeriodShift) & PeriodMask);
        int flow = (int)((key >> FlowShift) & FlowMask);
        int commodity = (int)((key >> CommodityShift) & CommodityMask);
        var result = new GroupKey(
            Has(TradeDimensions.Reporter) ? Country.FromIndex((ushort)reporter) : default,
            Has(TradeDimensions.Partner) ? PartnerFromDense(partner) : default,
            Has(TradeDimensions.PartnerGroup) ? group == 1 : null,
            Has(TradeDimensions.Period) ? PeriodOf(period) : default,
            Has(TradeDimensions.Flow) ? (FlowDirection)flow : null,
            Has(TradeDimensions.Commodity) ? HsCode.Create(commodity, Options.CommodityLevel) : default);
        foreach (var (field, shift, mask) in described)
        {
            result = field.Decode(result, (int)((key >> shift) & mask), this);
        }

        return result;
    }

    internal static TradePartner PartnerFromDense(int dense) => TradePartner.FromDenseId(dense);

    /// <summary>Whether two aggregations group the same way, so their keys mean the same.</summary>
    internal bool SameShape(KeyCodec other) =>
        Dimensions == other.Dimensions && Options.PeriodRollup == other.Options.PeriodRollup
        && Options.CommodityLevel == other.Options.CommodityLevel && Equals(Options.PartnerGroup, other.Options.PartnerGroup);
}

using NodaTime;

namespace TradeDomain.Aggregation;

/// <summary>
/// Packs a group's key into 64 bits, ordered reporter, partner, partner group, period, flow, commodity, so that sorting
/// the numbers sorts the groups; and unpacks it. One codec per aggregation (it holds the table of exact periods when
/// periods are not rolled up, and the cache of group memberships).
/// </summary>
internal sealed class KeyCodec
{
    internal const int FlowShift = 20;
    internal const int PeriodShift = 22;
    internal const int GroupShift = 39;
    internal const int PartnerShift = 41;
    internal const int ReporterShift = 50;

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

        return key | (long)CommodityKey(flow);
    }

    /// <summary>The packed key of a group key, when every part is one this codec can hold (false for a period the
    /// aggregation never saw, with periods not rolled up).</summary>
    internal bool TryEncode(GroupKey key, out long packed)
    {
        packed = 0;
        if (Has(TradeDimensions.Reporter))
        {
            packed |= (long)key.Reporter.Index << ReporterShift;
        }

        if (Has(TradeDimensions.Partner))
        {
            packed |= (long)key.Partner.DenseId << PartnerShift;
        }

        if (Has(TradeDimensions.PartnerGroup))
        {
            packed |= (long)(key.InPartnerGroup == true ? 1 : 2) << GroupShift;
        }

        if (Has(TradeDimensions.Period))
        {
            if (key.Period.IsDefault)
            {
                return false;
            }

            int period;
            if (Options.PeriodRollup == PeriodRollup.None)
            {
                lock (periodIds)
                {
                    if (!periodIds.TryGetValue(key.Period, out period))
                    {
                        return false;
                    }
                }
            }
            else
            {
                try
                {
                    period = PeriodKey(key.Period);
                }
                catch (ArgumentException)
                {
                    return false;
                }
            }

            packed |= (long)period << PeriodShift;
        }

        if (Has(TradeDimensions.Flow))
        {
            packed |= (long)(key.Flow ?? FlowDirection.Export) << FlowShift;
        }

        if (Has(TradeDimensions.Commodity))
        {
            if (key.Commodity.IsDefault || key.Commodity.Level != Options.CommodityLevel)
            {
                return false;
            }

            packed |= (long)key.Commodity.Value;
        }

        return true;
    }

    internal GroupKey Decode(long key)
    {
        int reporter = (int)((key >> ReporterShift) & 0x1FF);
        int partner = (int)((key >> PartnerShift) & 0x1FF);
        int group = (int)((key >> GroupShift) & 0x3);
        int period = (int)((key >> PeriodShift) & 0x1FFFF);
        int flow = (int)((key >> FlowShift) & 0x3);
        int commodity = (int)(key & 0xFFFFF);
        return new GroupKey(
            Has(TradeDimensions.Reporter) ? Country.FromIndex((ushort)reporter) : default,
            Has(TradeDimensions.Partner) ? PartnerFromDense(partner) : default,
            Has(TradeDimensions.PartnerGroup) ? group == 1 : null,
            Has(TradeDimensions.Period) ? PeriodOf(period) : default,
            Has(TradeDimensions.Flow) ? (FlowDirection)flow : null,
            Has(TradeDimensions.Commodity) ? HsCode.Create(commodity, Options.CommodityLevel) : default);
    }

    internal static TradePartner PartnerFromDense(int dense) => TradePartner.FromDenseId(dense);

    /// <summary>Whether two aggregations group the same way, so their keys mean the same.</summary>
    internal bool SameShape(KeyCodec other) =>
        Dimensions == other.Dimensions && Options.PeriodRollup == other.Options.PeriodRollup
        && Options.CommodityLevel == other.Options.CommodityLevel && Equals(Options.PartnerGroup, other.Options.PartnerGroup);
}

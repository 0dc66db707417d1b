namespace TradeDomain.Aggregation;

/// <summary>A flow's value of a key field (what the field packs into the group key).</summary>
internal delegate int KeyExtractor(in TradeFlow flow, KeyCodec codec);

/// <summary>A group key's value of a key field; false when the codec cannot hold it (a period it never saw).</summary>
internal delegate bool KeyEncoder(in GroupKey key, KeyCodec codec, out int value);

/// <summary>The group key with a key field's packed value set.</summary>
internal delegate GroupKey KeyDecoder(GroupKey key, int value, KeyCodec codec);

/// <summary>One field of the packed 64-bit group key: the dimension it groups by, its width for the options, how a
/// flow gives it, how a <see cref="GroupKey"/> gives it, and how it becomes the key's property again.</summary>
internal sealed record KeyField(string Name, TradeDimensions Dimension, Func<AggregationOptions, int> Width, KeyExtractor Extract, KeyEncoder Encode, KeyDecoder Decode);

/// <summary>
/// The group key described once, as fields in the order rows sort (most significant first). A codec gives each grouped
/// field its width, from the least significant bit up, and none to the others, so only what is grouped takes bits.
/// A new grouping key is one field here (plus its <see cref="TradeDimensions"/> flag, its storage on
/// <see cref="TradeFlow"/> and its <see cref="GroupKey"/> property): every engine path that hashes or sorts keys
/// takes it from this list. The built-in fields are also written out by hand in <see cref="KeyCodec"/>'s per-flow
/// encoder and decoder (the hot paths); the tests hold those equal to these descriptions.
/// </summary>
internal static class KeyFields
{
    /// <summary>Bits a key may use: the range-partitioned path keeps a flow's direction in the two above, the sign stays 0.</summary>
    internal const int MaxBits = 61;

    internal static KeyField Reporter { get; } = new("reporter", TradeDimensions.Reporter, _ => FlowLayout.ReporterBits,
        (in f, _) => f.ReporterIndex,
        (in k, _, out v) => { v = k.Reporter.Index; return true; },
        (k, v, _) => k with { Reporter = Country.FromIndex((ushort)v) });

    internal static KeyField Partner { get; } = new("partner", TradeDimensions.Partner, _ => FlowLayout.PartnerBits,
        (in f, _) => f.PartnerDenseId,
        (in k, _, out v) => { v = k.Partner.DenseId; return true; },
        (k, v, _) => k with { Partner = TradePartner.FromDenseId(v) });

    internal static KeyField PartnerGroup { get; } = new("partner group", TradeDimensions.PartnerGroup, _ => 2,
        (in f, c) => c.GroupFlag(f),
        (in k, _, out v) => { v = k.InPartnerGroup == true ? 1 : 2; return true; },
        (k, v, _) => k with { InPartnerGroup = v == 1 });

    internal static KeyField Period { get; } = new("period", TradeDimensions.Period, o => o.PeriodRollup switch
        {
            PeriodRollup.Year => PeriodCode.YearBits,
            PeriodRollup.Quarter => PeriodCode.YearBits + 2,
            _ => KeyCodec.PeriodIdBits, // months (year · 12 + month − 1 < 2^17) or ids of exact periods
        },
        (in f, c) => c.PeriodKey(f),
        (in k, c, out v) => c.TryPeriodKey(k.Period, out v),
        (k, v, c) => k with { Period = c.PeriodOf(v) });

    internal static KeyField Flow { get; } = new("flow", TradeDimensions.Flow, _ => FlowLayout.FlowBits,
        (in f, _) => f.FlowIndex,
        (in k, _, out v) => { v = (int)(k.Flow ?? FlowDirection.Export); return true; },
        (k, v, _) => k with { Flow = (FlowDirection)v });

    internal static KeyField Commodity { get; } = new("commodity", TradeDimensions.Commodity, o => o.CommodityLevel switch
        {
            HsLevel.Chapter => 7, // up to 99
            HsLevel.Heading => 14, // up to 9999
            _ => 20, // up to 999999
        },
        (in f, c) => c.CommodityKey(f),
        (in k, c, out v) =>
        {
            v = 0;
            if (k.Commodity.IsDefault || k.Commodity.Level != c.Options.CommodityLevel)
            {
                return false;
            }

            v = k.Commodity.Value;
            return true;
        },
        (k, v, c) => k with { Commodity = HsCode.Create(v, c.Options.CommodityLevel) });

    /// <summary>The mode of transport: the example of a key added as one description (no hand-written path).</summary>
    internal static KeyField Transport { get; } = new("mode of transport", TradeDimensions.Transport, _ => FlowLayout.TransportBits,
        (in f, _) => f.TransportIndex,
        (in k, _, out v) => { v = k.Transport.Index; return true; },
        (k, v, _) => k with { Transport = TransportMode.FromIndex(v) });

    /// <summary>Every field, most significant first: the order of <see cref="TradeAggregate.Rows"/>.</summary>
    internal static IReadOnlyList<KeyField> All { get; } = [Reporter, Partner, PartnerGroup, Period, Flow, Commodity, Transport];

    /// <summary>The fields <see cref="KeyCodec"/> writes out by hand; the others go through their descriptions.</summary>
    internal static IReadOnlyList<KeyField> HandWritten { get; } = [Reporter, Partner, PartnerGroup, Period, Flow, Commodity];
}

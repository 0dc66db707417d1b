using System.Globalization;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Serialization;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain.Aggregation;

/// <summary>
/// One trade record: what a reporter recorded for a partner, a period and a direction, with its exact value and,
/// optionally, the commodity.
/// </summary>
/// <remarks>Text form (one line, ';'-separated): "KZ;CN;2023;export;USD 1234.56;8703" — the commodity may be empty.</remarks>
[JsonConverter(typeof(TradeFlowJsonConverter))]
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)] // VectorAddition reads the fields in this order
public readonly record struct TradeFlow : ISpanFormattable, ISpanParsable<TradeFlow>
{
    // Stored packed in 24 bytes (a Money, a Period and the rest side by side would take 48): aggregation reads millions
    // of flows, so every byte is memory bandwidth. The value's decimal is kept as its exact mantissa and scale — with
    // fewer than 2 decimals lifted to 2 when the mantissa allows (12.3 stored as 1230 at scale 2, lift 1), so money
    // reads as whole cents without scaling — the period as its 32-bit code (PeriodCode), and the rest in one ulong laid
    // out as FlowLayout describes (the one description every fast path derives its shifts and masks from).
    private const int ReporterShift = FlowLayout.ReporterShift;
    private const int FlowShift = FlowLayout.FlowShift;
    private const int CurrencyShift = FlowLayout.CurrencyShift;
    private const int ScaleShift = FlowLayout.ScaleShift;
    private const int SignShift = FlowLayout.SignShift;
    private const int CommodityShift = FlowLayout.CommodityShift;
    private const int LiftShift = FlowLayout.LiftShift;
    private const ulong ValueBits = FlowLayout.ValueFieldsInPlace;
    internal const ulong FastMatchMask = FlowLayout.FastMatchInPlace;

    private readonly ulong valueLow;
    private readonly uint valueHigh;
    private readonly int period;
    private readonly ulong packed;

    /// <summary>Creates a flow.</summary>
    /// <exception cref="ArgumentException">A default reporter, partner, period or value.</exception>
    public TradeFlow(Country reporter, TradePartner partner, Period period, FlowDirection flow, Money value, HsCode commodity = default)
    {
        Preconditions.CheckArgument(!reporter.IsDefault, nameof(reporter), "A flow needs a reporter.");
        Preconditions.CheckArgument(!partner.IsDefault, nameof(partner), "A flow needs a partner (a country or a Comtrade area such as World).");
        Preconditions.CheckArgument(!period.IsDefault, nameof(period), "A flow needs a period.");
        Preconditions.CheckArgument(!value.IsDefault, nameof(value), "A flow needs a value with a currency.");
        Preconditions.CheckArgument((byte)flow <= (byte)FlowDirection.ReImport, nameof(flow), $"Flow {(int)flow} is not export, import, re-export or re-import.");
        DecimalParts.Split(value.Amount, out valueLow, out valueHigh, out byte scaleAndSign);
        this.period = Aggregation.PeriodCode.Of(period);
        packed = Pack(reporter.Index, partner.DenseId, flow, value.Currency.Index, ref valueLow, valueHigh, scaleAndSign & 0x1F, scaleAndSign >> 7 != 0, commodity.Bits23, 0);
    }

    private TradeFlow(ulong valueLow, uint valueHigh, int period, ulong packed)
    {
        this.valueLow = valueLow;
        this.valueHigh = valueHigh;
        this.period = period;
        this.packed = packed;
    }

    /// <summary>
    /// A flow from parts a file reader has already checked: the value as its mantissa (at most 18 digits), scale and
    /// sign, the period as its <see cref="Aggregation.PeriodCode"/>. No checks beyond debug assertions — the public
    /// constructor's arguments are what the parts come from, so the two give equal flows (the tests compare them).
    /// </summary>
    internal static TradeFlow FromParts(Country reporter, TradePartner partner, int periodCode, FlowDirection flow, ulong mantissa, int scale, bool negative,
                                        Currency currency, HsCode commodity = default, TransportMode transport = default)
    {
        System.Diagnostics.Debug.Assert(!reporter.IsDefault && !partner.IsDefault && !currency.IsDefault && periodCode != 0, "a flow's parts are all given");
        System.Diagnostics.Debug.Assert(mantissa < 1_000_000_000_000_000_000UL && (uint)scale <= 28 && (byte)flow <= (byte)FlowDirection.ReImport, "the parts are in range");
        ulong low = mantissa;
        ulong packed = Pack(reporter.Index, partner.DenseId, flow, currency.Index, ref low, 0, scale, negative && mantissa != 0, commodity.Bits23, transport.Index);
        return new TradeFlow(low, 0, periodCode, packed);
    }

    /// <summary>A flow from parts a file reader has already checked, with the value as a decimal (see the other overload).</summary>
    internal static TradeFlow FromParts(Country reporter, TradePartner partner, int periodCode, FlowDirection flow, decimal amount, Currency currency,
                                        HsCode commodity = default, TransportMode transport = default)
    {
        System.Diagnostics.Debug.Assert(!reporter.IsDefault && !partner.IsDefault && !currency.IsDefault && periodCode != 0, "a flow's parts are all given");
        DecimalParts.Split(amount, out ulong low, out uint high, out byte scaleAndSign);
        ulong packed = Pack(reporter.Index, partner.DenseId, flow, currency.Index, ref low, high, scaleAndSign & 0x1F, scaleAndSign >> 7 != 0, commodity.Bits23, transport.Index);
        return new TradeFlow(low, high, periodCode, packed);
    }

    // The packed word (FlowLayout), with fewer than 2 decimals lifted to 2 when the mantissa allows (see above).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Pack(int reporterIndex, int partnerDenseId, FlowDirection flow, int currencyIndex, ref ulong valueLow, uint valueHigh, int scale, bool negative,
                              int commodityBits, int transportIndex)
    {
        int lift = 0;
        if (scale < 2 && valueHigh == 0 && valueLow <= long.MaxValue / 100)
        {
            lift = 2 - scale;
            valueLow *= lift == 1 ? 10UL : 100UL;
            scale = 2;
        }

        return ((ulong)(uint)partnerDenseId << FlowLayout.PartnerShift) | ((ulong)(uint)reporterIndex << ReporterShift) | ((ulong)flow << FlowShift)
               | ((ulong)(uint)currencyIndex << CurrencyShift) | ((ulong)(uint)scale << ScaleShift)
               | ((negative ? 1UL : 0UL) << SignShift) | ((ulong)(uint)commodityBits << CommodityShift)
               | ((ulong)(uint)lift << LiftShift) | ((ulong)(uint)transportIndex << FlowLayout.TransportShift);
    }

    /// <summary>Whether the packed fields have room for every country, partner and currency of the embedded tables
    /// (checked by the tests, so a larger table cannot slip in unnoticed).</summary>
    internal static bool PackingFits => (ulong)Country.All.Count <= FlowLayout.ReporterMask && (ulong)TradePartner.DenseCount <= FlowLayout.PartnerMask + 1
                                         && (ulong)Currency.All.Count <= FlowLayout.CurrencyMask && (ulong)TransportMode.MaxIndex <= FlowLayout.TransportMask
                                         && FlowLayout.UsedBits <= 64;

    /// <summary>The exact value.</summary>
    public Money Value
    {
        get
        {
            if (Currency.IsDefault)
            {
                return default;
            }

            int lift = FlowLayout.Field(packed, LiftShift, FlowLayout.LiftMask);
            return lift == 0
                ? new(DecimalParts.Join(valueLow, valueHigh, ScaleAndSign), Currency)
                : new(DecimalParts.Join(valueLow / (lift == 1 ? 10UL : 100UL), valueHigh, (byte)(ScaleAndSign - lift)), Currency);
        }
    }

    /// <summary>The period.</summary>
    public Period Period => Aggregation.PeriodCode.ToPeriod(period);

    /// <summary>The commodity, or default for all commodities.</summary>
    public HsCode Commodity => HsCode.FromBits23(FlowLayout.Field(packed, CommodityShift, FlowLayout.CommodityMask));

    /// <summary>The mode of transport, or default (all modes) — set by <see cref="WithTransport"/>.</summary>
    public TransportMode Transport => TransportMode.FromIndex(TransportIndex);

    /// <summary>This flow with a mode of transport (default: all modes), e.g. from a Comtrade file's <c>motCode</c>.</summary>
    public TradeFlow WithTransport(TransportMode mode)
    {
        var copy = this;
        System.Runtime.CompilerServices.Unsafe.AsRef(in copy.packed) =
            (packed & ~(FlowLayout.TransportMask << FlowLayout.TransportShift)) | ((ulong)(uint)mode.Index << FlowLayout.TransportShift);
        return copy;
    }

    /// <summary><see cref="TransportMode"/>'s index of the mode (0 for none).</summary>
    internal int TransportIndex => FlowLayout.Field(packed, FlowLayout.TransportShift, FlowLayout.TransportMask);

    /// <summary>The partner country or area.</summary>
    public TradePartner Partner => TradePartner.FromDenseId(PartnerDenseId);

    /// <summary>The reporting country.</summary>
    public Country Reporter => Country.FromIndex((ushort)ReporterIndex);

    /// <summary>Export, import, re-export or re-import.</summary>
    public FlowDirection Flow => (FlowDirection)FlowIndex;

    /// <summary>The flow direction as 0–3.</summary>
    internal int FlowIndex => FlowLayout.Field(packed, FlowShift, FlowLayout.FlowMask);

    /// <summary>The value's currency, without building the value.</summary>
    internal Currency Currency => Currency.FromIndex(unchecked((ushort)FlowLayout.Field(packed, CurrencyShift, FlowLayout.CurrencyMask)));

    /// <summary>The period's code (<see cref="PeriodCode"/>), without building the period.</summary>
    internal int PeriodCode => period;

    /// <summary><see cref="Country.Index"/> of the reporter.</summary>
    internal int ReporterIndex => FlowLayout.Field(packed, ReporterShift, FlowLayout.ReporterMask);

    /// <summary><see cref="TradePartner.DenseId"/> of the partner.</summary>
    internal int PartnerDenseId => FlowLayout.Field(packed, FlowLayout.PartnerShift, FlowLayout.PartnerMask);

    // The value's scale and sign as DecimalParts packs them (scale in bits 0–4, sign in bit 7).
    private byte ScaleAndSign => unchecked((byte)(FlowLayout.Field(packed, ScaleShift, FlowLayout.ScaleMask) | (FlowLayout.Field(packed, SignShift, FlowLayout.SignMask) << 7)));

    /// <summary>The value as a count of 10^−<paramref name="scale"/> units, when it fits a long exactly.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool TryUnits(byte scale, out long units) => DecimalParts.TryUnits(valueLow, valueHigh, ScaleAndSign, scale, out units);

    /// <summary>What <see cref="TryFastUnits"/> compares: the currency and the stored scale a hot loop expects.</summary>
    internal static ulong FastMatch(Currency currency, byte scale) =>
        ((ulong)(uint)currency.Index << CurrencyShift) | ((ulong)scale << ScaleShift);

    /// <summary>The value as a count of units, when it is in the expected currency, stored at the expected scale (see
    /// <see cref="FastMatch"/>) and fits a long: one comparison and a sign flip, for hot loops.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool TryFastUnits(ulong match, out long units)
    {
        unchecked
        {
            units = 0;
            if ((packed & FastMatchMask) != match || (valueHigh | (uint)(valueLow >> 63)) != 0)
            {
                return false;
            }

            long sign = -(long)((packed >> SignShift) & FlowLayout.SignMask);
            units = ((long)valueLow ^ sign) - sign;
            return true;
        }
    }

    /// <summary>Whether two flows have the same reporter, partner, period, direction, commodity, mode of transport and
    /// value (values compare as numbers: 12.5 equals 12.50, as for <see cref="Money"/>).</summary>
    public bool Equals(TradeFlow other) =>
        period == other.period && (packed & ~ValueBits) == (other.packed & ~ValueBits) && Value == other.Value;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(period, packed & ~ValueBits, Value);

    /// <summary>"KZ;CN;2023;export;USD 1234.56;8703", and the Comtrade code of the mode of transport after a seventh
    /// ';' when the flow has one ("KZ;CN;2023;export;USD 1234.56;8703;2100", "KZ;CN;2023;export;USD 1234.56;;3100").</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>The ';'-separated line; the format is not used. <c>default(TradeFlow)</c> is "(no flow)".</summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (Value.IsDefault)
        {
            return "(no flow)";
        }

        var text = new StringBuilder().Append(Reporter.ToString()).Append(';').Append(Partner.ToString()).Append(';').Append(Period.ToString())
            .Append(';').Append(Flow.Name()).Append(';').Append(Value.Currency.Code).Append(' ').Append(Money.FormatInvariant(Value.Amount))
            .Append(';').Append(Commodity.ToString());
        var transport = Transport;
        return (transport.IsDefault ? text : text.Append(';').Append(transport.ToString("C", CultureInfo.InvariantCulture))).ToString();
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        return Formatting.TryCopy(text, destination, out charsWritten);
    }

    /// <summary>Parses "KZ;CN;2023;export;USD 1234.56;8703" (commodity optional), with the mode of transport after a
    /// seventh ';' ("…;8703;2100", "…;;Sea"; any form <see cref="TransportMode"/> parses).</summary>
    /// <exception cref="FormatException">A field is missing or malformed; the message names it.</exception>
    public static TradeFlow Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static TradeFlow Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static TradeFlow Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result, out var error) ? result : throw new FormatException(error);

    /// <summary>Parses a flow; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TradeFlow result) => TryParse(s.AsSpan(), provider, out result, out _);

    /// <summary>Parses a flow; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TradeFlow result) => TryParse(s, provider, out result, out _);

    private static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TradeFlow result, out string error)
    {
        result = default;
        Span<Range> fields = stackalloc Range[8];
        int n = s.Split(fields, ';');
        if (n is < 5 or > 7)
        {
            error = $"{Preconditions.Quote(s)} is not a flow; expected reporter;partner;period;flow;value[;commodity[;transport]].";
            return false;
        }

        HsCode commodity = default;
        TransportMode transport = default;
        if (!Country.TryFromCode(s[fields[0]], out var reporter))
        {
            error = $"Unknown reporter '{s[fields[0]]}'.";
        }
        else if (!TradePartner.TryParse(s[fields[1]], provider, out var partner))
        {
            error = $"Unknown partner '{s[fields[1]]}'.";
        }
        else if (!Period.TryParse(s[fields[2]], provider, out var period))
        {
            error = $"Bad period '{s[fields[2]]}'.";
        }
        else if (!FlowDirections.TryParse(s[fields[3]], out var flow))
        {
            error = $"Bad flow '{s[fields[3]]}'; expected export, import, re-export or re-import.";
        }
        else if (!Money.TryParse(s[fields[4]], provider, out var value))
        {
            error = $"Bad value '{s[fields[4]]}'; expected e.g. USD 1234.56.";
        }
        else if (n >= 6 && s[fields[5]].Trim().Length > 0 && !HsCode.TryParse(s[fields[5]], provider, out commodity))
        {
            error = $"Bad HS code '{s[fields[5]]}'.";
        }
        else if (n == 7 && !TransportMode.TryParse(s[fields[6]].Trim(), provider, out transport))
        {
            error = $"Bad mode of transport '{s[fields[6]]}'; expected a UN Comtrade motCode such as 2100 or a name such as Sea.";
        }
        else
        {
            result = new TradeFlow(reporter, partner, period, flow, value, commodity).WithTransport(transport);
            error = "";
            return true;
        }

        return false;
    }
}

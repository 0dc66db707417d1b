namespace TradeDomain.Aggregation;

/// <summary>
/// The one description of the engine's packed 24-byte row (<see cref="TradeFlow"/>) and of the period code it carries
/// (<see cref="PeriodCode"/>): the word each part lives in and the bit position and width of every field. Every fast
/// path — <see cref="TradeFlow"/>'s accessors, <see cref="VectorAddition"/>'s lanes, the hot loops — derives its shifts
/// and masks from these constants, so a layout change is made here once (the tests check that the fields do not
/// overlap, that they hold every value of their tables, and that the vector lanes agree with the scalar accessors).
/// </summary>
/// <remarks>
/// The row is three ulongs: word 0 the low 64 bits of the value's mantissa; word 1 the high 32 bits of the mantissa
/// (bits 0–31) and the period code (bits 32–63); word 2 the packed fields, from bit 0 up: partner (dense id),
/// reporter (index), flow direction, currency (index), the stored scale, the sign, the commodity (digits and level),
/// the lift (decimals added to reach 2: the mantissa was multiplied by 10^lift), the mode of transport
/// (<see cref="TransportMode"/>, 1 + its row in the data file; 0 for none).
/// </remarks>
internal static class FlowLayout
{
    internal const int Words = 3;
    internal const int ValueLowWord = 0;
    internal const int HighAndPeriodWord = 1;
    internal const int PackedWord = 2;

    /// <summary>Where the period code sits in <see cref="HighAndPeriodWord"/> (the mantissa's high 32 bits below it).</summary>
    internal const int PeriodCodeShift = 32;
    internal const int ValueHighBits = 32;

    internal const int PartnerShift = 0;
    internal const int PartnerBits = 9;
    internal const int ReporterShift = PartnerShift + PartnerBits;
    internal const int ReporterBits = 9;
    internal const int FlowShift = ReporterShift + ReporterBits;
    internal const int FlowBits = 2;
    internal const int CurrencyShift = FlowShift + FlowBits;
    internal const int CurrencyBits = 9;
    internal const int ScaleShift = CurrencyShift + CurrencyBits;
    internal const int ScaleBits = 5;
    internal const int SignShift = ScaleShift + ScaleBits;
    internal const int SignBits = 1;
    internal const int CommodityShift = SignShift + SignBits;
    internal const int CommodityBits = 23;
    internal const int LiftShift = CommodityShift + CommodityBits;
    internal const int LiftBits = 2;
    internal const int TransportShift = LiftShift + LiftBits;
    internal const int TransportBits = 4;

    /// <summary>Bits of the packed word in use; the rest are free for new fields.</summary>
    internal const int UsedBits = TransportShift + TransportBits;

    internal const ulong PartnerMask = (1UL << PartnerBits) - 1;
    internal const ulong ReporterMask = (1UL << ReporterBits) - 1;
    internal const ulong FlowMask = (1UL << FlowBits) - 1;
    internal const ulong CurrencyMask = (1UL << CurrencyBits) - 1;
    internal const ulong ScaleMask = (1UL << ScaleBits) - 1;
    internal const ulong SignMask = (1UL << SignBits) - 1;
    internal const ulong CommodityMask = (1UL << CommodityBits) - 1;
    internal const ulong LiftMask = (1UL << LiftBits) - 1;
    internal const ulong TransportMask = (1UL << TransportBits) - 1;

    /// <summary>The bits of the packed word that describe the value rather than the flow's identity (scale, sign, lift).</summary>
    internal const ulong ValueFieldsInPlace = (ScaleMask << ScaleShift) | (SignMask << SignShift) | (LiftMask << LiftShift);

    /// <summary>The currency and stored scale, in place: what a hot loop compares with one instruction.</summary>
    internal const ulong FastMatchInPlace = (CurrencyMask << CurrencyShift) | (ScaleMask << ScaleShift);

    /// <summary>Every field of the packed word (name, shift, width), for the checks that the layout is consistent.</summary>
    internal static IReadOnlyList<(string Name, int Shift, int Bits)> PackedFields { get; } =
    [
        ("partner", PartnerShift, PartnerBits),
        ("reporter", ReporterShift, ReporterBits),
        ("flow", FlowShift, FlowBits),
        ("currency", CurrencyShift, CurrencyBits),
        ("scale", ScaleShift, ScaleBits),
        ("sign", SignShift, SignBits),
        ("commodity", CommodityShift, CommodityBits),
        ("lift", LiftShift, LiftBits),
        ("transport", TransportShift, TransportBits),
    ];

    /// <summary>One field of a packed word.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int Field(ulong word, int shift, ulong mask) => unchecked((int)((word >> shift) & mask));
}

using System.Globalization;
using TradeDomain.Utility;

namespace TradeDomain.Aggregation;

/// <summary>
/// A mode of transport as UN Comtrade codes it (<c>motCode</c>: 1000 air, 2100 sea, 3100 railway, 3200 road, 9110
/// pipelines, …; the list is the data file <c>transport-modes.csv</c>). <c>default</c> is no mode (Comtrade's 0, TOTAL
/// MOT: all modes together), which is what a flow has unless <see cref="TradeFlow.WithTransport"/> gives it one.
/// </summary>
public readonly struct TransportMode : IEquatable<TransportMode>
{
    private static readonly (int Code, string Name)[] Modes = Load();
    private static readonly Dictionary<int, int> IndexByCode = Modes.Select((m, i) => (m.Code, Index: i + 1)).ToDictionary(m => m.Code, m => m.Index);

    private readonly byte index; // 1 + the row of the data file; 0 for no mode

    private TransportMode(int index) => this.index = (byte)index;

    /// <summary>True for <c>default</c>: no mode (all modes together).</summary>
    public bool IsDefault => index == 0;

    /// <summary>The Comtrade <c>motCode</c> (0 for no mode).</summary>
    public int Code => index == 0 ? 0 : Modes[index - 1].Code;

    /// <summary>The English name ("Sea", "Railway"); "all modes" for <c>default</c>.</summary>
    public string Name => index == 0 ? "all modes" : Modes[index - 1].Name;

    /// <summary>Every known mode, in code order.</summary>
    public static IReadOnlyList<TransportMode> All { get; } = [.. Enumerable.Range(1, Modes.Length).Select(i => new TransportMode(i))];

    /// <summary>The row of the data file + 1 (0 for no mode): what a flow packs.</summary>
    internal int Index => index;

    /// <summary>The largest <see cref="Index"/>.</summary>
    internal static int MaxIndex => Modes.Length;

    internal static TransportMode FromIndex(int index) => new(index);

    /// <summary>The mode of a Comtrade <c>motCode</c>; 0 gives <c>default</c> (all modes).</summary>
    /// <exception cref="ArgumentException">A code that is not in the list; the message names it.</exception>
    public static TransportMode FromComtrade(int code) => TryFromComtrade(code, out var mode) ? mode
        : throw new ArgumentException($"{code.ToString(CultureInfo.InvariantCulture)} is not a UN Comtrade mode of transport code; expected 0 (all modes) or one of {string.Join(", ", Modes.Select(m => m.Code.ToString(CultureInfo.InvariantCulture)))}.", nameof(code));

    /// <summary>The mode of a Comtrade <c>motCode</c> (0: <c>default</c>); false for an unknown code. Never throws.</summary>
    public static bool TryFromComtrade(int code, out TransportMode mode)
    {
        mode = default;
        if (code == 0)
        {
            return true;
        }

        if (!IndexByCode.TryGetValue(code, out int i))
        {
            return false;
        }

        mode = new TransportMode(i);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(TransportMode other) => index == other.index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TransportMode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => index;

    /// <summary>Equality.</summary>
    public static bool operator ==(TransportMode left, TransportMode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(TransportMode left, TransportMode right) => !left.Equals(right);

    /// <summary>"2100 Sea"; "all modes" for <c>default</c>.</summary>
    public override string ToString() => index == 0 ? Name : Code.ToString(CultureInfo.InvariantCulture) + " " + Name;

    private static (int Code, string Name)[] Load()
    {
        var modes = EmbeddedCsv.Read("transport-modes.csv").Select(r => (int.Parse(r["code"], CultureInfo.InvariantCulture), r["name"])).OrderBy(m => m.Item1).ToArray();
        return modes.Length <= (int)FlowLayout.TransportMask ? modes
            : throw new InvalidOperationException($"transport-modes.csv lists {modes.Length} modes; a flow packs at most {FlowLayout.TransportMask} (widen FlowLayout.TransportBits).");
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain.Aggregation;

/// <summary>
/// A mode of transport as UN Comtrade codes it (<c>motCode</c>: 1000 air, 2100 sea, 3100 railway, 3200 road, 9110
/// pipelines, …; the list is the data file <c>transport-modes.csv</c>). <c>default</c> is no mode (Comtrade's 0, TOTAL
/// MOT: all modes together), which is what a flow has unless <see cref="TradeFlow.WithTransport"/> gives it one.
/// Text forms: "2100 Sea" (<c>G</c>, the default), "2100" (<c>C</c>, the code), "Sea" (<c>N</c>, the name); each parses
/// back, as do "0" and "all modes" for <c>default</c>. Ordered by code.
/// </summary>
[JsonConverter(typeof(TransportModeJsonConverter))]
public readonly struct TransportMode : IEquatable<TransportMode>, IComparable<TransportMode>, IComparable, ISpanFormattable, ISpanParsable<TransportMode>
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

    /// <summary>Orders by the Comtrade code (<c>default</c>, code 0, first).</summary>
    public int CompareTo(TransportMode other) => Code.CompareTo(other.Code);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        TransportMode other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(TransportMode)}.", nameof(obj)),
    };

    /// <summary>Ordering.</summary>
    public static bool operator <(TransportMode left, TransportMode right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(TransportMode left, TransportMode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(TransportMode left, TransportMode right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(TransportMode left, TransportMode right) => left.CompareTo(right) >= 0;

    /// <summary>"2100 Sea"; "all modes" for <c>default</c>.</summary>
    public override string ToString() => index == 0 ? Name : Code.ToString(CultureInfo.InvariantCulture) + " " + Name;

    /// <summary><c>G</c> (or none) "2100 Sea", <c>C</c> the code "2100" ("0" for <c>default</c>), <c>N</c> the name
    /// "Sea" ("all modes").</summary>
    /// <exception cref="FormatException">Another format; the message lists these.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" or "g" => ToString(),
        "C" or "c" => Code.ToString(CultureInfo.InvariantCulture),
        "N" or "n" => Name,
        _ => throw new FormatException($"Unknown TransportMode format {Preconditions.Quote(format)}; use G (\"2100 Sea\"), C (\"2100\") or N (\"Sea\")."),
    };

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>Parses "2100 Sea", "2100", "Sea" (any case), "0" or "all modes".</summary>
    /// <exception cref="FormatException">Neither a listed code nor a listed name; the message names the text and the codes.</exception>
    public static TransportMode Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static TransportMode Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static TransportMode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result) ? result
            : throw new FormatException($"{Preconditions.Quote(s)} is not a UN Comtrade mode of transport; expected a code (0 for all modes, or one of {string.Join(", ", Modes.Select(m => m.Code.ToString(CultureInfo.InvariantCulture)))}), a name such as \"Sea\", or both (\"2100 Sea\").");

    /// <summary>Parses a mode of transport; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TransportMode result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses a mode of transport; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TransportMode result)
    {
        result = default;
        s = s.Trim();
        if (s.IsEmpty)
        {
            return false;
        }

        int digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits > 0)
        {
            if (digits > 5 || !int.TryParse(s[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out int code) || !TryFromComtrade(code, out result))
            {
                result = default;
                return false;
            }

            var rest = s[digits..].Trim();
            return rest.IsEmpty || rest.Equals(result.Name, StringComparison.OrdinalIgnoreCase) || (result.IsDefault && rest.Equals("all modes", StringComparison.OrdinalIgnoreCase))
                || Fail(out result);
        }

        if (s.Equals("all modes", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (int i = 0; i < Modes.Length; i++)
        {
            if (s.Equals(Modes[i].Name, StringComparison.OrdinalIgnoreCase))
            {
                result = new TransportMode(i + 1);
                return true;
            }
        }

        return false;

        static bool Fail(out TransportMode r)
        {
            r = default;
            return false;
        }
    }

    private static (int Code, string Name)[] Load()
    {
        var modes = EmbeddedCsv.Read("transport-modes.csv").Select(r => (int.Parse(r["code"], CultureInfo.InvariantCulture), r["name"])).OrderBy(m => m.Item1).ToArray();
        return modes.Length <= (int)FlowLayout.TransportMask ? modes
            : throw new InvalidOperationException($"transport-modes.csv lists {modes.Length} modes; a flow packs at most {FlowLayout.TransportMask} (widen FlowLayout.TransportBits).");
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>How a publication wrote a multiple.</summary>
public enum MultipleWording
{
    /// <summary>"1.5 times" (×1.5).</summary>
    Times = 1,

    /// <summary>"1.5 times more": read as ×1.5 by most writers and ×2.5 by a strict reading; both are kept.</summary>
    TimesMore = 2,

    /// <summary>"2.5-fold" (×2.5).</summary>
    Fold = 3,

    /// <summary>"doubled", "tripled", "quadrupled", "halved".</summary>
    Word = 4,

    /// <summary>"×1.46".</summary>
    Symbol = 5,

    /// <summary>Russian "в 1,5 раза" (×1.5; "в N раз больше" also means ×N).</summary>
    Russian = 6,
}

/// <summary>
/// A published multiple — "1.5 times", "2.5-fold", "tripled", "×1.46", "в 1,5 раза" — with its printed resolution and,
/// for "N times more", both readings (×N and ×(N+1)).
/// </summary>
/// <remarks><c>default</c> is "0 times". Format <c>G</c> writes it back in its own wording.</remarks>
[JsonConverter(typeof(MultipleJsonConverter))]
public readonly struct Multiple : IEquatable<Multiple>, ISpanFormattable, ISpanParsable<Multiple>
{
    private static readonly (string Word, decimal Factor)[] Words =
    [
        ("doubled", 2m), ("tripled", 3m), ("trebled", 3m), ("quadrupled", 4m), ("quintupled", 5m), ("halved", 0.5m),
        ("удвоился", 2m), ("удвоилась", 2m), ("удвоилось", 2m), ("утроился", 3m), ("утроилась", 3m), ("утроилось", 3m),
    ];

    private Multiple(PublishedNumber factor, MultipleWording wording, string word)
    {
        Factor = factor;
        Wording = wording;
        this.word = word;
    }

    private readonly string? word;

    /// <summary>A multiple written as <paramref name="wording"/>.</summary>
    /// <exception cref="ArgumentException">A factor that is not positive ("0 times" says nothing a multiple could mean), or
    /// <see cref="MultipleWording.Word"/> (use <see cref="Parse(string)"/>).</exception>
    public static Multiple Create(PublishedNumber factor, MultipleWording wording = MultipleWording.Times)
    {
        Preconditions.CheckArgument(factor.Value > 0, nameof(factor), $"A multiple must be positive, not {factor}: \"0 times\" or a negative factor is no multiple of anything.");
        Preconditions.CheckArgument(Enum.IsDefined(wording) && wording != MultipleWording.Word, nameof(wording),
            "Word multiples (doubled, tripled) come from Multiple.Parse.");
        return new(factor, wording, "");
    }

    /// <summary>The printed factor (1.5 in "1.5 times"; 2 for "doubled").</summary>
    public PublishedNumber Factor { get; }

    /// <summary>How it was written.</summary>
    public MultipleWording Wording { get; }

    /// <summary>The factors the wording can mean: one, or for "N times more" both N and N + 1.</summary>
    public IReadOnlyList<decimal> Readings => Wording == MultipleWording.TimesMore ? [Factor.Value, Factor.Value + 1] : [Factor.Value];

    /// <summary>Every factor consistent with the printed value's rounding, for a reading.</summary>
    public DecimalInterval IntervalOf(decimal reading) => DecimalInterval.Around(reading, Factor.HalfUnit);

    /// <inheritdoc />
    public bool Equals(Multiple other) => Factor == other.Factor && Wording == other.Wording && (word ?? "") == (other.word ?? "");

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Multiple other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Factor, Wording);

    /// <summary>Equality.</summary>
    public static bool operator ==(Multiple left, Multiple right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Multiple left, Multiple right) => !left.Equals(right);

    /// <summary>The multiple in its own wording, "1.5 times".</summary>
    public override string ToString() => ToString(null, null);

    /// <summary><c>G</c>: in its own wording ("1.5 times", "2.5-fold", "tripled", "×1.46", "в 1,5 раза").</summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (format is not (null or "" or "G" or "g"))
        {
            throw new FormatException($"Unknown Multiple format {Preconditions.Quote(format)}; use G.");
        }

        // Invariant digits without groups: "3317 times", since "3,317 times" reads two ways (3.317 or 3317).
        var n = Factor.ToString("G", null);
        return Wording switch
        {
            MultipleWording.TimesMore => n + " times more",
            MultipleWording.Fold => n + "-fold",
            MultipleWording.Word => word ?? "",
            MultipleWording.Symbol => "×" + n,
            MultipleWording.Russian => "в " + Factor.ToString("R", null) + (RussianTimesIsRaz(Factor) ? " раз" : " раза"),
            _ => n + " times",
        };
    }

    private static bool RussianTimesIsRaz(PublishedNumber n) =>
        n.Decimals == 0 && (n.Value % 10 is < 2 or > 4 || n.Value % 100 is >= 12 and <= 14);

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(Formatting.Format(format), provider);
        return Formatting.TryCopy(text, destination, out charsWritten);
    }

    /// <summary>Parses "1.5 times", "1.5 times more", "1.5x", "2.5-fold", "2.5 fold", "×1.46", "doubled", "tripled",
    /// "в 1,5 раза", "в 2 раза больше", "в 5 раз". The factor must be positive: "0 times" is refused.</summary>
    /// <exception cref="FormatException">Not a multiple.</exception>
    public static Multiple Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)"/>
    public static Multiple Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string)"/>
    public static Multiple Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result) ? result
            : throw new FormatException($"Cannot read {Preconditions.Quote(s)} as a multiple such as \"1.5 times\", \"2.5-fold\", \"tripled\" or \"в 1,5 раза\".");

    /// <summary>Parses a multiple; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Multiple result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses a multiple; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Multiple result)
    {
        result = default;
        s = s.Trim();
        if (s.IsEmpty || s.Length > 100)
        {
            return false;
        }

        foreach (var (w, factor) in Words)
        {
            if (s.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                result = new(PublishedNumber.Create(factor), MultipleWording.Word, w);
                return true;
            }
        }

        var lower = s.ToString().ToLowerInvariant();
        (string Prefix, string Suffix, MultipleWording Wording, bool Russian)[] forms =
        [
            ("в ", " раза больше", MultipleWording.Russian, true), ("в ", " раз больше", MultipleWording.Russian, true),
            ("в ", " раза", MultipleWording.Russian, true), ("в ", " раз", MultipleWording.Russian, true),
            ("", " times more", MultipleWording.TimesMore, false), ("", " times", MultipleWording.Times, false),
            ("", "-fold", MultipleWording.Fold, false), ("", " fold", MultipleWording.Fold, false),
            ("", "x", MultipleWording.Symbol, false), ("×", "", MultipleWording.Symbol, false), ("x", "", MultipleWording.Symbol, false),
        ];
        foreach (var (prefix, suffix, wording, russian) in forms)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal) && lower.EndsWith(suffix, StringComparison.Ordinal)
                && lower.Length > prefix.Length + suffix.Length)
            {
                var number = lower.AsSpan(prefix.Length, lower.Length - prefix.Length - suffix.Length);
                if (NumberText.TryParseSigned(number, russian, out var value, out int decimals, out _) && value > 0)
                {
                    result = new(PublishedNumber.Create(value, decimals), wording, "");
                    return true;
                }
            }
        }

        return false;
    }
}

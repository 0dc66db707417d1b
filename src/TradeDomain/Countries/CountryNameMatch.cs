using System.Globalization;

namespace TradeDomain;

/// <summary>How a country name matched: exactly one country, several (ambiguous), or none (with the nearest names).</summary>
/// <param name="Input">The name as given.</param>
/// <param name="Country">The country when exactly one matched; otherwise default.</param>
/// <param name="Candidates">Every country the name names (two or more: ambiguous).</param>
/// <param name="Suggestions">For an unknown name, the countries whose names are nearest (edit distance).</param>
public sealed record CountryNameMatch(string Input, Country Country, IReadOnlyList<Country> Candidates, IReadOnlyList<Country> Suggestions)
{
    /// <summary>The name as given.</summary>
    public string Input { get; init => field = Utility.Preconditions.CheckNotNull(value); } = Utility.Preconditions.CheckNotNull(Input);

    /// <summary>Every country the name names (two or more: ambiguous).</summary>
    public IReadOnlyList<Country> Candidates { get; init => field = Utility.Preconditions.CheckNotNull(value); } = Utility.Preconditions.CheckNotNull(Candidates);

    /// <summary>For an unknown name, the countries whose names are nearest (edit distance).</summary>
    public IReadOnlyList<Country> Suggestions { get; init => field = Utility.Preconditions.CheckNotNull(value); } = Utility.Preconditions.CheckNotNull(Suggestions);

    /// <summary>Exactly one country matched.</summary>
    public bool IsFound => Candidates.Count == 1;

    /// <summary>Two or more countries have this name ("Korea", "Congo").</summary>
    public bool IsAmbiguous => Candidates.Count > 1;

    /// <summary>A sentence saying what matched, for error messages and reports.</summary>
    public string Message => IsFound
        ? string.Create(CultureInfo.InvariantCulture, $"'{Input}' is {Country.Name} ({Country.Alpha2}).")
        : IsAmbiguous
            ? $"'{Input}' is ambiguous: it can mean {string.Join(" or ", Candidates.Select(c => $"{c.Name} ({c.Alpha2})"))}; use a more specific name or a code."
            : CountryRegistry.FindInvisible(Input) is var at and >= 0
                ? string.Create(CultureInfo.InvariantCulture, $"The country name '{Shorten(Input)}' holds U+{(int)Input[at]:X4} at position {at}, an invisible or control character or a lone surrogate; a name must be visible text only.")
            : Suggestions.Count > 0
                ? $"Unknown country name '{Shorten(Input)}'; did you mean {string.Join(", ", Suggestions.Select(c => $"{c.Name} ({c.Alpha2})"))}?"
                : $"Unknown country name '{Shorten(Input)}'.";

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}

using System.Globalization;

namespace TradeDomain.Verification;

/// <summary>The plausible exchange rates of <c>Verification/Data/usd-rates.csv</c> (units per US dollar since 2000),
/// for checking the order of magnitude of a conversion; never used to convert.</summary>
internal static class UsdRates
{
    private static readonly Dictionary<Currency, (decimal Low, decimal High)> Rates = Load();

    internal static bool TryGet(Currency currency, out (decimal Low, decimal High) range) => Rates.TryGetValue(currency, out range);

    private static Dictionary<Currency, (decimal, decimal)> Load()
    {
        var rates = new Dictionary<Currency, (decimal, decimal)>();
        using var stream = typeof(UsdRates).Assembly.GetManifestResourceStream("TradeDomain.Verification.Data.usd-rates.csv")
            ?? throw new InvalidOperationException("The embedded usd-rates.csv is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("code,", StringComparison.Ordinal))
            {
                continue;
            }

            var p = line.Split(',');
            if (Currency.TryFromCode(p[0], out var c))
            {
                rates[c] = (decimal.Parse(p[1], CultureInfo.InvariantCulture), decimal.Parse(p[2], CultureInfo.InvariantCulture));
            }
        }

        return rates;
    }
}

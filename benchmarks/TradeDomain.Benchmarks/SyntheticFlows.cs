using TradeDomain.Aggregation;

namespace TradeDomain.Benchmarks;

/// <summary>Seeded synthetic trade flows: 250 countries, 25 years (2000–2024), exports and imports, values with two
/// decimals, in random order (so no grouping benefits from the input being sorted).</summary>
public static class SyntheticFlows
{
    public const int Countries = 250;
    public const int Years = 25;

    public static TradeFlow[] Generate(int count, int seed = 20261127)
    {
        var countries = Country.All.Where(c => !c.IsFormer).Take(Countries).ToArray(); // 249 ISO countries and Kosovo
        var partners = countries.Select(c => (TradePartner)c).ToArray();
        var periods = Enumerable.Range(2000, Years).Select(Period.Year).ToArray();
        var rng = new Random(seed);
        var flows = new TradeFlow[count];
        for (int i = 0; i < flows.Length; i++)
        {
            int r = rng.Next(Countries);
            int p = rng.Next(Countries - 1);
            if (p >= r)
            {
                p++;
            }

            flows[i] = new TradeFlow(countries[r], partners[p], periods[rng.Next(Years)], (FlowDirection)rng.Next(2),
                new Money(rng.NextInt64(1, 10_000_000_000) / 100m, Currency.USD));
        }

        return flows;
    }

    /// <summary>Reads every flow once so the pages are resident before anything is timed.</summary>
    public static decimal Touch(TradeFlow[] flows)
    {
        decimal total = 0;
        foreach (var f in flows)
        {
            total += f.Value.Amount;
        }

        return total;
    }
}

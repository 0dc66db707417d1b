using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Mentions;

namespace TradeDomain.Verification.Linking;

/// <summary>
/// Rows of one measure split by component: "Merchandise Exports", "Services Exports", "Overall Trade (Merchandise +
/// Services) Exports". The row naming both components is the measure's total: in every column it is the sum of the
/// row of each component, and the balance and turnover rows are checked against the totals of exports and imports.
/// </summary>
internal static partial class TableLinker
{
    /// <summary>The row of a measure that names both components (goods and services), if one does; else the first.</summary>
    private static string[] TotalRow(List<string[]> rows)
    {
        var (total, _, _) = ComponentRows(rows);
        return total ?? rows[0];
    }

    /// <summary>The one row naming both components, the one naming goods only and the one naming services only.</summary>
    private static (string[]? Total, string[]? Goods, string[]? Services) ComponentRows(List<string[]> rows)
    {
        var lex = Lexicon.All;
        var both = new List<string[]>();
        var goods = new List<string[]>();
        var services = new List<string[]>();
        foreach (var row in rows)
        {
            var words = Lexicon.Tokenize(row[0]);
            bool g = Enumerable.Range(0, words.Count).Any(k => lex.Is(words, k, "component-goods"));
            bool s = Enumerable.Range(0, words.Count).Any(k => lex.Is(words, k, "component-services"));
            (g && s ? both : g ? goods : s ? services : []).Add(row);
        }

        return (both.Count == 1 ? both[0] : null, goods.Count == 1 ? goods[0] : null, services.Count == 1 ? services[0] : null);
    }

    /// <summary>In every column of levels, each measure's total row against its goods row and its services row.</summary>
    private static IEnumerable<Claim> ComponentSums(Dictionary<(Measure, int Sign), List<string[]>> byMeasure, string[] header, AmountScale scale, Currency currency,
        NumberConvention convention, int offset)
    {
        foreach (var ((measure, _), rows) in byMeasure)
        {
            if (measure is not (Measure.Exports or Measure.Imports or Measure.Turnover))
            {
                continue;
            }

            var (total, goods, services) = ComponentRows(rows);
            if (total is null || goods is null || services is null)
            {
                continue;
            }

            for (int col = 1; col < total.Length; col++)
            {
                if (col < header.Length && (header[col].Contains('%', StringComparison.Ordinal) || header[col].Contains("change", StringComparison.OrdinalIgnoreCase)
                    || header[col].Contains("измен", StringComparison.OrdinalIgnoreCase) || header[col].Contains("зміна", StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var t = Cell(total, col, scale, currency, convention);
                var g = Cell(goods, col, scale, currency, convention);
                var s = Cell(services, col, scale, currency, convention);
                if (t is not null && g is not null && s is not null)
                {
                    yield return Claim.Sum(t, [g, s]) with
                    {
                        Sentence = string.Join(" / ", total[0], goods[0], services[0]) + $", column {col}",
                        Offset = offset,
                    };
                }
            }
        }
    }
}

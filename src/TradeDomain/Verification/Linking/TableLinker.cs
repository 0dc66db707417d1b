using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Mentions;

namespace TradeDomain.Verification.Linking;

/// <summary>
/// Tables printed as text ("Export (FOB) | 3 797.0 | 3 340.7", one row a line, cells split by "|"): in every column the
/// turnover row is checked against the exports and imports rows (a sum) and the balance row against them (a difference).
/// The rows' measures come from their labels; the unit from the title or header ("million USD", "USD Billion", "$m").
/// Where a measure has more than one row the first is used and the claim is not certain.
/// </summary>
internal static partial class TableLinker
{
    internal static IEnumerable<Claim> Link(string text, Language language)
    {
        var lines = text.Split('\n');
        int i = 0;
        while (i < lines.Length)
        {
            if (!lines[i].Contains('|', StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < lines.Length && lines[i].Contains('|', StringComparison.Ordinal))
            {
                i++;
            }

            // A table is at least a header and three rows.
            if (i - start < 4)
            {
                continue;
            }

            string title = start > 0 ? lines[start - 1] : "";
            foreach (var claim in Table(lines[start..i], title, language, OffsetOf(lines, start)))
            {
                yield return claim;
            }
        }
    }

    private static int OffsetOf(string[] lines, int line)
    {
        int offset = 0;
        for (int k = 0; k < line; k++)
        {
            offset += lines[k].Length + 1;
        }

        return offset;
    }

    private static IEnumerable<Claim> Table(string[] rows, string title, Language language, int offset)
    {
        var lex = Lexicon.All;
        var unitText = title + " " + rows[0];
        var unitWords = Lexicon.Tokenize(unitText);
        var scale = AmountScale.Units;
        for (int k = 0; k < unitWords.Count; k++)
        {
            if (lex.Match(unitWords, k, "scale", out _) is { } sc && sc.Words[0] is not ("m" or "k"))
            {
                scale = (AmountScale)int.Parse(sc.Value, System.Globalization.CultureInfo.InvariantCulture);
                break;
            }
        }

        if (unitText.Contains("$m", StringComparison.Ordinal))
        {
            scale = AmountScale.Million;
        }

        var currency = Currency.FromCode("XXX");
        foreach (var code in new[] { "USD", "EUR", "GBP", "RUB", "KZT", "UZS", "GEL", "AUD", "CAD", "INR", "CNY" })
        {
            if (unitText.Contains(code, StringComparison.OrdinalIgnoreCase) && Currency.TryFromCode(code, out var c))
            {
                currency = c;
                break;
            }
        }

        var convention = language == Language.English ? NumberConvention.DecimalPoint : NumberConvention.DecimalComma;
        var byMeasure = new Dictionary<(Measure, int Sign), List<string[]>>();
        foreach (var row in rows.Skip(1))
        {
            var cells = row.Split('|').Select(c => c.Trim()).ToArray();
            var words = Lexicon.Tokenize(cells[0]);
            var measure = MentionReader.LastMeasure(words, 0, words.Count, lex, out int sign);
            if (measure == Measure.None)
            {
                continue;
            }

            if (!byMeasure.TryGetValue((measure, 0), out var list))
            {
                byMeasure[(measure, 0)] = list = [];
            }

            list.Add(cells);
        }

        if (!byMeasure.TryGetValue((Measure.Exports, 0), out var exportRows) || !byMeasure.TryGetValue((Measure.Imports, 0), out var importRows))
        {
            yield break;
        }

        byMeasure.TryGetValue((Measure.Turnover, 0), out var turnoverRows);
        byMeasure.TryGetValue((Measure.Balance, 0), out var balanceRows);
        bool certain = exportRows.Count == 1 && importRows.Count == 1;
        int columns = exportRows[0].Length;
        var header = rows[0].Split('|');
        for (int col = 1; col < columns; col++)
        {
            // A column of changes or percentages is not a period's levels.
            if (col < header.Length && (header[col].Contains('%', StringComparison.Ordinal) || header[col].Contains("change", StringComparison.OrdinalIgnoreCase)
                || header[col].Contains("измен", StringComparison.OrdinalIgnoreCase) || header[col].Contains("зміна", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var exports = Cell(TotalRow(exportRows), col, scale, currency, convention);
            var imports = Cell(TotalRow(importRows), col, scale, currency, convention);
            if (exports is null || imports is null)
            {
                continue;
            }

            if (turnoverRows is not null && Cell(turnoverRows[0], col, scale, currency, convention) is { } total)
            {
                yield return Claim.Sum(total, [exports, imports]) with
                {
                    Sentence = string.Join(" / ", turnoverRows[0][0], exportRows[0][0], importRows[0][0]) + $", column {col}",
                    Offset = offset, IsCertain = certain && turnoverRows.Count == 1,
                };
            }

            if (balanceRows is not null && Cell(balanceRows[0], col, scale, currency, convention) is { } balance)
            {
                yield return Claim.Difference(balance, exports, imports) with
                {
                    Sentence = string.Join(" / ", balanceRows[0][0], exportRows[0][0], importRows[0][0]) + $", column {col}",
                    Offset = offset, IsCertain = certain && balanceRows.Count == 1,
                };
            }
        }

        foreach (var claim in ComponentSums(byMeasure, header, scale, currency, convention, offset))
        {
            yield return claim;
        }
    }

    private static Figure? Cell(string[] cells, int col, AmountScale scale, Currency currency, NumberConvention convention)
    {
        if (col >= cells.Length)
        {
            return null;
        }

        var text = cells[col].TrimEnd('*');
        if (!NumberText.TryParseSigned(text, convention, out var value, out int decimals, out _) || !AmountText.TryScaleUp(value, scale, out _))
        {
            return null;
        }

        return Figure.FromAmount(ReportedAmount.Create(value, scale, currency, decimals), cells[col]);
    }
}

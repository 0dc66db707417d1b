using System.Globalization;
using System.Text;

namespace TradeDomain.Tests.Fuzzing;

/// <summary>
/// Seeded, deterministic hostile strings: random Unicode (lone surrogates, U+FFFE/U+FFFF, controls, bidi and zero-width
/// marks included), digits with every separator, numbers around decimal's limits, 100 000-character strings, and
/// mutations of valid forms of every type. The same seed always gives the same sequence, so a failure names its input
/// and can be replayed.
/// </summary>
public sealed class FuzzInputs
{
    /// <summary>Valid or nearly valid forms of the library's types, the starting points of mutation.</summary>
    public static readonly string[] ValidForms =
    [
        "USD 66.0 billion", "$490 billion", "USD 1,234.56", "1 234,56 EUR", "61,8 млрд долларов США", "€1.2 million", "KZT 5 трлн",
        "USD 0.5", "-USD 12.50", "JPY 100", "¥2 billion", "USD 9.9 тыс.", "2023", "2023-Q1", "2023-03", "2023-H2", "Jan–Mar 2023",
        "January 2023", "январь–март 2023 года", "FY2023/24", "2023-01-01/2023-02-15", "2023-05-17", "Q3 2021", "1999–2001",
        "KZ", "KAZ", "398", "Kazakhstan", "Korea, Rep.", "Côte d'Ivoire", "Türkiye", "Российская Федерация", "the Netherlands",
        "SU", "CS", "USD", "EUR", "KZT", "6.8%", "-4.3%", "−4.3 %", "0.0%", "6.8 per cent", "3.1 pp", "3.1 п.п.", "1.5 times",
        "tripled", "в 1,5 раза", "0 times", "2-fold", "66.0", "6.80", "-0.05", "1,012.5", "USD/KZT 456.31 2023", "EUR/USD 1.08 2023-Q1",
        "8703", "870323", "01", "CN", "899", "0", "[65.95, 66.05]", "[1,2]", "65.95..66.05", "USD 10 of USD 40", "25% (USD 10 of USD 40)",
        "KZ CN 2023 export USD 100 8703", "KZ;CN;2023;import;USD 1.5", "SCO", "EAEU", "EU", "CIS",
        "Exports rose 5% to $2 billion from $1.9 billion.", "Turnover was $10.5 billion, up 8.0% from $9.7 billion.",
        "Товарооборот составил 61,8 млрд долларов США, что на 3,2% больше, чем в 2022 году.",
        "79228162514264337593543950335", "-79228162514264337593543950335", "79228162514264337593543950336",
        "0.0000000000000000000000000001", "0.00000000000000000000000000001", "1e-400", "1E28", "7.9228162514264337593543950335E28",
        "0.123456789012345678901234567891", "NaN", "Infinity", "-0", "+1", "١٢٣", "１２３", "½",
    ];

    private static readonly string[] Separators =
        [".", ",", " ", "\u00A0", "\u202F", "\u2009", "'", "’", "_", "-", "−", "–", "—", "+", "e", "E", "%", "/", ":", ";", "·", "٫", "٬"];

    private static readonly char[] Invisible =
    [
        '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
        '\u2069', '\u2060', '\uFEFF', '\u00AD', '\u0085', '\u0080', '\u009F', '\u0000', '\u0007', '\u001B', '\u007F', '\uFFFE', '\uFFFF',
        '\uFFFD', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u0301', '\u0308', '\t', '\n', '\r', '\v', '\f', '\u2028', '\u2029',
    ];

    private readonly Random random;

    public FuzzInputs(int seed) => random = new Random(seed);

    /// <summary>Strings of every kind, <paramref name="count"/> of them, of which a few are 100 000 characters long.</summary>
    public IEnumerable<string> Take(int count)
    {
        yield return "";
        yield return " ";
        foreach (var form in ValidForms)
        {
            yield return form;
        }

        for (int i = 0; i < 3; i++)
        {
            yield return Long();
        }

        for (int i = ValidForms.Length + 5; i < count; i++)
        {
            yield return Next();
        }
    }

    /// <summary>One string of a randomly chosen kind.</summary>
    public string Next() => random.Next(10) switch
    {
        0 => RandomUnicode(random.Next(0, 40)),
        1 => Invisibles(),
        2 or 3 => DigitsAndSeparators(),
        4 => NearLimits(),
        _ => Mutate(ValidForms[random.Next(ValidForms.Length)], random.Next(1, 4)),
    };

    /// <summary>A JSON string literal's content that is hostile: invisible marks, lone surrogates, mutations.</summary>
    public string NextJsonText() => random.Next(3) == 0 ? Invisibles() : Next();

    public int Int(int maxExclusive) => random.Next(maxExclusive);

    public string RandomUnicode(int length)
    {
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            sb.Append(random.Next(6) switch
            {
                0 => (char)random.Next(0, 0x80),
                1 => (char)random.Next(0x80, 0x800),
                2 => (char)random.Next(0xD800, 0xE000), // surrogates, mostly lone
                3 => Invisible[random.Next(Invisible.Length)],
                4 => (char)random.Next(0x400, 0x500), // Cyrillic
                _ => (char)random.Next(0, 0x10000),
            });
        }

        return sb.ToString();
    }

    private string Invisibles()
    {
        var form = ValidForms[random.Next(ValidForms.Length)];
        var sb = new StringBuilder(form);
        int n = random.Next(1, 4);
        for (int i = 0; i < n; i++)
        {
            sb.Insert(random.Next(sb.Length + 1), Invisible[random.Next(Invisible.Length)]);
        }

        return sb.ToString();
    }

    private string DigitsAndSeparators()
    {
        var sb = new StringBuilder();
        if (random.Next(3) == 0)
        {
            sb.Append(new[] { "USD ", "$", "€", "¥", "-", "−", "KZT ", "" }[random.Next(8)]);
        }

        int groups = random.Next(1, 8);
        for (int g = 0; g < groups; g++)
        {
            int digits = random.Next(0, 6);
            for (int d = 0; d < digits; d++)
            {
                sb.Append((char)('0' + random.Next(10)));
            }

            if (g < groups - 1)
            {
                sb.Append(Separators[random.Next(Separators.Length)]);
            }
        }

        if (random.Next(3) == 0)
        {
            sb.Append(new[] { " billion", " bn", " млрд", "%", " pp", " times", " million million", " USD", "" }[random.Next(9)]);
        }

        return sb.ToString();
    }

    private string NearLimits()
    {
        decimal[] edges = [decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 1m / 3m, 79228162514264337593543950.335m];
        var value = edges[random.Next(edges.Length)];
        var text = value.ToString(CultureInfo.InvariantCulture);
        return random.Next(4) switch
        {
            0 => text + random.Next(10),
            1 => "USD " + text + new[] { "", " billion", " trillion" }[random.Next(3)],
            2 => text + "%",
            _ => Mutate(text, 1),
        };
    }

    private string Long() => random.Next(3) switch
    {
        0 => new string('9', 100_000),
        1 => string.Concat(Enumerable.Repeat("USD 1,000.5 billion ", 5_000)),
        _ => RandomUnicode(100_000),
    };

    public string Mutate(string text, int steps)
    {
        var sb = new StringBuilder(text);
        for (int i = 0; i < steps; i++)
        {
            int at = random.Next(sb.Length + 1);
            switch (random.Next(8))
            {
                case 0 when sb.Length > 0:
                    sb.Remove(Math.Min(at, sb.Length - 1), 1);
                    break;
                case 1:
                    sb.Insert(at, Separators[random.Next(Separators.Length)]);
                    break;
                case 2:
                    sb.Insert(at, (char)('0' + random.Next(10)));
                    break;
                case 3:
                    sb.Insert(at, Invisible[random.Next(Invisible.Length)]);
                    break;
                case 4 when sb.Length > 1:
                    int start = random.Next(sb.Length - 1);
                    int length = random.Next(1, Math.Min(8, sb.Length - start) + 1);
                    sb.Insert(at, sb.ToString(start, length));
                    break;
                case 5 when sb.Length > 0:
                    int j = Math.Min(at, sb.Length - 1);
                    sb[j] = char.IsUpper(sb[j]) ? char.ToLowerInvariant(sb[j]) : char.ToUpperInvariant(sb[j]);
                    break;
                case 6:
                    sb.Insert(at, ValidForms[random.Next(ValidForms.Length)]);
                    break;
                default:
                    sb.Insert(at, RandomUnicode(random.Next(1, 3)));
                    break;
            }
        }

        return sb.ToString();
    }
}

using System.Globalization;
using System.Text;
using TradeDomain.Verification.Languages;

namespace TradeDomain.Verification.Explanation;

/// <summary>
/// The last stage (finding → text): writes a <see cref="Finding"/> as a sentence in English, Russian or Ukrainian from
/// the templates in <c>Verification/Languages/{en,ru,uk}/explanations.tsv</c> (code, a tab, the template with {0}, {1}, …
/// placeholders). Numbers are written in the language's form (6.85 in English, 6,85 in Russian and Ukrainian); figures as printed
/// stay as printed. Every code has a template in every language (a test checks it).
/// </summary>
internal static class Explainer
{
    private static readonly Dictionary<string, string> English = Load("en");
    private static readonly Dictionary<string, string> Russian = Load("ru");
    private static readonly Dictionary<string, string> Ukrainian = Load("uk");

    /// <summary>The language explanations are written in for a text of <paramref name="language"/>: its own for
    /// English, Russian and Ukrainian; Russian, the region's common language, for Uzbek, Kazakh and Azerbaijani; English for
    /// Polish, Armenian, Romanian and Georgian (no explanations of their own yet).</summary>
    internal static Language For(Language language) => language switch
    {
        Language.Uzbek or Language.Kazakh or Language.Azerbaijani or Language.Turkmen => Language.Russian,
        Language.Polish or Language.Armenian or Language.Romanian or Language.Georgian => Language.English,
        _ => language,
    };

    /// <summary>The codes each language's file defines (for the test that both files agree).</summary>
    internal static IReadOnlyCollection<string> Codes(Language language) => Templates(language).Keys;

    /// <summary>Writes a finding in a language.</summary>
    internal static string Render(Finding finding, Language language)
    {
        var sb = new StringBuilder();
        Append(sb, finding, Templates(language), language);
        return sb.ToString();
    }

    private static Dictionary<string, string> Templates(Language language) => language switch
    {
        Language.Russian => Russian,
        Language.Ukrainian => Ukrainian,
        _ => English,
    };

    private static void Append(StringBuilder sb, object arg, Dictionary<string, string> templates, Language language)
    {
        switch (arg)
        {
            case string s:
                sb.Append(s);
                break;
            case Num n:
                sb.Append(Number(n, language));
                break;
            case FindingList list:
                for (int i = 0; i < list.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(Template(list.JoinerCode, templates));
                    }

                    Append(sb, list.Items[i], templates, language);
                }

                break;
            case Finding f:
                var template = Template(f.Code, templates);
                for (int i = 0; i < template.Length; i++)
                {
                    char c = template[i];
                    if (c == '{' && i + 2 < template.Length && char.IsAsciiDigit(template[i + 1]))
                    {
                        int close = template.IndexOf('}', i + 1);
                        if (close > 0 && int.TryParse(template.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < f.Args.Count)
                        {
                            Append(sb, f.Args[index], templates, language);
                            i = close;
                            continue;
                        }
                    }

                    sb.Append(c);
                }

                break;
            default:
                sb.Append(Convert.ToString(arg, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string Template(string code, Dictionary<string, string> templates) =>
        templates.TryGetValue(code, out var t) ? t
        : English.TryGetValue(code, out var e) ? e
        : throw new InvalidOperationException($"The explanation code '{code}' has no template in explanations.tsv.");

    /// <summary>A number in the language's form: rounded half away from zero, the invariant form in English, a decimal
    /// comma and a true minus sign in Russian and Ukrainian.</summary>
    internal static string Number(Num n, Language language)
    {
        var text = Math.Round(n.Value, Math.Clamp(n.Decimals, 0, 12), MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
        return language == Language.English ? text : text.Replace('.', ',').Replace('-', '−');
    }

    private static Dictionary<string, string> Load(string language)
    {
        var name = $"TradeDomain.Verification.Languages.{language}.explanations.tsv";
        using var stream = typeof(Explainer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded explanation templates {name} are missing from {typeof(Explainer).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidOperationException($"{name}: the line '{line}' is not 'code<TAB>template'.");
            }

            // A template keeps its leading and trailing spaces only where they are written as \s (units: "\s billion").
            templates.Add(line[..tab], line[(tab + 1)..].Replace("\\s", " ", StringComparison.Ordinal));
        }

        return templates;
    }
}

using System.Reflection;

namespace TradeDomain.Verification.Languages;

/// <summary>The language of a text, as far as the prose reader needs it: which decimal convention its numbers follow
/// and which language explanations are written in.</summary>
internal enum Language
{
    English,
    Russian,
    Ukrainian,
    Uzbek,
    Kazakh,
    Azerbaijani,
    Polish,
    Armenian,
    Romanian,
    Georgian,
    Turkmen,
}

/// <summary>A word of a sentence: its place and its lower-case form (a trailing dot kept: "млрд.", "p.").</summary>
internal readonly record struct Word(int Start, int End, string Lower)
{
    /// <summary>The lower-case form without its trailing dot ("млрд" for "млрд.") or English possessive ("january" for
    /// "january's"), made once per word.</summary>
    internal string Bare { get; } = Lower.EndsWith('.') ? Lower[..^1]
        : Lower.Length > 4 && EndsPossessive(Lower) ? Lower[..^2] : Lower;

    /// <summary>Whether the word ends in an English possessive "'s" or "’s" ("Uzbekistan's").</summary>
    internal bool IsPossessive => EndsPossessive(Lower);

    private static bool EndsPossessive(string lower) => lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal);
}

/// <summary>A phrase of a word class ("exports", "increase", "approx") with its value ("almost", "9" for billion).</summary>
internal sealed record Phrase(string Class, string[] Words, string Value);

/// <summary>
/// The word lists and phrase patterns of English, Russian, Ukrainian, Uzbek, Kazakh, Azerbaijani, Polish, Kyrgyz (read with
/// Kazakh's conventions), Armenian, Romanian, Tajik, Georgian and Turkmen, from the embedded data files
/// <c>Verification/Languages/{en,ru,uk,uz,kk,az,pl,ky,hy,ro,tg,ka}/phrases.csv</c>. A pattern word ending in <c>*</c> matches every word it begins;
/// a pattern that starts with <c>*</c> is a case ending (<see cref="HasEnding"/>).
/// </summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, List<Phrase>> byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>> byFirstTwoLetters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> byFirstTwoLettersOfSpan;
    private readonly Dictionary<string, int> classIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> endingsByClass = new(StringComparer.Ordinal);

    private Lexicon(IEnumerable<Phrase> phrases)
    {
        byFirstTwoLettersOfSpan = byFirstTwoLetters.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var p in phrases)
        {
            classIndex.TryAdd(p.Class, classIndex.Count);
            var first = p.Words[0];
            if (first.StartsWith('*'))
            {
                // "*dan": a case ending, matched by EndsWith, not a phrase that starts at a word.
                if (!endingsByClass.TryGetValue(p.Class, out var endings))
                {
                    endingsByClass[p.Class] = endings = [];
                }

                endings.Add(first[1..]);
            }
            else if (first.EndsWith('*'))
            {
                Add(byFirstTwoLetters, first[..Math.Min(2, first.Length - 1)], p);
            }
            else
            {
                Add(byFirstWord, first, p);
            }
        }

        static void Add(Dictionary<string, List<Phrase>> d, string key, Phrase p)
        {
            if (!d.TryGetValue(key, out var list))
            {
                d[key] = list = [];
            }

            list.Add(p);
        }
    }

    /// <summary>Every language's phrases together (their words do not collide).</summary>
    internal static Lexicon All { get; } = new(Load("en").Concat(Load("ru")).Concat(Load("uk")).Concat(Load("uz")).Concat(Load("kk")).Concat(Load("az")).Concat(Load("pl")).Concat(Load("ky")).Concat(Load("hy")).Concat(Load("ro")).Concat(Load("tg")).Concat(Load("ka")).Concat(Load("tk")));

    /// <summary>The words of the class listed for a language (for tests and for the quick pre-check of multiples).</summary>
    internal static IReadOnlyList<Phrase> Phrases(string language) => [.. Load(language)];

    private static IEnumerable<Phrase> Load(string language)
    {
        var name = $"TradeDomain.Verification.Languages.{language}.phrases.csv";
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded word list {name} is missing from {typeof(Lexicon).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var phrases = new List<Phrase>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(',');
            if (parts[1].StartsWith('*'))
            {
                // "*dan": a case ending (one word's last letters), kept as written with its star.
                var ending = Tokenize(parts[1]).Select(w => w.Lower).SingleOrDefault();
                if (ending is not null)
                {
                    phrases.Add(new Phrase(parts[0], ["*" + ending], parts.Length > 2 ? parts[2] : ""));
                }

                continue;
            }

            // "процентн* пункт*": a star is not a letter, so it is put back on the word it ends.
            var words = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(raw =>
                {
                    var ws = Tokenize(raw).Select(w => w.Lower).ToArray();
                    if (raw.EndsWith('*') && ws.Length > 0)
                    {
                        ws[^1] += "*";
                    }

                    return ws;
                }).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            phrases.Add(new Phrase(parts[0], words, parts.Length > 2 ? parts[2] : ""));
        }

        return phrases;
    }

    /// <summary>The words of a text: letters (with inner apostrophes; a hyphen splits words), a trailing dot kept.</summary>
    internal static List<Word> Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>The words of <c>text[start..end]</c>, placed in that part (a word at <paramref name="start"/> starts at 0),
    /// without copying the part out of the text.</summary>
    internal static List<Word> Tokenize(string text, int start, int end)
    {
        var part = text.AsSpan(start, end - start);
        // About one word in six characters: sized once, not grown by copying.
        var words = new List<Word>((part.Length / 6) + 4);
        var strings = (wordStrings ??= new Dictionary<string, string>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
        int i = 0;
        while (i < part.Length)
        {
            if (!char.IsLetter(part[i]))
            {
                i++;
                continue;
            }

            int wordStart = i;
            while (i < part.Length && (char.IsLetter(part[i])
                || (IsApostrophe(part[i]) && i + 1 < part.Length && char.IsLetter(part[i + 1]) && i > wordStart)))
            {
                i++;
            }

            int wordEnd = i;
            if (i < part.Length && part[i] == '.')
            {
                wordEnd = i + 1;
                i++;
            }

            words.Add(new Word(wordStart, wordEnd, LowerWord(part[wordStart..wordEnd], strings)));
        }

        return words;
    }

    /// <summary>The lower-case forms of words already seen on this thread, so a word met again is not a new string.</summary>
    [ThreadStatic]
    private static Dictionary<string, string>? wordStrings;

    private const int LongestSharedWord = 64;
    private const int MostSharedWords = 100_000;

    /// <summary>The lower-case form of a word, its apostrophes folded to ': the string of the same word seen before,
    /// else a new one (remembered while fewer than <see cref="MostSharedWords"/> are).</summary>
    private static string LowerWord(ReadOnlySpan<char> word, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> strings)
    {
        if (word.Length > LongestSharedWord)
        {
            return FoldApostrophes(Lowered(word));
        }

        Span<char> buffer = stackalloc char[LongestSharedWord];
        var lower = buffer[..word.Length];
        if (HasUpper(word))
        {
            word.ToLowerInvariant(lower);
        }
        else
        {
            word.CopyTo(lower);
        }

        for (int k = 0; k < lower.Length; k++)
        {
            if (lower[k] is '’' or '‘' or '`' or 'ʻ' or 'ʼ')
            {
                lower[k] = '\'';
            }
            else if (lower[k] == 'İ')
            {
                lower[k] = 'i'; // Azerbaijani's and Turkish dotted capital, which invariant lower-casing leaves as it is
            }
        }

        if (strings.TryGetValue(lower, out var known))
        {
            return known;
        }

        var made = new string(lower);
        if (strings.Dictionary.Count >= MostSharedWords)
        {
            strings.Dictionary.Clear();
        }

        strings.Dictionary[made] = made;
        return made;
    }

    private static bool HasUpper(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lower-case form of a word (its own characters when it has no upper-case letter).</summary>
    private static string Lowered(ReadOnlySpan<char> span) => HasUpper(span) ? span.ToString().ToLowerInvariant().Replace('İ', 'i') : span.ToString();

    /// <summary>Apostrophes inside a word: ' ’ ‘ ` and the Uzbek ʻ (o‘, g‘ are letters of Uzbek's Latin alphabet).</summary>
    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or '`' or 'ʻ' or 'ʼ';

    private static string FoldApostrophes(string word)
    {
        foreach (char c in word)
        {
            if (c is '’' or '‘' or '`' or 'ʻ' or 'ʼ')
            {
                return word.Replace('’', '\'').Replace('‘', '\'').Replace('`', '\'').Replace('ʻ', '\'').Replace('ʼ', '\'');
            }
        }

        return word;
    }

    /// <summary>The longest phrase of <paramref name="cls"/> (any class when null) that starts at word
    /// <paramref name="at"/>, with the number of words it covers.</summary>
    internal Phrase? Match(IReadOnlyList<Word> words, int at, string? cls, out int length)
    {
        length = 0;
        if (at < 0 || at >= words.Count)
        {
            return null;
        }

        Phrase? best = null;
        int bestLength = 0;
        foreach (var (p, _) in CandidatesOf(words[at]))
        {
            if ((cls is null || p.Class == cls) && p.Words.Length > bestLength && CoversRest(p, words, at))
            {
                best = p;
                bestLength = p.Words.Length;
            }
        }

        length = bestLength;
        return best;
    }

    /// <summary>How many classes the phrases have: the width of a word's row in <see cref="MarkClasses"/>.</summary>
    internal int ClassCount => classIndex.Count;

    /// <summary>The column of <paramref name="cls"/> in a word's row of <see cref="MarkClasses"/>; -1 for a class no
    /// phrase has.</summary>
    internal int ClassColumn(string cls)
    {
        // The classes asked about are string literals, the same instance every time: found by reference, without hashing
        // their characters; any other string once by its characters.
        if (columnsByInstance.TryGetValue(cls, out int column))
        {
            return column;
        }

        column = classIndex.TryGetValue(cls, out var c) ? c : -1;
        if (columnsByInstance.Count < MostClassInstances)
        {
            columnsByInstance.TryAdd(cls, column);
        }

        return column;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> columnsByInstance = new(ReferenceEqualityComparer.Instance);

    private const int MostClassInstances = 10_000;

    /// <summary>For every word, the classes of the phrases that start at it, in one pass: a phrase of class c starts at
    /// word k when <c>marks[k * ClassCount + ClassColumn(c)]</c>. The first <c>words.Count * ClassCount</c> entries of
    /// <paramref name="marks"/> are written.</summary>
    internal void MarkClasses(IReadOnlyList<Word> words, bool[] marks)
    {
        int width = ClassCount;
        Array.Clear(marks, 0, words.Count * width);
        for (int at = 0; at < words.Count; at++)
        {
            foreach (var (p, column) in CandidatesOf(words[at]))
            {
                if (CoversRest(p, words, at))
                {
                    marks[(at * width) + column] = true;
                }
            }
        }
    }

    /// <summary>A phrase whose first pattern word matches a word, with the column of its class.</summary>
    private readonly record struct Candidate(Phrase Phrase, int Column);

    /// <summary>For each lower-case word met, the phrases whose first pattern word it matches, in the order
    /// <see cref="Match"/> tries them (by the word, by its bare form, by its first two letters — or its first one — for a
    /// pattern ending in <c>*</c>): worked out once per word, not for every word of every sentence.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Candidate[]> candidatesByWord = new(StringComparer.Ordinal);

    private const int MostRememberedCandidates = 200_000;

    private Candidate[] CandidatesOf(Word first)
    {
        if (candidatesByWord.TryGetValue(first.Lower, out var known))
        {
            return known;
        }

        var found = new List<Candidate>();
        AddAll(byFirstWord.GetValueOrDefault(first.Lower));
        if (first.Bare.Length != first.Lower.Length)
        {
            AddAll(byFirstWord.GetValueOrDefault(first.Bare));
        }

        if (first.Lower.Length >= 2 && byFirstTwoLettersOfSpan.TryGetValue(first.Lower.AsSpan(0, 2), out var prefixed))
        {
            AddAll(prefixed);
        }

        // A pattern of one letter and "*" ("т* же период* прошл*": тот, той, те) is filed under that letter alone.
        if (first.Lower.Length >= 1 && byFirstTwoLettersOfSpan.TryGetValue(first.Lower.AsSpan(0, 1), out var oneLetter))
        {
            AddAll(oneLetter);
        }

        Candidate[] made = [.. found];
        if (candidatesByWord.Count >= MostRememberedCandidates)
        {
            candidatesByWord.Clear();
        }

        candidatesByWord.TryAdd(first.Lower, made);
        return made;

        void AddAll(List<Phrase>? phrases)
        {
            foreach (var p in phrases ?? [])
            {
                if (FirstCovers(p.Words[0], first) && !found.Exists(c => ReferenceEquals(c.Phrase, p)))
                {
                    found.Add(new Candidate(p, classIndex[p.Class]));
                }
            }
        }
    }

    /// <summary>The words that start at or after <paramref name="start"/> and end by <paramref name="end"/>, as the index of the
    /// first and one past the last.</summary>
    internal static (int From, int To) WordRange(List<Word> words, int start, int end)
    {
        int from = 0;
        while (from < words.Count && words[from].Start < start)
        {
            from++;
        }

        int to = from;
        while (to < words.Count && words[to].End <= end)
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>Whether <paramref name="word"/> ends with a case ending of <paramref name="cls"/> (a data line "*dan"
    /// matches "dollardan", "мыңнан" matches "*нан"), at least two letters of the word left before it.</summary>
    internal bool HasEnding(Word word, string cls)
    {
        if (!endingsByClass.TryGetValue(cls, out var endings))
        {
            return false;
        }

        var bare = word.Bare;
        foreach (var ending in endings)
        {
            if (bare.Length >= ending.Length + 2 && bare.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a phrase of <paramref name="cls"/> starts at word <paramref name="at"/>.</summary>
    internal bool Is(IReadOnlyList<Word> words, int at, string cls) => Match(words, at, cls, out _) is not null;

    /// <summary>Whether a pattern word matches a word: a prefix ending in <c>*</c> begins it; else the word or its bare
    /// form (a pattern with its own trailing dot needs the dot).</summary>
    private static bool FirstCovers(string pattern, Word w) => pattern.EndsWith('*')
        ? w.Lower.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal)
        : w.Lower == pattern || (!pattern.EndsWith('.') && w.Bare == pattern);

    /// <summary>Whether the words after <paramref name="at"/> match the rest of <paramref name="p"/> (its first word
    /// matched already, see <see cref="CandidatesOf"/>), with nothing but spaces between them.</summary>
    private static bool CoversRest(Phrase p, IReadOnlyList<Word> words, int at)
    {
        if (at + p.Words.Length > words.Count)
        {
            return false;
        }

        for (int k = 1; k < p.Words.Length; k++)
        {
            var w = words[at + k];
            if (!FirstCovers(p.Words[k], w) || words[at + k - 1].End + 3 < w.Start)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The language of a text. Cyrillic text is Russian, unless more than one letter in twenty is one Kazakh writes
    /// (ә ұ ң қ ғ һ ө ү і), more than one in thirty one Uzbek writes (ў ҳ қ ғ), or more than one in fifty one only
    /// Ukrainian writes (і ї є ґ); text mostly in the Armenian alphabet is Armenian, in the Georgian one Georgian; a Kazakh or Uzbek name quoted in Russian text leaves it Russian. Latin text is English, unless it has Turkmen's ý ň ž or Azerbaijani's ə, Polish's ł ą ę ś ź ż ń ć or Romanian's ă ș ț ţ (three or more, and
    /// more than one letter in a hundred), Uzbek's o‘/g‘ letters (three or more) or two of Uzbek's common trade words (foiz, mlrd, tashkil,
    /// aylanma, oshdi, kamaydi, yetdi, savdo), or two of Romanian's (miliarde, milioane, exporturile, importurile, totalizat,
    /// deficitul, …).
    /// </summary>
    internal static Language Detect(string text)
    {
        int cyrillic = 0, latin = 0, ukrainian = 0, kazakh = 0, uzbek = 0, uzbekLatin = 0, schwa = 0, polish = 0, armenian = 0, romanian = 0, georgian = 0, turkmen = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is >= '\u0531' and <= '\u0587')
            {
                armenian++;
            }
            else if (c is >= '\u10D0' and <= '\u10FF')
            {
                georgian++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                char lower = char.ToLowerInvariant(c);
                if (lower is 'і' or 'ї' or 'є' or 'ґ')
                {
                    ukrainian++;
                }

                if (lower is 'ә' or 'ұ' or 'ң' or 'һ' or 'ө' or 'ү' or 'і')
                {
                    kazakh++;
                }
                else if (lower is 'ў' or 'ҳ')
                {
                    uzbek++;
                }
                else if (lower is 'қ' or 'ғ')
                {
                    kazakh++;
                    uzbek++;
                }
            }
            else if (c is 'ý' or 'Ý' or 'ň' or 'Ň' or 'ž' or 'Ž')
            {
                latin++;
                turkmen++;
            }
            else if (c is 'ə' or 'Ə')
            {
                latin++;
                schwa++;
            }
            else if (c is 'ł' or 'Ł' or 'ą' or 'ę' or 'ś' or 'ź' or 'ż' or 'ń' or 'ć' or 'Ś' or 'Ż')
            {
                latin++;
                polish++;
            }
            else if (c is 'ă' or 'Ă' or 'ș' or 'Ș' or 'ț' or 'Ț' or 'ţ' or 'Ţ')
            {
                latin++;
                romanian++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
                if (c is 'o' or 'g' or 'O' or 'G' && i + 2 < text.Length && IsApostrophe(text[i + 1]) && char.IsLetter(text[i + 2]))
                {
                    uzbekLatin++;
                }
            }
        }

        if (armenian > cyrillic && armenian > latin)
        {
            return Language.Armenian;
        }

        if (georgian > cyrillic && georgian > latin)
        {
            return Language.Georgian;
        }

        if (cyrillic <= latin)
        {
            // ə is written by Azerbaijani alone among the languages read here (a name quoted in English has one or two).
            // ý and ň are Turkmen's alone among them ("ýyl", "dolanyşygy", "garanyňda").
            return turkmen >= 3 && turkmen * 100 > latin && schwa < 3 ? Language.Turkmen
                : schwa >= 3 && schwa * 100 > latin ? Language.Azerbaijani
                : polish >= 3 && polish * 100 > latin ? Language.Polish
                : (romanian >= 3 && romanian * 100 > latin) || RomanianWords(text) >= 2 ? Language.Romanian
                : uzbekLatin >= 3 || UzbekWords(text) >= 2 ? Language.Uzbek : Language.English;
        }

        // Kazakh and Uzbek share қ and ғ; ә ұ ң і tell Kazakh, ў ҳ tell Uzbek.
        bool kazakhLetters = kazakh * 20 > cyrillic && kazakh > uzbek;
        bool uzbekLetters = uzbek * 30 > cyrillic && uzbek >= kazakh;
        return kazakhLetters && ukrainian * 2 < kazakh ? Language.Kazakh
            : uzbekLetters ? Language.Uzbek
            : ukrainian * 50 > cyrillic ? Language.Ukrainian
            : Language.Russian;
    }

    private static readonly string[] UzbekMarkers = ["foiz", "mlrd", "tashkil", "aylanma", "oshdi", "kamaydi", "yetdi", "savdo"];

    private static readonly string[] RomanianMarkers = ["miliarde", "milioane", "exporturile", "importurile", "exporturilor", "importurilor", "totalizat", "deficitul", "comparativ cu"];

    private static int UzbekWords(string text) => MarkerWords(text, UzbekMarkers);

    private static int RomanianWords(string text) => MarkerWords(text, RomanianMarkers);

    private static int MarkerWords(string text, string[] markers)
    {
        int found = 0;
        foreach (var marker in markers)
        {
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                found++;
            }
        }

        return found;
    }
}

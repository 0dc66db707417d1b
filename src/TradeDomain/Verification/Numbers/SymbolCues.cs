namespace TradeDomain.Verification.Numbers;

/// <summary>
/// What an ambiguous currency symbol ("¥": yen or yuan) means in one text, from the words around it in the whole text
/// (<c>Verification/Data/symbol-cues.csv</c> and the currencies' prose forms): the cue found first decides. Used only
/// when the caller's <see cref="CurrencyContext"/> leaves the symbol ambiguous.
/// </summary>
internal static class SymbolCues
{
    private static readonly (Currency Currency, string Word, bool Prefix)[] YenCues = Load();

    /// <summary><paramref name="context"/>, with "¥" resolved from <paramref name="text"/> when the context leaves it
    /// ambiguous, the text prints it and names Japan or China (or the yen or the yuan) before it is clear otherwise.</summary>
    internal static CurrencyContext Resolve(string text, CurrencyContext context)
    {
        if (!context.Yen.IsDefault || (!text.Contains('¥', StringComparison.Ordinal) && !text.Contains('￥', StringComparison.Ordinal)))
        {
            return context;
        }

        int best = int.MaxValue;
        Currency found = default;
        foreach (var (currency, word, prefix) in YenCues)
        {
            int at = FirstWord(text, word, prefix);
            if (at >= 0 && at < best)
            {
                (best, found) = (at, currency);
            }
        }

        return found.IsDefault ? context : context.WithYen(found);
    }

    // The first place the word stands as a whole word (a prefix cue: at the start of a word).
    private static int FirstWord(string text, string word, bool prefix)
    {
        for (int at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (prefix || end == text.Length || !char.IsLetter(text[end])))
            {
                return at;
            }
        }

        return -1;
    }

    private static (Currency, string, bool)[] Load()
    {
        var cues = new List<(Currency, string, bool)>();
        using var stream = typeof(SymbolCues).Assembly.GetManifestResourceStream("TradeDomain.Verification.Data.symbol-cues.csv")
            ?? throw new InvalidOperationException("The embedded symbol-cues.csv is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("symbol,", StringComparison.Ordinal))
            {
                continue;
            }

            var p = line.Split(',');
            var currency = Currency.FromCode(p[1]);
            foreach (var cue in p[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                cues.Add(cue.EndsWith('*') ? (currency, cue[..^1], true) : (currency, cue, false));
            }

            foreach (var (form, index) in CurrencyRegistry.Words)
            {
                if (index == currency.Index)
                {
                    cues.Add((currency, form, false));
                }
            }
        }

        return [.. cues];
    }
}

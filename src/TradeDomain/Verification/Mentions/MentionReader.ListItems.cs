using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Mentions;

/// <summary>
/// Lists of named items, as releases print partners and regions: "Китай – 31,5 млрд долларов (экспорт – 16,2 млрд,
/// импорт – 15,3 млрд), Россия – 27,1 млрд долларов (…)", "Тошкент ш. – 14,7 млрд., экспорт – 3,5 млрд., импорт
/// 11,2 млрд.". Each item after a comma, semicolon or colon is a clause of its own (its measure words and its name do not
/// carry into the next item), and an item's unlabelled amount whose exports and imports follow it is their total, the
/// turnover.
/// </summary>
internal static partial class MentionReader
{
    private const int MaxItemNameLength = 40;

    /// <summary>Whether word <paramref name="k"/> begins a list item: a capitalised name after ',', ';' or ':' (or after
    /// a conjunction that follows one of them or a closing bracket), then a dash with spaces around it, then a figure
    /// ("…), Россия – 27,1 млрд", "…), and Kazakhstan - $1.5bn").</summary>
    private static bool ListItemStart(string s, List<Word> words, int k)
    {
        int start = words[k].Start;
        if (k == 0 || !char.IsUpper(s[start]))
        {
            return false;
        }

        // "…, and Kazakhstan - $1.5bn": the last item after its conjunction.
        int before = Is(words, k - 1, "conjunction") ? words[k - 1].Start : start;
        if (s.AsSpan(0, before).TrimEnd() is not [.., ',' or ';' or ':' or ')'] || (before == start && s.AsSpan(0, start).TrimEnd() is [.., ')']))
        {
            return false;
        }

        int limit = Math.Min(s.Length, start + MaxItemNameLength);
        for (int i = words[k].End; i < limit; i++)
        {
            char c = s[i];
            if (c is '–' or '—' or '-' && i > 0 && char.IsWhiteSpace(s[i - 1]) && i + 1 < s.Length && char.IsWhiteSpace(s[i + 1]))
            {
                var rest = s.AsSpan(i + 1).TrimStart();
                return rest.Length > 0 && (char.IsAsciiDigit(rest[0]) || rest[0] is '$' or '€' or '£' or '¥' or '₽');
            }

            if (!char.IsLetter(c) && !char.IsWhiteSpace(c) && c is not '.' and not '-' and not '\'' and not '’')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Where the list item holding a figure at <paramref name="at"/> begins, or <paramref name="clauseStart"/>.</summary>
    private static int ItemStart(List<int> itemStarts, int clauseStart, int at)
    {
        int start = clauseStart;
        foreach (int p in itemStarts)
        {
            if (p > start && p < at)
            {
                start = p;
            }
        }

        return start;
    }

    /// <summary><see cref="LastMeasure(List{Word}, int, int, Lexicon, out int)"/> over the words from <paramref name="from"/> to <paramref name="to"/> that are
    /// not inside a bracket closed before the figure at <paramref name="at"/>: the nearest such run of words first.</summary>
    private static Measure LastMeasureOutsideBrackets(string s, List<Word> words, int from, int to, int at, Lexicon lex, out int sign)
    {
        // Depth of the closed brackets at each word: a bracket still open at the figure holds the figure, not a word of
        // an earlier item.
        var inside = new bool[Math.Max(0, to - from)];
        var open = new Stack<int>();
        int begin = from < to ? words[from].Start : at;
        for (int i = begin; i < at; i++)
        {
            if (s[i] == '(')
            {
                open.Push(i);
            }
            else if (s[i] == ')' && open.Count > 0)
            {
                int o = open.Pop();
                for (int k = from; k < to; k++)
                {
                    if (words[k].Start > o && words[k].End <= i)
                    {
                        inside[k - from] = true;
                    }
                }
            }
        }

        int end = to;
        for (int k = to - 1; k >= from - 1; k--)
        {
            if (k < from || inside[k - from])
            {
                if (end > k + 1 && LastMeasure(words, k + 1, end, lex, out sign) is var found and not Measure.None)
                {
                    return found;
                }

                end = k;
            }
        }

        sign = 0;
        return Measure.None;
    }

    /// <summary>"China - $3.3bn (17% of the total foreign trade), Russia - $2.9bn (15.1%), and Kazakhstan - $1.5bn": an
    /// amount no measure word names is of the measure of the whole its bracketed share is of (a partner's part of the
    /// turnover is its turnover), and an item of a list with no measure word of its own is of the measure of the item
    /// before it.</summary>
    private static void ListItemMeasures(string s, List<FigureMention> mentions, Dictionary<FigureMention, int> items)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            FigureMention amount = mentions[i], share = mentions[i + 1];
            if (amount.Measure == Measure.None && amount.Role == Role.None && amount.Token.Unit == NumberUnit.Amount && !amount.InParentheses
                && share.PercentRole == PercentRole.Share && share.WholeMeasure != Measure.None && share.Clause == amount.Clause
                && s[amount.Token.End..share.Token.Start].Trim() == "(")
            {
                amount.Measure = share.WholeMeasure;
            }
        }

        FigureMention? head = null;
        foreach (var m in mentions)
        {
            if (m.Token.Unit != NumberUnit.Amount || m.InParentheses || m.Role != Role.None)
            {
                continue;
            }

            if (items.TryGetValue(m, out int item) && head is not null && head.Clause == m.Clause && items.GetValueOrDefault(head, -1) != item
                && m.Measure == Measure.None && head.Measure != Measure.None && (!m.Token.HasCurrency || !head.Token.HasCurrency || m.Token.Currency == head.Token.Currency))
            {
                m.Measure = head.Measure;
            }

            head = m;
        }
    }

    /// <summary>An amount no measure word names, followed in its clause by an exports amount and an imports amount (in
    /// either order, nothing else between) of its currency and unit and no larger than it, is their total: the
    /// turnover.</summary>
    private static void MarkUnlabelledTotals(List<FigureMention> mentions)
    {
        for (int i = 0; i + 2 < mentions.Count; i++)
        {
            var total = mentions[i];
            var (a, b) = (mentions[i + 1], mentions[i + 2]);
            if (total.Measure != Measure.None || total.Role != Role.None || total.Token.Unit != NumberUnit.Amount
                || !(a.Measure == Measure.Exports && b.Measure == Measure.Imports || a.Measure == Measure.Imports && b.Measure == Measure.Exports)
                || a.Clause != total.Clause || b.Clause != total.Clause || a.Role is Role.From or Role.Change || b.Role is Role.From or Role.Change
                || !PartOf(total, a) || !PartOf(total, b))
            {
                continue;
            }

            total.Measure = Measure.Turnover;
        }
    }

    private static bool PartOf(FigureMention total, FigureMention part) =>
        part.Token.Unit == NumberUnit.Amount && (!part.Token.HasCurrency || !total.Token.HasCurrency || part.Token.Currency == total.Token.Currency)
        && Magnitude(part.Token) <= Magnitude(total.Token);

    private static double Magnitude(NumberToken t) => (double)t.Value * Math.Pow(10, (int)t.Scale);
}

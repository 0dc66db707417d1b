using System.Globalization;
using System.Text.RegularExpressions;
using TradeDomain.Utility;

namespace TradeDomain.Verification;

/// <summary>
/// Finds claims in prose as press releases write them, in English and Russian: growth ("amounted to X, which is Y% more
/// than … (Z)", "rose by Y% to X", "увеличился на Y%"), multiples ("grew 1.5 times from A in 2019 to B in 2023",
/// "в 1,5 раза"), percentage-point changes, average annual growth, shares and lists of shares, totals (turnover = exports +
/// imports) and balances. Each figure is tied to the claim by the words around it ("from", "than", "to", "с", "до"); a
/// figure the text does not give stays missing, so the claim is unverifiable rather than matched to an unrelated number.
/// </summary>
public static partial class ClaimExtractor
{
    /// <summary>The claims in <paramref name="text"/>, in order of appearance. Never throws on any text.</summary>
    /// <param name="text">Plain text: a press release or any part of one.</param>
    /// <param name="context">What "$" and "dollars" mean (USD by default).</param>
    public static IReadOnlyList<Claim> Extract(string text, CurrencyContext? context = null)
    {
        Preconditions.CheckNotNull(text);
        context ??= CurrencyContext.Default;
        var claims = new List<Claim>();
        foreach (var paragraph in Sentences.Paragraphs(text))
        {
            Currency paragraphCurrency = default;
            var shareSentences = new List<(string Sentence, int Offset, List<PublishedNumber> Shares, bool HasShareWord)>();
            foreach (var (sentence, offset) in paragraph)
            {
                var mentions = Scan(sentence, context, ref paragraphCurrency);
                var found = new List<Claim>();
                var shares = new List<PublishedNumber>();
                ApplyRules(sentence, mentions, found, shares);
                claims.AddRange(found.Select(c => c with { Sentence = sentence.Trim(), Offset = offset }));
                shareSentences.Add((sentence.Trim(), offset, shares, ShareWord().IsMatch(sentence)));
            }

            claims.AddRange(ShareSets(shareSentences));
        }

        return [.. claims.OrderBy(c => c.Offset)];
    }

    /// <summary>Lists of two or more shares in a sentence form a set; a lone share in the next sentence that speaks of a
    /// share ("Kazakhstan's share was 3.3%") joins it.</summary>
    private static IEnumerable<Claim> ShareSets(List<(string Sentence, int Offset, List<PublishedNumber> Shares, bool HasShareWord)> sentences)
    {
        for (int i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Shares.Count < 2)
            {
                continue;
            }

            var set = new List<PublishedNumber>(sentences[i].Shares);
            var text = sentences[i].Sentence;
            int offset = sentences[i].Offset;
            if (i + 1 < sentences.Count && sentences[i + 1].Shares.Count == 1 && sentences[i + 1].HasShareWord)
            {
                set.AddRange(sentences[i + 1].Shares);
                text += " " + sentences[i + 1].Sentence;
                i++;
            }

            yield return Claim.ShareSet(set, complete: false) with { Sentence = text, Offset = offset };
        }
    }

    private static void ApplyRules(string sentence, List<Mention> mentions, List<Claim> claims, List<PublishedNumber> shares)
    {
        var lower = sentence.ToLowerInvariant();
        var labels = mentions.Where(m => m.Kind == MentionKind.Amount).ToDictionary(m => m, m => Label(m.Before));

        foreach (var m in mentions)
        {
            switch (m.Kind)
            {
                case MentionKind.Multiple:
                    MultipleRule(m, mentions, claims);
                    break;
                case MentionKind.Points:
                    PointsRule(m, mentions, claims);
                    break;
                case MentionKind.Percent when IsValue(m):
                    break;
                case MentionKind.Percent when CagrContext().IsMatch(Window(m)):
                    CagrRule(m, mentions, lower, claims);
                    break;
                case MentionKind.Percent when IsShare(m, sentence):
                    shares.Add(m.Number);
                    break;
                case MentionKind.Percent:
                    GrowthRule(m, mentions, claims);
                    break;
            }
        }

        // A lone share becomes a share claim (checkable when its part and whole are given).
        var sharePercents = mentions.Where(m => m.Kind == MentionKind.Percent && !IsValue(m) && !CagrContext().IsMatch(Window(m)) && IsShare(m, sentence)).ToList();
        if (sharePercents.Count == 1)
        {
            var p = sharePercents[0];
            var part = mentions.LastOrDefault(a => a.Kind == MentionKind.Amount && a.End <= p.Start && a.Clause == p.Clause && !labels[a].Equals("total", StringComparison.Ordinal));
            var whole = mentions.FirstOrDefault(a => a.Kind == MentionKind.Amount && a.Start >= p.End && a.Clause == p.Clause && OfWhole().IsMatch(a.Before));
            whole ??= mentions.FirstOrDefault(a => a.Kind == MentionKind.Amount && a != part && labels[a] == "total");
            claims.Add(Claim.Share(p.Number, part?.Figure, whole?.Figure));
        }

        SumAndDifferenceRules(mentions, labels, claims);
    }

    private static bool IsValue(Mention m) => m.Role != Role.None && m.Kind == MentionKind.Percent && ValueRole().IsMatch(m.Before);

    private static bool IsShare(Mention m, string sentence) =>
        ShareContext().IsMatch(Tail(m.Before, 60)) || ShareAfter().IsMatch(Head(m.After, 30))
        || (m.Before.EndsWith('(') && ShareWord().IsMatch(sentence) && !DirectionWord().IsMatch(Tail(m.Before, 30)));

    private static string Window(Mention m) => Tail(m.Before, 80) + " # " + Head(m.After, 50);

    private static string Tail(string s, int n) => s.Length <= n ? s : s[^n..];

    private static string Head(string s, int n) => s.Length <= n ? s : s[..n];

    /// <summary>The stated direction nearest the number: "more", "rose", "fell", "меньше" …; a minus sign says decrease.</summary>
    private static GrowthDirection? Direction(Mention m)
    {
        if (m.Number.Value < 0)
        {
            return GrowthDirection.Decrease;
        }

        if (m.Text.StartsWith('+'))
        {
            return GrowthDirection.Increase;
        }

        var after = DirectionWord().Match(Head(m.After, 25));
        if (after.Success)
        {
            return Classify(after.Value);
        }

        var before = DirectionWord().Matches(Tail(m.Before, 60));
        if (before.Count > 0)
        {
            return Classify(before[^1].Value);
        }

        var clause = DirectionWord().Matches(m.ClauseBefore);
        return clause.Count > 0 ? Classify(clause[^1].Value) : null;
    }

    private static GrowthDirection Classify(string word) =>
        DecreaseWord().IsMatch(word) ? GrowthDirection.Decrease : GrowthDirection.Increase;

    private static Mention? Nearest(IEnumerable<Mention> candidates, Mention anchor) =>
        candidates.OrderBy(c => Math.Min(Math.Abs(c.Start - anchor.End), Math.Abs(anchor.Start - c.End))).FirstOrDefault();

    private static IEnumerable<Mention> Values(List<Mention> mentions, Mention anchor, bool percents) =>
        mentions.Where(v => v != anchor && v.Clause == anchor.Clause
            && (v.Kind == MentionKind.Amount || (percents && v.Kind == MentionKind.Percent && IsValue(v))));

    private static void GrowthRule(Mention p, List<Mention> mentions, List<Claim> claims)
    {
        var direction = Direction(p);
        if (direction is null && !GrowthWord().IsMatch(Window(p)))
        {
            return;
        }

        var values = Values(mentions, p, percents: true).ToList();
        var from = Nearest(values.Where(v => v.Role == Role.From), p);
        var to = Nearest(values.Where(v => v.Role == Role.To && v != from), p)
                 ?? values.LastOrDefault(v => v.End <= p.Start && v.Role == Role.None && v.Kind == MentionKind.Amount);
        claims.Add(Claim.Growth(p.Number, direction ?? GrowthDirection.Increase, from?.Figure, to?.Figure));
    }

    private static void PointsRule(Mention q, List<Mention> mentions, List<Claim> claims)
    {
        var percents = mentions.Where(v => v.Kind == MentionKind.Percent && v.Clause == q.Clause && IsValue(v)).ToList();
        var from = percents.FirstOrDefault(v => v.Role == Role.From);
        var to = percents.FirstOrDefault(v => v.Role == Role.To);
        if (from is null && to is null && percents.Count == 0)
        {
            var plain = mentions.Where(v => v.Kind == MentionKind.Percent && v.Clause == q.Clause && v.End <= q.Start).ToList();
            if (plain.Count >= 2)
            {
                (from, to) = (plain[^2], plain[^1]);
            }
        }

        claims.Add(Claim.PercentagePointChange(q.Number, Direction(q), from?.Figure, to?.Figure));
    }

    private static void MultipleRule(Mention m, List<Mention> mentions, List<Claim> claims)
    {
        var amounts = Values(mentions, m, percents: false).ToList();
        var from = Nearest(amounts.Where(v => v.Role == Role.From), m);
        var to = Nearest(amounts.Where(v => v.Role == Role.To && v != from), m);
        if (from is null && to is null && amounts.Count == 2 && amounts[0].AttachedYear is { } y0 && amounts[1].AttachedYear is { } y1 && y0 < y1)
        {
            (from, to) = (amounts[0], amounts[1]);
        }

        claims.Add(Claim.ForMultiple(m.Multiple, from?.Figure, to?.Figure));
    }

    private static void CagrRule(Mention p, List<Mention> mentions, string lower, List<Claim> claims)
    {
        var amounts = Values(mentions, p, percents: false).ToList();
        var from = Nearest(amounts.Where(v => v.Role == Role.From), p);
        var to = Nearest(amounts.Where(v => v.Role == Role.To && v != from), p);
        if (from is null && to is null && amounts.Count == 2)
        {
            (from, to) = (amounts[0], amounts[1]);
        }

        decimal? years = null;
        if (from?.AttachedYear is { } y0 && to?.AttachedYear is { } y1 && y1 > y0)
        {
            years = Period.YearsBetween(Period.Year(y0), Period.Year(y1));
        }
        else if (OverYears().Match(lower) is { Success: true } over)
        {
            years = decimal.Parse(over.Groups["n"].Value, CultureInfo.InvariantCulture);
        }

        claims.Add(Claim.Cagr(p.Number, Direction(p) ?? GrowthDirection.Increase, from?.Figure, to?.Figure, years));
    }

    private static void SumAndDifferenceRules(List<Mention> mentions, Dictionary<Mention, string> labels, List<Claim> claims)
    {
        Mention? Find(string label) => labels.Where(kv => kv.Value == label).Select(kv => kv.Key).FirstOrDefault();
        var exports = Find("exports");
        var imports = Find("imports");
        var total = Find("total");
        if (total is not null && exports is not null && imports is not null)
        {
            claims.Add(Claim.Sum(total.Figure!, [exports.Figure, imports.Figure]));
        }

        foreach (var (m, label) in labels)
        {
            switch (label)
            {
                case "surplus":
                    claims.Add(Claim.Difference(m.Figure!, exports?.Figure, imports?.Figure));
                    break;
                case "deficit":
                    claims.Add(Claim.Difference(m.Figure!, imports?.Figure, exports?.Figure));
                    break;
                case "balance":
                    claims.Add(Claim.Difference(m.Figure!, exports?.Figure, imports?.Figure));
                    break;
            }
        }
    }

    /// <summary>What the words just before an amount call it: total (turnover), exports, imports, surplus, deficit, balance.</summary>
    private static string Label(string before)
    {
        var matches = LabelWord().Matches(Tail(before, 50));
        if (matches.Count == 0)
        {
            return "";
        }

        var word = matches[^1].Value;
        return word switch
        {
            _ when word.Contains("surplus", StringComparison.Ordinal) || word.StartsWith("профицит", StringComparison.Ordinal) => "surplus",
            _ when word.Contains("deficit", StringComparison.Ordinal) || word.StartsWith("дефицит", StringComparison.Ordinal) => "deficit",
            _ when word.Contains("balance", StringComparison.Ordinal) || word.StartsWith("сальдо", StringComparison.Ordinal) => "balance",
            _ when word.StartsWith("export", StringComparison.Ordinal) || word.StartsWith("экспорт", StringComparison.Ordinal) => "exports",
            _ when word.StartsWith("import", StringComparison.Ordinal) || word.StartsWith("импорт", StringComparison.Ordinal) => "imports",
            _ => "total",
        };
    }

    [GeneratedRegex(@"\b(?:more|higher|up|increase[sd]?|increasing|rose|risen|rise|grew|grown|growth|gain(?:ed)?|expanded|climbed|jumped|surged|added|less|lower|down|decrease[sd]?|decreasing|fell|fallen|fall|declined?|dropped|drop|contracted|shrank|slipped|reduced|reduction|больше|выше|рост\w*|вырос\w*|увелич\w*|прирост\w*|повыс\w*|повыш\w*|меньше|ниже|сниз\w*|сниж\w*|сократ\w*|сокращ\w*|упал\w*|уменьш\w*|падени\w*)\b")]
    private static partial Regex DirectionWord();

    [GeneratedRegex(@"^(?:less|lower|down|decrease[sd]?|decreasing|fell|fallen|fall|declined?|dropped|drop|contracted|shrank|slipped|reduced|reduction|меньше|ниже|сниз\w*|сниж\w*|сократ\w*|сокращ\w*|упал\w*|уменьш\w*|падени\w*)$")]
    private static partial Regex DecreaseWord();

    [GeneratedRegex(@"\b(?:growth|change[sd]?|increase|decrease|year-on-year|y-o-y|yoy|year over year|темп\w*|динамик\w*|в годовом выражении)\b")]
    private static partial Regex GrowthWord();

    [GeneratedRegex(@"(?:average annual|annual average|compound annual|\bcagr\b|per annum|on average (?:per|a|each) year|a year on average|среднегодов\w*|в среднем (?:в|за) год|ежегодно в среднем)")]
    private static partial Regex CagrContext();

    [GeneratedRegex(@"(?:\bshares?\b|accounted for|accounts? for|making up|\bдол(?:я|и|ю|ей)\b|приходи\w*|занима\w*)")]
    private static partial Regex ShareContext();

    [GeneratedRegex(@"^\s*\)?\s*(?:of (?:the )?(?:total|all|overall|its|their)|of [\w\s-]{0,30}?(?:trade|turnover|exports|imports)|от (?:общего|всего|объема)|в общем объ[её]ме)")]
    private static partial Regex ShareAfter();

    [GeneratedRegex(@"(?i)\b(?:shares?|partners?|доля|доли|долю|партн[её]р\w*)\b")]
    private static partial Regex ShareWord();

    [GeneratedRegex(@"\b(?:of|from|из|от)\b[^\d]{0,40}$")]
    private static partial Regex OfWhole();

    [GeneratedRegex(@"(?:\bfrom|\bthan|\bto|\bс|\bсо|\bдо|\bчем|compared)\b[^.;]{0,40}$")]
    private static partial Regex ValueRole();

    [GeneratedRegex(@"(?:over|in|for|during) (?:the (?:past|last) )?(?<n>\d{1,2}) years|за (?:последние )?(?<n>\d{1,2}) (?:лет|года)")]
    private static partial Regex OverYears();

    [GeneratedRegex(@"\b(?:exports?|imports?|turnover|total trade|trade turnover|foreign trade|trade (?:surplus|deficit|balance)|surplus|deficit|balance|экспорт\w*|импорт\w*|товарооборот\w*|оборот\w*|внешнеторгов\w* оборот\w*|сальдо|профицит\w*|дефицит\w*)\b")]
    private static partial Regex LabelWord();
}

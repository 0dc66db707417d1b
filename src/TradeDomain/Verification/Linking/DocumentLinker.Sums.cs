using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Mentions;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Linking;

/// <summary>
/// Sums, balances and absolute changes: the links of a change past its own rate ("by $2.7 billion (18.8 percent),
/// from $14.5 billion to $17.2 billion"), a change stated as a comparison, what does not end the search for a total's
/// parts (a change, a forecast, a restatement of the total), and a balance made of the balances of its parts (goods
/// and services: "a goods deficit of $7.6 billion", "a services surplus of $6.0 billion").
/// </summary>
internal static partial class DocumentLinker
{
    /// <summary>An absolute change with its earlier and later values: in its clause (its own rate or multiple right
    /// beside it does not end its stretch), or for a change stated as a comparison, the later value of its measure and
    /// period elsewhere in the paragraph (not certain).</summary>
    private static Claim ChangeClaim(FigureMention m, SentenceFacts s, List<SentenceFacts> all)
    {
        var ms = WithoutOwnRate(m, s);
        var to = NewValue(m, ms);
        var from = OldValue(m, ms, to);
        if (to is not null && !Compatible(to, m))
        {
            to = null;
        }

        bool certain = true;
        if (to is null && from is not null && m.Compared && m.Measure != Measure.None)
        {
            var level = Single(s, all, m.Measure, m);
            if (level is not null && level != m && level != from && Compatible(level, m) && SameSubject(level, m))
            {
                to = level;
                certain = level.Sentence == s.Index;
            }
        }

        return Claim.Change(m.Figure!, from?.Figure, to?.Figure, m.Direction) with { Approximation = ApproximationOf(m), IsCertain = certain };
    }

    /// <summary>Whether words end with "or" ("…, or 22.2%"), or with "or" and "by" ("…, или на 22,2%").</summary>
    private static bool EndsWithOr(List<Word> words, Lexicon lex) =>
        lex.Is(words, words.Count - 1, "or") || (words.Count >= 2 && lex.Is(words, words.Count - 1, "by") && lex.Is(words, words.Count - 2, "or"));

    /// <summary>The sentence's mentions without the rate or multiple that states the same change in other terms, right
    /// beside it ("$2.8 billion, or 24.21 percent", "$361 million (18.27 percent)", "2.85 percent ($1.5 billion)").</summary>
    private static List<FigureMention> WithoutOwnRate(FigureMention m, SentenceFacts s)
    {
        var ms = s.Mentions;
        int i = ms.IndexOf(m);
        var lex = Lexicon.All;
        foreach (int j in new[] { i + 1, i - 1 })
        {
            if (j < 0 || j >= ms.Count)
            {
                continue;
            }

            var r = ms[j];
            bool rate = r.Token.Unit == NumberUnit.Times || (r.Token.Unit == NumberUnit.Percent && r.PercentRole == PercentRole.Growth);
            if (!rate || r.Clause != m.Clause)
            {
                continue;
            }

            var gap = Gap(s, m, r);
            // "11.2 billion ISK more in September 2020 than in September 2019, or 22.2%": a compared amount's own rate
            // follows its comparison, after "or".
            if (j == i + 1 && gap.Length <= 60 && !gap.Contains(';', StringComparison.Ordinal) && Lexicon.Tokenize(gap) is { Count: > 1 } comparedWords
                && (m.Compared || lex.Is(comparedWords, 0, "more-word") || lex.Is(comparedWords, 0, "less-word")) && EndsWithOr(comparedWords, lex))
            {
                return [.. ms.Where(v => v != r)];
            }

            if (gap.Length > 30 || gap.Any(char.IsDigit) || gap.Contains(';', StringComparison.Ordinal))
            {
                continue;
            }

            var words = Lexicon.Tokenize(gap);
            bool joined = Enumerable.Range(0, words.Count).All(k => lex.Is(words, k, "or") || lex.Is(words, k, "by") || lex.Is(words, k, "approx")
                || lex.Is(words, k, "increase") || lex.Is(words, k, "decrease") || (k > 0 && lex.Match(words, k - 1, "approx", out int l) is not null && l > 1));
            bool marked = gap.Contains('(', StringComparison.Ordinal) || words.Any(w => lex.Is(words, words.IndexOf(w), "or"));
            if (joined && marked)
            {
                return [.. ms.Where(v => v != r)];
            }
        }

        return ms;
    }

    /// <summary>A value of a total's measure in another sentence that does not end the search for the total's parts:
    /// an absolute change, a forecast, or the same total printed again (its interval overlaps the total's).</summary>
    private static bool NotAnotherTotal(FigureMention v, FigureMention total) =>
        v.Role == Role.Change || v.Forecast
        || (v.Figure is { } f && total.Figure is { } t && Compatible(v, total) && f.Interval.Lower <= t.Interval.Upper && t.Interval.Lower <= f.Interval.Upper);

    /// <summary>The totals and balances linked by the rules of this part: balances of goods and services, and totals and
    /// balances of an earlier period.</summary>
    private static IEnumerable<Claim> SumsOfParts(List<SentenceFacts> sentences) =>
        BalancesOfParts(sentences).Concat(FlowsOfParts(sentences)).Concat(EarlierTotals(sentences)).Concat(PartnerAndOthers(sentences));

    /// <summary>"Exports grew … to $5.97 billion. … Exports to the CIS countries rose … to $2.375 billion. … with other
    /// countries …, $3.59 billion of this amount accounted for export": a value said of "other countries" is the rest of
    /// a total after one named part. Among the values of its measure and period in its sentence and the four before it,
    /// exactly two others: the larger the total, the smaller the named part (a balance: each with its sign word). Linked
    /// by size, so never certain.</summary>
    private static IEnumerable<Claim> PartnerAndOthers(List<SentenceFacts> sentences)
    {
        var lex = Lexicon.All;
        var done = new HashSet<FigureMention>();
        foreach (var s in sentences)
        {
            List<FigureMention>? others = null;
            foreach (var v in s.Mentions)
            {
                if (IsValueFact(v) && v.Measure != Measure.None && v.Role != Role.Change && IsOthers(v, s, lex))
                {
                    (others ??= []).Add(v);
                }
            }

            foreach (var o in others ?? [])
            {
                if (PartnerAndOthers(o, s, sentences, lex, done) is { } claim)
                {
                    yield return claim;
                }
            }
        }
    }

    private static Claim? PartnerAndOthers(FigureMention o, SentenceFacts s, List<SentenceFacts> sentences, Lexicon lex, HashSet<FigureMention> done)
    {
        bool balance = o.Measure == Measure.Balance;
        if (balance && SignOf(o) == 0)
        {
            return null;
        }

        var peers = sentences.Where(x => x.Paragraph == s.Paragraph && x.Index <= s.Index && x.Index >= s.Index - OthersReach)
            .SelectMany(x => Values(x.Mentions).Where(v => v != o && v.Measure == o.Measure && v.Role != Role.Change && v.Earlier == o.Earlier
                && Compatible(v, o) && YearsAgree(o, v) && (o.Months is null || v.Months is null || v.Months == o.Months)
                && !IsOthers(v, x, lex)))
            .ToList();
        var values = peers.Select(v => v.Figure!.Value).Distinct().ToList();
        if (values.Count != 2)
        {
            return null;
        }

        var total = peers.First(v => v.Figure!.Value == values.Max());
        var part = peers.First(v => v.Figure!.Value == values.Min());
        if (total.Figure!.Value <= o.Figure!.Value || (balance && (SignOf(total) == 0 || SignOf(part) == 0))
            || (total.Subject.Count > 0 && total.Subject.Overlaps(part.Subject)) || !done.Add(total))
        {
            return null;
        }

        var ts = sentences.First(x => x.Index == total.Sentence && x.Paragraph == total.Paragraph);
        var claim = balance ? Claim.Sum(SignedBy(total), [SignedBy(part), SignedBy(o)]) : Claim.Sum(total.Figure, [part.Figure, o.Figure]);
        return claim with { Sentence = ts.Text.Trim(), Offset = ts.Offset + total.Token.Start, IsCertain = false, Approximation = ApproximationOf(total) };
    }

    private static int SignOf(FigureMention m) => m.BalanceSign != 0 ? m.BalanceSign : m.Token.Sign;

    private static Figure SignedBy(FigureMention m) => SignOf(m) < 0 && m.Figure!.Value > 0
        ? m.Figure with { Value = -m.Figure.Value, Interval = -m.Figure.Interval, CoarsestInterval = -m.Figure.CoarsestInterval }
        : m.Figure!;

    /// <summary>Whether a figure is said of "other countries" ("со странами дальнего зарубежья", "non-EU", "countries
    /// other than the United States"): such a phrase stands before it in its clause, with no value of its measure but of
    /// another role between (that one is what the phrase names). A base in a sentence that pairs its figures one by one
    /// ("… and from third countries €297.3 million, up from €536.2 million and €234.2 million respectively") is of the
    /// same subject as the new value in its place.</summary>
    private static bool IsOthers(FigureMention v, SentenceFacts s, Lexicon lex)
    {
        if (OthersBefore(v, s, lex))
        {
            return true;
        }

        if (v.Role != Role.From || !SentenceHas(s, "respectively"))
        {
            return false;
        }

        var bases = s.Mentions.Where(m => m.IsValue && m.Role == Role.From && m.Measure == v.Measure).ToList();
        var news = s.Mentions.Where(m => m.IsValue && m.Role != Role.From && !m.Earlier && m.Measure == v.Measure && m.Token.End <= bases[0].Token.Start).ToList();
        return bases.Count == news.Count && OthersBefore(news[bases.IndexOf(v)], s, lex);
    }

    private static bool OthersBefore(FigureMention v, SentenceFacts s, Lexicon lex)
    {
        var words = s.Words;
        int clauseStart = 0;
        foreach (var o in s.Mentions)
        {
            if (o.Clause < v.Clause && o.Token.End <= v.Token.Start)
            {
                clauseStart = o.Token.End;
            }
        }

        for (int k = 0; k < words.Count && words[k].End <= v.Token.Start; k++)
        {
            if (words[k].Start >= clauseStart && lex.Is(words, k, "others")
                && !s.Mentions.Any(o => o.IsValue && o.Measure == v.Measure && (o.Role != v.Role || o.Earlier != v.Earlier)
                    && o.Token.Start >= words[k].End && o.Token.End <= v.Token.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The trade deficit narrowed to $49.4 billion in February from $51.1 billion in January … exports … from
    /// $207.4 billion … imports … from $258.5 billion": a turnover or balance of the earlier period is checked against the
    /// one earlier exports and the one earlier imports of that period nearby (never certain across sentences).</summary>
    private static IEnumerable<Claim> EarlierTotals(List<SentenceFacts> sentences)
    {
        foreach (var s in sentences)
        {
            foreach (var v in s.Mentions)
            {
                if (!IsValueFact(v) || !v.Earlier || v.Measure is not (Measure.Balance or Measure.Turnover) || v.Role == Role.Change)
                {
                    continue;
                }

                var exports = EarlierPart(v, s, sentences, Measure.Exports);
                var imports = EarlierPart(v, s, sentences, Measure.Imports);
                if (exports is null || imports is null)
                {
                    continue;
                }

                bool certain = exports.Sentence == s.Index && imports.Sentence == s.Index;
                Claim claim;
                if (v.Measure == Measure.Turnover)
                {
                    claim = Claim.Sum(v.Figure!, [exports.Figure, imports.Figure]);
                }
                else
                {
                    int sign = v.BalanceSign != 0 ? v.BalanceSign : v.Token.Sign;
                    claim = (sign < 0 ? Claim.Difference(v.Figure!, imports.Figure, exports.Figure) : Claim.Difference(v.Figure!, exports.Figure, imports.Figure))
                        with { SignStated = sign != 0 };
                }

                yield return claim with { Sentence = s.Text.Trim(), Offset = s.Offset + v.Token.Start, IsCertain = certain, Approximation = ApproximationOf(v) };
            }
        }
    }

    /// <summary>"Коэффициент покрытия составил 0,88 (за I полугодие 2008 г. – 0,77)": a ratio of the earlier period is
    /// checked only against the earlier exports and imports, never the current ones (not given: unverifiable).</summary>
    private static Claim EarlierCoverage(FigureMention p, SentenceFacts s, List<SentenceFacts> all)
    {
        var exports = EarlierPart(p, s, all, Measure.Exports);
        var imports = EarlierPart(p, s, all, Measure.Imports);
        if (exports is not null && imports is not null && !Compatible(exports, imports))
        {
            exports = imports = null;
        }

        bool certain = exports?.Sentence == s.Index && imports?.Sentence == s.Index;
        return Claim.Coverage(p.Token.Number, exports?.Figure, imports?.Figure, p.Token.Unit == NumberUnit.Percent) with { IsCertain = certain };
    }

    /// <summary>The one earlier value of a measure for an earlier total: in its sentence, else in the nearest sentence
    /// of the paragraph (within three) that has one; the same period where both state it.</summary>
    private static FigureMention? EarlierPart(FigureMention total, SentenceFacts s, List<SentenceFacts> all, Measure measure)
    {
        bool Fits(FigureMention c) => c != total && c.Measure == measure && c.Earlier && c.Role != Role.Change && SameSubject(c, total) && (!c.Subset || total.Subset)
            && (total.IsValue ? Compatible(c, total) : c.IsMoney)
            && YearsAgree(total, c)
            && (total.Months is null || c.Months is null || c.Months == total.Months);
        // The nearest sentence within three that has candidates; none when two stand at that distance.
        List<FigureMention>? nearest = null;
        int nearestDistance = int.MaxValue;
        bool tie = false;
        foreach (var x in all)
        {
            int distance = Math.Abs(x.Index - s.Index);
            if (x.Paragraph != s.Paragraph || distance > 3 || distance > nearestDistance)
            {
                continue;
            }

            List<FigureMention>? found = null;
            foreach (var c in x.Mentions)
            {
                if (IsValueFact(c) && Fits(c))
                {
                    (found ??= []).Add(c);
                }
            }

            if (found is null)
            {
                continue;
            }

            tie = distance == nearestDistance;
            if (!tie)
            {
                nearest = found;
                nearestDistance = distance;
            }
        }

        if (nearest is null || tie)
        {
            return null;
        }

        // One value only (the same figure printed twice counts once).
        foreach (var c in nearest)
        {
            if (c.Figure!.Value != nearest[0].Figure!.Value)
            {
                return null;
            }
        }

        return nearest[0];
    }

    /// <summary>"The goods and services deficit was $49.4 billion … the goods deficit … $71.8 billion … the services
    /// surplus … $22.4 billion": a balance of both components is the signed sum of the one balance of each component
    /// of the same period (a surplus counts plus, a deficit minus). Every balance needs its sign word.</summary>
    private static IEnumerable<Claim> BalancesOfParts(List<SentenceFacts> sentences)
    {
        var balances = new List<(FigureMention M, SentenceFacts S)>();
        foreach (var s in sentences)
        {
            foreach (var v in s.Mentions)
            {
                if (!IsValueFact(v) || v.Measure != Measure.Balance || v.BalanceSign == 0 || v.Role == Role.Change || v.Forecast)
                {
                    continue;
                }

                if (v.Component != TradeComponent.None)
                {
                    balances.Add((v, s));
                }
            }
        }

        foreach (var total in balances.Where(b => b.M.Component == (TradeComponent.Goods | TradeComponent.Services)))
        {
            bool Fits((FigureMention M, SentenceFacts S) p) => p.M != total.M && p.S.Paragraph == total.S.Paragraph
                && p.M.Earlier == total.M.Earlier && Compatible(p.M, total.M) && SameSubject(p.M, total.M)
                && (total.M.Year is null || p.M.Year is null || p.M.Year == total.M.Year)
                && (total.M.Months is null || p.M.Months is null || p.M.Months == total.M.Months);
            var goods = balances.Where(p => p.M.Component == TradeComponent.Goods && Fits(p)).ToList();
            var services = balances.Where(p => p.M.Component == TradeComponent.Services && Fits(p)).ToList();
            if (goods.Select(p => p.M.Figure!.Value * p.M.BalanceSign).Distinct().Count() != 1
                || services.Select(p => p.M.Figure!.Value * p.M.BalanceSign).Distinct().Count() != 1)
            {
                continue;
            }

            var g = goods[0].M;
            var sv = services[0].M;
            bool certain = g.Sentence == total.M.Sentence && sv.Sentence == total.M.Sentence;
            yield return Claim.Sum(Signed(total.M), [Signed(g), Signed(sv)])
                with { Sentence = total.S.Text.Trim(), Offset = total.S.Offset + total.M.Token.Start, IsCertain = certain, Approximation = ApproximationOf(total.M) };
        }
    }

    /// <summary>"Total exports in April came to $187.4 billion … Goods exports increased $1.8 billion to $131.1 billion …
    /// Services exports increased $0.4 billion to $56.3 billion": exports (or imports) that name no part of trade, or
    /// both, are the sum of the one goods value and the one services value of that flow and period in the paragraph —
    /// only where the paragraph has one such total, so that a release of goods alone ("exports" meaning goods) is not
    /// summed. Linked by measure across sentences, so not certain unless all three share a sentence. The same holds for
    /// the earlier period's values ("the year-earlier quarter shows total exports of $198.52 billion … Merchandise exports
    /// were $112.17 billion versus $110.06 billion a year ago … Services exports were $98.13 billion versus $88.46
    /// billion a year ago"): bases and earlier levels, summed among themselves.</summary>
    private static IEnumerable<Claim> FlowsOfParts(List<SentenceFacts> sentences)
    {
        foreach (var (measure, earlier) in new[] { (Measure.Exports, false), (Measure.Imports, false), (Measure.Exports, true), (Measure.Imports, true) })
        {
            var flows = sentences.SelectMany(s => s.Mentions.Where(v => IsValueFact(v) && v.Measure == measure
                && (earlier ? v.Earlier && v.Role is Role.To or Role.None or Role.From : !v.Earlier && v.Role is Role.To or Role.None)
                && !v.Forecast && !v.Subset && !v.InParentheses).Select(v => (M: v, S: s))).ToList();
            var totals = flows.Where(f => f.M.Component is TradeComponent.None or (TradeComponent.Goods | TradeComponent.Services)).ToList();
            foreach (var total in totals)
            {
                bool Fits((FigureMention M, SentenceFacts S) p) => p.S.Paragraph == total.S.Paragraph && Compatible(p.M, total.M)
                    && p.M.Subject.SetEquals(total.M.Subject)
                    && (total.M.Year is null || p.M.Year is null || p.M.Year == total.M.Year)
                    && (total.M.Months is null || p.M.Months is null || p.M.Months == total.M.Months);
                var goods = flows.Where(p => p.M.Component == TradeComponent.Goods && Fits(p)).ToList();
                var services = flows.Where(p => p.M.Component == TradeComponent.Services && Fits(p)).ToList();
                if (totals.Count(Fits) != 1 || goods.Select(p => p.M.Figure!.Value).Distinct().Count() != 1
                    || services.Select(p => p.M.Figure!.Value).Distinct().Count() != 1
                    || goods[0].M.Figure!.Interval.Upper > total.M.Figure!.Interval.Upper || services[0].M.Figure!.Interval.Upper > total.M.Figure.Interval.Upper)
                {
                    continue;
                }

                var g = goods[0].M;
                var sv = services[0].M;
                bool certain = g.Sentence == total.M.Sentence && sv.Sentence == total.M.Sentence;
                yield return Claim.Sum(total.M.Figure, [g.Figure, sv.Figure])
                    with { Sentence = total.S.Text.Trim(), Offset = total.S.Offset + total.M.Token.Start, IsCertain = certain, Approximation = ApproximationOf(total.M) };
            }
        }
    }

    private static Figure Signed(FigureMention m)
    {
        var f = m.Figure!;
        return m.BalanceSign > 0 || f.Value < 0
            ? f
            : f with { Value = -f.Value, Interval = -f.Interval, CoarsestInterval = -f.CoarsestInterval };
    }
}

using TradeDomain.Aggregation;
using TradeDomain.Utility;

namespace TradeDomain.Reporting;

/// <summary>
/// Writes the sentences of a trade release from exact figures, in English or Russian, so that no printed figure is
/// inconsistent with another: each figure is rounded once, at the end, half away from zero, to the policy's decimals;
/// every rate, multiple, share and point change is computed from the exact values.
/// </summary>
/// <remarks>Thread-safe and immutable. Amounts of one statement share one currency and one scale.</remarks>
public sealed class ReleaseWriter
{
    private readonly Wording w;

    /// <summary>A writer with <paramref name="options"/> (default: <see cref="ReportOptions.Default"/>).</summary>
    public ReleaseWriter(ReportOptions? options = null)
    {
        Options = options ?? ReportOptions.Default;
        w = Wording.For(Options.Language);
    }

    /// <summary>The options.</summary>
    public ReportOptions Options { get; }

    private RoundingPolicy Policy => Options.Rounding;

    /// <summary>
    /// A level and its change on an earlier period: "Kazakhstan’s trade turnover with the SCO countries in 2023 amounted
    /// to 66.0 billion US dollars, which is 6.8% more than the previous year (61.8 billion US dollars)". The earlier
    /// period is named as the previous period, the same period of the previous year, or by its own name. A change that
    /// rounds to zero is written "unchanged"; <see cref="GrowthWording.Index"/> writes the level as an index.
    /// </summary>
    /// <exception cref="ArgumentException">Currencies differ, the base is not positive, the value is negative, or the
    /// periods are not comparable.</exception>
    public Statement Level(TradeSubject subject, Period period, Money value, Period basePeriod, Money baseValue)
    {
        Preconditions.CheckNotNull(subject);
        Period.EnsureComparable(basePeriod, period);
        SameCurrency(value, baseValue);
        Preconditions.CheckArgument(baseValue.Amount > 0, nameof(baseValue), $"Growth needs a positive base; {baseValue} is not.");
        Preconditions.CheckArgument(value.Amount >= 0, nameof(value), $"A level cannot be negative ({value}).");
        var scale = ScaleOf(value, baseValue);
        var (valueText, valueFigure) = Amount(FigureRole.Value, value, scale);
        var (baseText, baseFigure) = Amount(FigureRole.Base, baseValue, scale);
        var (subjectText, gender) = subject.Phrase(w, part: false, prepositional: false);
        var values = Values(gender);
        values["subject"] = subjectText;
        values["in_period"] = w.PeriodIn(period);
        values["value"] = valueText;
        values["base"] = baseText;
        values["base_period"] = w.PeriodOf(basePeriod);
        values["in_base_period"] = w.PeriodIn(basePeriod);
        var basisKey = basePeriod == period.SamePeriodPreviousYear() && period.Kind != PeriodKind.Year ? "same"
            : basePeriod == period.Previous() ? "previous." + period.Kind
            : "other";
        values["basis"] = w.FillKey("basis." + basisKey, values);
        values["than_basis"] = w.FillKey("than." + basisKey, values);

        if (Options.Growth == GrowthWording.Index)
        {
            var index = value.Amount / baseValue.Amount * 100m;
            var (indexText, indexFigure) = Percent(FigureRole.Index, index, Policy.IndexDecimals);
            values["index"] = indexText;
            return new(StatementKind.Index, w.FillKey("level.index", values), [valueFigure, indexFigure, baseFigure], [], null);
        }

        var rate = (value.Amount - baseValue.Amount) / baseValue.Amount * 100m;
        var (rateText, rateFigure) = Percent(FigureRole.Rate, rate, Policy.RateDecimals);
        values["rate"] = rateText;
        bool up = rate > 0;
        Direction(values, up, gender);
        if (rateFigure.Printed == 0)
        {
            return new(StatementKind.Unchanged, w.FillKey("level.unchanged", values), [valueFigure, baseFigure], [], null);
        }

        var key = Options.Growth == GrowthWording.Verb ? "level.verb" : "level.comparative";
        return new(StatementKind.Growth, w.FillKey(key, values), [valueFigure, rateFigure, baseFigure], [], null);
    }

    /// <summary>The level of an aggregate row against the same period of the previous year or the previous period.</summary>
    /// <exception cref="ArgumentException">The aggregate has no row for the key or for its base period.</exception>
    public Statement Level(TradeAggregate aggregate, GroupKey key, GrowthBasis basis, TradeMeasure measure)
    {
        Preconditions.CheckNotNull(aggregate);
        var basePeriod = basis == GrowthBasis.PreviousPeriod ? key.Period.Previous() : key.Period.SamePeriodPreviousYear();
        var row = Row(aggregate, key);
        var baseRow = Row(aggregate, key with { Period = basePeriod });
        return Level(TradeSubject.FromKey(key, measure), key.Period, TradeAggregate.Measure(row, measure), basePeriod, TradeAggregate.Measure(baseRow, measure));
    }

    /// <summary>
    /// A change over a span as a multiple: "mutual trade between the SCO countries increased 1.5 times from $336 billion
    /// in 2019 to $490 billion in 2023" / "увеличилась в 1,5 раза, с … до …". A multiple is never written below one or as
    /// "N times more": a fall, or a rise that rounds to "1 time", is written as a percentage ("…, which is 45.0% less than
    /// in 2019 (…)") and the statement's kind says so.
    /// </summary>
    /// <exception cref="ArgumentException">Currencies differ, the earlier value is not positive, the later one negative,
    /// or the periods are not comparable or not in order.</exception>
    public Statement Multiple(TradeSubject subject, Period fromPeriod, Money from, Period toPeriod, Money to)
    {
        var (values, fromFigure, toFigure) = Span(subject, fromPeriod, from, toPeriod, to);
        var ratio = to.Amount / from.Amount;
        var printed = Math.Round(ratio, Policy.MultipleDecimals, MidpointRounding.AwayFromZero);
        if (printed > 1)
        {
            int decimals = printed == decimal.Truncate(printed) ? 0 : Policy.MultipleDecimals;
            var text = w.Times(printed, decimals);
            values["multiple"] = text;
            values["increased"] = w.Gendered("increased", values["gender"]);
            var figure = new PrintedFigure(FigureRole.Multiple, ratio, printed, decimals, AmountScale.Units, text);
            return new(StatementKind.Multiple, w.FillKey("multiple", values), [figure, fromFigure, toFigure], [], null);
        }

        var rate = (to.Amount - from.Amount) / from.Amount * 100m;
        var (rateText, rateFigure) = Percent(FigureRole.Rate, rate, Policy.RateDecimals);
        values["rate"] = rateText;
        values["more_less"] = w.Text(rate > 0 ? "more" : "less");
        return new(StatementKind.Growth, w.FillKey("span.comparative", values), [toFigure, rateFigure, fromFigure], [], null);
    }

    /// <summary>
    /// Average annual growth between two years: "… grew from $336 billion in 2019 to $490 billion in 2023, at an average
    /// annual rate of 9.9%" (over 4 years, not 5) / "…, среднегодовой темп роста составил 9,9%".
    /// </summary>
    /// <exception cref="ArgumentException">The periods are not years in order, currencies differ, or a value is not positive.</exception>
    public Statement AverageAnnualGrowth(TradeSubject subject, Period fromPeriod, Money from, Period toPeriod, Money to)
    {
        Preconditions.CheckArgument(fromPeriod.Kind == PeriodKind.Year && toPeriod.Kind == PeriodKind.Year, nameof(toPeriod),
            $"Average annual growth is written between years, not {fromPeriod} and {toPeriod}.");
        Preconditions.CheckArgument(to.Amount > 0, nameof(to), $"Average annual growth needs positive values; {to} is not.");
        var (values, fromFigure, toFigure) = Span(subject, fromPeriod, from, toPeriod, to);
        var rate = Growth.Cagr(from.Amount, to.Amount, Period.YearsBetween(fromPeriod, toPeriod)).Value;
        var (rateText, rateFigure) = Percent(FigureRole.Rate, rate, Policy.RateDecimals);
        bool up = rate >= 0;
        values["rate"] = rateText;
        values["grew_fell"] = w.TryText(up ? "grew" : "fell") ?? w.Gendered(up ? "increased" : "decreased", values["gender"]);
        values["growth_word"] = w.TryText(up ? "growth_word.up" : "growth_word.down") ?? "";
        return new(StatementKind.AverageAnnualGrowth, w.FillKey("cagr", values), [fromFigure, toFigure, rateFigure], [], null);
    }

    /// <summary>
    /// One partner's share with its part and whole: "Kazakhstan’s trade with China in 2023 amounted to 27.9 billion US
    /// dollars, or 21.0% of the total (132.8 billion US dollars)". The share is rounded on its own.
    /// </summary>
    /// <param name="part">The reporter and partner whose trade is the part (a partner is required).</param>
    /// <param name="period">The period.</param>
    /// <param name="partValue">The partner's value.</param>
    /// <param name="wholeValue">The reporter's total of the same measure.</param>
    /// <exception cref="ArgumentException">No partner, currencies differ, the whole is not positive, or the part is
    /// negative or larger than the whole.</exception>
    public Statement Share(TradeSubject part, Period period, Money partValue, Money wholeValue)
    {
        Preconditions.CheckNotNull(part);
        Preconditions.CheckArgument(part.HasPartner, nameof(part), "A share statement names its partner: use TradeSubject.With.");
        SameCurrency(partValue, wholeValue);
        Preconditions.CheckArgument(wholeValue.Amount > 0 && partValue.Amount >= 0 && partValue.Amount <= wholeValue.Amount, nameof(partValue),
            $"A part must lie between 0 and a positive whole; {partValue} of {wholeValue} does not.");
        var scale = ScaleOf(partValue, wholeValue);
        var (partText, partFigure) = Amount(FigureRole.Part, partValue, scale);
        var (wholeText, wholeFigure) = Amount(FigureRole.Whole, wholeValue, scale);
        var (shareText, shareFigure) = Percent(FigureRole.Share, partValue.Amount / wholeValue.Amount * 100m, Policy.ShareDecimals);
        var (subjectText, gender) = part.Phrase(w, part: true, prepositional: false);
        var values = Values(gender);
        values["subject"] = subjectText;
        values["in_period"] = w.PeriodIn(period);
        values["part"] = partText;
        values["whole"] = wholeText;
        values["share"] = shareText;
        return new(StatementKind.Share, w.FillKey("share", values), [partFigure, shareFigure, wholeFigure], [], null);
    }

    /// <summary>
    /// Shares of several partners in one whole: "The largest shares of mutual trade between the SCO countries in 2023
    /// were those of China (64.6%), Russia (26.2%) and Kazakhstan (3.3%)". With <see cref="ShareRounding.LargestRemainder"/>
    /// the listed shares and the rest of the whole are rounded together so that they add up to exactly 100; with
    /// <see cref="ShareRounding.Note"/> each is rounded on its own and, when the list is the complete breakdown and its
    /// printed shares do not add up to 100, the note is added. <see cref="Statement.ShareRounding"/> says which.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two partners, a negative part, currencies differ, or the parts add
    /// up to more than the whole.</exception>
    public Statement Shares(TradeSubject whole, Period period, Money wholeValue, IReadOnlyList<KeyValuePair<Country, Money>> parts)
    {
        Preconditions.CheckNotNull(whole);
        Preconditions.CheckNotNull(parts);
        Preconditions.CheckArgument(parts.Count >= 2, nameof(parts), $"A share list needs two or more partners, not {parts.Count}; use Share for one.");
        foreach (var (_, value) in parts)
        {
            SameCurrency(value, wholeValue);
            Preconditions.CheckArgument(value.Amount >= 0, nameof(parts), $"A partner's value cannot be negative ({value}).");
        }

        var sum = parts.Sum(p => p.Value.Amount);
        Preconditions.CheckArgument(wholeValue.Amount > 0 && sum <= wholeValue.Amount, nameof(wholeValue),
            $"The partners add up to {sum}, more than the whole {wholeValue.Amount} (or the whole is not positive).");
        var rest = wholeValue.Amount - sum;
        var (printed, notes) = RoundShares([.. parts.Select(p => p.Value.Amount)], rest, wholeValue.Amount);
        var figures = new List<PrintedFigure>(parts.Count);
        var items = new List<string>(parts.Count);
        for (int i = 0; i < parts.Count; i++)
        {
            var exact = parts[i].Value.Amount / wholeValue.Amount * 100m;
            var text = w.Percent(printed[i], Policy.ShareDecimals);
            var name = w.CountryName(parts[i].Key, w.IsRussian ? NameCase.Accusative : NameCase.Nominative);
            figures.Add(new PrintedFigure(FigureRole.Share, exact, printed[i], Policy.ShareDecimals, AmountScale.Units, text, w.CountryName(parts[i].Key)));
            items.Add(w.FillKey("list.item", new Dictionary<string, string> { ["name"] = name, ["share"] = text }));
        }

        var values = Values("n");
        values["whole"] = whole.Phrase(w, part: false, prepositional: true).Text;
        values["in_period"] = w.PeriodIn(period);
        values["list"] = List(items);
        return new(StatementKind.ShareList, w.FillKey("shares", values), figures, notes, Policy.Shares);
    }

    /// <summary>The top partners of a reporter in an aggregate as a share list of the reporter's total.</summary>
    /// <exception cref="ArgumentException">Fewer than two country partners, or <paramref name="top"/> below 2.</exception>
    public Statement Shares(TradeAggregate aggregate, Country reporter, Period period, int top, TradeMeasure measure = TradeMeasure.Turnover)
    {
        Preconditions.CheckNotNull(aggregate);
        Preconditions.CheckArgumentRange(top, 2, 1000);
        var shares = aggregate.PartnerShares(reporter, period, measure);
        Preconditions.CheckArgument(shares.Count > 0, nameof(period), $"The aggregate has no partners of {reporter.Alpha2} in {period}.");
        var whole = shares[0].Share.Whole;
        var parts = shares.Where(s => s.Partner.IsCountry).OrderByDescending(s => s.Share.Part.Amount).Take(top)
            .Select(s => KeyValuePair.Create(s.Partner.Country, s.Share.Part)).ToList();
        return Shares(TradeSubject.Of(reporter, measure), period, whole, parts);
    }

    /// <summary>
    /// A change of a partner's share in percentage points: "China’s share of Kazakhstan’s trade turnover rose by 0.6
    /// percentage points, from 20.4% in 2022 to 21.0% in 2023" / "Доля Китая в товарообороте Казахстана выросла на
    /// 0,6 п.п.: с 20,4% в 2022 году до 21,0% в 2023 году". The points are the exact shares' difference, rounded.
    /// </summary>
    /// <exception cref="ArgumentException">A whole is not positive, a part lies outside 0 to its whole, currencies
    /// differ, or the periods are not comparable.</exception>
    public Statement ShareChange(Country partner, TradeSubject whole, Period fromPeriod, Money fromPart, Money fromWhole, Period toPeriod, Money toPart, Money toWhole)
    {
        Preconditions.CheckNotNull(whole);
        Preconditions.CheckArgument(!partner.IsDefault, nameof(partner), "The partner is default(Country); give a country.");
        Period.EnsureComparable(fromPeriod, toPeriod);
        var s0 = ShareOf(fromPart, fromWhole, nameof(fromPart));
        var s1 = ShareOf(toPart, toWhole, nameof(toPart));
        var (fromText, fromFigure) = Percent(FigureRole.Share, s0, Policy.ShareDecimals);
        var (toText, toFigure) = Percent(FigureRole.Share, s1, Policy.ShareDecimals);
        var points = s1 - s0;
        var printedPoints = Math.Round(Math.Abs(points), Policy.PointsDecimals, MidpointRounding.AwayFromZero);
        var pointsText = w.Points(printedPoints, Policy.PointsDecimals);
        var pointsFigure = new PrintedFigure(FigureRole.Points, Math.Abs(points), printedPoints, Policy.PointsDecimals, AmountScale.Units, pointsText);
        var values = Values("f");
        var partnerName = w.CountryName(partner);
        var shareValues = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["partner_possessive"] = w.IsRussian ? "" : w.Possessive(partnerName),
            ["partner_gen"] = w.CountryName(partner, NameCase.Genitive),
            ["whole"] = whole.WithoutPartner().Phrase(w, part: false, prepositional: false).Text,
            ["whole_prep"] = whole.WithoutPartner().Phrase(w, part: false, prepositional: true).Text,
        };
        values["subject"] = w.FillKey("subject.share", shareValues);
        var gender = w.TryText("subject.share.gender") ?? "n";
        values["from"] = fromText;
        values["to"] = toText;
        values["in_from"] = w.PeriodIn(fromPeriod);
        values["in_to"] = w.PeriodIn(toPeriod);
        values["from_period"] = w.PeriodOf(fromPeriod);
        values["points"] = pointsText;
        if (printedPoints == 0)
        {
            return new(StatementKind.Unchanged, w.FillKey("points.unchanged", values), [toFigure], [], null);
        }

        values["rose_fell"] = w.Gendered(points > 0 ? "rose" : "fell", gender);
        return new(StatementKind.PointChange, w.FillKey("points", values), [pointsFigure, fromFigure, toFigure], [], null);
    }

    /// <summary>
    /// Turnover as exports plus imports: "In 2023, Kazakhstan’s trade turnover amounted to 132.8 billion US dollars:
    /// exports 78.7 billion US dollars, imports 54.1 billion US dollars". Each figure is rounded from its exact value;
    /// where the printed exports and imports do not add up to the printed turnover, the note is added.
    /// </summary>
    /// <exception cref="ArgumentException">Currencies differ or a flow is negative.</exception>
    public Statement Turnover(TradeSubject subject, Period period, Money exports, Money imports)
    {
        Preconditions.CheckNotNull(subject);
        SameCurrency(exports, imports);
        Preconditions.CheckArgument(exports.Amount >= 0 && imports.Amount >= 0, nameof(exports), $"Exports ({exports}) and imports ({imports}) cannot be negative.");
        var turnover = exports + imports;
        Preconditions.CheckArgument(turnover.Amount > 0, nameof(exports), "Turnover is zero: there is nothing to write.");
        var scale = ScaleOf(turnover, exports, imports);
        var (turnoverText, turnoverFigure) = Amount(FigureRole.Turnover, turnover, scale);
        var (exportsText, exportsFigure) = Amount(FigureRole.Exports, exports, scale);
        var (importsText, importsFigure) = Amount(FigureRole.Imports, imports, scale);
        var values = Values("m");
        values["subject"] = subject.TradePhrase(w);
        values["in_period"] = w.PeriodIn(period);
        values["turnover"] = turnoverText;
        values["exports"] = exportsText;
        values["imports"] = importsText;
        var notes = exportsFigure.Printed + importsFigure.Printed == turnoverFigure.Printed ? Array.Empty<string>() : [w.Text("note.rounding")];
        return new(StatementKind.Turnover, w.FillKey("turnover", values), [turnoverFigure, exportsFigure, importsFigure], notes, null);
    }

    /// <summary>Turnover of an aggregate row.</summary>
    public Statement Turnover(AggregateRow row) => Turnover(TradeSubject.FromKey(row.Key), row.Key.Period, row.Exports, row.Imports);

    /// <summary>
    /// The trade balance with its sign word: "…; the trade surplus was 24.6 billion US dollars" / "положительное сальдо
    /// составило …", "the trade deficit was …" / "отрицательное сальдо (дефицит) составило …". The magnitude is printed;
    /// where printed exports minus printed imports differ from it, the note is added.
    /// </summary>
    /// <exception cref="ArgumentException">Currencies differ, a flow is negative, or both are zero.</exception>
    public Statement Balance(TradeSubject subject, Period period, Money exports, Money imports)
    {
        Preconditions.CheckNotNull(subject);
        SameCurrency(exports, imports);
        Preconditions.CheckArgument(exports.Amount >= 0 && imports.Amount >= 0 && exports.Amount + imports.Amount > 0, nameof(exports),
            $"Exports ({exports}) and imports ({imports}) must be non-negative and not both zero.");
        var balance = exports - imports;
        var scale = ScaleOf(exports, imports, balance);
        var (exportsText, exportsFigure) = Amount(FigureRole.Exports, exports, scale);
        var (importsText, importsFigure) = Amount(FigureRole.Imports, imports, scale);
        var (balanceText, balanceFigure) = Amount(FigureRole.Balance, new Money(Math.Abs(balance.Amount), balance.Currency), scale);
        var values = Values("m");
        values["in_period"] = w.PeriodIn(period);
        values["subject"] = subject.TradePhrase(w);
        values["exports"] = exportsText;
        values["imports"] = importsText;
        values["balance"] = balanceText;
        values["balance_phrase"] = w.Text(balanceFigure.Printed == 0 ? "balance.zero" : balance.Amount > 0 ? "balance.surplus" : "balance.deficit");
        var printedDifference = Math.Abs(exportsFigure.Printed - importsFigure.Printed);
        var notes = printedDifference == balanceFigure.Printed ? Array.Empty<string>() : [w.Text("note.rounding")];
        return new(StatementKind.Balance, w.FillKey("balance", values), [exportsFigure, importsFigure, balanceFigure], notes, null);
    }

    /// <summary>The balance of an aggregate row.</summary>
    public Statement Balance(AggregateRow row) => Balance(TradeSubject.FromKey(row.Key), row.Key.Period, row.Exports, row.Imports);

    internal (decimal[] Printed, string[] Notes) RoundShares(decimal[] parts, decimal rest, decimal whole)
    {
        int d = Policy.ShareDecimals;
        if (Policy.Shares == ShareRounding.LargestRemainder)
        {
            var currency = Currency.FromCode("XXX");
            var all = parts.Select(p => new Money(p, currency)).ToList();
            if (rest > 0)
            {
                all.Add(new Money(rest, currency));
            }

            var rounded = TradeDomain.Shares.RoundToHundred(all, d);
            return ([.. rounded.Take(parts.Length).Select(p => p.Value)], []);
        }

        var independent = parts.Select(p => Math.Round(p / whole * 100m, d, MidpointRounding.AwayFromZero)).ToArray();
        var restPrinted = rest > 0 ? Math.Round(rest / whole * 100m, d, MidpointRounding.AwayFromZero) : 0m;
        bool complete = rest == 0;
        bool adds = independent.Sum() + restPrinted == 100m;
        return (independent, complete && !adds ? [w.Text("note.rounding")] : []);
    }

    private (Dictionary<string, string> Values, PrintedFigure From, PrintedFigure To) Span(TradeSubject subject, Period fromPeriod, Money from, Period toPeriod, Money to)
    {
        Preconditions.CheckNotNull(subject);
        Period.EnsureComparable(fromPeriod, toPeriod);
        Preconditions.CheckArgument(fromPeriod.Start < toPeriod.Start, nameof(toPeriod), $"The span must run forward: {fromPeriod} is not before {toPeriod}.");
        SameCurrency(from, to);
        Preconditions.CheckArgument(from.Amount > 0, nameof(from), $"A change over a span needs a positive earlier value; {from} is not.");
        Preconditions.CheckArgument(to.Amount >= 0, nameof(to), $"A level cannot be negative ({to}).");
        var scale = ScaleOf(from, to);
        var (fromText, fromFigure) = Amount(FigureRole.Base, from, scale);
        var (toText, toFigure) = Amount(FigureRole.Value, to, scale);
        var (subjectText, gender) = subject.Phrase(w, part: false, prepositional: false);
        var values = Values(gender);
        values["subject"] = subjectText;
        values["from"] = fromText;
        values["to"] = toText;
        values["in_from"] = w.PeriodIn(fromPeriod);
        values["in_to"] = w.PeriodIn(toPeriod);
        return (values, fromFigure, toFigure);
    }

    private Dictionary<string, string> Values(string gender)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["gender"] = gender };
        if (w.TryText("amounted." + gender) is { } amounted)
        {
            values["amounted"] = amounted;
        }

        return values;
    }

    private void Direction(Dictionary<string, string> values, bool up, string gender)
    {
        values["more_less"] = w.Text(up ? "more" : "less");
        if (w.TryText(up ? "risen" : "fallen") is { } participle)
        {
            values["risen_fallen"] = participle;
        }

        if (w.TryText(up ? "changed_by.up" : "changed_by.down") is { } changed)
        {
            values["changed_by"] = changed;
        }

        if (w.TryText("not_changed." + gender) is { } notChanged)
        {
            values["not_changed"] = notChanged;
        }
    }

    private string List(List<string> items) =>
        items.Count == 1 ? items[0]
        : w.FillKey("list.last", new Dictionary<string, string>
        {
            ["rest"] = string.Join(w.Text("list.separator"), items.Take(items.Count - 1)),
            ["last"] = items[^1],
        });

    private static decimal ShareOf(Money part, Money whole, string name)
    {
        SameCurrency(part, whole);
        Preconditions.CheckArgument(whole.Amount > 0 && part.Amount >= 0 && part.Amount <= whole.Amount, name,
            $"A part must lie between 0 and a positive whole; {part} of {whole} does not.");
        return part.Amount / whole.Amount * 100m;
    }

    private static AggregateRow Row(TradeAggregate aggregate, GroupKey key)
    {
        Preconditions.CheckArgument(aggregate.TryGet(key, out var row), nameof(key), $"The aggregate has no row for {key}.");
        return row;
    }

    private static void SameCurrency(Money a, Money b)
    {
        if (a.Currency != b.Currency)
        {
            throw new CurrencyMismatchException(a.Currency, b.Currency);
        }
    }

    /// <summary>The policy's scale, or the largest at which every non-zero amount is at least one unit.</summary>
    internal AmountScale ScaleOf(params ReadOnlySpan<Money> amounts)
    {
        if (Policy.Scale is { } fixedScale)
        {
            return fixedScale;
        }

        decimal smallest = decimal.MaxValue;
        foreach (var a in amounts)
        {
            var m = Math.Abs(a.Amount);
            if (m > 0 && m < smallest)
            {
                smallest = m;
            }
        }

        return smallest >= 1_000_000_000_000m ? AmountScale.Trillion
            : smallest >= 1_000_000_000m ? AmountScale.Billion
            : smallest >= 1_000_000m ? AmountScale.Million
            : smallest >= 1_000m ? AmountScale.Thousand
            : AmountScale.Units;
    }

    internal (string Text, PrintedFigure Figure) Amount(FigureRole role, Money exact, AmountScale scale)
    {
        var rounded = ReportedAmount.Round(exact, scale, Policy.AmountDecimals, MidpointRounding.AwayFromZero);
        var text = w.Amount(rounded, Options.Amounts);
        return (text, new PrintedFigure(role, exact.Amount / AmountText.Pow10((int)scale), rounded.Printed, Policy.AmountDecimals, scale, text));
    }

    private (string Text, PrintedFigure Figure) Percent(FigureRole role, decimal exact, int decimals)
    {
        var magnitude = Math.Abs(exact);
        var printed = Math.Round(magnitude, decimals, MidpointRounding.AwayFromZero);
        var text = w.Percent(printed, decimals);
        return (text, new PrintedFigure(role, magnitude, printed, decimals, AmountScale.Units, text));
    }
}

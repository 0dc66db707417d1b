using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Mentions;

/// <summary>What an amount measures.</summary>
internal enum Measure
{
    None,
    Exports,
    Imports,
    Turnover,
    Balance,
}

/// <summary>The role the words in front give a value: "from"/"than" → From, "to"/"amounted to" → To, "by"/"на" with a
/// direction → Change (an absolute change, never a base).</summary>
internal enum Role
{
    None,
    From,
    To,
    Change,
}

/// <summary>What a percentage is.</summary>
internal enum PercentRole
{
    None,
    Growth,
    Share,
    Index,
    Coverage,
    Cagr,
    Value,
}

/// <summary>Which part of trade a value's words name: goods, services, both ("goods and services deficit"), or
/// neither (the whole, or not said).</summary>
[Flags]
internal enum TradeComponent
{
    None = 0,
    Goods = 1,
    Services = 2,
}

/// <summary>The second stage's result: a number with its measure, role, period, direction and qualifier.</summary>
internal sealed class FigureMention
{
    internal required NumberToken Token { get; init; }

    internal required int Sentence { get; init; }

    internal required int Paragraph { get; init; }

    internal Figure? Figure { get; set; }

    internal Measure Measure { get; set; }

    /// <summary>+1 surplus ("положительное сальдо"), −1 deficit, 0 a balance with no sign word.</summary>
    internal int BalanceSign { get; set; }

    internal Role Role { get; set; }

    internal PercentRole PercentRole { get; set; }

    /// <summary>The measure a share is taken of ("of turnover", "внешнеторгового оборота"), when named.</summary>
    internal Measure WholeMeasure { get; set; }

    /// <summary>The measure a share is of ("the share of exports in …").</summary>
    internal Measure PartMeasure { get; set; }

    internal GrowthDirection? Direction { get; set; }

    internal int? Year { get; set; }

    /// <summary>The months of a period ("январь–май": 1–5; "in May": 5–5), when named.</summary>
    internal (int From, int To)? Months { get; set; }

    /// <summary>Said of an earlier period ("a year earlier", "прошлого года", "(в 2008 г. – …)").</summary>
    internal bool Earlier { get; set; }

    /// <summary>Earlier-period words stand next to it ("in the same period of last year amounted to …").</summary>
    internal bool EarlierStated { get; set; }

    /// <summary>A word for another measure stands between it and the word before ("prices and volumes each grew 1.4%").</summary>
    internal bool OtherMeasure { get; set; }

    /// <summary>Where the measure word a figure takes from the words since the figure before it starts (-1 when it took
    /// none there): a rate whose measure word stands after values of its sentence ("to K7,018.5 million …, put down to
    /// lower imports of intermediate goods, by 8.3 per cent") speaks of what that word names, not of those values.</summary>
    internal int MeasureWordStart { get; set; } = -1;

    /// <summary>The names before it in its clause (stems of capitalized words: "росси", "europ"), the partner or
    /// reporter it is about; empty when the clause names none.</summary>
    internal IReadOnlySet<string> Subject { get; set; } = new HashSet<string>();

    /// <summary>The proper adjective that names whose whole a share is of ("59 percent of Lithuanian exports": "lithuanian"),
    /// else null: shares of one measure owned by different names are of different wholes.</summary>
    internal string? WholeOwner { get; set; }

    /// <summary>Inside brackets that begin "in particular"/"в том числе": a part of the figure before, not a peer of it.</summary>
    internal bool IsSubPart { get; set; }

    /// <summary>A share found only by the shape of a list ("China (21.5%)", "Казахстан – 47%"), not by a share word.</summary>
    internal bool ShareByList { get; set; }

    /// <summary>A bare percentage taken as a share because it follows a share statement in its sentence ("the share of
    /// imports was 45.5%, and exports 54.5%"): the list it joins is read from its shape, so not with certainty.</summary>
    internal bool ContinuesList { get; set; }

    /// <summary>A percentage stated as the total of the ones listed before it in its sentence ("47.4% …, 17% …, 13.7% …,
    /// which made up 78% of all exports"): the sum of a list, not one more share of it.</summary>
    internal bool ListTotal { get; set; }

    internal int Clause { get; set; }

    /// <summary>Said of an expectation, not of the data ("economists had expected a deficit of …", "прогноз"): never a
    /// fact to link.</summary>
    internal bool Forecast { get; set; }

    /// <summary>Its own year is before the latest year the linked text names for a current figure
    /// (<see cref="MentionReader.MarkEarlierYears"/>).</summary>
    internal bool BeforeLatestYear { get; set; }

    /// <summary>Its months are named only relatively ("so far this year", "in the month"), resolved against the months
    /// the text names (<see cref="MentionReader.MarkRelativeMonths"/>).</summary>
    internal RelativeMonths RelativeMonths { get; set; }

    /// <summary>Its <see cref="Year"/> was named before it in its sentence ("In June 2018, the country exported goods worth
    /// $27.70 billion"), not after it.</summary>
    internal bool YearLeads { get; set; }

    /// <summary>An absolute change stated as a comparison with another value ("$7.6 billion less than December exports
    /// of $132.5 billion"): the level it changes is the measure's value of its period, wherever it stands.</summary>
    internal bool Compared { get; set; }

    internal bool InParentheses { get; set; }

    /// <summary>Goods or services, where the words of the value's measure name them ("service exports", "the goods
    /// deficit", "экспорт услуг"); <see cref="TradeComponent.None"/> otherwise.</summary>
    internal TradeComponent Component { get; set; }

    /// <summary>An amount in brackets right after a growth rate ("просел на 14,4% (5340,1 млн долл.)", "rose 10.7% (R14.9
    /// billion)"), read as the rate's change: it may instead be the level reached, which a total or balance may take
    /// when nothing else fits (never with certainty).</summary>
    internal bool MayBeLevel { get; set; }

    /// <summary>A value of a subset of the goods ("non-oil exports", "the ten top exports"): no part of the whole measure.</summary>
    internal bool Subset { get; set; }

    /// <summary>The index, among its sentence's words, of the word that made it a subset's ("non-oil", "re", "national"),
    /// else -1.</summary>
    internal int SubsetWord { get; set; } = -1;

    internal bool IsMoney => Token.Unit == NumberUnit.Amount;

    internal bool IsQuantity => Token.Unit == NumberUnit.Quantity;

    internal bool IsValue => Token.Unit is NumberUnit.Amount or NumberUnit.Quantity;

    /// <summary>A copy of this mention said of other months (to look for parts as if the mention named them).</summary>
    internal FigureMention WithMonths((int From, int To)? months)
    {
        var copy = (FigureMention)MemberwiseClone();
        copy.Months = months;
        return copy;
    }

    public override string ToString() => $"{Token} {Measure} {Role} {PercentRole} y={Year} m={Months} e={Earlier} c={Clause} whole={WholeMeasure} part={PartMeasure} subject={string.Join('+', Subject)}{(Subset ? " subset" : "")}{(IsSubPart ? " subpart" : "")}{(ShareByList ? " bylist" : "")}{(ContinuesList ? " continues" : "")}";
}

/// <summary>Months a figure names only relatively to the text's.</summary>
internal enum RelativeMonths
{
    /// <summary>None (or named outright).</summary>
    None,

    /// <summary>The year so far: January to the text's latest month ("so far this year", "с начала года").</summary>
    YearToDate,

    /// <summary>The one month the text is about ("for the month", "in the month").</summary>
    TheMonth,
}

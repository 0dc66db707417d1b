namespace TradeDomain.Verification.Mentions;

/// <summary>
/// Periods settled over the whole linked text once every sentence is read: what one sentence alone cannot tell (the
/// text's latest year, the months "so far this year" means, a fiscal year's first month).
/// </summary>
internal static partial class MentionReader
{
    /// <summary>The periods the linked text settles across its sentences, once all of them are read: fiscal spans aligned
    /// (<see cref="AlignFiscalSpans"/>), values of years before the latest marked (<see cref="MarkEarlierYears"/>), months
    /// named only relatively resolved (<see cref="MarkRelativeMonths"/>).</summary>
    internal static void ResolveDocumentPeriods(IEnumerable<List<FigureMention>> sentences)
    {
        AlignFiscalSpans(sentences);
        MarkEarlierYears(sentences);
        MarkRelativeMonths(sentences);
    }

    /// <summary>
    /// "Merchandise exports slipped 9.71 per cent in June to $25.01 billion. In June 2018, the country exported goods
    /// worth $27.70 billion. … for April to June 2019 they grew …": a value whose own year is before the latest year the
    /// linked text names for a current figure is of an earlier period, though its own sentence names no other year (the
    /// sentence alone cannot tell; the text can). It stays a current value for claims of its own year; only a figure that
    /// names no year does not take it as its current value (<see cref="FigureMention.BeforeLatestYear"/>). An amount in
    /// brackets of such a year, with no role of its own, is the earlier value its sentence compares with.
    /// </summary>
    internal static void MarkEarlierYears(IEnumerable<List<FigureMention>> sentences)
    {
        // A span across the turn of a year ("from July 2021 to May 2022", "July-March FY2022") ends in the next year.
        static int EndYear(FigureMention m, int year) => m.Months is (int a, int b) && b < a ? year + 1 : year;
        int? latest = null;
        foreach (var ms in sentences)
        {
            foreach (var m in ms)
            {
                if (m.Year is int y && !m.Earlier && !m.Forecast && (latest is null || EndYear(m, y) > latest))
                {
                    latest = EndYear(m, y);
                }
            }
        }

        if (latest is not int current)
        {
            return;
        }

        foreach (var ms in sentences)
        {
            foreach (var m in ms)
            {
                if (m.IsValue && m.YearLeads && m.Year is int y && EndYear(m, y) < current && !m.Earlier && !m.Forecast)
                {
                    m.BeforeLatestYear = true;
                }

                // "Imports from China reached $4.9 billion in January-June 2024. That is 16.6 percent more year-on-year ($4.2
                // billion in January–June 2023)": an amount in brackets of a year before the latest, with no role of its
                // own, is the earlier value the sentence compares with.
                if (m.IsValue && m.InParentheses && m.Role == Role.None && m.Year is int py && EndYear(m, py) < current && !m.Earlier && !m.Forecast)
                {
                    m.Role = Role.From;
                    m.Earlier = true;
                }
            }
        }
    }

    /// <summary>
    /// "Vietnam's goods trade so far this year has reached US$305.53 billion … Across the first five months, exports
    /// totalled …": a figure of the year so far is of January to the one last month the text's spans from January reach
    /// (1–5 here); one "for the month" or "in the month" is of the one single month the text names ("May exports rose …").
    /// Where the text names several, the figure keeps no months.
    /// </summary>
    internal static void MarkRelativeMonths(IEnumerable<List<FigureMention>> sentences)
    {
        var spanEnds = new HashSet<int>();
        var singles = new HashSet<int>();
        bool any = false;
        foreach (var ms in sentences)
        {
            foreach (var m in ms)
            {
                any |= m.RelativeMonths != RelativeMonths.None;
                if (m.Months is (1, int b) && b >= 2 && !m.Earlier)
                {
                    spanEnds.Add(b);
                }
                else if (m.Months is (int a, int c) && a == c && !m.Earlier)
                {
                    singles.Add(a);
                }
            }
        }

        if (!any)
        {
            return;
        }

        foreach (var ms in sentences)
        {
            foreach (var m in ms)
            {
                if (m.Months is null && m.RelativeMonths == RelativeMonths.YearToDate && spanEnds.Count == 1)
                {
                    m.Months = (1, spanEnds.First());
                }
                else if (m.Months is null && m.RelativeMonths == RelativeMonths.TheMonth && singles.Count == 1)
                {
                    m.Months = (singles.First(), singles.First());
                }
            }
        }
    }
}

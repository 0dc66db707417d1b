namespace TradeDomain.Verification.Mentions;

/// <summary>
/// Fiscal years: a release that names a span across a year's end ("July-May", "from July 2021 to May 2022") counts its
/// year from that span's first month, so its "first 11 months" (read as months 1 to 11 of a calendar year) are the same
/// span: July to May.
/// </summary>
internal static partial class MentionReader
{
    /// <summary>Where the mentions of a run of sentences name exactly one first month of spans across a year's end, moves
    /// their spans from January (of two to eleven months) to start at that month.</summary>
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

    internal static void AlignFiscalSpans(IEnumerable<List<FigureMention>> sentences)
    {
        int? start = null;
        foreach (var ms in sentences)
        {
            foreach (var m in ms)
            {
                if (m.Months is (int a, int b) && b < a)
                {
                    if (start is not null && start != a)
                    {
                        return;
                    }

                    start = a;
                }
            }
        }

        if (start is not int first)
        {
            return;
        }

        foreach (var ms in sentences)
        {
            foreach (var m in ms)
            {
                if (m.Months is (1, int n) && n is >= 2 and <= 11 && first - 1 + n > 12)
                {
                    m.Months = (first, ((first - 1 + n - 1) % 12) + 1);
                }
            }
        }
    }
}
